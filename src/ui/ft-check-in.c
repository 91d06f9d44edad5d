/* ft-check-in.c — one day's check-in for one foot, saved as it is made.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-check-in.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ft-application.h"
#include "ft-day-format.h"
#include "ft-rating-row.h"
#include "ft-distance.h"
#include "ft-window.h"

/* Typing in the note saves once the person pauses. */
#define NOTE_SAVE_DELAY_MS 600
#define SAVED_SHOWN_MS 2000

struct _FtCheckIn
{
  AdwBin                 parent_instance;

  FtJournal             *journal;
  GSettings             *settings;
  GDate                  day;
  FtFoot                 foot;
  gboolean               follows_today;

  /* Set while the widgets show stored values, so that showing them is not
   * taken for the person changing them. */
  gboolean               loading;
  /* Set while this card writes, so its own change does not reload it. */
  gboolean               saving;
  guint                  note_timeout_id;
  guint                  saved_timeout_id;
  guint                  day_check_id;
  GDate                  last_today;
  GPtrArray             *rating_rows;

  /* Template children */
  GtkLabel              *day_label;
  GtkLabel              *date_label;
  GtkRevealer           *saved_revealer;
  AdwToggleGroup        *foot_group;
  AdwPreferencesGroup   *symptoms_group;
  AdwBin                *details_bin;
  guint                  details_idle_id;

  /* Built by ensure_details () */
  AdwSpinRow            *hours_row;
  AdwSpinRow            *distance_row;
  /* The shoe the day's run is credited to; NULL without a shoe store. */
  AdwComboRow           *shoes_row;
  GtkStringList         *shoe_names;
  GArray                *shoe_ids;
  FtGear                *gear;
  AdwEntryRow           *note_row;
  AdwSwitchRow          *therapist_row;
  GtkButton             *yesterday_button;
  GtkButton             *today_button;
};

G_DEFINE_FINAL_TYPE (FtCheckIn, ft_check_in, ADW_TYPE_BIN)

enum {
  SIGNAL_SHOWN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load (FtCheckIn *self);

static void
report_error (FtCheckIn    *self,
              const GError *error)
{
  if (!ft_window_add_toast_for (GTK_WIDGET (self), adw_toast_new (error->message)))
    g_warning ("%s", error->message);

  /* Show what is stored, not what was refused. */
  load (self);
}

static gboolean
hide_saved_cb (gpointer user_data)
{
  FtCheckIn *self = user_data;

  gtk_revealer_set_reveal_child (self->saved_revealer, FALSE);
  self->saved_timeout_id = 0;

  return G_SOURCE_REMOVE;
}

static void
show_saved (FtCheckIn *self)
{
  gtk_revealer_set_reveal_child (self->saved_revealer, TRUE);
  g_clear_handle_id (&self->saved_timeout_id, g_source_remove);
  self->saved_timeout_id = g_timeout_add (SAVED_SHOWN_MS, hide_saved_cb, self);
}

/* Runs one change against the journal and reports how it went. */
static void
finish_save (FtCheckIn *self,
             gboolean   ok,
             GError    *error)
{
  self->saving = FALSE;

  if (ok)
    show_saved (self);
  else
    report_error (self, error);
}

static gboolean
is_today (FtCheckIn *self)
{
  GDate today;

  ft_journal_get_today (self->journal, &today);

  return g_date_compare (&self->day, &today) == 0;
}

static void
update_titles (FtCheckIn *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *long_date = NULL;
  const char *name;
  GDate today;

  ft_journal_get_today (self->journal, &today);
  name = ft_day_format_near_name (&self->day, &today);
  date = g_date_time_new_local (g_date_get_year (&self->day), g_date_get_month (&self->day),
                                g_date_get_day (&self->day), 12, 0, 0);
  /* Translators: a full date, see g_date_time_format() */
  long_date = g_date_time_format (date, _("%A, %-d %B %Y"));

  if (name != NULL)
    gtk_label_set_label (self->day_label, name);
  else
    {
      g_autofree char *weekday = g_date_time_format (date, "%A");

      gtk_label_set_label (self->day_label, weekday);
    }
  gtk_label_set_label (self->date_label, long_date);

  adw_preferences_group_set_title (self->symptoms_group, ft_foot_get_label (self->foot));
}

static void
update_day_buttons (FtCheckIn *self)
{
  g_autoptr(GPtrArray) yesterday_entries = NULL;
  GDate yesterday;

  if (!self->follows_today)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->yesterday_button), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->today_button), FALSE);
      return;
    }

  ft_journal_get_today (self->journal, &yesterday);
  g_date_subtract_days (&yesterday, 1);
  yesterday_entries = ft_journal_list_range (self->journal, &yesterday, &yesterday, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->yesterday_button),
                          is_today (self) && yesterday_entries != NULL &&
                          yesterday_entries->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->today_button), !is_today (self));
}

