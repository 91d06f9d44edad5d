/* test-trends-ui.c — the Trends page driven with the keyboard as a person
 * would, under Xvfb: ranges, legend chips, the focus week, the table, the
 * foot filter, and the range remembered after a restart.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ft-trends-page.h"
#include "ui-test-fixture.h"

#define DEMO_WEEKS 40

/* Helpers */

static FtTrendsPage *
show_trends (FtApplication *app,
             FtWindow      *window)
{
  GtkWidget *page = ui_test_show_page (app, window, "<Alt>6", FT_TYPE_TRENDS_PAGE);

  ck_assert_ptr_nonnull (ft_trends_page_get_trend (FT_TRENDS_PAGE (page)));

  return FT_TRENDS_PAGE (page);
}

/* The range choice, wherever the window's width put it. */
static GtkWidget *
range_group (FtTrendsPage *page)
{
  GtkWidget *group = ui_driver_find (GTK_WIDGET (page), ADW_TYPE_TOGGLE_GROUP, "trend-range");

  ck_assert_msg (group != NULL, "no range choice");

  return group;
}

static guint
shown_weeks (FtTrendsPage *page)
{
  return ft_trends_page_get_trend (page)->n_weeks;
}

static FtTrend *
query (FtApplication *app,
       FtTrendRange   range,
       FtFootFilter   foot)
{
  g_autoptr(GError) error = NULL;
  FtTrend *trend = ft_trend_query (ft_application_get_journal (app), range, foot, G_DATE_MONDAY,
                                   &error);

  ck_assert_msg (trend != NULL, "%s", error ? error->message : "");

  return trend;
}

/* The widget with the keyboard focus. */
static GtkWidget *
focused (FtWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  ck_assert_ptr_nonnull (focus);

  return focus;
}

/* Presses @keyval; a button then takes a moment to click, as GTK's do. */
static void
press (FtWindow *window,
       guint     keyval)
{
  ck_assert_msg (ui_test_press_key (window, keyval, 0), "nothing took the key %s",
                 gdk_keyval_name (keyval));
  ui_driver_spin (keyval == GDK_KEY_space || keyval == GDK_KEY_Return ? 400 : 20);
}

static GtkWidget *
find_named (GtkWidget  *root,
            GType       type,
            const char *name)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type) && g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
expected_value (double value)
{
  return isnan (value) ? g_strdup ("—") : g_strdup_printf ("%.1f", value);
}

static double
weekly (const FtTrend *trend,
        const char    *key,
        guint          week)
{
  const FtTrendSeries *series = ft_trend_find_series (trend, key);

  ck_assert_ptr_nonnull (series);

  return g_array_index (series->weekly, double, week);
}

/* (1) Ranges with the keyboard: Tab to the group, arrows, Space. */

static void
ranges_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  FtTrendsPage *page = show_trends (app, window);
  GtkWidget *group = range_group (page);

  /* Twelve weeks unless chosen otherwise. */
  ck_assert_uint_eq (shown_weeks (page), 12);
  ck_assert_str_eq (adw_toggle_group_get_active_name (ADW_TOGGLE_GROUP (group)), "12w");

  /* The focus lands on the chosen range. */
  ck_assert (gtk_widget_grab_focus (group));
  ck_assert (gtk_widget_is_ancestor (focused (window), group));

  press (window, GDK_KEY_Right);
  press (window, GDK_KEY_space);
  ck_assert_str_eq (adw_toggle_group_get_active_name (ADW_TOGGLE_GROUP (group)), "6m");
  ck_assert_uint_eq (shown_weeks (page), 26);
  ck_assert_uint_eq (ft_trend_chart_get_trend (ft_trend_chart_view_get_chart (
                       ft_trends_page_get_chart_view (page)))->n_weeks, 26);

  press (window, GDK_KEY_Right);
  press (window, GDK_KEY_Return);
  ck_assert_uint_eq (shown_weeks (page), 52);

  press (window, GDK_KEY_Left);
  press (window, GDK_KEY_Left);
  press (window, GDK_KEY_Left);
  press (window, GDK_KEY_space);
  ck_assert_str_eq (adw_toggle_group_get_active_name (ADW_TOGGLE_GROUP (group)), "4w");
  ck_assert_uint_eq (shown_weeks (page), 4);

  /* All: from the demo's first week to this one. */
  for (guint i = 0; i < 4; i++)
    press (window, GDK_KEY_Right);
  press (window, GDK_KEY_space);
  ck_assert_str_eq (adw_toggle_group_get_active_name (ADW_TOGGLE_GROUP (group)), "all");
  ck_assert_uint_ge (shown_weeks (page), DEMO_WEEKS);
}

