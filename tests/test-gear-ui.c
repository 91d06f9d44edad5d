/* test-gear-ui.c — the Shoes & Insoles page and the check-in's shoe, driven
 * as a person would, under Xvfb.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <string.h>

#include "ft-date-row.h"
#include "ft-gear.h"
#include "ft-shoes-page.h"
#include "ui-test-fixture.h"

static gint64
gear_id (const char *name)
{
  g_autofree char *sql = NULL;

  /* The names are the test's own constants. */
  sql = g_strdup_printf ("SELECT coalesce ((SELECT id FROM gear WHERE name = '%s'), 0)", name);

  return ui_test_query_int (sql);
}

static void
days_ago (FtApplication *app,
          int            days,
          GDate         *day)
{
  ft_journal_get_today (ft_application_get_journal (app), day);
  g_date_subtract_days (day, days);
}

static GtkWidget *
show_shoes_page (FtApplication *app,
                 FtWindow      *window)
{
  return ui_test_show_page (app, window, "<Alt>5", FT_TYPE_SHOES_PAGE);
}

static AdwDialog *
open_dialog (FtWindow   *window,
             GtkWidget  *page,
             const char *action,
             GVariant   *target)
{
  AdwDialog *dialog;

  ck_assert (gtk_widget_activate_action_variant (page, action, target));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert_msg (dialog != NULL, "%s opened no dialog", action);

  return dialog;
}

static void
type_into (AdwDialog  *dialog,
           const char *title,
           const char *text)
{
  GtkWidget *row = ui_driver_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  ck_assert_msg (row != NULL, "no row titled %s", title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ui_driver_spin (10);
}

static void
set_day (AdwDialog *dialog,
         const GDate *day)
{
  GtkWidget *row = ui_driver_find (GTK_WIDGET (dialog), FT_TYPE_DATE_ROW, NULL);

  ck_assert_ptr_nonnull (row);
  ft_date_row_set_day (FT_DATE_ROW (row), day);
}

/* Presses a button of the dialog and waits for the dialog to close. */
static void
press_and_close (FtWindow   *window,
                 AdwDialog  *dialog,
                 const char *label)
{
  GtkWidget *button = ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);

  ck_assert_msg (gtk_widget_is_sensitive (button), "%s is greyed out", label);
  g_signal_emit_by_name (button, "clicked");
  for (guint i = 0; i < 100; i++)
    {
      if (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) == NULL)
        break;
      ui_driver_spin (20);
    }
  ck_assert_msg (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) == NULL,
                 "the dialog stayed open after %s", label);
  ui_driver_spin (50);
}

static GPtrArray *
list_titles (FtWindow   *window,
             const char *list_name)
{
  GtkWidget *list = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, list_name);
  GPtrArray *titles = g_ptr_array_new ();

  ck_assert_ptr_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_PREFERENCES_ROW (row))
        g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  return titles;
}

/* Add a shoe and an insole, move the insole, retire the shoe: after a
 * restart the changes are listed newest first, back-dated ones in place. */

static void
record_changes_body (FtApplication *app,
                     FtWindow      *window,
                     gpointer       user_data)
{
  GtkWidget *page = show_shoes_page (app, window);
  GtkWidget *distance;
  AdwDialog *dialog;
  GDate day;

  ck_assert_ptr_nonnull (ui_driver_find (page, ADW_TYPE_STATUS_PAGE, "No Shoes or Insoles Yet"));
  ck_assert (gtk_widget_is_drawable (ui_driver_find (page, ADW_TYPE_STATUS_PAGE, NULL)));

  dialog = open_dialog (window, page, "shoes.add-item", g_variant_new_string ("running_shoe"));
  /* Nothing to save without a name. */
  ck_assert (!gtk_widget_is_sensitive (ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                                     "_Save")));
  type_into (dialog, "_Name", "Trail runners");
  type_into (dialog, "_Brand and Model", "Ridgeline 4");

  /* The distance takes either unit, and nothing else. */
  distance = ui_driver_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Distance Already on It");
  type_into (dialog, "_Distance Already on It", "lots");
  ck_assert (gtk_widget_has_css_class (distance, "error"));
  ck_assert (!gtk_widget_is_sensitive (ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                                     "_Save")));
  type_into (dialog, "_Distance Already on It", "186 mi");
  ck_assert (!gtk_widget_has_css_class (distance, "error"));
  type_into (dialog, "_Distance Already on It", "300 km");

  days_ago (app, 10, &day);
  set_day (dialog, &day);
  press_and_close (window, dialog, "_Save");
  ck_assert_int_gt (gear_id ("Trail runners"), 0);

  dialog = open_dialog (window, page, "shoes.add-item", g_variant_new_string ("insole"));
  type_into (dialog, "_Name", "Arch-support insoles");
  days_ago (app, 5, &day);
  set_day (dialog, &day);
  press_and_close (window, dialog, "_Save");

  /* "I switched insoles last Tuesday." */
  dialog = open_dialog (window, page, "shoes.move",
                        g_variant_new_int64 (gear_id ("Arch-support insoles")));
  days_ago (app, 3, &day);
  set_day (dialog, &day);
  ui_test_select_in_combo (GTK_WIDGET (dialog), "_Shoe", "Trail runners");
  press_and_close (window, dialog, "_Move");

  dialog = open_dialog (window, page, "shoes.retire", g_variant_new_int64 (gear_id ("Trail runners")));
  press_and_close (window, dialog, "_Retire");
}

