/* ft-session-history-page.c — the sessions done, by day, with this week's adherence.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Years of desk breaks add up to tens of thousands of sessions, so the page
 * reads them eight weeks at a time, newest first. It looks one stretch of
 * eight weeks ahead (further back in time) so that "Show Earlier Sessions"
 * appears only when there is something earlier, and skips stretches
 * without a session on the way.
 */

#include "config.h"

#include "ft-session-history-page.h"

#include <glib/gi18n.h>

#include "ft-day-format.h"
#include "ft-pause-dialog.h"
#include "ft-pauses-page.h"
#include "ft-routine-format.h"
#include "ft-session-dialog.h"

#define CHUNK_DAYS (8 * 7)
/* Sessions logged by hand can be on any past day; none are looked for
 * before this year. */
#define FLOOR_YEAR 1900
/* A pause that starts within this many days is announced. */
#define UPCOMING_PAUSE_DAYS 14

struct _FtSessionHistoryPage
{
  AdwNavigationPage    parent_instance;

  FtApplication       *app;
  FtSessionLog        *session_log;
  FtRoutineBook       *book;
  FtExerciseCatalog   *catalog;

  /* The first day shown; invalid until the first load. */
  GDate                loaded_first;
  /* The next stretch with sessions before loaded_first, read ahead. */
  GPtrArray           *pending;
  GDate                pending_first;
  /* Every session shown, by id, for the form that edits it. */
  GHashTable          *sessions;
  /* The pauses, latest first, marked in the list where they fall; the
   * oldest day shown, below which the next marker goes. */
  GPtrArray           *pauses;
  GHashTable          *marked_pauses;
  GDate                oldest_shown;
  GPtrArray           *summary_rows;
  guint                reload_id;

  /* Template children */
  GtkStack            *content_stack;
  AdwPreferencesGroup *summary_group;
  GtkBox              *days_box;
  GtkLabel            *no_sessions_label;
  GtkButton           *earlier_button;
  /* Set while this week's summary tells of a pause. */
  gboolean             pause_shown;
};

G_DEFINE_FINAL_TYPE (FtSessionHistoryPage, ft_session_history_page, ADW_TYPE_NAVIGATION_PAGE)

static char *
format_duration (GTimeSpan span)
{
  gint64 seconds = span / G_TIME_SPAN_SECOND;
  gint64 minutes = (seconds + 30) / 60;

  if (seconds <= 0)
    return NULL;
  if (seconds < 60)
    /* Translators: how long a session lasted, in seconds */
    return g_strdup_printf (_("%d s"), (int) seconds);
  if (minutes < 60)
    /* Translators: how long a session lasted, in minutes */
    return g_strdup_printf (_("%d min"), (int) minutes);
  if (minutes % 60 == 0)
    /* Translators: how long a session lasted, in hours */
    return g_strdup_printf (_("%d h"), (int) (minutes / 60));

  /* Translators: how long a session lasted: hours and minutes */
  return g_strdup_printf (_("%d h %d min"), (int) (minutes / 60), (int) (minutes % 60));
}

static const char *
source_label (FtSessionSource source)
{
  switch (source)
    {
    case FT_SESSION_SOURCE_MANUAL:
      return _("By hand");

    case FT_SESSION_SOURCE_REMINDER:
      return _("From a reminder");

    case FT_SESSION_SOURCE_GUIDED:
    default:
      return _("Guided");
    }
}

/* "Completed", "5 of 6 steps", "Skipped". A step is done when each of its
 * sides was completed; a partial run may not have written the steps it
 * never reached, so the routine, if it still has more, says how many. */
