/* test-ui.c — the window, driven as a person would, under Xvfb.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ft-check-in.h"
#include "ft-database.h"
#include "ft-day-dialog.h"
#include "ft-journal-page.h"
#include "ft-rating-row.h"
#include "ui-test-fixture.h"

static GSettings *
open_settings (void)
{
  return g_settings_new (SCHEMA_ID);
}

static const char *
content_title (FtWindow *window)
{
  GtkWidget *split = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL);
  AdwNavigationPage *content;

  ck_assert_ptr_nonnull (split);
  content = adw_navigation_split_view_get_content (ADW_NAVIGATION_SPLIT_VIEW (split));

  return adw_navigation_page_get_title (content);
}

static int shown_rating (FtWindow   *window,
                         const char *symptom);

/* The app starts on a fresh journal, makes it private, and opens on Today. */

static void
fresh_start_body (FtApplication *app,
                  FtWindow      *window,
                  gpointer       user_data)
{
  FtDatabase *database = ft_application_get_database (app);
  struct stat st;

  ck_assert_ptr_nonnull (database);
  ck_assert_uint_eq (ft_database_get_schema_version (database),
                     ft_database_get_latest_schema_version ());
  ck_assert_int_eq (g_stat (ui_test_database_path (), &st), 0);
  ck_assert_int_eq (st.st_mode & 0777, 0600);
  ck_assert_str_eq (ft_window_get_page (window), "today");
  ck_assert_str_eq (content_title (window), "Today");
  /* Today opens on the check-in, nothing rated yet. */
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (window), FT_TYPE_CHECK_IN, NULL));
  ck_assert_int_eq (shown_rating (window, "tingling"), FT_NOT_RATED);
}

START_TEST (test_starts_on_fresh_journal)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), fresh_start_body, NULL), 0);
  ck_assert (g_file_test (ui_test_database_path (), G_FILE_TEST_IS_REGULAR));
}
END_TEST

/* Alt+1…7 reach every page, each with its title. */

static const struct
{
  const char *accel;
  const char *page;
  const char *title;
} page_keys[] = {
  { "<Alt>2", "journal", "Journal" },
  { "<Alt>3", "routines", "Routines" },
  { "<Alt>4", "exercises", "Exercises" },
  { "<Alt>5", "shoes", "Shoes & Insoles" },
  { "<Alt>6", "trends", "Trends" },
  { "<Alt>7", "visits", "Visits" },
  { "<Alt>1", "today", "Today" },
};

static void
page_keys_body (FtApplication *app,
                FtWindow      *window,
                gpointer       user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_keys); i++)
    {
      GtkWidget *list = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, NULL);
      GtkListBoxRow *selected;

      ck_assert_msg (ui_driver_press_accel (app, window, page_keys[i].accel),
                     "%s does nothing", page_keys[i].accel);
      ck_assert_str_eq (ft_window_get_page (window), page_keys[i].page);
      ck_assert_str_eq (content_title (window), page_keys[i].title);

      /* The sidebar follows, so the highlighted row is the page shown. */
      selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
      ck_assert_ptr_nonnull (selected);
      ck_assert_str_eq (gtk_widget_get_name (GTK_WIDGET (selected)), page_keys[i].page);
    }
}

START_TEST (test_page_shortcuts)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), page_keys_body, NULL), 0);
}
END_TEST

/* Clicking a sidebar row shows its page. */

static void
sidebar_body (FtApplication *app,
              FtWindow      *window,
              gpointer       user_data)
{
  GtkWidget *row = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, "shoes");

  ck_assert_ptr_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  ui_driver_spin (50);
  ck_assert_str_eq (ft_window_get_page (window), "shoes");
  ck_assert_str_eq (content_title (window), "Shoes & Insoles");
}

START_TEST (test_sidebar_row_shows_page)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), sidebar_body, NULL), 0);
}
END_TEST

/* A preference changed in the dialog is still there after a restart. */

static AdwComboRow *
find_combo_row (AdwDialog  *dialog,
                const char *title)
{
  return ADW_COMBO_ROW (ui_test_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, title));
}

