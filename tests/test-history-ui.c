/* test-history-ui.c — the session history, logging by hand and pauses,
 * driven as a person would, under Xvfb.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <string.h>

#include "ft-date-row.h"
#include "ft-pause-dialog.h"
#include "ft-pauses-page.h"
#include "ft-session-dialog.h"
#include "ft-session-history-page.h"
#include "ui-test-fixture.h"

/* Helpers */

static void
day_offset (int    days,
            GDate *day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (day, 1);
  g_date_set_dmy (day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (days < 0)
    g_date_subtract_days (day, -days);
  else
    g_date_add_days (day, days);
}

static char *
day_key (int days)
{
  GDate day;
  char key[11];

  day_offset (days, &day);
  g_date_strftime (key, sizeof key, "%Y-%m-%d", &day);

  return g_strdup (key);
}

/* The History page as the Routines page will show it: pushed on a
 * navigation view, here inside a dialog over the main window. */
static FtSessionHistoryPage *
show_history (FtApplication *app,
              FtWindow      *window)
{
  AdwDialog *host = adw_dialog_new ();
  GtkWidget *view = adw_navigation_view_new ();
  AdwNavigationPage *page = ft_session_history_page_new (app);

  adw_dialog_set_content_width (host, 420);
  adw_dialog_set_content_height (host, 680);
  adw_navigation_view_add (ADW_NAVIGATION_VIEW (view), page);
  adw_dialog_set_child (host, view);
  adw_dialog_present (host, GTK_WIDGET (window));
  ck_assert (ui_driver_wait_for_frame (GTK_WIDGET (page)));

  return FT_SESSION_HISTORY_PAGE (page);
}

/* Waits for a dialog of @type on top of the others. */
static AdwDialog *
wait_for_dialog (FtWindow *window,
                 GType     type)
{
  for (guint i = 0; i < 200; i++)
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

      if (dialog != NULL && g_type_is_a (G_OBJECT_TYPE (dialog), type) &&
          gtk_widget_get_mapped (GTK_WIDGET (dialog)))
        {
          ui_driver_wait_for_frame (GTK_WIDGET (dialog));
          return dialog;
        }
      ui_driver_spin (20);
    }

  ck_abort_msg ("no %s opened", g_type_name (type));
  return NULL;
}

static void
wait_closed (FtWindow  *window,
             AdwDialog *dialog)
{
  for (guint i = 0; i < 200; i++)
    {
      if (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) != dialog)
        break;
      ui_driver_spin (20);
    }
  ui_driver_spin (100);
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  return ui_test_find (root, ADW_TYPE_PREFERENCES_ROW, title);
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The hour and minute spin buttons of the "Started At" row. */
static void
set_time (GtkWidget *dialog,
          int        hour,
          int        minute)
{
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  collect (find_row (dialog, "_Started At"), GTK_TYPE_SPIN_BUTTON, spins);
  ck_assert_uint_eq (spins->len, 2);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), hour);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 1), minute);
}

static int
get_hour (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  collect (find_row (dialog, "_Started At"), GTK_TYPE_SPIN_BUTTON, spins);

  return gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0));
}

static void
set_date_row (GtkWidget  *dialog,
              const char *title,
              int         days)
{
  GDate day;

  day_offset (days, &day);
  ft_date_row_set_day (FT_DATE_ROW (find_row (dialog, title)), &day);
}

static void
click (GtkWidget  *root,
       const char *label)
{
  g_signal_emit_by_name (ui_test_find (root, GTK_TYPE_BUTTON, label), "clicked");
  ui_driver_spin (100);
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The row of the first session called @title in the list. */
static GtkListBoxRow *
find_session_row (FtSessionHistoryPage *page,
                  const char           *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (page), GTK_TYPE_LIST_BOX_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *label = ui_driver_find (row, GTK_TYPE_LABEL, title);

      if (label != NULL && !ADW_IS_PREFERENCES_ROW (row))
        return GTK_LIST_BOX_ROW (row);
    }

  return NULL;
}