static char *
format_completion (FtSessionHistoryPage *self,
                   const FtSession      *session)
{
  g_autoptr(GHashTable) positions = NULL;
  guint n_positions = 0;
  guint n_done = 0;
  GHashTableIter iter;
  gpointer value;

  switch (session->outcome)
    {
    case FT_SESSION_COMPLETED:
      return g_strdup (_("Completed"));

    case FT_SESSION_SKIPPED:
      return g_strdup (_("Skipped"));

    case FT_SESSION_RUNNING:
      return g_strdup (_("In progress"));

    case FT_SESSION_PARTIAL:
    default:
      break;
    }

  positions = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < session->steps->len; i++)
    {
      const FtSessionStep *step = g_ptr_array_index (session->steps, i);
      gpointer key = GUINT_TO_POINTER (step->position + 1);
      gboolean done = step->outcome == FT_SESSION_COMPLETED;

      if (g_hash_table_lookup_extended (positions, key, NULL, &value))
        done = done && GPOINTER_TO_INT (value);
      g_hash_table_insert (positions, key, GINT_TO_POINTER (done));
      n_positions = MAX (n_positions, step->position + 1);
    }

  g_hash_table_iter_init (&iter, positions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n_done += GPOINTER_TO_INT (value) ? 1 : 0;

  if (self->book != NULL && session->routine_id != 0)
    {
      g_autoptr(FtRoutine) routine = ft_routine_book_get (self->book, session->routine_id, NULL);

      if (routine != NULL)
        n_positions = MAX (n_positions, ft_routine_get_n_steps (routine));
    }

  if (n_positions == 0)
    return g_strdup (_("Partly done"));

  /* Translators: how much of a routine was done, e.g. "5 of 6 steps" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u step", "%u of %u steps",
                                       n_positions),
                          n_done, n_positions);
}

static char *
format_rating (int rating)
{
  return rating == FT_SESSION_NO_RATING ? g_strdup ("–") : g_strdup_printf ("%d", rating);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_session_row (FtSessionHistoryPage *self,
                  const FtSession      *session)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc_usec (session->started_us);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  /* Translators: the time a session started, see g_date_time_format(); %R is 14:05 */
  g_autofree char *time = g_date_time_format (local, _("%R"));
  g_autofree char *title = ft_session_dialog_format_title (session, self->catalog);
  g_autofree char *completion = format_completion (self, session);
  g_autofree char *duration = session->outcome != FT_SESSION_RUNNING
                              ? format_duration (ft_session_get_duration (session)) : NULL;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  if (duration != NULL)
    details = g_strdup_printf ("%s · %s · %s", completion, duration, source_label (session->source));
  else
    details = g_strdup_printf ("%s · %s", completion, source_label (session->source));

  gtk_widget_add_css_class (box, "session-row");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  label = make_label (time, "session-time");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (label), 5);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  label = make_label (title, "session-title");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (texts), label);
  label = make_label (details, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (texts), label);
  gtk_box_append (GTK_BOX (box), texts);

  accessible = g_strdup_printf ("%s, %s, %s", time, title, details);

  if (session->before_rating != FT_SESSION_NO_RATING ||
      session->after_rating != FT_SESSION_NO_RATING)
    {
      g_autofree char *before = format_rating (session->before_rating);
      g_autofree char *after = format_rating (session->after_rating);
      /* Translators: the main symptom before and after a session, e.g. "6 → 4" */
      g_autofree char *change = g_strdup_printf (_("%s → %s"), before, after);
      /* Translators: a tooltip, e.g. "Before: 6 · After: 4" */
      g_autofree char *tooltip = g_strdup_printf (_("Before: %s · After: %s"), before, after);
      g_autofree char *with_rating = g_strdup_printf ("%s, %s", accessible, tooltip);

      label = gtk_label_new (change);
      gtk_widget_add_css_class (label, "session-rating");
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (label, tooltip);
      gtk_box_append (GTK_BOX (box), label);
      g_set_str (&accessible, with_rating);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "session-id",
                          g_memdup2 (&session->id, sizeof session->id), g_free);

  return row;
}

static void
day_list_row_activated_cb (FtSessionHistoryPage *self,
                           GtkListBoxRow        *row)
{
  const gint64 *id = g_object_get_data (G_OBJECT (row), "session-id");
  const FtSession *session = id != NULL ? g_hash_table_lookup (self->sessions, id) : NULL;

  if (session == NULL || session->outcome == FT_SESSION_RUNNING)
    return;

  adw_dialog_present (ADW_DIALOG (ft_edit_session_dialog_new (self->app, session)),
                      GTK_WIDGET (self));
}

