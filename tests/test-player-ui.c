/* test-player-ui.c — the guided player, driven from the keyboard as a
 * person would, under Xvfb.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>

#include "ft-player-view.h"
#include "ft-routine-book.h"
#include "ft-routines-page.h"
#include "ft-session-history-page.h"
#include "ft-session-log.h"
#include "ui-test-fixture.h"

#define WAIT_LIMIT_MS 20000

/* Helpers */

/* A button pressed with Enter shows itself pressed for a moment first. */
static gboolean
press_enter (FtWindow *window)
{
  gboolean handled = ui_test_press_key (window, GDK_KEY_Return, 0);

  ui_driver_spin (400);

  return handled;
}

/* Makes the Desk break quick: 1 s holds, no get-ready countdown. */
static gint64
prepare_desk_break (FtApplication *app)
{
  FtExerciseCatalog *catalog = ft_application_get_exercise_catalog (app);
  FtRoutineBook *book = ft_application_get_routine_book (app);
  g_autoptr(FtRoutine) routine = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert_msg (ft_exercise_catalog_load (catalog, NULL, &error), "%s",
                 error ? error->message : "");
  ck_assert_msg (ft_routine_book_load (book, &error), "%s", error ? error->message : "");
  routine = ft_routine_book_get_builtin (book, "desk-break");
  ck_assert_ptr_nonnull (routine);

  steps = ft_routine_dup_steps (routine);
  for (guint i = 0; i < steps->len; i++)
    ((FtRoutineStep *) g_ptr_array_index (steps, i))->hold_seconds = 1;
  ck_assert (ft_routine_book_set_steps (book, ft_routine_get_id (routine), steps, &error));

  g_settings_set_int (ft_application_get_settings (app), "pre-roll-seconds", 0);

  return ft_routine_get_id (routine);
}

static FtPlayerView *
start_routine (FtWindow *window,
               gint64    routine_id)
{
  GtkWidget *player;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", "x", routine_id);
  player = ui_driver_find (GTK_WIDGET (window), FT_TYPE_PLAYER_VIEW, NULL);
  ck_assert_ptr_nonnull (player);
  ck_assert (ui_driver_wait_for_frame (player));

  return FT_PLAYER_VIEW (player);
}