static FtDistanceUnit
distance_unit (FtCheckIn *self)
{
  g_autofree char *key = g_settings_get_string (self->settings, "distance-unit");

  return ft_distance_unit_from_key (key);
}

static const char *
unit_name (FtDistanceUnit unit)
{
  return unit == FT_DISTANCE_MILES ? _("Miles") : _("Kilometres");
}

static void
set_optional_subtitle (AdwSpinRow *row,
                       gboolean    recorded,
                       const char *unit)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), recorded ? unit : _("Not recorded"));
}

/* The flag belongs to the note: without one there is nothing to flag. */
static void
update_therapist_row (FtCheckIn *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->therapist_row),
                            *gtk_editable_get_text (GTK_EDITABLE (self->note_row)) != '\0');
}

static void shoes_row_selected_cb (FtCheckIn *self);

/* Just below the running distance, whose run it is about. */
static void
ensure_shoes_row (FtCheckIn *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self->distance_row));

  if (self->shoes_row != NULL)
    return;

  self->shoe_names = gtk_string_list_new (NULL);
  self->shoes_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_combo_row_set_model (self->shoes_row, G_LIST_MODEL (self->shoe_names));
  g_object_unref (self->shoe_names);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->shoes_row), _("_Shoes"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->shoes_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->shoes_row),
                               _("The day’s run counts toward this pair"));
  gtk_list_box_insert (GTK_LIST_BOX (list), GTK_WIDGET (self->shoes_row),
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->distance_row)) + 1);
  g_signal_connect_swapped (self->shoes_row, "notify::selected",
                            G_CALLBACK (shoes_row_selected_cb), self);
}

/* The shoes worn that day, the one marked first; without a mark, the
 * day's default running shoe, which the run is credited to anyway. */
static void
show_shoes (FtCheckIn      *self,
            FtJournalEntry *entry)
{
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 worn = entry != NULL ? ft_journal_entry_get_worn_gear_id (entry) : 0;
  guint selected = GTK_INVALID_LIST_POSITION;

  if (self->gear == NULL)
    return;

  if (worn == 0 && !ft_gear_get_default_shoe (self->gear, &self->day, &worn, &error))
    {
      g_warning ("%s", error->message);
      g_clear_error (&error);
      worn = 0;
    }

  shoes = ft_gear_list_shoes_on_day (self->gear, &self->day, &error);
  if (shoes == NULL)
    {
      g_warning ("%s", error->message);
      shoes = g_ptr_array_new ();
    }

  /* Most people log no shoes: the row comes with the first one. */
  if (shoes->len == 0)
    {
      if (self->shoes_row != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->shoes_row), FALSE);
      return;
    }
  ensure_shoes_row (self);

  g_array_set_size (self->shoe_ids, 0);
  gtk_string_list_splice (self->shoe_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->shoe_names)), NULL);
  for (guint i = 0; i < shoes->len; i++)
    {
      FtGearItem *shoe = g_ptr_array_index (shoes, i);
      gint64 id = ft_gear_item_get_id (shoe);

      if (id == worn)
        selected = self->shoe_ids->len;
      g_array_append_val (self->shoe_ids, id);
      gtk_string_list_append (self->shoe_names, ft_gear_item_get_name (shoe));
    }

  adw_combo_row_set_selected (self->shoes_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->shoes_row), self->shoe_ids->len > 0);
}