static GtkWidget *
make_day (FtSessionHistoryPage *self,
          const GDate          *day,
          const GDate          *today,
          GtkWidget           **list)
{
  g_autofree char *heading = ft_day_format_near (day, today);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = make_label (heading, "heading");

  gtk_widget_set_margin_start (label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);

  *list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (*list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (*list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  g_signal_connect_object (*list, "row-activated", G_CALLBACK (day_list_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), *list);

  return box;
}

/* "Paused · Holiday · Mon 2 Nov – Sun 8 Nov", where the pause falls. */
static GtkWidget *
make_pause_marker (const FtPause *pause,
                   const GDate   *today)
{
  g_autofree char *days = ft_pause_format_days (pause, today);
  /* Translators: a pause in the list of sessions: its reason, then its days */
  g_autofree char *text = g_strdup_printf (_("Paused · %s · %s"),
                                           ft_pause_reason_get_label (pause->reason), days);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = make_label (text, "caption");

  gtk_widget_add_css_class (box, "dim-label");
  gtk_widget_set_margin_start (box, 6);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("media-playback-pause-symbolic"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/* Marks each pause that overlaps the days after @day up to the oldest day
 * shown so far, so that a gap in the list explains itself. */
static void
mark_pauses_before (FtSessionHistoryPage *self,
                    const GDate          *day,
                    const GDate          *today)
{
  for (guint i = 0; self->pauses != NULL && i < self->pauses->len; i++)
    {
      const FtPause *pause = g_ptr_array_index (self->pauses, i);
      gboolean ends_after_day = !g_date_valid (&pause->end) || g_date_compare (&pause->end, day) > 0;

      if (g_hash_table_contains (self->marked_pauses, &pause->id) ||
          g_date_compare (&pause->start, &self->oldest_shown) >= 0 || !ends_after_day)
        continue;

      g_hash_table_add (self->marked_pauses, (gpointer) &pause->id);
      gtk_box_append (self->days_box, make_pause_marker (pause, today));
    }
}

/* Adds @sessions, newest first, below the days shown. */
static void
append_sessions (FtSessionHistoryPage *self,
                 GPtrArray            *sessions,
                 const GDate          *today)
{
  GtkWidget *list = NULL;
  GDate current;

  g_date_clear (&current, 1);
  for (guint i = 0; i < sessions->len; i++)
    {
      FtSession *session = ft_session_copy (g_ptr_array_index (sessions, i));

      if (list == NULL || g_date_compare (&current, &session->day) != 0)
        {
          current = session->day;
          mark_pauses_before (self, &current, today);
          gtk_box_append (self->days_box, make_day (self, &current, today, &list));
          self->oldest_shown = current;
        }

      gtk_list_box_append (GTK_LIST_BOX (list), make_session_row (self, session));
      g_hash_table_insert (self->sessions, &session->id, session);
    }
}

/* The newest stretch of up to CHUNK_DAYS days ending on or before @last
 * that has sessions. Returns: (nullable): its sessions, newest first */
static GPtrArray *
read_back (FtSessionHistoryPage *self,
           const GDate          *last,
           GDate                *first)
{
  GDate floor;
  GDate end = *last;

  g_date_clear (&floor, 1);
  g_date_set_dmy (&floor, 1, 1, FLOOR_YEAR);

  while (g_date_compare (&end, &floor) >= 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) sessions = NULL;

      *first = end;
      if (g_date_days_between (&floor, &end) >= CHUNK_DAYS)
        g_date_subtract_days (first, CHUNK_DAYS - 1);
      else
        *first = floor;

      sessions = ft_session_log_list_range (self->session_log, first, &end, &error);
      if (sessions == NULL)
        {
          g_warning ("Could not read the sessions: %s", error->message);
          return NULL;
        }
      if (sessions->len > 0)
        return g_steal_pointer (&sessions);

      end = *first;
      if (g_date_compare (&end, &floor) <= 0)
        break;
      g_date_subtract_days (&end, 1);
    }

  return NULL;
}

static void
read_ahead (FtSessionHistoryPage *self)
{
  GDate before = self->loaded_first;

  g_clear_pointer (&self->pending, g_ptr_array_unref);
  if (g_date_get_year (&before) <= FLOOR_YEAR && g_date_get_day_of_year (&before) == 1)
    return;

  g_date_subtract_days (&before, 1);
  self->pending = read_back (self, &before, &self->pending_first);
}

static void
update_content (FtSessionHistoryPage *self)
{
  gboolean any = gtk_widget_get_first_child (GTK_WIDGET (self->days_box)) != NULL;

  /* A pause is told even before the first session. */
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_button), self->pending != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->days_box), any);
  gtk_widget_set_visible (GTK_WIDGET (self->no_sessions_label), !any);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    any || self->pause_shown ? "list" : "empty");
}