static void
activate_row (GtkListBoxRow *row)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (row));

  g_signal_emit_by_name (list, "row-activated", row);
  ui_driver_spin (50);
}

static gboolean
empty_state_shown (FtSessionHistoryPage *page)
{
  GtkWidget *status = ui_driver_find (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE, "No Sessions Yet");

  return status != NULL && gtk_widget_get_mapped (status);
}

/* Logging by hand, correcting, deleting with Undo */

static void
log_edit_delete_body (FtApplication *app,
                      FtWindow      *window,
                      gpointer       user_data)
{
  FtSessionHistoryPage *page = show_history (app, window);
  g_autofree char *yesterday = day_key (-1);
  g_autofree char *expected = NULL;
  g_autofree char *row_text = NULL;
  g_autofree char *before_delete = NULL;
  g_autofree char *after_undo = NULL;
  GtkListBoxRow *row;
  GtkWidget *details;
  AdwDialog *dialog;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  ck_assert (empty_state_shown (page));

  /* Log yesterday's Nerve care, partly done, with ratings. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "history.log", NULL));
  dialog = wait_for_dialog (window, FT_TYPE_SESSION_DIALOG);
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_Routine", "Nerve care");
  set_date_row (GTK_WIDGET (dialog), "_Day", -1);
  set_time (GTK_WIDGET (dialog), 7, 45);
  adw_spin_row_set_value (ADW_SPIN_ROW (find_row (GTK_WIDGET (dialog), "D_uration")), 6);
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_Outcome", "Partly done");
  ck_assert (gtk_widget_get_visible (find_row (GTK_WIDGET (dialog), "Ste_ps Done")));
  adw_spin_row_set_value (ADW_SPIN_ROW (find_row (GTK_WIDGET (dialog), "Ste_ps Done")), 2);
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_Before", "5 · moderate");
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_After", "3 · mild");
  click (GTK_WIDGET (dialog), "_Save");
  wait_closed (window, dialog);

  expected = g_strdup_printf ("manual|partial|%s|07:45|360|5|3", yesterday);
  row_text = ui_test_query_text ("SELECT source || '|' || outcome || '|' || day || '|' || "
                                 "strftime ('%H:%M', started_us / 1000000, 'unixepoch') || '|' || "
                                 "((ended_us - started_us) / 1000000) || '|' || before_rating || "
                                 "'|' || after_rating FROM session");
  ck_assert_str_eq (row_text, expected);
  /* Both sides of the first two steps completed, the third skipped. */
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step "
                                       "WHERE outcome = 'completed'"), 4);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step "
                                       "WHERE outcome = 'skipped'"), 2);

  ui_driver_spin (100);
  ck_assert (!empty_state_shown (page));
  row = find_session_row (page, "Nerve care");
  ck_assert_ptr_nonnull (row);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (row), GTK_TYPE_LABEL, "07:45"));
  details = find_label_containing (GTK_WIDGET (row), "2 of 3 steps");
  ck_assert_ptr_nonnull (details);
  ck_assert_ptr_nonnull (strstr (gtk_label_get_label (GTK_LABEL (details)), "By hand"));
  ck_assert_ptr_nonnull (strstr (gtk_label_get_label (GTK_LABEL (details)), "6 min"));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (row), GTK_TYPE_LABEL, "5 → 3"));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "Yesterday"));

  /* Correct it: two hours later, completed after all, no rating after. */
  activate_row (row);
  dialog = wait_for_dialog (window, FT_TYPE_SESSION_DIALOG);
  ck_assert_int_eq (get_hour (GTK_WIDGET (dialog)), 7);
  ck_assert (!gtk_widget_get_sensitive (find_row (GTK_WIDGET (dialog), "_Routine")));
  set_time (GTK_WIDGET (dialog), 9, 45);
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_Outcome", "Completed");
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_After", "Not rated");
  click (GTK_WIDGET (dialog), "_Save");
  wait_closed (window, dialog);

  g_free (row_text);
  row_text = ui_test_query_text ("SELECT outcome || '|' || "
                                 "strftime ('%H:%M', started_us / 1000000, 'unixepoch') || '|' || "
                                 "((ended_us - started_us) / 1000000) || '|' || "
                                 "coalesce (after_rating, 'none') FROM session");
  ck_assert_str_eq (row_text, "completed|09:45|360|none");
  row = find_session_row (page, "Nerve care");
  ck_assert_ptr_nonnull (row);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (row), GTK_TYPE_LABEL, "09:45"));
  ck_assert_ptr_nonnull (find_label_containing (GTK_WIDGET (row), "Completed"));

  /* A time still to come is refused, and the form keeps what was typed. */
  if (g_date_time_get_hour (now) < 23)
    {
      ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "history.log", NULL));
      dialog = wait_for_dialog (window, FT_TYPE_SESSION_DIALOG);
      set_date_row (GTK_WIDGET (dialog), "_Day", 0);
      set_time (GTK_WIDGET (dialog), 23, 59);
      click (GTK_WIDGET (dialog), "_Save");
      ui_driver_spin (200);
      ck_assert_ptr_eq (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)),
                        dialog);
      ck_assert_ptr_nonnull (find_label_containing (GTK_WIDGET (dialog), "in the future"));
      ck_assert_int_eq (get_hour (GTK_WIDGET (dialog)), 23);
      ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session"), 1);
      click (GTK_WIDGET (dialog), "_Cancel");
      wait_closed (window, dialog);
    }

  /* Delete it from its form, then take it back from the toast. */
  before_delete = ui_test_query_text ("SELECT group_concat (id || day || started_us || outcome, "
                                      "'|') FROM session");
  activate_row (find_session_row (page, "Nerve care"));
  dialog = wait_for_dialog (window, FT_TYPE_SESSION_DIALOG);
  ck_assert (gtk_widget_activate (find_row (GTK_WIDGET (dialog), "_Delete Session")));
  wait_closed (window, dialog);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session"), 0);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step"), 0);
  ck_assert (empty_state_shown (page));

  click (GTK_WIDGET (window), "_Undo");
  ui_driver_spin (200);
  after_undo = ui_test_query_text ("SELECT group_concat (id || day || started_us || outcome, '|') "
                                   "FROM session");
  ck_assert_str_eq (after_undo, before_delete);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step"), 6);
  ck_assert_ptr_nonnull (find_session_row (page, "Nerve care"));
}

