/* ft-preferences-dialog.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-preferences-dialog.h"

#include <glib/gi18n.h>

#include "ft-symptoms-group.h"

struct _FtPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GSettings            *settings;

  /* Template children */
  AdwComboRow          *distance_row;
  AdwComboRow          *week_start_row;
  AdwSwitchRow         *player_sounds_row;
  AdwSpinRow           *pre_roll_row;
  AdwSpinRow           *rep_pace_row;
};

G_DEFINE_FINAL_TYPE (FtPreferencesDialog, ft_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

/* Row positions match these settings values, in order. */
static const char * const distance_units[] = { "km", "mi", NULL };
static const char * const week_days[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL,
};

static gboolean
string_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *chosen = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      if (g_str_equal (choices[i], chosen))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
position_to_string (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;

  return g_variant_new_string (choices[position]);
}

/* Day names in the person's language, Monday first. */
static GListModel *
create_week_day_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int day = 0; day < 7; day++)
    {
      /* 2024-01-01 was a Monday. */
      g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 1, 1 + day, 12, 0, 0);
      g_autofree char *name = g_date_time_format (date, "%A");

      gtk_string_list_append (list, name);
    }

  return G_LIST_MODEL (list);
}

static void
ft_preferences_dialog_dispose (GObject *object)
{
  FtPreferencesDialog *self = FT_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ft_preferences_dialog_parent_class)->dispose (object);
}

static void
ft_preferences_dialog_class_init (FtPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtPreferencesDialog, distance_row);
  gtk_widget_class_bind_template_child (widget_class, FtPreferencesDialog, week_start_row);
  gtk_widget_class_bind_template_child (widget_class, FtPreferencesDialog, player_sounds_row);
  gtk_widget_class_bind_template_child (widget_class, FtPreferencesDialog, pre_roll_row);
  gtk_widget_class_bind_template_child (widget_class, FtPreferencesDialog, rep_pace_row);
}

static void
ft_preferences_dialog_init (FtPreferencesDialog *self)
{
  g_autoptr(GListModel) week_days_model = create_week_day_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->week_start_row, week_days_model);
}

/**
 * ft_preferences_dialog_new:
 * @settings: the app's settings
 * @journal: (nullable): the journal, for its symptoms; %NULL when it could
 *   not be opened
 */
AdwDialog *
ft_preferences_dialog_new (GSettings *settings,
                           FtJournal *journal)
{
  FtPreferencesDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FT_TYPE_PREFERENCES_DIALOG, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, "distance-unit", self->distance_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, string_to_position, position_to_string,
                                (gpointer) distance_units, NULL);
  g_settings_bind_with_mapping (settings, "week-start", self->week_start_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, string_to_position, position_to_string,
                                (gpointer) week_days, NULL);
  g_settings_bind (settings, "player-sounds", self->player_sounds_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "pre-roll-seconds", self->pre_roll_row, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "rep-pace-seconds", self->rep_pace_row, "value",
                   G_SETTINGS_BIND_DEFAULT);

  if (journal != NULL)
    {
      GtkWidget *page = adw_preferences_page_new ();

      adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), "symptoms");
      adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Symptoms"));
      adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "ft-journal-symbolic");
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                ADW_PREFERENCES_GROUP (ft_symptoms_group_new (journal)));
      adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (self), ADW_PREFERENCES_PAGE (page));
    }

  return ADW_DIALOG (self);
}
