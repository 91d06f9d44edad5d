/* ft-routine-card.c — one routine on the Routines page: its exercises'
 * pictures, how long it takes, how it is going, and a Start button.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routine-card.h"

#include <glib/gi18n.h>

#include "ft-illustration-view.h"
#include "ft-routine-format.h"

struct _FtRoutineCard
{
  AdwBin          parent_instance;

  FtRoutine      *routine;

  /* Template children */
  GtkLabel       *name_label;
  GtkLabel       *summary_label;
  GtkMenuButton  *menu_button;
  GtkWidget      *thumbnails_box;
  GtkImage       *met_icon;
  GtkLabel       *progress_label;
  GtkLabel       *streak_label;
  GtkButton      *start_button;
};

G_DEFINE_FINAL_TYPE (FtRoutineCard, ft_routine_card, ADW_TYPE_BIN)

static GtkWidget *
create_thumbnail (FtExercise *exercise)
{
  GtkWidget *view = ft_illustration_view_new ();

  ft_illustration_view_set_exercise (FT_ILLUSTRATION_VIEW (view), exercise);
  gtk_widget_set_size_request (view, 48, 48);
  gtk_widget_add_css_class (view, "routine-thumbnail");
  if (exercise != NULL)
    gtk_widget_set_tooltip_text (view, ft_exercise_get_name (exercise));

  return view;
}

/* Each exercise once, in the order the routine does them. */
static void
fill_thumbnails (FtRoutineCard     *self,
                 FtExerciseCatalog *catalog)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new ();
  guint n_refs;

  for (guint i = 0; i < ft_routine_get_n_steps (self->routine); i++)
    {
      const FtRoutineStep *step = ft_routine_get_step (self->routine, i);

      if (!g_ptr_array_find_with_equal_func (refs, step->exercise_ref, g_str_equal, NULL))
        g_ptr_array_add (refs, step->exercise_ref);
    }

  n_refs = refs->len;
  for (guint i = 0; i < n_refs; i++)
    {
      FtExercise *exercise = NULL;

      /* The last place shows "+N" when more would not fit. */
      if (i == FT_ROUTINE_CARD_MAX_THUMBNAILS - 1 && n_refs > FT_ROUTINE_CARD_MAX_THUMBNAILS)
        {
          g_autofree char *more = g_strdup_printf ("+%u", n_refs - i);
          GtkWidget *label = gtk_label_new (more);
          g_autofree char *description = NULL;

          /* Translators: for screen readers, the exercises not pictured on a routine's card */
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more exercise",
                                                      "%u more exercises", n_refs - i),
                                         n_refs - i);
          gtk_widget_set_size_request (label, 48, 48);
          gtk_widget_add_css_class (label, "routine-thumbnail");
          gtk_widget_add_css_class (label, "routine-more");
          gtk_widget_add_css_class (label, "numeric");
          gtk_widget_set_tooltip_text (label, description);
          gtk_box_append (GTK_BOX (self->thumbnails_box), label);
          break;
        }

      if (catalog != NULL)
        exercise = ft_exercise_catalog_lookup (catalog, g_ptr_array_index (refs, i));
      gtk_box_append (GTK_BOX (self->thumbnails_box), create_thumbnail (exercise));
    }

  gtk_widget_set_visible (self->thumbnails_box, n_refs > 0);
}

static void
ft_routine_card_dispose (GObject *object)
{
  FtRoutineCard *self = FT_ROUTINE_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_ROUTINE_CARD);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (ft_routine_card_parent_class)->dispose (object);
}

static void
ft_routine_card_class_init (FtRoutineCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_routine_card_dispose;

  g_type_ensure (FT_TYPE_ILLUSTRATION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-routine-card.ui");
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, thumbnails_box);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, met_icon);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, progress_label);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, streak_label);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineCard, start_button);
}

static void
ft_routine_card_init (FtRoutineCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ft_routine_card_set_adherence (self, NULL);
}

GtkWidget *
ft_routine_card_new (FtRoutine         *routine,
                     FtExerciseCatalog *catalog)
{
  FtRoutineCard *self;
  g_autofree char *duration = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *start_label = NULL;
  guint n_steps;

  g_return_val_if_fail (FT_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (catalog == NULL || FT_IS_EXERCISE_CATALOG (catalog), NULL);

  self = g_object_new (FT_TYPE_ROUTINE_CARD, NULL);
  self->routine = g_object_ref (routine);
  n_steps = ft_routine_get_n_steps (routine);

  gtk_label_set_label (self->name_label, ft_routine_get_name (routine));
  duration = ft_routine_format_duration (ft_routine_estimate_seconds (routine));
  if (n_steps == 0)
    summary = g_steal_pointer (&duration);
  else
    /* Translators: under a routine's name: "3 exercises · About 6 min" */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise · %s",
                                            "%u exercises · %s", n_steps),
                               n_steps, duration);
  gtk_label_set_label (self->summary_label, summary);
  fill_thumbnails (self, catalog);

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->start_button),
                                          g_variant_new_int64 (ft_routine_get_id (routine)));
  /* Nothing to run in a routine without steps. */
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), n_steps > 0);
  /* Translators: what the Start button on a routine's card does; %s is the routine */
  start_label = g_strdup_printf (_("Start “%s”"), ft_routine_get_name (routine));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->start_button), start_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, start_label, -1);

  return GTK_WIDGET (self);
}

/**
 * ft_routine_card_get_routine:
 *
 * Returns: (transfer none): the routine shown
 */
FtRoutine *
ft_routine_card_get_routine (FtRoutineCard *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_CARD (self), NULL);

  return self->routine;
}

void
ft_routine_card_set_adherence (FtRoutineCard     *self,
                               const FtAdherence *adherence)
{
  g_autofree char *progress = NULL;
  g_autofree char *streak = NULL;

  g_return_if_fail (FT_IS_ROUTINE_CARD (self));

  if (adherence != NULL)
    {
      progress = ft_routine_format_progress (adherence);
      streak = ft_routine_format_streak (adherence);
    }

  gtk_label_set_label (self->progress_label, progress != NULL ? progress : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->progress_label)),
                          progress != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->met_icon),
                          adherence != NULL && adherence->target > 0 && adherence->met);
  if (adherence != NULL && adherence->target > 0 && adherence->met)
    gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "routine-met");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->progress_label), "routine-met");

  /* "When needed" is a plain fact, quieter than progress toward a target. */
  if (adherence != NULL && adherence->period == FT_TARGET_NONE &&
      adherence->sessions_this_week == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->progress_label), "dim-label");

  gtk_label_set_label (self->streak_label, streak != NULL ? streak : "");
  gtk_widget_set_visible (GTK_WIDGET (self->streak_label), streak != NULL);
}

const char *
ft_routine_card_get_progress_text (FtRoutineCard *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_CARD (self), NULL);

  return gtk_label_get_label (self->progress_label);
}

const char *
ft_routine_card_get_streak_text (FtRoutineCard *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_CARD (self), NULL);

  return gtk_label_get_label (self->streak_label);
}

/**
 * ft_routine_card_get_menu_button:
 *
 * Returns: (transfer none): the button that opens the card's menu
 */
GtkMenuButton *
ft_routine_card_get_menu_button (FtRoutineCard *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_CARD (self), NULL);

  return self->menu_button;
}

/**
 * ft_routine_card_get_start_button:
 *
 * Returns: (transfer none): the Start button
 */
GtkButton *
ft_routine_card_get_start_button (FtRoutineCard *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_CARD (self), NULL);

  return self->start_button;
}