static void
show_details (FtCheckIn      *self,
              FtJournalEntry *entry)
{
  FtDistanceUnit unit = distance_unit (self);
  double hours = 0;
  double metres = 0;
  gboolean has_hours = FALSE;
  gboolean has_distance = FALSE;

  if (entry != NULL)
    {
      has_hours = ft_journal_entry_get_hours_on_feet (entry, &hours);
      has_distance = ft_journal_entry_get_run_distance (entry, &metres);
    }
  adw_spin_row_set_value (self->hours_row, has_hours ? hours : 0);
  set_optional_subtitle (self->hours_row, has_hours, _("Hours"));
  /* The journal takes runs up to 500 km, in whichever unit is shown. */
  adw_spin_row_set_range (self->distance_row, 0,
                          floor (ft_distance_from_metres (500000.0, unit)));
  adw_spin_row_set_value (self->distance_row,
                          has_distance ? ft_distance_from_metres (metres, unit) : 0);
  set_optional_subtitle (self->distance_row, has_distance, unit_name (unit));
  show_shoes (self, entry);

  /* Never overwrite what the person is typing. */
  if (self->note_timeout_id == 0)
    {
      const char *note = entry != NULL ? ft_journal_entry_get_note (entry) : NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");
    }
  adw_switch_row_set_active (self->therapist_row,
                             entry != NULL && ft_journal_entry_get_note_for_therapist (entry));
  update_therapist_row (self);
}

static void
load (FtCheckIn *self)
{
  g_autoptr(FtJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = ft_journal_get_entry (self->journal, &self->day, self->foot, &error);
  if (error != NULL)
    g_warning ("%s", error->message);

  self->loading = TRUE;

  for (guint i = 0; i < self->rating_rows->len; i++)
    {
      FtRatingRow *row = g_ptr_array_index (self->rating_rows, i);
      gint64 id = ft_symptom_get_id (ft_rating_row_get_symptom (row));

      ft_rating_row_set_value (row, entry != NULL ? ft_journal_entry_get_rating (entry, id)
                                                  : FT_NOT_RATED);
    }

  if (self->hours_row != NULL)
    show_details (self, entry);

  self->loading = FALSE;

  update_titles (self);
  update_day_buttons (self);
}

static void
rating_row_rated_cb (FtRatingRow *row,
                     int          value,
                     FtCheckIn   *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->saving = TRUE;
  ok = ft_journal_set_rating (self->journal, &self->day, self->foot,
                              ft_symptom_get_id (ft_rating_row_get_symptom (row)), value, &error);
  finish_save (self, ok, error);
}

static void
rebuild_rating_rows (FtCheckIn *self)
{
  g_autoptr(GPtrArray) symptoms = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rating_rows->len; i++)
    adw_preferences_group_remove (self->symptoms_group, g_ptr_array_index (self->rating_rows, i));
  g_ptr_array_set_size (self->rating_rows, 0);

  symptoms = ft_journal_list_symptoms (self->journal, TRUE, &error);
  if (symptoms == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }
  entry = ft_journal_get_entry (self->journal, &self->day, self->foot, NULL);

  for (guint i = 0; i < symptoms->len; i++)
    {
      FtSymptom *symptom = g_ptr_array_index (symptoms, i);
      GtkWidget *row;

      /* A hidden symptom stays on the days that were rated with it. */
      if (ft_symptom_get_hidden (symptom) &&
          (entry == NULL ||
           ft_journal_entry_get_rating (entry, ft_symptom_get_id (symptom)) == FT_NOT_RATED))
        continue;

      row = ft_rating_row_new (symptom);
      g_signal_connect_object (row, "rated", G_CALLBACK (rating_row_rated_cb), self, 0);
      adw_preferences_group_add (self->symptoms_group, row);
      g_ptr_array_add (self->rating_rows, row);
    }
}

static void
reload_everything (FtCheckIn *self)
{
  rebuild_rating_rows (self);
  load (self);
}

static void
hours_row_value_cb (FtCheckIn *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->loading)
    return;

  self->saving = TRUE;
  ok = ft_journal_set_hours_on_feet (self->journal, &self->day, self->foot,
                                     adw_spin_row_get_value (self->hours_row), &error);
  finish_save (self, ok, error);
  set_optional_subtitle (self->hours_row, ok, _("Hours"));
}

