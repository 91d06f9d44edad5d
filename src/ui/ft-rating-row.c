/* ft-rating-row.c — one symptom rated 0–10, with its word beside it.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-rating-row.h"
#include "ft-rating-scale.h"

#include <glib/gi18n.h>

/* A second digit typed this soon after a 1 makes 10. */
#define TEN_DELAY_US (1200 * 1000)

struct _FtRatingRow
{
  AdwPreferencesRow  parent_instance;

  FtSymptom         *symptom;
  int                value;
  gint64             last_one_us;

  /* Template children */
  GtkLabel          *name_label;
  GtkLabel          *word_label;
  GtkButton         *clear_button;
  FtRatingScale     *scale;
};

G_DEFINE_FINAL_TYPE (FtRatingRow, ft_rating_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  SIGNAL_RATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* By FtSeverity; the word of a rating is tinted by its band. */
static const char * const severity_classes[] = {
  [FT_SEVERITY_NOT_RATED] = "dim-label",
  [FT_SEVERITY_NONE] = "rating-none",
  [FT_SEVERITY_MILD] = "rating-mild",
  [FT_SEVERITY_MODERATE] = "rating-moderate",
  [FT_SEVERITY_SEVERE] = "rating-severe",
};

static void
show_value (FtRatingRow *self)
{
  g_autofree char *shown = NULL;
  g_autofree char *spoken = NULL;

  ft_rating_scale_set_value (self->scale, self->value);

  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->word_label), severity_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->word_label),
                            severity_classes[ft_rating_get_severity (self->value)]);

  if (self->value == FT_NOT_RATED)
    {
      gtk_label_set_label (self->word_label, _("Not rated"));
      spoken = g_strdup (_("not rated"));
    }
  else
    {
      /* Translators: a rating and its word, for example "3 · mild" */
      shown = g_strdup_printf (_("%d · %s"), self->value, ft_rating_get_word (self->value));
      gtk_label_set_label (self->word_label, shown);
      /* Translators: what a screen reader says after the symptom, "3, mild" */
      spoken = g_strdup_printf (_("%d, %s"), self->value, ft_rating_get_word (self->value));
    }

  /* Hidden without giving up its place, so rows keep one height. */
  gtk_widget_set_opacity (GTK_WIDGET (self->clear_button), self->value != FT_NOT_RATED ? 1 : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), self->value != FT_NOT_RATED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                  -1);
}

/* A change the person made: shown at once, then announced to the owner. */
static void
rate (FtRatingRow *self,
      int          value)
{
  if (value == self->value)
    return;

  self->value = value;
  show_value (self);
  g_signal_emit (self, signals[SIGNAL_RATED], 0, value);
}

static void
scale_picked_cb (FtRatingRow *self,
                 int          value)
{
  rate (self, value);
}

static void
clear_button_clicked_cb (FtRatingRow *self)
{
  rate (self, FT_NOT_RATED);
}

/* The row is one stop for the keyboard: a number rates at once (1 then 0
 * makes 10), Left and Right step, Backspace or Delete clear; Up and Down
 * stay with the list, to move between symptoms. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FtRatingRow           *self)
{
  guint digit;
  gint64 now;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_BackSpace || keyval == GDK_KEY_Delete)
    {
      rate (self, FT_NOT_RATED);
      return GDK_EVENT_STOP;
    }

  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    {
      rate (self, MIN (self->value + 1, FT_RATING_MAX));
      return GDK_EVENT_STOP;
    }

  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    {
      if (self->value > 0)
        rate (self, self->value - 1);
      return GDK_EVENT_STOP;
    }

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_0;
  else
    return GDK_EVENT_PROPAGATE;

  now = g_get_monotonic_time ();
  if (digit == 0 && self->value == 1 && now - self->last_one_us < TEN_DELAY_US)
    rate (self, 10);
  else
    rate (self, (int) digit);
  self->last_one_us = digit == 1 ? now : 0;

  return GDK_EVENT_STOP;
}

static void
ft_rating_row_dispose (GObject *object)
{
  FtRatingRow *self = FT_RATING_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_RATING_ROW);
  g_clear_object (&self->symptom);

  G_OBJECT_CLASS (ft_rating_row_parent_class)->dispose (object);
}

static void
ft_rating_row_class_init (FtRatingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_rating_row_dispose;

  /**
   * FtRatingRow::rated:
   * @value: the new rating, or %FT_NOT_RATED
   *
   * The person changed the rating.
   */
  signals[SIGNAL_RATED] = g_signal_new ("rated",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (FT_TYPE_RATING_SCALE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-rating-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FtRatingRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FtRatingRow, word_label);
  gtk_widget_class_bind_template_child (widget_class, FtRatingRow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, FtRatingRow, scale);
  gtk_widget_class_bind_template_callback (widget_class, scale_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_button_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "ratingrow");
}

static void
ft_rating_row_init (FtRatingRow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->value = FT_NOT_RATED;

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
ft_rating_row_new (FtSymptom *symptom)
{
  FtRatingRow *self;

  g_return_val_if_fail (FT_IS_SYMPTOM (symptom), NULL);

  self = g_object_new (FT_TYPE_RATING_ROW,
                       "title", ft_symptom_get_name (symptom),
                       NULL);
  self->symptom = g_object_ref (symptom);
  gtk_label_set_label (self->name_label, ft_symptom_get_name (symptom));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ft_symptom_get_name (symptom),
                                  -1);
  show_value (self);

  return GTK_WIDGET (self);
}

FtSymptom *
ft_rating_row_get_symptom (FtRatingRow *self)
{
  g_return_val_if_fail (FT_IS_RATING_ROW (self), NULL);

  return self->symptom;
}

int
ft_rating_row_get_value (FtRatingRow *self)
{
  g_return_val_if_fail (FT_IS_RATING_ROW (self), FT_NOT_RATED);

  return self->value;
}

/**
 * ft_rating_row_set_value:
 * @value: 0–10, or %FT_NOT_RATED
 *
 * Shows a stored rating; unlike the person's own changes, it does not
 * emit #FtRatingRow::rated.
 */
void
ft_rating_row_set_value (FtRatingRow *self,
                         int          value)
{
  g_return_if_fail (FT_IS_RATING_ROW (self));
  g_return_if_fail (value == FT_NOT_RATED || (value >= 0 && value <= FT_RATING_MAX));

  self->value = value;
  show_value (self);
}