static void
add_summary_row (FtSessionHistoryPage *self,
                 GtkWidget            *row)
{
  adw_preferences_group_add (self->summary_group, row);
  g_ptr_array_add (self->summary_rows, row);
}

/* The pause today falls in, or the next one to start soon. */
static const FtPause *
find_pause (GPtrArray   *pauses,
            const GDate *today,
            gboolean    *current)
{
  const FtPause *upcoming = NULL;

  for (guint i = 0; pauses != NULL && i < pauses->len; i++)
    {
      const FtPause *pause = g_ptr_array_index (pauses, i);

      if (g_date_compare (&pause->start, today) <= 0 &&
          (!g_date_valid (&pause->end) || g_date_compare (&pause->end, today) >= 0))
        {
          *current = TRUE;
          return pause;
        }

      if (g_date_compare (&pause->start, today) > 0 &&
          g_date_days_between (today, &pause->start) <= UPCOMING_PAUSE_DAYS &&
          (upcoming == NULL || g_date_compare (&pause->start, &upcoming->start) < 0))
        upcoming = pause;
    }

  *current = FALSE;
  return upcoming;
}

static void
add_pause_row (FtSessionHistoryPage *self,
               const GDate          *today)
{
  g_autoptr(GPtrArray) pauses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *day = NULL;
  const FtPause *pause;
  gboolean current = FALSE;
  GtkWidget *row;

  pauses = ft_session_log_list_pauses (self->session_log, &error);
  if (pauses == NULL)
    {
      g_warning ("Could not read the pauses: %s", error->message);
      return;
    }

  pause = find_pause (pauses, today, &current);
  if (pause == NULL)
    return;

  self->pause_shown = TRUE;

  if (!current)
    {
      day = ft_day_format_near (&pause->start, today);
      /* Translators: a pause to come, e.g. "Pause from Mon 23 Nov" */
      title = g_strdup_printf (_("Pause from %s"), day);
    }
  else if (g_date_valid (&pause->end))
    {
      day = ft_day_format_near (&pause->end, today);
      /* Translators: the pause today is in, e.g. "Paused until Thu 19 Nov" */
      title = g_strdup_printf (_("Paused until %s"), day);
    }
  else
    {
      day = ft_day_format_near (&pause->start, today);
      /* Translators: an open pause, e.g. "Paused since Mon 16 Nov" */
      title = g_strdup_printf (_("Paused since %s"), day);
    }

  /* Translators: the reason for a pause, then what it means */
  subtitle = g_strdup_printf (_("%s · Paused days count neither for nor against your routines."),
                              ft_pause_reason_get_label (pause->reason));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("media-playback-pause-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "history.show-pauses");
  gtk_widget_set_name (row, "pause-row");
  add_summary_row (self, row);
}

static void
add_routine_rows (FtSessionHistoryPage *self,
                  const GDate          *today)
{
  for (guint i = 0; self->book != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->book)); i++)
    {
      g_autoptr(FtRoutine) routine = g_list_model_get_item (G_LIST_MODEL (self->book), i);
      g_autoptr(GError) error = NULL;
      g_autofree char *progress = NULL;
      g_autofree char *streak = NULL;
      g_autofree char *week = NULL;
      g_autofree char *subtitle = NULL;
      g_autoptr(GPtrArray) parts = NULL;
      FtAdherence adherence;
      GtkWidget *row;

      if (ft_routine_get_target_period (routine) == FT_TARGET_NONE)
        continue;

      if (!ft_session_log_get_adherence (self->session_log, routine, today, &adherence, &error))
        {
          g_warning ("Could not count the sessions of %s: %s", ft_routine_get_name (routine),
                     error->message);
          continue;
        }

      progress = ft_routine_format_progress (&adherence);
      streak = ft_routine_format_streak (&adherence);
      parts = g_ptr_array_new ();
      if (progress != NULL)
        g_ptr_array_add (parts, progress);
      if (adherence.period == FT_TARGET_DAY && adherence.sessions_this_week > 0)
        {
          /* Translators: sessions of a routine this week, e.g. "18 this week" */
          week = g_strdup_printf (_("%u this week"), adherence.sessions_this_week);
          g_ptr_array_add (parts, week);
        }
      if (streak != NULL)
        g_ptr_array_add (parts, streak);
      g_ptr_array_add (parts, NULL);
      subtitle = g_strjoinv (" · ", (char **) parts->pdata);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ft_routine_get_name (routine));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (adherence.met)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");

          gtk_widget_add_css_class (icon, "success");
          gtk_widget_set_tooltip_text (icon, _("Target met"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      add_summary_row (self, row);
    }
}