static void
change_preferences_body (FtApplication *app,
                         FtWindow      *window,
                         gpointer       user_data)
{
  AdwDialog *dialog;

  ck_assert (ui_driver_press_accel (app, window, "<Control>comma"));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert_ptr_nonnull (dialog);
  ck_assert (ADW_IS_PREFERENCES_DIALOG (dialog));

  adw_combo_row_set_selected (find_combo_row (dialog, "_Distance"), 1);
  adw_combo_row_set_selected (find_combo_row (dialog, "_Week Starts On"), 6);
  ui_driver_spin (50);
  adw_dialog_close (dialog);
}

static void
check_preferences_body (FtApplication *app,
                        FtWindow      *window,
                        gpointer       user_data)
{
  AdwDialog *dialog;

  ck_assert (ui_driver_press_accel (app, window, "<Control>comma"));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert_ptr_nonnull (dialog);
  ck_assert_uint_eq (adw_combo_row_get_selected (find_combo_row (dialog, "_Distance")), 1);
  ck_assert_uint_eq (adw_combo_row_get_selected (find_combo_row (dialog, "_Week Starts On")), 6);
  adw_dialog_close (dialog);
}

START_TEST (test_preferences_persist)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *week_start = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), change_preferences_body, NULL), 0);

  settings = open_settings ();
  unit = g_settings_get_string (settings, "distance-unit");
  week_start = g_settings_get_string (settings, "week-start");
  ck_assert_str_eq (unit, "mi");
  ck_assert_str_eq (week_start, "sunday");

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), check_preferences_body, NULL), 0);
}
END_TEST

/* The last page and the window size come back after a restart. */

static void
leave_on_trends_body (FtApplication *app,
                      FtWindow      *window,
                      gpointer       user_data)
{
  ck_assert (ui_driver_press_accel (app, window, "<Alt>6"));
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 560);
  ui_driver_spin (50);
}

static void
back_on_trends_body (FtApplication *app,
                     FtWindow      *window,
                     gpointer       user_data)
{
  int width;
  int height;

  ck_assert_str_eq (ft_window_get_page (window), "trends");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  ck_assert_int_eq (width, 820);
  ck_assert_int_eq (height, 560);
}

START_TEST (test_page_and_size_restored)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), leave_on_trends_body, NULL), 0);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), back_on_trends_body, NULL), 0);
}
END_TEST

/* At 360 px the split view collapses to one pane, with a way back. */

static void
narrow_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  GtkWidget *split = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL);

  ck_assert_int_le (gtk_widget_get_width (GTK_WIDGET (window)), 360);
  ck_assert (ft_window_is_collapsed (window));
  ck_assert (adw_navigation_split_view_get_show_content (ADW_NAVIGATION_SPLIT_VIEW (split)));

  /* Back goes to the sidebar; choosing a page comes forward again. */
  adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (split), FALSE);
  ui_driver_spin (50);
  ck_assert (ui_driver_press_accel (app, window, "<Alt>2"));
  ck_assert (adw_navigation_split_view_get_show_content (ADW_NAVIGATION_SPLIT_VIEW (split)));
  ck_assert_str_eq (content_title (window), "Journal");
}

START_TEST (test_narrow_window_collapses)
{
  g_autoptr(GSettings) settings = open_settings ();

  g_settings_set_int (settings, "window-width", 360);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_sync ();

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), narrow_body, NULL), 0);
}
END_TEST

/* A file that is not a journal is reported in the window and left alone. */

static void
error_page_body (FtApplication *app,
                 FtWindow      *window,
                 gpointer       user_data)
{
  GtkWidget *status = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                      "The Journal Could Not Be Opened");

  ck_assert_ptr_null (ft_application_get_database (app));
  ck_assert_ptr_nonnull (status);
  ck_assert (gtk_widget_is_drawable (status));
  ck_assert_ptr_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                                 ui_test_database_path ()));
}

START_TEST (test_bad_file_shows_error_page)
{
  const char *garbage = "These are shopping notes, not a Footing journal.\n";
  g_autofree char *folder_path = g_path_get_dirname (ui_test_database_path ());
  g_autofree char *after = NULL;

  g_mkdir_with_parents (folder_path, 0700);
  ck_assert (g_file_set_contents (ui_test_database_path (), garbage, -1, NULL));

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), error_page_body, NULL), 0);

  ck_assert (g_file_get_contents (ui_test_database_path (), &after, NULL, NULL));
  ck_assert_str_eq (after, garbage);
}
END_TEST

