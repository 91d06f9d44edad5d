/* test-changes-ui.c — what changed after each change, on the Trends panel
 * and the Shoes & Insoles page, and the Today page's next routine beside
 * its trend, driven as a person would, under Xvfb.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ft-before-after-panel.h"
#include "ft-before-after-row.h"
#include "ft-exercise-card.h"
#include "ft-shoes-page.h"
#include "ft-side-by-side.h"
#include "ft-today-page.h"
#include "ft-trend-chart-view.h"
#include "ui-test-fixture.h"

#define DEMO_WEEKS 40

/* Helpers */

/* Lets the rows work out their comparisons, as the idle loop does. */
static void
wait_for_rows (void)
{
  for (guint i = 0; i < 500 && ft_before_after_row_is_pending (); i++)
    ui_driver_spin (10);
  ck_assert_msg (!ft_before_after_row_is_pending (), "the rows were never worked out");
  ui_driver_spin (20);
}

static GPtrArray *
list_rows (GtkWidget *list)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FT_IS_BEFORE_AFTER_ROW (child))
        g_ptr_array_add (rows, child);
    }

  return rows;
}

static FtTrend *
query_trend (FtApplication *app)
{
  g_autoptr(GError) error = NULL;
  FtTrend *trend = ft_trend_query (ft_application_get_journal (app), FT_TREND_RANGE_ALL,
                                   FT_FOOT_FILTER_ALL, G_DATE_MONDAY, &error);

  ck_assert_msg (trend != NULL, "%s", error ? error->message : "");

  return trend;
}

static FtBeforeAfter *
compute (FtApplication      *app,
         const FtTrendEvent *event,
         guint               window,
         FtFootFilter        foot)
{
  g_autoptr(GError) error = NULL;
  FtBeforeAfter *result = ft_before_after_compute (ft_application_get_journal (app), event, window,
                                                   foot, NULL, &error);

  ck_assert_msg (result != NULL, "%s", error ? error->message : "");

  return result;
}

/* Whether the opened change shows @sentence in a row of its own. */
static gboolean
shows_sentence (GtkWidget  *row,
                const char *sentence)
{
  return ui_driver_find (row, ADW_TYPE_ACTION_ROW, sentence) != NULL;
}

static const FtSymptomChange *
find_change (const FtBeforeAfter *result,
             const char          *key)
{
  for (guint i = 0; i < result->symptoms->len; i++)
    {
      const FtSymptomChange *change = g_ptr_array_index (result->symptoms, i);

      if (g_strcmp0 (change->key, key) == 0)
        return change;
    }

  ck_abort_msg ("no %s in the comparison", key);
  return NULL;
}

/* The Trends panel: every change, newest first; an opened change says
 * what the core says; a shorter window gives other numbers. */