static void
distance_row_value_cb (FtCheckIn *self)
{
  g_autoptr(GError) error = NULL;
  FtDistanceUnit unit = distance_unit (self);
  double metres;
  gboolean ok;

  if (self->loading)
    return;

  metres = ft_distance_to_metres (adw_spin_row_get_value (self->distance_row), unit);
  self->saving = TRUE;
  ok = ft_journal_set_run_distance (self->journal, &self->day, self->foot, metres, &error);
  finish_save (self, ok, error);
  set_optional_subtitle (self->distance_row, ok, unit_name (unit));
}

static void
shoes_row_selected_cb (FtCheckIn *self)
{
  g_autoptr(GError) error = NULL;
  guint selected;
  gboolean ok;

  if (self->loading || self->shoes_row == NULL)
    return;

  selected = adw_combo_row_get_selected (self->shoes_row);
  if (selected >= self->shoe_ids->len)
    return;

  self->saving = TRUE;
  ok = ft_journal_set_worn_gear (self->journal, &self->day, self->foot,
                                 g_array_index (self->shoe_ids, gint64, selected), &error);
  finish_save (self, ok, error);
}

/* A shoe added, renamed or retired on the Shoes & Insoles page. */
static void
gear_changed_cb (FtCheckIn *self)
{
  g_autoptr(FtJournalEntry) entry = NULL;

  if (self->saving || self->gear == NULL)
    return;

  entry = ft_journal_get_entry (self->journal, &self->day, self->foot, NULL);
  self->loading = TRUE;
  show_shoes (self, entry);
  self->loading = FALSE;
}

static void
save_note (FtCheckIn *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_clear_handle_id (&self->note_timeout_id, g_source_remove);

  self->saving = TRUE;
  ok = ft_journal_set_note (self->journal, &self->day, self->foot,
                            gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                            adw_switch_row_get_active (self->therapist_row), &error);
  finish_save (self, ok, error);
}

static gboolean
note_timeout_cb (gpointer user_data)
{
  FtCheckIn *self = user_data;

  self->note_timeout_id = 0;
  save_note (self);

  return G_SOURCE_REMOVE;
}

static void
note_row_changed_cb (FtCheckIn *self)
{
  update_therapist_row (self);

  if (self->loading)
    return;

  g_clear_handle_id (&self->note_timeout_id, g_source_remove);
  self->note_timeout_id = g_timeout_add (NOTE_SAVE_DELAY_MS, note_timeout_cb, self);
}

static void
therapist_row_active_cb (FtCheckIn *self)
{
  if (self->loading)
    return;

  save_note (self);
}

static void
foot_group_active_cb (FtCheckIn *self)
{
  FtFoot foot;

  if (self->loading ||
      !ft_foot_from_key (adw_toggle_group_get_active_name (self->foot_group), &foot))
    return;

  ft_check_in_set_foot (self, foot);
}

static void
add_row (AdwPreferencesGroup *group,
         GtkWidget           *row,
         const char          *title)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (group, row);
}

/* The optional details sit below the symptoms, off the first screen on
 * most windows; building them after the first frame keeps start-up quick. */