START_TEST (test_ranges_with_keyboard)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), ranges_body, NULL), 0);
}
END_TEST

/* (2) A legend chip hides its series, with the keyboard. */

static void
chips_body (FtApplication *app,
            FtWindow      *window,
            gpointer       user_data)
{
  FtTrendsPage *page = show_trends (app, window);
  FtTrendChartView *view = ft_trends_page_get_chart_view (page);
  FtTrendChart *chart = ft_trend_chart_view_get_chart (view);
  GtkWidget *chip = find_named (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON, "night_pain");

  ck_assert_msg (chip != NULL, "no legend chip for night pain");
  ck_assert (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)));
  ck_assert (ft_trend_chart_get_series_visible (chart, "night_pain"));
  ck_assert_ptr_nonnull (strstr (ft_trend_chart_view_get_summary (view), "Night pain"));

  ck_assert (gtk_widget_grab_focus (chip));
  press (window, GDK_KEY_space);
  ck_assert (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)));
  ck_assert (!ft_trend_chart_get_series_visible (chart, "night_pain"));
  ck_assert (ft_trend_chart_get_series_visible (chart, "tingling"));
  /* The summary, shown and read out, leaves it out too. */
  ck_assert_ptr_null (strstr (ft_trend_chart_view_get_summary (view), "Night pain"));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                         ft_trend_chart_view_get_summary (view)));

  /* Hidden it stays, whatever the range. */
  adw_toggle_group_set_active_name (ADW_TOGGLE_GROUP (range_group (page)),
                                    "6m");
  ui_driver_spin (50);
  ck_assert_uint_eq (shown_weeks (page), 26);
  ck_assert (!ft_trend_chart_get_series_visible (chart, "night_pain"));

  ck_assert (gtk_widget_grab_focus (chip));
  press (window, GDK_KEY_Return);
  ck_assert (ft_trend_chart_get_series_visible (chart, "night_pain"));
  ck_assert_ptr_nonnull (strstr (ft_trend_chart_view_get_summary (view), "Night pain"));
}

START_TEST (test_chip_hides_series)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), chips_body, NULL), 0);
}
END_TEST

/* (3) Left and Right move the focus week; the popover says its numbers. */

static char *
expected_line (const FtTrend *trend,
               const char    *key,
               guint          week)
{
  const FtTrendSeries *series = ft_trend_find_series (trend, key);
  double value = g_array_index (series->weekly, double, week);
  guint days = g_array_index (series->weekly_days, guint, week);

  if (isnan (value))
    return g_strdup_printf ("%s: no rating", series->name);

  return g_strdup_printf ("%s %.1f (%u %s)", series->name, value, days, days == 1 ? "day" : "days");
}

static void
check_details (FtTrendChartView *view,
               guint             week)
{
  FtTrend *trend = ft_trend_chart_view_get_trend (view);
  const char *details = ft_trend_chart_view_get_details (view);
  g_autofree char *dates = ft_trend_chart_view_format_week (trend, week, FALSE);
  GtkWidget *shown;

  ck_assert_msg (details != NULL, "no popover for week %u", week);
  ck_assert_int_eq (ft_trend_chart_get_focus_week (ft_trend_chart_view_get_chart (view)),
                    (int) week);
  ck_assert_msg (g_str_has_prefix (details, dates), "“%s” does not start with %s", details,
                 dates);

  for (guint i = 0; i < trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (trend->series, i);
      g_autofree char *line = expected_line (trend, series->key, week);

      ck_assert_msg (strstr (details, line) != NULL, "“%s” lacks “%s”", details, line);
    }

  /* The popover on screen shows the same. */
  shown = find_named (GTK_WIDGET (view), GTK_TYPE_LABEL, "details-title");
  ck_assert_ptr_nonnull (shown);
  ck_assert (gtk_widget_get_visible (gtk_widget_get_ancestor (shown, GTK_TYPE_POPOVER)));
  ck_assert_str_eq (gtk_label_get_label (GTK_LABEL (shown)), dates);
}