/* About and the shortcut list open from their keys and the menu actions. */

static void
dialogs_body (FtApplication *app,
              FtWindow      *window,
              gpointer       user_data)
{
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert (ADW_IS_ABOUT_DIALOG (dialog));
  ck_assert_str_eq (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), "Footing");
  ck_assert_ptr_nonnull (strstr (adw_about_dialog_get_comments (ADW_ABOUT_DIALOG (dialog)),
                                 "does not give medical advice"));
  /* The icon comes with the app, installed or not. */
  ck_assert (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                      adw_about_dialog_get_application_icon (ADW_ABOUT_DIALOG (dialog))));
  adw_dialog_close (dialog);
  ui_driver_spin (300);

  ck_assert (ui_driver_press_accel (app, window, "F1"));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert_ptr_nonnull (dialog);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Quit"));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Ctrl+Q"));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Alt+7"));
  adw_dialog_close (dialog);
}

START_TEST (test_about_and_shortcuts)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), dialogs_body, NULL), 0);
}
END_TEST

/* The command line: demo journals, and refusals before any window. */

static void
demo_window_body (FtApplication *app,
                  FtWindow      *window,
                  gpointer       user_data)
{
  char **shown_path = user_data;

  ck_assert_ptr_nonnull (ft_application_get_database (app));
  *shown_path = g_strdup (ft_application_get_database_path (app));
  ck_assert_str_eq (ft_window_get_page (window), "today");
}

START_TEST (test_demo_creates_new_journal)
{
  g_autofree char *shown = NULL;
  char *argv[] = { "footing", "--database", (char *) ui_test_database_path (), "--demo",
                   "--demo-weeks", "3", NULL };

  ck_assert_int_eq (ui_driver_run_command_line (argv, demo_window_body, &shown), 0);
  ck_assert_str_eq (shown, ui_test_database_path ());

  /* Three weeks of check-ins, most days rated, kept after quitting. */
  ck_assert_int_ge (ui_test_query_int ("SELECT count(*) FROM journal_entry"), 15);
  ck_assert_int_le (ui_test_query_int ("SELECT count(DISTINCT day) FROM journal_entry"), 21);
  ck_assert_int_gt (ui_test_query_int ("SELECT count(*) FROM session"), 0);
}
END_TEST

START_TEST (test_throw_away_demo_is_removed)
{
  g_autofree char *shown = NULL;
  char *argv[] = { "footing", "--demo", NULL };

  ck_assert_int_eq (ui_driver_run_command_line (argv, demo_window_body, &shown), 0);
  ck_assert_ptr_nonnull (shown);
  ck_assert (!g_file_test (shown, G_FILE_TEST_EXISTS));
}
END_TEST

static void
no_window_expected_body (FtApplication *app,
                         FtWindow      *window,
                         gpointer       user_data)
{
  ck_abort_msg ("a refused command line opened a window");
}

START_TEST (test_demo_refuses_existing_journal)
{
  g_autoptr(FtDatabase) database = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length;
  gsize after_length;
  char *argv[] = { "footing", "--database", (char *) ui_test_database_path (), "--demo", NULL };

  database = ft_database_open (ui_test_database_path (), NULL);
  ck_assert_ptr_nonnull (database);
  g_clear_object (&database);
  ck_assert (g_file_get_contents (ui_test_database_path (), &before, &before_length, NULL));

  ck_assert_int_eq (ui_driver_run_command_line (argv, no_window_expected_body, NULL), 1);

  ck_assert (g_file_get_contents (ui_test_database_path (), &after, &after_length, NULL));
  ck_assert_uint_eq (before_length, after_length);
  ck_assert_mem_eq (before, after, before_length);
}
END_TEST