static void
ensure_details (FtCheckIn *self)
{
  AdwPreferencesGroup *group;
  GApplication *app;

  g_clear_handle_id (&self->details_idle_id, g_source_remove);
  if (self->hours_row != NULL)
    return;

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Details"));

  self->hours_row = ADW_SPIN_ROW (adw_spin_row_new_with_range (0, 24, 0.5));
  adw_spin_row_set_digits (self->hours_row, 1);
  add_row (group, GTK_WIDGET (self->hours_row), _("_Hours on Feet"));

  self->distance_row = ADW_SPIN_ROW (adw_spin_row_new_with_range (0, 500, 0.5));
  adw_spin_row_set_digits (self->distance_row, 1);
  add_row (group, GTK_WIDGET (self->distance_row), _("_Running Distance"));

  /* Runs are credited to the shoe worn that day. */
  app = g_application_get_default ();
  if (FT_IS_APPLICATION (app) && ft_application_get_gear (FT_APPLICATION (app)) != NULL &&
      ft_gear_get_journal (ft_application_get_gear (FT_APPLICATION (app))) == self->journal)
    {
      self->gear = g_object_ref (ft_application_get_gear (FT_APPLICATION (app)));
      self->shoe_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  add_row (group, GTK_WIDGET (self->note_row), _("_Note"));

  self->therapist_row = ADW_SWITCH_ROW (adw_switch_row_new ());
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->therapist_row),
                               _("The visit report collects these notes"));
  add_row (group, GTK_WIDGET (self->therapist_row), _("_For My Therapist"));

  adw_bin_set_child (self->details_bin, GTK_WIDGET (group));
  load (self);

  g_signal_connect_swapped (self->hours_row, "notify::value",
                            G_CALLBACK (hours_row_value_cb), self);
  g_signal_connect_swapped (self->distance_row, "notify::value",
                            G_CALLBACK (distance_row_value_cb), self);
  if (self->gear != NULL)
    g_signal_connect_object (self->gear, "changed", G_CALLBACK (gear_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (note_row_changed_cb), self);
  g_signal_connect_swapped (self->therapist_row, "notify::active",
                            G_CALLBACK (therapist_row_active_cb), self);
}

static gboolean
details_idle_cb (gpointer user_data)
{
  FtCheckIn *self = user_data;

  self->details_idle_id = 0;
  ensure_details (self);

  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock,
                FtCheckIn     *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);

  if (self->hours_row == NULL && self->details_idle_id == 0)
    self->details_idle_id = g_idle_add (details_idle_cb, self);
}

static void
ft_check_in_map (GtkWidget *widget)
{
  FtCheckIn *self = FT_CHECK_IN (widget);

  GTK_WIDGET_CLASS (ft_check_in_parent_class)->map (widget);

  if (self->hours_row != NULL)
    return;

  /* Only the Today card is on the first frame of the window. */
  if (self->follows_today)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (first_paint_cb), self, 0);
  else
    ensure_details (self);
}

static void
yesterday_button_clicked_cb (FtCheckIn *self)
{
  GDate yesterday;

  ft_journal_get_today (self->journal, &yesterday);
  g_date_subtract_days (&yesterday, 1);
  ft_check_in_set_day (self, &yesterday);
}

static void
today_button_clicked_cb (FtCheckIn *self)
{
  GDate today;

  ft_journal_get_today (self->journal, &today);
  ft_check_in_set_day (self, &today);
}

/* A window left open overnight moves its Today card to the new day (and
 * keeps showing yesterday only if the person chose it). A check every
 * minute also notices a day that passed while the computer slept. */
static gboolean
day_check_cb (gpointer user_data)
{
  FtCheckIn *self = user_data;
  GDate today;

  ft_journal_get_today (self->journal, &today);
  if (g_date_compare (&today, &self->last_today) != 0)
    {
      gboolean was_on_today = g_date_compare (&self->day, &self->last_today) == 0;

      self->last_today = today;
      if (was_on_today)
        ft_check_in_set_day (self, &today);
      else
        load (self);
    }

  return G_SOURCE_CONTINUE;
}

static void
journal_entry_changed_cb (FtCheckIn  *self,
                          const char *day_key,
                          FtFoot      foot)
{
  char key[11];

  if (self->saving)
    return;

  g_date_strftime (key, sizeof key, "%Y-%m-%d", &self->day);
  if (g_str_equal (key, day_key) && foot == self->foot)
    load (self);
  else
    update_day_buttons (self);
}

static void
ft_check_in_dispose (GObject *object)
{
  FtCheckIn *self = FT_CHECK_IN (object);

  /* A note typed just before closing is kept. */
  if (self->note_timeout_id != 0)
    save_note (self);

  g_clear_handle_id (&self->saved_timeout_id, g_source_remove);
  g_clear_handle_id (&self->day_check_id, g_source_remove);
  g_clear_handle_id (&self->details_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_CHECK_IN);
  g_clear_pointer (&self->rating_rows, g_ptr_array_unref);
  /* The row goes with the details; what it needs goes first. */
  self->shoes_row = NULL;
  g_clear_pointer (&self->shoe_ids, g_array_unref);
  g_clear_object (&self->gear);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ft_check_in_parent_class)->dispose (object);
}