static void
focus_week_body (FtApplication *app,
                 FtWindow      *window,
                 gpointer       user_data)
{
  FtTrendsPage *page = show_trends (app, window);
  FtTrendChartView *view = ft_trends_page_get_chart_view (page);
  g_autoptr(FtTrend) trend = ft_trend_ref (ft_trend_chart_view_get_trend (view));
  guint last = trend->n_weeks - 1;
  int week;

  ck_assert_ptr_null (ft_trend_chart_view_get_details (view));
  ck_assert (gtk_widget_grab_focus (GTK_WIDGET (view)));

  /* The first Left starts at the newest week with a rating. */
  press (window, GDK_KEY_Left);
  week = ft_trend_chart_get_focus_week (ft_trend_chart_view_get_chart (view));
  ck_assert_int_ge (week, (int) last - 1);
  check_details (view, (guint) week);

  press (window, GDK_KEY_Left);
  check_details (view, (guint) week - 1);
  press (window, GDK_KEY_Right);
  check_details (view, (guint) week);

  press (window, GDK_KEY_Home);
  check_details (view, 0);
  /* The first week has no week before it. */
  press (window, GDK_KEY_Left);
  check_details (view, 0);
  press (window, GDK_KEY_End);
  check_details (view, last);

  /* A value the person can check against the table. */
  {
    g_autofree char *value = expected_value (weekly (trend, "night_pain", 3));

    press (window, GDK_KEY_Home);
    for (guint i = 0; i < 3; i++)
      press (window, GDK_KEY_Right);
    check_details (view, 3);
    ck_assert_ptr_nonnull (strstr (ft_trend_chart_view_get_details (view), value));
  }

  press (window, GDK_KEY_Escape);
  ck_assert_ptr_null (ft_trend_chart_view_get_details (view));
  ck_assert_int_eq (ft_trend_chart_get_focus_week (ft_trend_chart_view_get_chart (view)), -1);
}

START_TEST (test_focus_week_with_keys)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), focus_week_body, NULL), 0);
}
END_TEST

/* (4) The table shows the core's numbers; the foot filter changes them. */

/* The texts of each row's cells, as a person reads them, by week. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static GPtrArray *
table_rows (GtkColumnView *table)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (GtkWidget *part = gtk_widget_get_first_child (GTK_WIDGET (table));
       part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      /* The header has the titles; the list view has the rows. */
      if (!GTK_IS_LIST_VIEW (part) &&
          g_strcmp0 (G_OBJECT_TYPE_NAME (part), "GtkColumnListView") != 0)
        continue;

      for (GtkWidget *row = gtk_widget_get_first_child (part);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

          collect_labels (row, texts);
          if (texts->len > 0 && gtk_widget_get_child_visible (row))
            g_ptr_array_add (rows, texts);
          else
            g_ptr_array_unref (texts);
        }
    }

  return rows;
}

/* Checks every row on screen against @expected, a query of the same range
 * and foot; returns how many rows were checked. */
static guint
check_table (FtTrendsPage  *page,
             const FtTrend *expected)
{
  g_autoptr(GPtrArray) rows = table_rows (ft_trends_page_get_table (page));
  FtTrendChart *chart = ft_trend_chart_view_get_chart (ft_trends_page_get_chart_view (page));
  guint checked = 0;
  gboolean newest_seen = FALSE;

  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *texts = g_ptr_array_index (rows, r);
      int week = -1;
      guint column = 1;

      for (guint w = 0; w < expected->n_weeks && week < 0; w++)
        {
          g_autofree char *dates = ft_trend_chart_view_format_week (expected, w, TRUE);

          if (g_strcmp0 (dates, g_ptr_array_index (texts, 0)) == 0)
            week = (int) w;
        }
      ck_assert_msg (week >= 0, "the table shows a week “%s” the query has not",
                     (char *) g_ptr_array_index (texts, 0));
      newest_seen |= (guint) week == expected->n_weeks - 1;

      for (guint i = 0; i < expected->series->len; i++)
        {
          const FtTrendSeries *series = g_ptr_array_index (expected->series, i);
          g_autofree char *value = NULL;

          if (!ft_trend_chart_get_series_visible (chart, series->key))
            continue;

          ck_assert_uint_lt (column, texts->len);
          value = expected_value (g_array_index (series->weekly, double, week));
          ck_assert_str_eq (g_ptr_array_index (texts, column), value);
          column++;
        }

      {
        const FtTrendWeekSessions *sessions = &g_array_index (expected->sessions,
                                                              FtTrendWeekSessions, week);
        char number[16];

        g_snprintf (number, sizeof number, "%u", sessions->sessions);
        ck_assert_uint_lt (column, texts->len);
        ck_assert (g_str_has_prefix (g_ptr_array_index (texts, column), number));
      }
      checked++;
    }

  /* Newest first: the top of the table shows this week. */
  ck_assert (newest_seen);

  return checked;
}