static void
still_there_body (FtApplication *app,
                  FtWindow      *window,
                  gpointer       user_data)
{
  FtSessionHistoryPage *page = show_history (app, window);
  GtkListBoxRow *row = find_session_row (page, "Nerve care");

  ck_assert_ptr_nonnull (row);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (row), GTK_TYPE_LABEL, "09:45"));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "Yesterday"));
}

START_TEST (test_log_edit_delete)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), log_edit_delete_body, NULL), 0);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), still_there_body, NULL), 0);
}
END_TEST

/* Pauses */

static AdwNavigationPage *
show_pauses (FtSessionHistoryPage *page)
{
  AdwNavigationView *view = ADW_NAVIGATION_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (page),
                                                                          ADW_TYPE_NAVIGATION_VIEW));
  AdwNavigationPage *visible;

  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "history.show-pauses", NULL));
  visible = adw_navigation_view_get_visible_page (view);
  ck_assert (FT_IS_PAUSES_PAGE (visible));
  ck_assert (ui_driver_wait_for_frame (GTK_WIDGET (visible)));

  return visible;
}

static GtkWidget *
find_summary_row (FtSessionHistoryPage *page,
                  const char           *prefix)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), prefix) &&
          gtk_widget_get_mapped (row))
        return row;
    }

  return NULL;
}