static void
refresh_summary (FtSessionHistoryPage *self)
{
  GDate today;

  for (guint i = 0; i < self->summary_rows->len; i++)
    adw_preferences_group_remove (self->summary_group, g_ptr_array_index (self->summary_rows, i));
  g_ptr_array_set_size (self->summary_rows, 0);

  ft_journal_get_today (ft_application_get_journal (self->app), &today);
  self->pause_shown = FALSE;
  add_pause_row (self, &today);
  add_routine_rows (self, &today);

  gtk_widget_set_visible (GTK_WIDGET (self->summary_group), self->summary_rows->len > 0);
}

static void
clear_days (FtSessionHistoryPage *self,
            const GDate          *today)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);
  g_hash_table_remove_all (self->sessions);

  g_hash_table_remove_all (self->marked_pauses);
  g_clear_pointer (&self->pauses, g_ptr_array_unref);
  self->pauses = ft_session_log_list_pauses (self->session_log, &error);
  if (self->pauses == NULL)
    g_warning ("Could not read the pauses: %s", error->message);

  /* Pauses still to come are told at the top, not in the list. */
  self->oldest_shown = *today;
  g_date_add_days (&self->oldest_shown, 1);
}

/* Reads again every day shown so far, and what lies before them. */
static void
reload (FtSessionHistoryPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  ft_journal_get_today (ft_application_get_journal (self->app), &today);

  if (!g_date_valid (&self->loaded_first))
    {
      sessions = read_back (self, &today, &self->loaded_first);
      if (sessions == NULL)
        {
          self->loaded_first = today;
          g_date_subtract_days (&self->loaded_first, CHUNK_DAYS - 1);
        }
    }
  else
    {
      sessions = ft_session_log_list_range (self->session_log, &self->loaded_first, &today, &error);
      if (sessions == NULL)
        g_warning ("Could not read the sessions: %s", error->message);
    }

  clear_days (self, &today);
  if (sessions != NULL)
    append_sessions (self, sessions, &today);

  read_ahead (self);
  refresh_summary (self);
  update_content (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  FtSessionHistoryPage *self = user_data;

  self->reload_id = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a session and its steps, an undo): the page
 * reads once for each burst, before the next frame is drawn. */
static void
session_log_changed_cb (FtSessionHistoryPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle_cb, self, NULL);
}