static void
table_body (FtApplication *app,
            FtWindow      *window,
            gpointer       user_data)
{
  FtTrendsPage *page = show_trends (app, window);
  GtkWidget *table = GTK_WIDGET (ft_trends_page_get_table (page));
  GtkWidget *button = ui_driver_find_action_button (GTK_WIDGET (page), "trends.show-table");
  GtkWidget *dropdown = ui_test_find (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL);
  g_autoptr(FtTrend) all_feet = query (app, FT_TREND_RANGE_12_WEEKS, FT_FOOT_FILTER_ALL);
  g_autoptr(FtTrend) right_foot = query (app, FT_TREND_RANGE_12_WEEKS, FT_FOOT_FILTER_RIGHT);
  gboolean differs = FALSE;

  ck_assert (!gtk_widget_is_drawable (table));
  ck_assert_msg (button != NULL, "no Show as Table button");
  ck_assert (gtk_widget_grab_focus (button));
  press (window, GDK_KEY_space);
  ck_assert (gtk_widget_is_drawable (table));
  ui_driver_wait_for_frame (table);
  ck_assert_uint_ge (check_table (page, all_feet), 4);

  /* The rows take the keyboard focus, for reading them one by one. */
  ck_assert (gtk_widget_child_focus (table, GTK_DIR_TAB_FORWARD));
  ck_assert (gtk_widget_is_ancestor (focused (window), table));

  /* Right foot only: other numbers, the core's. */
  for (guint w = 0; w < all_feet->n_weeks && !differs; w++)
    {
      g_autofree char *a = expected_value (weekly (all_feet, "night_pain", w));
      g_autofree char *b = expected_value (weekly (right_foot, "night_pain", w));

      differs = g_strcmp0 (a, b) != 0;
    }
  ck_assert_msg (differs, "the demo's right foot rates like both");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), FT_FOOT_FILTER_RIGHT);
  ui_driver_spin (50);
  ck_assert_int_eq (ft_trends_page_get_trend (page)->foot, FT_FOOT_FILTER_RIGHT);
  ui_driver_wait_for_frame (table);
  ck_assert_uint_ge (check_table (page, right_foot), 4);

  /* And back to the chart. */
  ck_assert (gtk_widget_grab_focus (button));
  press (window, GDK_KEY_space);
  ck_assert (!gtk_widget_is_drawable (table));
  ck_assert (gtk_widget_is_drawable (GTK_WIDGET (ft_trends_page_get_chart_view (page))));
}

/* Export writes what the chart shows, private like the journal, and a
 * folder that cannot be written gives a reason rather than a file. */