START_TEST (test_bad_demo_weeks_are_refused)
{
  char *zero[] = { "footing", "--demo", "--demo-weeks", "0", NULL };
  char *lonely[] = { "footing", "--demo-weeks", "4", NULL };
  char *words[] = { "footing", "--demo", "--demo-weeks", "many", NULL };
  char *too_many[] = { "footing", "--demo", "--demo-weeks", "1041", NULL };

  ck_assert_int_eq (ui_driver_run_command_line (zero, no_window_expected_body, NULL), 1);
  ck_assert_int_eq (ui_driver_run_command_line (lonely, no_window_expected_body, NULL), 1);
  ck_assert_int_eq (ui_driver_run_command_line (words, no_window_expected_body, NULL), 1);
  ck_assert_int_eq (ui_driver_run_command_line (too_many, no_window_expected_body, NULL), 1);
}
END_TEST

/* The check-in and the journal. */

static char *
today_key (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
yesterday_key (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);

  return g_date_time_format (yesterday, "%Y-%m-%d");
}

static gint64
stored_rating (const char *day,
               const char *foot,
               const char *symptom)
{
  g_autofree char *sql = NULL;

  /* The day, foot and key are the test's own constants. */
  sql = g_strdup_printf ("SELECT coalesce ((SELECT r.value FROM symptom_rating r "
                         "JOIN journal_entry e ON e.id = r.entry_id "
                         "JOIN symptom_kind k ON k.id = r.kind_id "
                         "WHERE e.day = '%s' AND e.foot = '%s' AND k.key = '%s'), -1)",
                         day, foot, symptom);

  return ui_test_query_int (sql);
}

static FtRatingRow *
focused_rating_row (FtWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (focus == NULL)
    return NULL;
  if (FT_IS_RATING_ROW (focus))
    return FT_RATING_ROW (focus);

  return (FtRatingRow *) gtk_widget_get_ancestor (focus, FT_TYPE_RATING_ROW);
}

static const char *
focused_symptom (FtWindow *window)
{
  FtRatingRow *row = focused_rating_row (window);

  return row != NULL ? ft_symptom_get_key (ft_rating_row_get_symptom (row)) : NULL;
}

/* Tab until a rating row has the focus, then Down until it is @symptom. */
static void
move_to_symptom (FtWindow   *window,
                 const char *symptom)
{
  for (guint i = 0; i < 100 && focused_rating_row (window) == NULL; i++)
    ck_assert (ui_driver_press_tab (GTK_WIDGET (window)));

  for (guint i = 0; i < 10 && g_strcmp0 (focused_symptom (window), symptom) != 0; i++)
    ck_assert (ui_driver_press_down (GTK_WIDGET (window)));

  ck_assert_str_eq (focused_symptom (window), symptom);
}

static void
rate_with_keys_body (FtApplication *app,
                     FtWindow      *window,
                     gpointer       user_data)
{
  ck_assert_str_eq (ft_window_get_page (window), "today");

  move_to_symptom (window, "tingling");
  ck_assert (ui_driver_type_key (GTK_WIDGET (window), GDK_KEY_3));
  move_to_symptom (window, "burning");
  ck_assert (ui_driver_type_key (GTK_WIDGET (window), GDK_KEY_7));
  move_to_symptom (window, "night_pain");
  ck_assert (ui_driver_type_key (GTK_WIDGET (window), GDK_KEY_1));
  ck_assert (ui_driver_type_key (GTK_WIDGET (window), GDK_KEY_0));
  ck_assert_int_eq (ft_rating_row_get_value (focused_rating_row (window)), 10);
}

static int
shown_rating (FtWindow   *window,
              const char *symptom)
{
  GtkWidget *page = ui_driver_find (GTK_WIDGET (window), FT_TYPE_CHECK_IN, NULL);

  for (GtkWidget *row = ui_driver_find (page, FT_TYPE_RATING_ROW, NULL);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (FT_IS_RATING_ROW (row) &&
          g_str_equal (ft_symptom_get_key (ft_rating_row_get_symptom (FT_RATING_ROW (row))), symptom))
        return ft_rating_row_get_value (FT_RATING_ROW (row));
    }

  return -2;
}

static void
ratings_shown_body (FtApplication *app,
                    FtWindow      *window,
                    gpointer       user_data)
{
  ck_assert_int_eq (shown_rating (window, "tingling"), 3);
  ck_assert_int_eq (shown_rating (window, "burning"), 7);
  ck_assert_int_eq (shown_rating (window, "night_pain"), 10);
  ck_assert_int_eq (shown_rating (window, "numbness"), FT_NOT_RATED);
}