static void
pause_body (FtApplication *app,
            FtWindow      *window,
            gpointer       user_data)
{
  FtSessionHistoryPage *page = show_history (app, window);
  AdwNavigationView *view = ADW_NAVIGATION_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (page),
                                                                          ADW_TYPE_NAVIGATION_VIEW));
  g_autofree char *today = day_key (0);
  g_autofree char *until = day_key (3);
  g_autofree char *expected = NULL;
  g_autofree char *row_text = NULL;
  AdwNavigationPage *pauses;
  AdwDialog *dialog;
  GtkWidget *row;
  GtkWidget *delete_button = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ck_assert_ptr_null (find_summary_row (page, "Paused"));

  pauses = show_pauses (page);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (pauses), ADW_TYPE_STATUS_PAGE, "No Pauses"));

  /* An end before the start is refused, and the form keeps its values. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (pauses), "pauses.add", NULL));
  dialog = wait_for_dialog (window, FT_TYPE_PAUSE_DIALOG);
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_Reason", "Flare-up");
  set_date_row (GTK_WIDGET (dialog), "_Until", -2);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "N_ote")),
                         "Calf flared after a long run");
  click (GTK_WIDGET (dialog), "_Save");
  ui_driver_spin (200);
  ck_assert_ptr_eq (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)),
                    dialog);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM pause"), 0);

  /* Until three days from now. */
  set_date_row (GTK_WIDGET (dialog), "_Until", 3);
  click (GTK_WIDGET (dialog), "_Save");
  wait_closed (window, dialog);

  expected = g_strdup_printf ("flare_up|%s|%s|Calf flared after a long run", today, until);
  row_text = ui_test_query_text ("SELECT reason || '|' || start_day || '|' || end_day || '|' || "
                                 "note FROM pause");
  ck_assert_str_eq (row_text, expected);
  ck_assert_ptr_nonnull (find_row (GTK_WIDGET (pauses), "Flare-up"));

  /* Back on History, this week's summary tells of it. */
  adw_navigation_view_pop (view);
  ui_driver_spin (400);
  row = find_summary_row (page, "Paused until");
  ck_assert_ptr_nonnull (row);
  ck_assert_ptr_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Flare-up"));
  ck_assert_ptr_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                 "neither for nor against"));

  /* Delete it from the Pauses page, then take it back. */
  pauses = show_pauses (page);
  collect (GTK_WIDGET (pauses), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "pauses.delete") == 0)
        delete_button = button;
    }
  ck_assert_ptr_nonnull (delete_button);
  g_signal_emit_by_name (delete_button, "clicked");
  ui_driver_spin (200);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM pause"), 0);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (pauses), ADW_TYPE_STATUS_PAGE, "No Pauses"));

  click (GTK_WIDGET (window), "_Undo");
  ui_driver_spin (200);
  g_free (row_text);
  row_text = ui_test_query_text ("SELECT reason || '|' || start_day || '|' || end_day || '|' || "
                                 "note FROM pause");
  ck_assert_str_eq (row_text, expected);

  adw_navigation_view_pop (view);
  ui_driver_spin (400);
  ck_assert_ptr_nonnull (find_summary_row (page, "Paused until"));
}

static void
pause_still_there_body (FtApplication *app,
                        FtWindow      *window,
                        gpointer       user_data)
{
  FtSessionHistoryPage *page = show_history (app, window);
  AdwNavigationPage *pauses;
  AdwDialog *dialog;
  GtkWidget *row;

  ck_assert_ptr_nonnull (find_summary_row (page, "Paused until"));

  /* The pause opens in its form with what was saved. */
  pauses = show_pauses (page);
  row = find_row (GTK_WIDGET (pauses), "Flare-up");
  ck_assert (gtk_widget_activate (row));
  dialog = wait_for_dialog (window, FT_TYPE_PAUSE_DIALOG);
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "N_ote"))),
                    "Calf flared after a long run");

  /* Made open-ended. */
  adw_switch_row_set_active (ADW_SWITCH_ROW (find_row (GTK_WIDGET (dialog), "_No End Day Yet")),
                             TRUE);
  click (GTK_WIDGET (dialog), "_Save");
  wait_closed (window, dialog);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM pause WHERE end_day IS NULL"), 1);
}