static void
export_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  FtTrendsPage *page = show_trends (app, window);
  g_autofree char *png_path = g_build_filename (ui_test_folder (), "trend.png", NULL);
  g_autofree char *svg_path = g_build_filename (ui_test_folder (), "trend.svg", NULL);
  g_autofree char *bad_path = g_build_filename (ui_test_folder (), "missing", "trend.png", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  GStatBuf info;

  ck_assert_msg (ft_trends_page_export (page, png, FALSE, &error), "%s",
                 error ? error->message : "");
  ck_assert (g_file_get_contents (png_path, &contents, &length, NULL));
  ck_assert_uint_gt (length, 1000);
  ck_assert (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
  ck_assert_int_eq (g_stat (png_path, &info), 0);
  ck_assert_int_eq (info.st_mode & 0777, 0600);
  g_clear_pointer (&contents, g_free);

  ck_assert_msg (ft_trends_page_export (page, svg, TRUE, &error), "%s",
                 error ? error->message : "");
  ck_assert (g_file_get_contents (svg_path, &contents, &length, NULL));
  ck_assert_ptr_nonnull (strstr (contents, "<svg"));

  ck_assert (!ft_trends_page_export (page, bad, FALSE, &error));
  ck_assert_ptr_nonnull (error);
  ck_assert (!g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

START_TEST (test_export)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), export_body, NULL), 0);
}
END_TEST

START_TEST (test_table_matches_query)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), table_body, NULL), 0);
}
END_TEST

/* (5) The range and the foot survive a restart. */

static void
choose_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  FtTrendsPage *page = show_trends (app, window);
  GtkWidget *group = range_group (page);
  GtkWidget *dropdown = ui_test_find (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL);

  ck_assert (gtk_widget_grab_focus (group));
  press (window, GDK_KEY_Left);
  press (window, GDK_KEY_space);
  ck_assert_uint_eq (shown_weeks (page), 4);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), FT_FOOT_FILTER_LEFT);
  ui_driver_spin (50);
  ck_assert_int_eq (ft_trends_page_get_trend (page)->foot, FT_FOOT_FILTER_LEFT);
  g_settings_sync ();
}

static void
restarted_body (FtApplication *app,
                FtWindow      *window,
                gpointer       user_data)
{
  FtTrendsPage *page;

  /* The window opens where it was left, on Trends. */
  ck_assert_str_eq (ft_window_get_page (window), "trends");
  page = show_trends (app, window);
  ck_assert_uint_eq (shown_weeks (page), 4);
  ck_assert_int_eq (ft_trends_page_get_trend (page)->range, FT_TREND_RANGE_4_WEEKS);
  ck_assert_int_eq (ft_trends_page_get_trend (page)->foot, FT_FOOT_FILTER_LEFT);
  ck_assert_str_eq (adw_toggle_group_get_active_name (ADW_TOGGLE_GROUP (
                      range_group (page))), "4w");
}

START_TEST (test_choice_survives_restart)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), choose_body, NULL), 0);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), restarted_body, NULL), 0);
}
END_TEST

/* (6) An empty journal: a way to the first rating, not an empty chart. */

static void
empty_body (FtApplication *app,
            FtWindow      *window,
            gpointer       user_data)
{
  GtkWidget *page = ui_test_show_page (app, window, "<Alt>6", FT_TYPE_TRENDS_PAGE);
  GtkWidget *status = ui_test_find (page, ADW_TYPE_STATUS_PAGE, "No Ratings Yet");
  GtkWidget *button = ui_driver_find_action_button (page, "win.show-page");
  GtkWidget *chart;

  ck_assert (gtk_widget_is_drawable (status));
  chart = GTK_WIDGET (ft_trends_page_get_chart_view (FT_TRENDS_PAGE (page)));
  ck_assert (!gtk_widget_is_drawable (chart));
  ck_assert_msg (button != NULL, "no Rate Today button");
  ui_test_click (button);
  ck_assert_str_eq (ft_window_get_page (window), "today");
}

START_TEST (test_empty_journal)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), empty_body, NULL), 0);
}
END_TEST

static Suite *
trends_ui_suite (void)
{
  Suite *suite = suite_create ("trends-ui");
  TCase *trends = tcase_create ("trends");

  ui_test_fixture_add (trends, "trends-ui");
  tcase_set_timeout (trends, 120);
  tcase_add_test (trends, test_ranges_with_keyboard);
  tcase_add_test (trends, test_chip_hides_series);
  tcase_add_test (trends, test_focus_week_with_keys);
  tcase_add_test (trends, test_table_matches_query);
  tcase_add_test (trends, test_export);
  tcase_add_test (trends, test_choice_survives_restart);
  tcase_add_test (trends, test_empty_journal);
  suite_add_tcase (suite, trends);

  return suite;
}

int
main (void)
{
  return test_support_run (trends_ui_suite ());
}