static void
show_earlier_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FtSessionHistoryPage *self = FT_SESSION_HISTORY_PAGE (widget);
  g_autoptr(GPtrArray) earlier = NULL;
  GDate today;

  if (self->pending == NULL)
    return;

  ft_journal_get_today (ft_application_get_journal (self->app), &today);
  earlier = g_steal_pointer (&self->pending);
  self->loaded_first = self->pending_first;
  append_sessions (self, earlier, &today);

  read_ahead (self);
  update_content (self);
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FtSessionHistoryPage *self = FT_SESSION_HISTORY_PAGE (widget);

  adw_dialog_present (ADW_DIALOG (ft_log_session_dialog_new (self->app, 0)), widget);
}

static void
show_pauses_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FtSessionHistoryPage *self = FT_SESSION_HISTORY_PAGE (widget);
  GtkWidget *view = gtk_widget_get_ancestor (widget, ADW_TYPE_NAVIGATION_VIEW);

  if (view != NULL)
    adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), ft_pauses_page_new (self->app));
}

static void
ft_session_history_page_dispose (GObject *object)
{
  FtSessionHistoryPage *self = FT_SESSION_HISTORY_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_SESSION_HISTORY_PAGE);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_hash_table_unref);
  g_clear_pointer (&self->marked_pauses, g_hash_table_unref);
  g_clear_pointer (&self->pauses, g_ptr_array_unref);
  g_clear_pointer (&self->summary_rows, g_ptr_array_unref);
  g_clear_object (&self->session_log);
  g_clear_object (&self->book);
  g_clear_object (&self->catalog);
  g_clear_object (&self->app);

  G_OBJECT_CLASS (ft_session_history_page_parent_class)->dispose (object);
}

static void
ft_session_history_page_class_init (FtSessionHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_session_history_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-session-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtSessionHistoryPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FtSessionHistoryPage, summary_group);
  gtk_widget_class_bind_template_child (widget_class, FtSessionHistoryPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, FtSessionHistoryPage, no_sessions_label);
  gtk_widget_class_bind_template_child (widget_class, FtSessionHistoryPage, earlier_button);
  gtk_widget_class_install_action (widget_class, "history.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "history.show-pauses", NULL, show_pauses_action);
  gtk_widget_class_install_action (widget_class, "history.show-earlier", NULL,
                                   show_earlier_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "history.log",
                                       NULL);
}

static void
ft_session_history_page_init (FtSessionHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->loaded_first, 1);
  g_date_clear (&self->pending_first, 1);
  self->sessions = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                          (GDestroyNotify) ft_session_free);
  self->summary_rows = g_ptr_array_new ();
  self->marked_pauses = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_date_clear (&self->oldest_shown, 1);
}

/**
 * ft_session_history_page_new:
 * @app: the application, for its routines and session log
 *
 * The History page: this week's adherence per routine and any pause, then
 * every session by day, newest first. A session opens its form to correct
 * or delete it; the header logs a session by hand and shows the pauses.
 *
 * Returns: (transfer floating): the page, to push on a navigation view
 */
AdwNavigationPage *
ft_session_history_page_new (FtApplication *app)
{
  FtSessionHistoryPage *self;
  FtRoutineBook *book;

  g_return_val_if_fail (FT_IS_APPLICATION (app), NULL);

  self = g_object_new (FT_TYPE_SESSION_HISTORY_PAGE, NULL);
  self->app = g_object_ref (app);
  self->session_log = g_object_ref (ft_application_get_session_log (app));
  self->catalog = g_object_ref (ft_application_get_exercise_catalog (app));
  book = ft_session_dialog_load_routines (app);
  self->book = book != NULL ? g_object_ref (book) : NULL;

  g_signal_connect_object (self->session_log, "changed", G_CALLBACK (session_log_changed_cb),
                           self, G_CONNECT_SWAPPED);
  if (self->book != NULL)
    g_signal_connect_object (self->book, "changed", G_CALLBACK (session_log_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);

  return ADW_NAVIGATION_PAGE (self);
}