static void
panel_body (FtApplication *app,
            FtWindow      *window,
            gpointer       user_data)
{
  g_autoptr(FtTrend) trend = query_trend (app);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(FtBeforeAfter) expected_14 = NULL;
  g_autoptr(FtBeforeAfter) expected_7 = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *panel = ft_before_after_panel_new ();
  GtkWidget *test_window = gtk_window_new ();
  GtkWidget *spin;
  GtkWidget *row = NULL;
  const FtTrendEvent *event = NULL;
  g_autofree char *sentence_14 = NULL;

  ck_assert_uint_gt (trend->events->len, 3);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), panel);
  gtk_window_set_child (GTK_WINDOW (test_window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (test_window), 700, 800);
  gtk_window_set_transient_for (GTK_WINDOW (test_window), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (test_window));
  ft_before_after_panel_set_trend (FT_BEFORE_AFTER_PANEL (panel), ft_application_get_journal (app),
                                   trend);
  ui_driver_wait_for_frame (panel);
  wait_for_rows ();

  /* Every change, newest first. */
  rows = list_rows (GTK_WIDGET (ft_before_after_panel_get_list (FT_BEFORE_AFTER_PANEL (panel))));
  ck_assert_uint_eq (rows->len, trend->events->len);
  for (guint i = 0; i < rows->len; i++)
    {
      const FtTrendEvent *shown = ft_before_after_row_get_event (g_ptr_array_index (rows, i));
      const FtTrendEvent *listed = g_ptr_array_index (trend->events, trend->events->len - 1 - i);

      ck_assert_int_eq (shown->kind, listed->kind);
      ck_assert_int_eq (shown->source_id, listed->source_id);
      /* The event's sentence, without its full stop. */
      ck_assert_msg (g_str_has_prefix (listed->detail,
                                       adw_preferences_row_get_title (g_ptr_array_index (rows, i))),
                     "“%s” is not “%s”", adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                     listed->detail);
      ck_assert_ptr_nonnull (ft_before_after_row_get_gist (g_ptr_array_index (rows, i)));
    }

  /* The demo's insole change: the first gear change with rated days around it. */
  for (guint i = 0; i < rows->len && row == NULL; i++)
    {
      FtBeforeAfterRow *candidate = g_ptr_array_index (rows, i);
      const FtBeforeAfter *result = ft_before_after_row_get_result (candidate);

      if (ft_before_after_row_get_event (candidate)->kind == FT_TREND_EVENT_GEAR &&
          result != NULL && find_change (result, "night_pain")->n_before > 0)
        row = GTK_WIDGET (candidate);
    }
  ck_assert_msg (row != NULL, "no gear change with ratings around it");
  event = ft_before_after_row_get_event (FT_BEFORE_AFTER_ROW (row));

  /* The subtitle holds the gist the core's numbers give. */
  expected_14 = compute (app, event, 14, trend->foot);
  {
    g_autofree char *gist = ft_before_after_format_gist (expected_14);

    ck_assert_str_eq (ft_before_after_row_get_gist (FT_BEFORE_AFTER_ROW (row)), gist);
    ck_assert_ptr_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), gist));
  }

  /* Opened, it says what the core says. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  ui_driver_spin (50);
  sentence_14 = g_strdup (find_change (expected_14, "night_pain")->sentence);
  ck_assert_msg (shows_sentence (row, sentence_14), "“%s” is not shown", sentence_14);
  ck_assert (shows_sentence (row, find_change (expected_14, "first_step_pain")->sentence));
  if (expected_14->overlap_sentence != NULL)
    ck_assert (shows_sentence (row, expected_14->overlap_sentence));

  /* Seven days each side: the numbers are read again. */
  spin = ui_test_find (panel, GTK_TYPE_SPIN_BUTTON, "compare-days");
  ck_assert_int_eq (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), 14);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 7);
  ui_driver_spin (50);
  wait_for_rows ();

  ck_assert_int_eq (g_settings_get_int (ft_application_get_settings (app), "compare-days"), 7);
  expected_7 = compute (app, event, 7, trend->foot);
  ck_assert_uint_eq (ft_before_after_row_get_result (FT_BEFORE_AFTER_ROW (row))->window, 7);
  ck_assert (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  ck_assert_str_ne (find_change (expected_7, "night_pain")->sentence, sentence_14);
  ck_assert (shows_sentence (row, find_change (expected_7, "night_pain")->sentence));
  ck_assert (!shows_sentence (row, sentence_14));
  ck_assert_uint_le (find_change (expected_7, "night_pain")->n_before, 7);

  gtk_window_destroy (GTK_WINDOW (test_window));
  ui_driver_spin (20);
}

START_TEST (test_panel_follows_core)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), panel_body, NULL), 0);
}
END_TEST

/* An empty journal: the panel says so, without a row. */