static const char *
visible_page (GtkWidget *widget)
{
  GtkWidget *stack = gtk_widget_get_ancestor (widget, GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static const char *
player_page (FtPlayerView *player)
{
  GtkWidget *stack = ui_driver_find (GTK_WIDGET (player), GTK_TYPE_STACK, NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static gboolean
wait_for_step (FtPlayerView *player,
               guint         index)
{
  for (guint i = 0; i < WAIT_LIMIT_MS / 10; i++)
    {
      FtRoutineRun *run = ft_player_view_get_run (player);

      if (run != NULL && ft_routine_run_get_step_index (run) >= index)
        return TRUE;
      ui_driver_spin (10);
    }

  return FALSE;
}

static gboolean
wait_for_page (FtPlayerView *player,
               const char   *name)
{
  for (guint i = 0; i < WAIT_LIMIT_MS / 20; i++)
    {
      if (g_strcmp0 (player_page (player), name) == 0)
        return TRUE;
      ui_driver_spin (20);
    }

  return FALSE;
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* The Desk break from start to summary with the keyboard alone. */

typedef struct
{
  gint64 routine_id;
} Run;

static void
keyboard_body (FtApplication *app,
               FtWindow      *window,
               gpointer       user_data)
{
  Run *result = user_data;
  FtSessionLog *log = ft_application_get_session_log (app);
  g_autoptr(GError) error = NULL;
  FtPlayerView *player;
  FtRoutineRun *run;
  GtkWidget *list;
  guint n_today = 0;
  guint n_rows = 0;
  GDate day;

  result->routine_id = prepare_desk_break (app);
  player = start_routine (window, result->routine_id);
  ck_assert_str_eq (visible_page (GTK_WIDGET (player)), "player");
  ck_assert_str_eq (player_page (player), "rating");

  /* Before: 4, then Enter on the focused Start button. */
  ck_assert (ui_test_press_key (window, GDK_KEY_4, 0));
  ck_assert (press_enter (window));
  ck_assert_str_eq (player_page (player), "run");
  run = ft_player_view_get_run (player);
  ck_assert_ptr_nonnull (run);
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_HOLD);

  /* Space pauses the hold; the time stands still; Space resumes. */
  ck_assert (ui_test_press_key (window, GDK_KEY_space, 0));
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_PAUSED);
  ui_driver_spin (1500);
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_PAUSED);
  ck_assert_int_eq (ft_routine_run_get_step_index (run), 0);
  ck_assert (ui_test_press_key (window, GDK_KEY_space, 0));
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_HOLD);

  /* The second exercise's left side is skipped with Right. */
  ck_assert (wait_for_step (player, 1));
  ck_assert_int_eq (ft_routine_run_get_side (run), FT_RUN_SIDE_LEFT);
  ck_assert (ui_test_press_key (window, GDK_KEY_Right, 0));

  /* After: 2, Enter. */
  ck_assert (wait_for_page (player, "rating"));
  ck_assert (ui_test_press_key (window, GDK_KEY_2, 0));
  ck_assert (press_enter (window));
  ck_assert_str_eq (player_page (player), "summary");

  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (player), GTK_TYPE_LABEL,
                                         "Part Done, and Saved"));
  list = ui_driver_find (GTK_WIDGET (player), GTK_TYPE_LIST_BOX, NULL);
  ck_assert_ptr_nonnull (list);
  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) n_rows) != NULL)
    n_rows++;
  ck_assert_uint_eq (n_rows, 4);

  today (&day);
  ck_assert (ft_session_log_count_day (log, result->routine_id, &day, &n_today, &error));
  ck_assert_uint_eq (n_today, 1);

  /* Done goes back to the page the routine started from. */
  ck_assert (press_enter (window));
  ck_assert_str_eq (visible_page (GTK_WIDGET (player)), "pages");
  ck_assert (!ft_player_view_is_active (player));
}

START_TEST (test_desk_break_with_keyboard)
{
  Run run = { 0 };
  g_autofree char *outcome = NULL;
  g_autofree char *source = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), keyboard_body, &run), 0);

  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session"), 1);
  outcome = ui_test_query_text ("SELECT outcome FROM session");
  source = ui_test_query_text ("SELECT source FROM session");
  ck_assert_str_eq (outcome, "partial");
  ck_assert_str_eq (source, "guided");
  ck_assert_int_eq (ui_test_query_int ("SELECT before_rating FROM session"), 4);
  ck_assert_int_eq (ui_test_query_int ("SELECT after_rating FROM session"), 2);
  ck_assert_int_eq (ui_test_query_int ("SELECT ended_us > started_us FROM session"), 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step"), 4);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step "
                                       "WHERE outcome = 'completed' AND holds_done = 1"), 3);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step "
                                       "WHERE outcome = 'skipped' AND position = 1 "
                                       "AND side = 'left'"), 1);
}
END_TEST

/* One click on the Routines page's Start, hands off to the end, and the
 * session shows in the card's progress and in History. */