START_TEST (test_rate_today_with_keyboard)
{
  g_autofree char *today = today_key ();

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), rate_with_keys_body, NULL), 0);

  ck_assert_int_eq (stored_rating (today, "left", "tingling"), 3);
  ck_assert_int_eq (stored_rating (today, "left", "burning"), 7);
  ck_assert_int_eq (stored_rating (today, "left", "night_pain"), 10);
  /* Not rated is absent, not 0. */
  ck_assert_int_eq (stored_rating (today, "left", "numbness"), -1);

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), ratings_shown_body, NULL), 0);
}
END_TEST

static void
rate_yesterday_body (FtApplication *app,
                     FtWindow      *window,
                     gpointer       user_data)
{
  GtkWidget *button = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Rate _Yesterday");

  ck_assert_ptr_nonnull (button);
  ck_assert (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  ui_driver_spin (50);

  move_to_symptom (window, "first_step_pain");
  ck_assert (ui_driver_type_key (GTK_WIDGET (window), GDK_KEY_5));

  /* Yesterday is rated now, so the card stops offering it. */
  button = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back to _Today");
  ck_assert_ptr_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_driver_spin (50);
  ck_assert (!gtk_widget_get_visible (ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BUTTON,
                                                      "Rate _Yesterday")));
}

START_TEST (test_rate_yesterday)
{
  g_autofree char *yesterday = yesterday_key ();
  g_autofree char *today = today_key ();

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), rate_yesterday_body, NULL), 0);

  ck_assert_int_eq (stored_rating (yesterday, "left", "first_step_pain"), 5);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM journal_entry"), 1);
}
END_TEST

/* The journal's list of days; other pages and popovers have list views too. */
static GtkWidget *
find_journal_list (FtWindow *window)
{
  GtkWidget *page = ui_driver_find (GTK_WIDGET (window), FT_TYPE_JOURNAL_PAGE, NULL);

  ck_assert_ptr_nonnull (page);

  return ui_driver_find (page, GTK_TYPE_LIST_VIEW, NULL);
}

static void
delete_and_undo_body (FtApplication *app,
                      FtWindow      *window,
                      gpointer       user_data)
{
  GtkWidget *list;
  GtkWidget *undo;
  AdwDialog *dialog;

  ck_assert (ui_driver_press_accel (app, window, "<Alt>2"));
  ui_driver_wait_for_frame (GTK_WIDGET (window));
  list = find_journal_list (window);
  ck_assert_ptr_nonnull (list);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))),
                     (guint) ui_test_query_int ("SELECT count(*) FROM journal_entry"));

  /* Open the newest day, as a click on the first row does. */
  g_signal_emit_by_name (list, "activate", 0);
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert (FT_IS_DAY_DIALOG (dialog));

  ck_assert (gtk_widget_activate_action (GTK_WIDGET (dialog), "day.delete", NULL));
  ui_driver_spin (300);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM journal_entry"), 0);

  undo = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  ck_assert_ptr_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  ui_driver_spin (50);
}

START_TEST (test_delete_then_undo)
{
  g_autoptr(FtDatabase) database = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *dump = "SELECT group_concat (e.day || e.foot || coalesce (e.note, '') || "
                     "e.note_for_therapist || e.created_us || e.updated_us || k.key || r.value, '|') "
                     "FROM journal_entry e JOIN symptom_rating r ON r.entry_id = e.id "
                     "JOIN symptom_kind k ON k.id = r.kind_id";

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), rate_with_keys_body, NULL), 0);
  before = ui_test_query_text (dump);

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), delete_and_undo_body, NULL), 0);

  /* Undo put back the very same day: values, note flag and times. */
  after = ui_test_query_text (dump);
  ck_assert_str_eq (after, before);
}
END_TEST

static FtRatingRow *
find_rating_row (FtWindow   *window,
                 const char *name)
{
  GtkWidget *row = ui_driver_find (GTK_WIDGET (window), FT_TYPE_RATING_ROW, name);

  return row != NULL ? FT_RATING_ROW (row) : NULL;
}