static void
empty_panel_body (FtApplication *app,
                  FtWindow      *window,
                  gpointer       user_data)
{
  g_autoptr(FtTrend) trend = query_trend (app);
  GtkWidget *panel = ft_before_after_panel_new ();
  GtkWidget *test_window = gtk_window_new ();
  g_autoptr(GPtrArray) rows = NULL;

  gtk_window_set_child (GTK_WINDOW (test_window), panel);
  gtk_window_set_transient_for (GTK_WINDOW (test_window), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (test_window));
  ft_before_after_panel_set_trend (FT_BEFORE_AFTER_PANEL (panel), ft_application_get_journal (app),
                                   trend);
  ui_driver_wait_for_frame (panel);

  rows = list_rows (GTK_WIDGET (ft_before_after_panel_get_list (FT_BEFORE_AFTER_PANEL (panel))));
  ck_assert_uint_eq (rows->len, 0);
  ck_assert (gtk_widget_is_drawable (ui_test_find (panel, GTK_TYPE_LABEL, "No changes in these weeks")));

  gtk_window_destroy (GTK_WINDOW (test_window));
  ui_driver_spin (20);
}

START_TEST (test_panel_empty)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), empty_panel_body, NULL), 0);
}
END_TEST

/* The Shoes & Insoles page: each change's row carries the same gist. */

static void
shoes_body (FtApplication *app,
            FtWindow      *window,
            gpointer       user_data)
{
  GtkWidget *page = ui_test_show_page (app, window, "<Alt>5", FT_TYPE_SHOES_PAGE);
  GtkWidget *list = ui_test_find (page, GTK_TYPE_LIST_BOX, "changes-list");
  g_autoptr(GPtrArray) rows = NULL;
  gboolean any_verdict = FALSE;

  wait_for_rows ();
  rows = list_rows (list);
  ck_assert_uint_gt (rows->len, 2);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      const FtTrendEvent *event = ft_before_after_row_get_event (FT_BEFORE_AFTER_ROW (row));
      g_autoptr(FtBeforeAfter) expected = compute (app, event, 14, FT_FOOT_FILTER_ALL);
      g_autofree char *gist = ft_before_after_format_gist (expected);
      const char *subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));

      ck_assert_msg (strstr (subtitle, gist) != NULL, "“%s” does not hold “%s”", subtitle, gist);
      if (g_strcmp0 (gist, "Too few rated days to tell") != 0)
        any_verdict = TRUE;
    }
  ck_assert_msg (any_verdict, "no change on the Shoes & Insoles page had rated days around it");

  /* Opened, a change shows each symptom's sentence. */
  adw_expander_row_set_expanded (g_ptr_array_index (rows, 0), TRUE);
  ui_driver_spin (50);
  {
    g_autoptr(FtBeforeAfter) expected =
      compute (app, ft_before_after_row_get_event (g_ptr_array_index (rows, 0)), 14, FT_FOOT_FILTER_ALL);

    ck_assert (shows_sentence (g_ptr_array_index (rows, 0),
                               find_change (expected, "night_pain")->sentence));
  }
}

START_TEST (test_shoes_rows_show_gist)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), shoes_body, NULL), 0);
}
END_TEST

/* The Today page: the routine due next beside the compact trend; the chart
 * opens Trends from the keyboard. */

static FtRoutine *
expected_next_routine (FtApplication *app)
{
  GListModel *routines = G_LIST_MODEL (ft_application_get_routine_book (app));
  FtRoutine *first_with_target = NULL;
  GDate today;

  ft_journal_get_today (ft_application_get_journal (app), &today);
  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(FtRoutine) routine = g_list_model_get_item (routines, i);
      FtAdherence adherence = { 0 };

      if (ft_routine_get_target_period (routine) == FT_TARGET_NONE)
        continue;
      ck_assert (ft_session_log_get_adherence (ft_application_get_session_log (app), routine,
                                               &today, &adherence, NULL));
      if (!adherence.met)
        {
          g_clear_object (&first_with_target);
          return g_steal_pointer (&routine);
        }
      if (first_with_target == NULL)
        first_with_target = g_steal_pointer (&routine);
    }

  return first_with_target;
}