static void
from_routines_page_body (FtApplication *app,
                         FtWindow      *window,
                         gpointer       user_data)
{
  gint64 routine_id = prepare_desk_break (app);
  GtkWidget *page;
  GtkWidget *card;
  GtkWidget *history;
  FtPlayerView *player;

  page = ui_test_show_page (app, window, "<Alt>3", FT_TYPE_ROUTINES_PAGE);
  card = ft_routines_page_find_card (FT_ROUTINES_PAGE (page), routine_id);
  ck_assert_ptr_nonnull (card);
  ck_assert_ptr_nonnull (ui_driver_find (card, GTK_TYPE_LABEL, "0 of 5 today"));
  ui_test_click (ui_driver_find_action_button (card, "win.start-routine"));

  player = FT_PLAYER_VIEW (ui_test_find (GTK_WIDGET (window), FT_TYPE_PLAYER_VIEW, NULL));
  ck_assert (wait_for_page (player, "rating"));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip-rating", NULL);
  ck_assert_str_eq (player_page (player), "run");

  /* Nothing is touched while the routine runs. */
  ck_assert (wait_for_page (player, "rating"));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip-rating", NULL);
  ck_assert (wait_for_page (player, "summary"));
  ck_assert (press_enter (window));
  ck_assert_str_eq (visible_page (GTK_WIDGET (player)), "pages");

  ui_driver_spin (100);
  card = ft_routines_page_find_card (FT_ROUTINES_PAGE (page), routine_id);
  ck_assert_ptr_nonnull (ui_driver_find (card, GTK_TYPE_LABEL, "1 of 5 today"));

  ck_assert (gtk_widget_activate_action (page, "routines.show-history", NULL));
  ui_driver_spin (200);
  history = ui_test_find (page, FT_TYPE_SESSION_HISTORY_PAGE, NULL);
  ck_assert_ptr_nonnull (ui_driver_find (history, GTK_TYPE_LABEL, "Desk break"));
}

START_TEST (test_start_from_routines_page)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), from_routines_page_body, NULL), 0);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session "
                                       "WHERE outcome = 'completed' AND source = 'guided'"), 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step "
                                       "WHERE outcome = 'completed'"), 4);
}
END_TEST

/* Quitting mid-routine keeps the finished steps and closes the session. */

static void
quit_body (FtApplication *app,
           FtWindow      *window,
           gpointer       user_data)
{
  Run *result = user_data;
  g_autofree char *outcome = NULL;
  FtPlayerView *player;

  result->routine_id = prepare_desk_break (app);
  player = start_routine (window, result->routine_id);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip-rating", NULL);
  ck_assert_str_eq (player_page (player), "run");

  /* Both sides of the first exercise are done, and stored at once. */
  ck_assert (wait_for_step (player, 1));
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step "
                                       "WHERE outcome = 'completed'"), 2);
  outcome = ui_test_query_text ("SELECT outcome FROM session");
  ck_assert_str_eq (outcome, "running");
  /* Then Ctrl+Q, as the driver leaves. */
}

static void
restart_body (FtApplication *app,
              FtWindow      *window,
              gpointer       user_data)
{
  Run *result = user_data;
  FtSessionLog *log = ft_application_get_session_log (app);
  g_autoptr(GError) error = NULL;
  guint n_today = 0;
  GDate day;

  today (&day);
  ck_assert (ft_session_log_count_day (log, result->routine_id, &day, &n_today, &error));
  ck_assert_uint_eq (n_today, 1);
}

START_TEST (test_quit_mid_routine)
{
  Run run = { 0 };
  g_autofree char *outcome = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), quit_body, &run), 0);

  outcome = ui_test_query_text ("SELECT outcome FROM session");
  ck_assert_str_eq (outcome, "partial");
  ck_assert_int_eq (ui_test_query_int ("SELECT ended_us IS NOT NULL FROM session"), 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step WHERE position = 0 "
                                       "AND outcome = 'completed'"), 2);

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), restart_body, &run), 0);
  g_free (outcome);
  outcome = ui_test_query_text ("SELECT outcome FROM session");
  ck_assert_str_eq (outcome, "partial");
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session"), 1);
}
END_TEST

/* Escape asks first; Keep Going resumes, Stop keeps what was done. */