static void
manage_symptoms_body (FtApplication *app,
                      FtWindow      *window,
                      gpointer       user_data)
{
  AdwDialog *dialog;
  GtkWidget *add_row;
  GtkWidget *numbness;
  GtkWidget *shown;
  FtRatingRow *custom;

  ck_assert (ui_driver_press_accel (app, window, "<Control>comma"));
  dialog = ui_driver_wait_for_dialog (window);
  adw_preferences_dialog_set_visible_page_name (ADW_PREFERENCES_DIALOG (dialog), "symptoms");
  ui_driver_spin (50);

  add_row = ui_driver_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Add a Symptom");
  ck_assert_ptr_nonnull (add_row);
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Heel pain at work");
  g_signal_emit_by_name (add_row, "apply");
  ui_driver_spin (50);

  /* A second one of the same name is refused, and nothing is added. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "heel PAIN at work");
  g_signal_emit_by_name (add_row, "apply");
  ui_driver_spin (50);

  numbness = ui_driver_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Numbness");
  ck_assert_ptr_nonnull (numbness);
  shown = ui_driver_find (numbness, GTK_TYPE_SWITCH, NULL);
  ck_assert_ptr_nonnull (shown);
  gtk_switch_set_active (GTK_SWITCH (shown), FALSE);
  ui_driver_spin (50);
  adw_dialog_close (dialog);
  ui_driver_spin (300);

  /* The check-in follows: the new symptom is there, Numbness is not. */
  ck_assert_ptr_null (find_rating_row (window, "Numbness"));
  custom = find_rating_row (window, "Heel pain at work");
  ck_assert_ptr_nonnull (custom);
  move_to_symptom (window, ft_symptom_get_key (ft_rating_row_get_symptom (custom)));
  ck_assert (ui_driver_type_key (GTK_WIDGET (window), GDK_KEY_4));
}

START_TEST (test_manage_symptoms)
{
  g_autofree char *today = today_key ();
  g_autofree char *sql = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), manage_symptoms_body, NULL), 0);

  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM symptom_kind WHERE builtin = 0"), 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT hidden FROM symptom_kind WHERE key = "
                                       "'numbness'"), 1);
  sql = g_strdup_printf ("SELECT r.value FROM symptom_rating r "
                         "JOIN journal_entry e ON e.id = r.entry_id "
                         "JOIN symptom_kind k ON k.id = r.kind_id "
                         "WHERE e.day = '%s' AND k.name = 'Heel pain at work'", today);
  ck_assert_int_eq (ui_test_query_int (sql), 4);
}
END_TEST

