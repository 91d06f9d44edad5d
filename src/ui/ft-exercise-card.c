/* ft-exercise-card.c — one exercise in the Exercises grid: its picture,
 * name, kind and dose.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-exercise-card.h"

#include <glib/gi18n.h>

#include "ft-illustration-view.h"

struct _FtExerciseCard
{
  AdwBin              parent_instance;

  FtExercise         *exercise;

  /* Template children */
  FtIllustrationView *illustration;
  GtkLabel           *name_label;
  GtkLabel           *kind_label;
  GtkLabel           *dose_label;
};

G_DEFINE_FINAL_TYPE (FtExerciseCard, ft_exercise_card, ADW_TYPE_BIN)

static void
ft_exercise_card_dispose (GObject *object)
{
  FtExerciseCard *self = FT_EXERCISE_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_EXERCISE_CARD);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (ft_exercise_card_parent_class)->dispose (object);
}

static void
ft_exercise_card_class_init (FtExerciseCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_exercise_card_dispose;

  g_type_ensure (FT_TYPE_ILLUSTRATION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-exercise-card.ui");
  gtk_widget_class_bind_template_child (widget_class, FtExerciseCard, illustration);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseCard, dose_label);
}

static void
ft_exercise_card_init (FtExerciseCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ft_exercise_card_new (void)
{
  return g_object_new (FT_TYPE_EXERCISE_CARD, NULL);
}

/**
 * ft_exercise_card_get_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise shown
 */
FtExercise *
ft_exercise_card_get_exercise (FtExerciseCard *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE_CARD (self), NULL);

  return self->exercise;
}

void
ft_exercise_card_set_exercise (FtExerciseCard *self,
                               FtExercise     *exercise)
{
  g_autofree char *dose = NULL;
  g_autofree char *kind_text = NULL;
  const char *kind;

  g_return_if_fail (FT_IS_EXERCISE_CARD (self));
  g_return_if_fail (exercise == NULL || FT_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  ft_illustration_view_set_exercise (self->illustration, exercise);

  if (exercise == NULL)
    {
      gtk_label_set_label (self->name_label, "");
      gtk_label_set_label (self->kind_label, "");
      gtk_label_set_label (self->dose_label, "");
      return;
    }

  dose = ft_exercise_format_dose (exercise);
  gtk_label_set_label (self->name_label, ft_exercise_get_name (exercise));
  kind = ft_exercise_kind_get_label (ft_exercise_get_kind (exercise));
  if (ft_exercise_is_custom (exercise))
    {
      /* Translators: on a card, the kind of a person's own exercise: "Stretch · Your Own" */
      kind_text = g_strdup_printf (_("%s · Your Own"), kind);
      kind = kind_text;
    }
  gtk_label_set_label (self->kind_label, kind);
  gtk_label_set_label (self->dose_label, dose);
}