static const char *expected_changes[] = {
  "Retired Trail runners",
  "Moved Arch-support insoles to Trail runners",
  "Started wearing Arch-support insoles",
  "Started wearing Trail runners",
};

static void
check_changes_body (FtApplication *app,
                    FtWindow      *window,
                    gpointer       user_data)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) current = NULL;

  /* The page comes back as it was left. */
  ck_assert_str_eq (ft_window_get_page (window), "shoes");
  changes = list_titles (window, "changes-list");
  ck_assert_uint_eq (changes->len, G_N_ELEMENTS (expected_changes));
  for (guint i = 0; i < changes->len; i++)
    ck_assert_str_eq (g_ptr_array_index (changes, i), expected_changes[i]);

  current = list_titles (window, "current-list");
  ck_assert_uint_eq (current->len, 1);
  ck_assert_str_eq (g_ptr_array_index (current, 0), "Arch-support insoles");
}

START_TEST (test_record_changes)
{
  g_autofree char *kinds = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), record_changes_body, NULL), 0);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), check_changes_body, NULL), 0);

  kinds = ui_test_query_text ("SELECT group_concat (kind, ',') FROM "
                              "(SELECT kind FROM gear_event ORDER BY day, created_us)");
  ck_assert_str_eq (kinds, "start,start,move,retire");
  ck_assert_int_eq (ui_test_query_int ("SELECT round (prior_distance_m) FROM gear "
                                       "WHERE name = 'Trail runners'"), 300000);
  today = g_date_time_format (now, "%Y-%m-%d");
  sql = g_strdup_printf ("SELECT count(*) FROM gear WHERE name = 'Trail runners' "
                         "AND retire_day = '%s'", today);
  ck_assert_int_eq (ui_test_query_int (sql), 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear_event e "
                                       "JOIN gear g ON g.id = e.gear_id "
                                       "WHERE e.kind = 'move' AND g.name = 'Arch-support insoles' "
                                       "AND e.day = date ('now', 'localtime', '-3 days')"), 1);
}
END_TEST

/* Items made through the core, for the tests that start from them. */
static gint64
add_item (FtApplication *app,
          FtGearKind     kind,
          const char    *name,
          int            started_days_ago,
          double         prior_km)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearItem) item = NULL;
  FtGearFields fields;
  GDate day;

  days_ago (app, started_days_ago, &day);
  ft_gear_fields_init (&fields, kind, &day, FT_DISTANCE_KILOMETRES);
  fields.name = name;
  fields.prior_distance = prior_km;
  item = ft_gear_add_item (ft_application_get_gear (app), &fields, &error);
  ck_assert_msg (item != NULL, "%s", error ? error->message : "");

  return ft_gear_item_get_id (item);
}

/* An item with history asks first; Undo brings it back with its history. */

static void
delete_undo_body (FtApplication *app,
                  FtWindow      *window,
                  gpointer       user_data)
{
  g_autoptr(FtGearEvent) move = NULL;
  g_autoptr(GError) error = NULL;
  gint64 shoe = add_item (app, FT_GEAR_RUNNING_SHOE, "Trail runners", 10, 0);
  gint64 insole = add_item (app, FT_GEAR_INSOLE, "Arch-support insoles", 10, 0);
  GtkWidget *page;
  GtkWidget *undo;
  AdwDialog *dialog;
  GDate day;

  days_ago (app, 2, &day);
  move = ft_gear_move_insert (ft_application_get_gear (app), insole, shoe, &day, &error);
  ck_assert_msg (move != NULL, "%s", error ? error->message : "");

  page = show_shoes_page (app, window);
  ui_driver_spin (50);

  dialog = open_dialog (window, page, "shoes.delete", g_variant_new_int64 (shoe));
  ck_assert (ADW_IS_ALERT_DIALOG (dialog));
  ck_assert_str_eq (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)),
                    "Delete Trail runners?");
  press_and_close (window, dialog, "_Delete");
  ui_driver_spin (100);

  /* The insole's move into it forgets the shoe. */
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear"), 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear_event WHERE kind = 'move' "
                                       "AND target_gear_id IS NOT NULL"), 0);

  undo = ui_test_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  g_signal_emit_by_name (undo, "clicked");
  ui_driver_spin (100);

  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear"), 2);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear_event WHERE kind = 'move' "
                                       "AND target_gear_id IS NOT NULL"), 1);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "Trail runners"));
}