START_TEST (test_pause)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), pause_body, NULL), 0);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), pause_still_there_body, NULL), 0);
}
END_TEST

/* A gap in the list that a pause explains says so. */
static void
pause_marker_body (FtApplication *app,
                   FtWindow      *window,
                   gpointer       user_data)
{
  FtSessionLog *session_log = ft_application_get_session_log (app);
  FtRoutineBook *book = ft_session_dialog_load_routines (app);
  g_autoptr(FtRoutine) routine = ft_routine_book_get_builtin (book, "desk-break");
  g_autoptr(GError) error = NULL;
  g_autoptr(FtPause) pause = NULL;
  GDate start;
  GDate end;

  for (int days = 1; days <= 8; days += 7)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) started = g_date_time_add_days (now, -days);
      g_autoptr(FtSession) session = ft_session_log_add_manual (session_log, routine, started,
                                                                2 * G_TIME_SPAN_MINUTE,
                                                                FT_SESSION_COMPLETED,
                                                                FT_SESSION_NO_RATING,
                                                                FT_SESSION_NO_RATING, NULL, &error);

      ck_assert_msg (session != NULL, "%s", error ? error->message : "");
    }
  day_offset (-6, &start);
  day_offset (-3, &end);
  pause = ft_session_log_add_pause (session_log, FT_PAUSE_REST, &start, &end, NULL, &error);
  ck_assert_msg (pause != NULL, "%s", error ? error->message : "");

  ck_assert_ptr_nonnull (find_label_containing (GTK_WIDGET (show_history (app, window)),
                                                "Paused · Rest · "));
}

START_TEST (test_pause_marker)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), pause_marker_body, NULL), 0);
}
END_TEST

/* Ten years of sessions */

static void
long_history_body (FtApplication *app,
                   FtWindow      *window,
                   gpointer       user_data)
{
  gint64 start = g_get_monotonic_time ();
  FtSessionHistoryPage *page = show_history (app, window);
  gint64 shown_us = g_get_monotonic_time () - start;
  GtkWidget *earlier;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint first_rows;

  collect (GTK_WIDGET (page), GTK_TYPE_LIST_BOX_ROW, rows);
  first_rows = rows->len;
  g_print ("# history of ten years: shown in %.0f ms with %u rows\n", shown_us / 1000.0,
           first_rows);
  ck_assert_uint_lt (shown_us, 2 * G_USEC_PER_SEC);
  /* Eight weeks of about five sessions a day, not ten years. */
  ck_assert_uint_lt (first_rows, 8 * 7 * 8);

  earlier = ui_driver_find (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Show _Earlier Sessions");
  ck_assert_ptr_nonnull (earlier);
  ck_assert (gtk_widget_get_visible (earlier));
  start = g_get_monotonic_time ();
  g_signal_emit_by_name (earlier, "clicked");
  ui_driver_wait_for_frame (GTK_WIDGET (page));
  g_print ("# eight weeks earlier in %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  g_ptr_array_set_size (rows, 0);
  collect (GTK_WIDGET (page), GTK_TYPE_LIST_BOX_ROW, rows);
  ck_assert_uint_gt (rows->len, first_rows);
}

START_TEST (test_long_history)
{
  ui_test_fill_demo (520);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), long_history_body, NULL), 0);
}
END_TEST

static Suite *
history_ui_suite (void)
{
  Suite *suite = suite_create ("history-ui");
  TCase *history = tcase_create ("history");

  ui_test_fixture_add (history, "history-ui");
  tcase_set_timeout (history, 120);
  tcase_add_test (history, test_log_edit_delete);
  tcase_add_test (history, test_pause);
  tcase_add_test (history, test_pause_marker);
  tcase_add_test (history, test_long_history);
  suite_add_tcase (suite, history);

  return suite;
}

int
main (void)
{
  return test_support_run (history_ui_suite ());
}