static guint
count_exercises (FtRoutine *routine)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new ();

  for (guint i = 0; i < ft_routine_get_n_steps (routine); i++)
    {
      const FtRoutineStep *step = ft_routine_get_step (routine, i);

      if (!g_ptr_array_find_with_equal_func (refs, step->exercise_ref, g_str_equal, NULL))
        g_ptr_array_add (refs, step->exercise_ref);
    }

  return refs->len;
}

static guint
count_cards (GtkWidget *root)
{
  guint n = FT_IS_EXERCISE_CARD (root) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_cards (child);

  return n;
}

static void
today_body (FtApplication *app,
            FtWindow      *window,
            gpointer       user_data)
{
  GtkWidget *page = ui_test_show_page (app, window, "<Alt>1", FT_TYPE_TODAY_PAGE);
  g_autoptr(FtRoutine) routine = NULL;
  g_autofree char *title = NULL;
  GtkWidget *chart = NULL;
  GtkWidget *cards;
  GtkWidget *side_by_side;
  gboolean compact = FALSE;

  for (guint i = 0; i < 200 && chart == NULL; i++)
    {
      ui_driver_spin (10);
      chart = ui_driver_find (page, FT_TYPE_TREND_CHART_VIEW, "today-trend");
    }
  ck_assert_msg (chart != NULL, "the Today page shows no trend");
  ui_driver_spin (50);
  ck_assert (gtk_widget_is_drawable (chart));
  g_object_get (chart, "compact", &compact, NULL);
  ck_assert (compact);
  ck_assert_ptr_nonnull (ft_trend_chart_get_trend (ft_trend_chart_view_get_chart (FT_TREND_CHART_VIEW (chart))));

  /* The routine due next, with a card for each of its exercises. */
  routine = expected_next_routine (app);
  ck_assert_ptr_nonnull (routine);
  title = g_strdup_printf ("Next: %s", ft_routine_get_name (routine));
  ck_assert (gtk_widget_is_drawable (ui_test_find (page, GTK_TYPE_LABEL, title)));
  cards = ui_test_find (page, GTK_TYPE_FLOW_BOX, "next-cards");
  ck_assert_uint_eq (count_cards (cards), count_exercises (routine));
  ck_assert_uint_gt (count_cards (cards), 0);

  /* Beside each other on a wide window, the chart above on a narrow one. */
  side_by_side = ui_test_find (page, FT_TYPE_SIDE_BY_SIDE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  ui_driver_spin (200);
  ck_assert (ft_side_by_side_get_wide (FT_SIDE_BY_SIDE (side_by_side)));
  /* 360 px inside the frame GTK draws without a compositor. */
  gtk_window_set_default_size (GTK_WINDOW (window), 370, 700);
  ui_driver_spin (200);
  ck_assert (!ft_side_by_side_get_wide (FT_SIDE_BY_SIDE (side_by_side)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  ui_driver_spin (200);

  /* Enter on the chart opens Trends. */
  ck_assert (gtk_widget_grab_focus (chart));
  ui_test_press_key (window, GDK_KEY_Return, 0);
  ui_driver_spin (100);
  ck_assert_str_eq (ft_window_get_page (window), "trends");
}

START_TEST (test_today_next_routine)
{
  ui_test_fill_demo (DEMO_WEEKS);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), today_body, NULL), 0);
}
END_TEST

static Suite *
changes_ui_suite (void)
{
  Suite *suite = suite_create ("changes-ui");
  TCase *changes = tcase_create ("changes");

  ui_test_fixture_add (changes, "changes-ui");
  tcase_set_timeout (changes, 120);
  tcase_add_test (changes, test_panel_follows_core);
  tcase_add_test (changes, test_panel_empty);
  tcase_add_test (changes, test_shoes_rows_show_gist);
  tcase_add_test (changes, test_today_next_routine);
  suite_add_tcase (suite, changes);

  return suite;
}

int
main (void)
{
  return test_support_run (changes_ui_suite ());
}