static void
search_notes_body (FtApplication *app,
                   FtWindow      *window,
                   gpointer       user_data)
{
  GtkWidget *page;
  GtkWidget *list;
  GtkWidget *entry;
  GtkWidget *therapist;
  GListModel *model;
  guint all;

  ck_assert (ui_driver_press_accel (app, window, "<Alt>2"));
  ui_driver_wait_for_frame (GTK_WIDGET (window));
  page = ui_driver_find (GTK_WIDGET (window), FT_TYPE_JOURNAL_PAGE, NULL);
  list = find_journal_list (window);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  all = g_list_model_get_n_items (model);
  ck_assert_uint_gt (all, 20);

  /* The calendar for past days marks the days that have a check-in. */
  {
    GtkWidget *calendar = ui_driver_find (page, GTK_TYPE_CALENDAR, NULL);
    GtkWidget *button = gtk_widget_get_ancestor (calendar, GTK_TYPE_MENU_BUTTON);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    ui_driver_spin (100);
    for (int day = 1; day <= g_date_time_get_day_of_month (now); day++)
      {
        g_autofree char *sql = NULL;

        sql = g_strdup_printf ("SELECT count(*) FROM journal_entry WHERE day = '%04d-%02d-%02d'",
                               g_date_time_get_year (now), g_date_time_get_month (now), day);
        ck_assert_int_eq (gtk_calendar_get_day_is_marked (GTK_CALENDAR (calendar), day),
                          ui_test_query_int (sql) > 0);
      }
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }

  entry = ui_driver_find (page, GTK_TYPE_SEARCH_ENTRY, NULL);
  ck_assert_ptr_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "TINGLING in the toes");
  /* The search waits for typing to pause. */
  ui_driver_spin (400);
  ck_assert_uint_gt (g_list_model_get_n_items (model), 0);
  ck_assert_uint_lt (g_list_model_get_n_items (model), all);
  ck_assert_int_eq (g_list_model_get_n_items (model),
                    ui_test_query_int ("SELECT count(*) FROM journal_entry "
                                       "WHERE note LIKE '%tingling in the toes%'"));

  therapist = ui_driver_find (page, GTK_TYPE_TOGGLE_BUTTON, "For My _Therapist");
  ck_assert_ptr_nonnull (therapist);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (therapist), TRUE);
  ui_driver_spin (400);
  ck_assert_int_eq (g_list_model_get_n_items (model),
                    ui_test_query_int ("SELECT count(*) FROM journal_entry "
                                       "WHERE note_for_therapist = 1"));

  /* A search that finds nothing says so. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "no note says this");
  ui_driver_spin (400);
  ck_assert_uint_eq (g_list_model_get_n_items (model), 0);
  ck_assert (gtk_widget_is_drawable (ui_driver_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                                     "No Matching Days")));
}

START_TEST (test_search_notes)
{
  char *argv[] = { "footing", "--database", (char *) ui_test_database_path (), "--demo",
                   "--demo-weeks", "26", NULL };

  ck_assert_int_eq (ui_driver_run_command_line (argv, search_notes_body, NULL), 0);
}
END_TEST

static void
note_then_quit_body (FtApplication *app,
                     FtWindow      *window,
                     gpointer       user_data)
{
  GtkWidget *note = NULL;

  /* The details come just after the first frame. */
  for (guint i = 0; i < 100 && note == NULL; i++)
    {
      ui_driver_spin (20);
      note = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "_Note");
    }
  ck_assert_ptr_nonnull (note);

  /* Quit at once, before the pause that saves a note while typing. */
  gtk_editable_set_text (GTK_EDITABLE (note), "Heel sore after the stairs");
}

START_TEST (test_note_survives_quick_quit)
{
  g_autofree char *today = today_key ();
  g_autofree char *sql = NULL;
  g_autofree char *stored = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), note_then_quit_body, NULL), 0);

  sql = g_strdup_printf ("SELECT note FROM journal_entry WHERE day = '%s' AND foot = 'left'",
                         today);
  stored = ui_test_query_text (sql);
  ck_assert_str_eq (stored, "Heel sore after the stairs");
}
END_TEST

static Suite *
ui_suite (void)
{
  Suite *suite = suite_create ("ui");
  TCase *window = tcase_create ("window");
  TCase *command_line = tcase_create ("command-line");
  TCase *journal = tcase_create ("journal");

  ui_test_fixture_add (window, "ui");
  tcase_set_timeout (window, 60);
  ui_test_fixture_add (command_line, "ui");
  tcase_set_timeout (command_line, 60);
  ui_test_fixture_add (journal, "ui");
  tcase_set_timeout (journal, 60);
  tcase_add_test (window, test_starts_on_fresh_journal);
  tcase_add_test (window, test_page_shortcuts);
  tcase_add_test (window, test_sidebar_row_shows_page);
  tcase_add_test (window, test_preferences_persist);
  tcase_add_test (window, test_page_and_size_restored);
  tcase_add_test (window, test_narrow_window_collapses);
  tcase_add_test (window, test_bad_file_shows_error_page);
  tcase_add_test (window, test_about_and_shortcuts);
  suite_add_tcase (suite, window);

  tcase_add_test (command_line, test_demo_creates_new_journal);
  tcase_add_test (command_line, test_throw_away_demo_is_removed);
  tcase_add_test (command_line, test_demo_refuses_existing_journal);
  tcase_add_test (command_line, test_bad_demo_weeks_are_refused);
  suite_add_tcase (suite, command_line);

  tcase_add_test (journal, test_rate_today_with_keyboard);
  tcase_add_test (journal, test_rate_yesterday);
  tcase_add_test (journal, test_delete_then_undo);
  tcase_add_test (journal, test_manage_symptoms);
  tcase_add_test (journal, test_search_notes);
  tcase_add_test (journal, test_note_survives_quick_quit);
  suite_add_tcase (suite, journal);

  return suite;
}

int
main (void)
{
  return test_support_run (ui_suite ());
}