static void
ft_check_in_class_init (FtCheckInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_check_in_dispose;
  widget_class->map = ft_check_in_map;

  /**
   * FtCheckIn::shown-changed:
   *
   * The card now shows another day or another foot.
   */
  signals[SIGNAL_SHOWN_CHANGED] = g_signal_new ("shown-changed",
                                                G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-check-in.ui");
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, day_label);
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, date_label);
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, saved_revealer);
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, foot_group);
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, symptoms_group);
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, details_bin);
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, yesterday_button);
  gtk_widget_class_bind_template_child (widget_class, FtCheckIn, today_button);
  gtk_widget_class_bind_template_callback (widget_class, foot_group_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, yesterday_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_button_clicked_cb);
}

static void
ft_check_in_init (FtCheckIn *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
  self->rating_rows = g_ptr_array_new ();
  self->foot = FT_FOOT_LEFT;
  g_date_clear (&self->day, 1);
}

/**
 * ft_check_in_new:
 * @journal: where the check-in is saved
 * @settings: the app's settings, for the distance unit
 *
 * Returns: a check-in for today's left foot
 */
GtkWidget *
ft_check_in_new (FtJournal *journal,
                 GSettings *settings)
{
  FtCheckIn *self;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FT_TYPE_CHECK_IN, NULL);
  self->journal = g_object_ref (journal);
  self->settings = g_object_ref (settings);
  ft_journal_get_today (journal, &self->day);

  g_signal_connect_object (journal, "entry-changed",
                           G_CALLBACK (journal_entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (journal, "symptoms-changed",
                           G_CALLBACK (reload_everything), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::distance-unit",
                           G_CALLBACK (load), self, G_CONNECT_SWAPPED);

  reload_everything (self);

  return GTK_WIDGET (self);
}

void
ft_check_in_get_day (FtCheckIn *self,
                     GDate     *day)
{
  g_return_if_fail (FT_IS_CHECK_IN (self));
  g_return_if_fail (day != NULL);

  *day = self->day;
}

void
ft_check_in_set_day (FtCheckIn   *self,
                     const GDate *day)
{
  g_return_if_fail (FT_IS_CHECK_IN (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  ft_check_in_flush (self);
  self->day = *day;
  reload_everything (self);
  g_signal_emit (self, signals[SIGNAL_SHOWN_CHANGED], 0);
}

FtFoot
ft_check_in_get_foot (FtCheckIn *self)
{
  g_return_val_if_fail (FT_IS_CHECK_IN (self), FT_FOOT_LEFT);

  return self->foot;
}

void
ft_check_in_set_foot (FtCheckIn *self,
                      FtFoot     foot)
{
  g_return_if_fail (FT_IS_CHECK_IN (self));

  ft_check_in_flush (self);
  self->foot = foot;

  self->loading = TRUE;
  adw_toggle_group_set_active_name (self->foot_group, ft_foot_to_key (foot));
  self->loading = FALSE;

  reload_everything (self);
  g_signal_emit (self, signals[SIGNAL_SHOWN_CHANGED], 0);
}

/**
 * ft_check_in_set_follows_today:
 *
 * Makes this the Today card: it moves to the new day at midnight, offers to
 * rate yesterday when yesterday has no entry, and a way back to today.
 */
void
ft_check_in_set_follows_today (FtCheckIn *self,
                               gboolean   follows_today)
{
  g_return_if_fail (FT_IS_CHECK_IN (self));

  self->follows_today = follows_today;
  g_clear_handle_id (&self->day_check_id, g_source_remove);
  if (follows_today)
    {
      ft_journal_get_today (self->journal, &self->last_today);
      self->day_check_id = g_timeout_add_seconds (60, day_check_cb, self);
    }
  update_day_buttons (self);
}

/* Saves a note still waiting for the person to pause. */
void
ft_check_in_flush (FtCheckIn *self)
{
  g_return_if_fail (FT_IS_CHECK_IN (self));

  if (self->note_timeout_id != 0)
    save_note (self);
}