START_TEST (test_delete_with_undo)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), delete_undo_body, NULL), 0);
}
END_TEST

/* A distance added by hand is taken back from the toast at once, or later
 * from the item's form; the total follows. */

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  return ui_driver_find (root, GTK_TYPE_LABEL, text);
}

static double
road_total_km (FtApplication *app,
               gint64         id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearItem) item = ft_gear_get_item (ft_application_get_gear (app), id, &error);

  ck_assert_msg (item != NULL, "%s", error ? error->message : "");

  return ft_gear_item_get_total_distance (item) / 1000.0;
}

static void
add_distance_through_dialog (FtWindow   *window,
                             GtkWidget  *page,
                             gint64      id,
                             const char *typed)
{
  AdwDialog *dialog = open_dialog (window, page, "shoes.add-distance", g_variant_new_int64 (id));

  type_into (dialog, "_Distance", typed);
  press_and_close (window, dialog, "_Add");
}

static void
manual_distance_body (FtApplication *app,
                      FtWindow      *window,
                      gpointer       user_data)
{
  gint64 road = add_item (app, FT_GEAR_RUNNING_SHOE, "Road runners", 10, 0);
  GtkWidget *page = show_shoes_page (app, window);
  GtkWidget *toast_label;
  GtkWidget *expander;
  GtkWidget *row;
  AdwDialog *dialog;

  /* Added, and undone from the toast. */
  add_distance_through_dialog (window, page, road, "12");
  ck_assert_int_eq (ui_test_query_int ("SELECT round (sum (distance_m)) "
                                       "FROM gear_distance"), 12000);
  toast_label = find_label (GTK_WIDGET (window), "Added 12 km to Road runners");
  ck_assert_ptr_nonnull (toast_label);
  ck_assert_ptr_nonnull (find_label (page, "12 km"));
  g_signal_emit_by_name (ui_test_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"), "clicked");
  ui_driver_spin (100);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear_distance"), 0);
  ck_assert_double_eq_tol (road_total_km (app, road), 0, 1e-9);
  ck_assert_ptr_nonnull (find_label (page, "0 km"));

  /* A slip: 500 for 5. The form lists it and takes it out. */
  add_distance_through_dialog (window, page, road, "500");
  ck_assert_int_eq (ui_test_query_int ("SELECT round (sum (distance_m)) "
                                       "FROM gear_distance"), 500000);
  ck_assert_ptr_nonnull (find_label (page, "500 km"));

  dialog = open_dialog (window, page, "shoes.edit", g_variant_new_int64 (road));
  expander = ui_driver_find (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, "Distances Added by Hand");
  ck_assert_ptr_nonnull (expander);
  ck_assert (gtk_widget_get_visible (expander));
  ck_assert_str_eq (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), "1 entry · 500 km");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  ui_driver_spin (50);
  row = ui_driver_find (expander, ADW_TYPE_ACTION_ROW, "Today");
  ck_assert_ptr_nonnull (row);
  ck_assert_ptr_nonnull (find_label (row, "500 km"));
  g_signal_emit_by_name (ui_driver_find (row, GTK_TYPE_BUTTON, NULL), "clicked");
  ui_driver_spin (100);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear_distance"), 0);
  ck_assert_double_eq_tol (road_total_km (app, road), 0, 1e-9);
  ck_assert (!gtk_widget_get_visible (expander));
  ck_assert_ptr_nonnull (find_label (GTK_WIDGET (dialog), "500 km removed"));

  /* Undo in the form brings it back; removing it again keeps it out. */
  g_signal_emit_by_name (ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Undo"), "clicked");
  ui_driver_spin (100);
  ck_assert_int_eq (ui_test_query_int ("SELECT round (sum (distance_m)) "
                                       "FROM gear_distance"), 500000);
  ck_assert (gtk_widget_get_visible (expander));
  row = ui_driver_find (expander, ADW_TYPE_ACTION_ROW, "Today");
  ck_assert_ptr_nonnull (row);
  g_signal_emit_by_name (ui_driver_find (row, GTK_TYPE_BUTTON, NULL), "clicked");
  ui_driver_spin (100);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear_distance"), 0);
  press_and_close (window, dialog, "_Cancel");

  ck_assert_double_eq_tol (road_total_km (app, road), 0, 1e-9);
  ck_assert_ptr_null (find_label (page, "500 km"));
  ck_assert_ptr_nonnull (find_label (page, "0 km"));
}

START_TEST (test_manual_distance_undo)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), manual_distance_body, NULL), 0);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear_distance"), 0);
}
END_TEST