static void
escape_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  Run *result = user_data;
  FtPlayerView *player;
  FtRoutineRun *run;
  AdwDialog *dialog;
  GtkWidget *stop;

  result->routine_id = prepare_desk_break (app);
  g_settings_set_int (ft_application_get_settings (app), "pre-roll-seconds", 5);
  player = start_routine (window, result->routine_id);
  ck_assert (press_enter (window));
  run = ft_player_view_get_run (player);
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_PRE_ROLL);

  ck_assert (ui_test_press_key (window, GDK_KEY_Escape, 0));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert (ADW_IS_ALERT_DIALOG (dialog));
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_PAUSED);
  adw_dialog_close (dialog);
  ui_driver_spin (300);
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_PRE_ROLL);
  ck_assert_str_eq (visible_page (GTK_WIDGET (player)), "player");

  ck_assert (ui_test_press_key (window, GDK_KEY_Escape, 0));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert_ptr_nonnull (dialog);
  stop = ui_driver_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Stop");
  ck_assert_ptr_nonnull (stop);
  g_signal_emit_by_name (stop, "clicked");
  ui_driver_spin (300);

  ck_assert_str_eq (visible_page (GTK_WIDGET (player)), "pages");
  ck_assert (!ft_player_view_is_active (player));
}

START_TEST (test_escape_asks_first)
{
  Run run = { 0 };
  g_autofree char *outcome = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), escape_body, &run), 0);

  /* Nothing was done: kept as skipped, which counts for nothing. */
  outcome = ui_test_query_text ("SELECT outcome FROM session");
  ck_assert_str_eq (outcome, "skipped");
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step "
                                       "WHERE outcome = 'completed'"), 0);
}
END_TEST

/* One exercise with counted reps: Space counts, P pauses. */

static void
counted_body (FtApplication *app,
              FtWindow      *window,
              gpointer       user_data)
{
  FtPlayerView *player;
  FtRoutineRun *run;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-exercise", "s",
                              "tibial-nerve-glide");
  player = FT_PLAYER_VIEW (ui_driver_find (GTK_WIDGET (window), FT_TYPE_PLAYER_VIEW, NULL));
  ck_assert_ptr_nonnull (player);
  ck_assert (ui_driver_wait_for_frame (GTK_WIDGET (player)));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip-rating", NULL);
  run = ft_player_view_get_run (player);
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_REPS);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (player), GTK_TYPE_LABEL,
                                         "Tap or press Space"));

  ck_assert (ui_test_press_key (window, GDK_KEY_p, 0));
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_PAUSED);
  ck_assert (ui_test_press_key (window, GDK_KEY_space, 0));   /* resumes while paused */
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_REPS);

  for (guint i = 0; i < 10; i++)
    ck_assert (ui_test_press_key (window, GDK_KEY_space, 0));
  ck_assert_int_eq (ft_routine_run_get_side (run), FT_RUN_SIDE_RIGHT);

  /* The right side is skipped; Escape passes on the after rating. */
  ck_assert (ui_test_press_key (window, GDK_KEY_Page_Down, 0));
  ck_assert (wait_for_page (player, "rating"));
  ck_assert (ui_test_press_key (window, GDK_KEY_Escape, 0));
  ck_assert_str_eq (player_page (player), "summary");
  ck_assert (press_enter (window));
  ck_assert_str_eq (visible_page (GTK_WIDGET (player)), "pages");
}

START_TEST (test_counted_reps)
{
  g_autofree char *outcome = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), counted_body, NULL), 0);

  outcome = ui_test_query_text ("SELECT outcome FROM session");
  ck_assert_str_eq (outcome, "partial");
  ck_assert_int_eq (ui_test_query_int ("SELECT routine_id IS NULL FROM session"), 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT reps_done FROM session_step WHERE side = 'left' "
                                       "AND outcome = 'completed'"), 10);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM session_step WHERE side = 'right' "
                                       "AND outcome = 'skipped'"), 1);
}
END_TEST

static Suite *
player_suite (void)
{
  Suite *suite = suite_create ("player-ui");
  TCase *player = tcase_create ("player");

  ui_test_fixture_add (player, "player-ui");
  tcase_set_timeout (player, 90);
  tcase_add_test (player, test_desk_break_with_keyboard);
  tcase_add_test (player, test_start_from_routines_page);
  tcase_add_test (player, test_quit_mid_routine);
  tcase_add_test (player, test_escape_asks_first);
  tcase_add_test (player, test_counted_reps);
  suite_add_tcase (suite, player);

  return suite;
}

int
main (void)
{
  return test_support_run (player_suite ());
}