/* A worn-out shoe is mentioned gently; "Remind Me Later" holds it back,
 * also after a restart. */

static GtkWidget *
find_reminder (FtWindow *window)
{
  return ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BOX, "gear-reminder");
}

static void
worn_out_body (FtApplication *app,
               FtWindow      *window,
               gpointer       user_data)
{
  GtkWidget *page = show_shoes_page (app, window);
  GtkWidget *reminder;
  AdwDialog *dialog;

  ck_assert_ptr_null (find_reminder (window));

  dialog = open_dialog (window, page, "shoes.add-item", g_variant_new_string ("running_shoe"));
  type_into (dialog, "_Name", "Old runners");
  type_into (dialog, "_Distance Already on It", "612");
  press_and_close (window, dialog, "_Save");

  reminder = find_reminder (window);
  ck_assert_ptr_nonnull (reminder);
  ck_assert (gtk_widget_is_drawable (reminder));
  ck_assert_ptr_nonnull (ui_driver_find (reminder, GTK_TYPE_LABEL,
                                         "Old runners have 612 km — time to check them?"));

  g_signal_emit_by_name (ui_test_find (reminder, GTK_TYPE_BUTTON, "Remind Me _Later"), "clicked");
  ui_driver_spin (100);
  ck_assert_ptr_null (find_reminder (window));
}

static void
still_quiet_body (FtApplication *app,
                  FtWindow      *window,
                  gpointer       user_data)
{
  show_shoes_page (app, window);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "Old runners"));
  ck_assert_ptr_null (find_reminder (window));
}

START_TEST (test_worn_out_reminder)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), worn_out_body, NULL), 0);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM gear "
                                       "WHERE snooze_until_day IS NOT NULL"), 1);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), still_quiet_body, NULL), 0);
}
END_TEST

/* The check-in offers the shoes worn that day, the newest running shoe
 * first chosen, and saves the one picked. */

static void
check_in_shoe_body (FtApplication *app,
                    FtWindow      *window,
                    gpointer       user_data)
{
  GtkWidget *row = NULL;
  GListModel *model;
  guint selected;

  add_item (app, FT_GEAR_RUNNING_SHOE, "Road runners", 20, 0);
  add_item (app, FT_GEAR_RUNNING_SHOE, "Trail runners", 10, 0);

  /* The details come just after the first frame. */
  for (guint i = 0; i < 100 && row == NULL; i++)
    {
      ui_driver_spin (20);
      row = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, "_Shoes");
    }
  ck_assert_ptr_nonnull (row);
  ui_driver_spin (50);
  ck_assert (gtk_widget_get_visible (row));

  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  ck_assert_uint_eq (g_list_model_get_n_items (model), 2);
  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  ck_assert_str_eq (gtk_string_list_get_string (GTK_STRING_LIST (model), selected), "Trail runners");

  ui_test_select_in_combo (GTK_WIDGET (window), "_Shoes", "Road runners");
}

START_TEST (test_check_in_saves_shoe)
{
  g_autofree char *sql = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), check_in_shoe_body, NULL), 0);

  sql = g_strdup_printf ("SELECT coalesce ((SELECT worn_gear_id FROM journal_entry "
                         "WHERE day = '%s' AND foot = 'left'), 0)", today);
  ck_assert_int_eq (ui_test_query_int (sql), gear_id ("Road runners"));
}
END_TEST

static Suite *
gear_ui_suite (void)
{
  Suite *suite = suite_create ("gear-ui");
  TCase *page = tcase_create ("shoes-page");

  ui_test_fixture_add (page, "gear-ui");
  tcase_set_timeout (page, 60);
  tcase_add_test (page, test_record_changes);
  tcase_add_test (page, test_delete_with_undo);
  tcase_add_test (page, test_worn_out_reminder);
  tcase_add_test (page, test_manual_distance_undo);
  tcase_add_test (page, test_check_in_saves_shoe);
  suite_add_tcase (suite, page);

  return suite;
}

int
main (void)
{
  return test_support_run (gear_ui_suite ());
}
