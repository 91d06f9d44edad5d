/* check-routine-run.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routine-run.h"
#include "test-support.h"

#include <check.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>

/* Any monotonic clock starts somewhere; not at zero catches code that
 * confuses a time with a duration. */
#define BASE_US ((gint64) 86400 * G_USEC_PER_SEC)
#define TICK_US (100 * 1000)

/* Set by the fixture: the fake clock and what the run's signals said, one
 * line each, prefixed with the clock in seconds since BASE_US. */
static gint64 clock_us;
static GPtrArray *events;

/* Helpers */

static gint64
at (double seconds)
{
  return BASE_US + (gint64) llround (seconds * G_USEC_PER_SEC);
}

static gint64
us (double seconds)
{
  return (gint64) llround (seconds * G_USEC_PER_SEC);
}

static const char *
nick (GType  type,
      int    value)
{
  GEnumClass *klass = g_type_class_get (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  ck_assert_ptr_nonnull (enum_value);

  return enum_value->value_nick;
}

G_GNUC_PRINTF (1, 2)
static void
record (const char *format,
        ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (events, g_strdup_printf ("%.1f %s", (clock_us - BASE_US) / 1e6, text));
}

static void
phase_changed_cb (FtRoutineRun *run,
                  FtRunPhase    phase,
                  gpointer      user_data)
{
  ck_assert_int_eq (phase, ft_routine_run_get_phase (run));
  record ("%s", nick (FT_TYPE_RUN_PHASE, phase));
}

static void
cue_cb (FtRoutineRun *run,
        FtRunCue      cue,
        guint         seconds_left,
        gpointer      user_data)
{
  if (cue == FT_RUN_CUE_COUNTDOWN_TICK)
    record ("cue tick %u", seconds_left);
  else
    {
      ck_assert_uint_eq (seconds_left, 0);
      record ("cue %s", nick (FT_TYPE_RUN_CUE, cue));
    }
}

static char *
format_result (const FtRoutineRunResult *result)
{
  return g_strdup_printf ("done %u %s %s h%u r%u s%u %s",
                          result->step_index,
                          result->exercise_ref,
                          nick (FT_TYPE_RUN_SIDE, result->side),
                          result->holds_done,
                          result->reps_done,
                          result->sets_done,
                          nick (FT_TYPE_RUN_OUTCOME, result->outcome));
}

static void
step_done_cb (FtRoutineRun       *run,
              FtRoutineRunResult *result,
              gpointer            user_data)
{
  g_autofree char *text = format_result (result);
  GPtrArray *results = ft_routine_run_get_results (run);

  /* The summary already holds what the signal reports. */
  ck_assert_uint_gt (results->len, 0);
  ck_assert_ptr_eq (g_ptr_array_index (results, results->len - 1), result);
  record ("%s", text);
}

static void
finished_cb (FtRoutineRun *run,
             FtRunOutcome  outcome,
             gpointer      user_data)
{
  ck_assert_int_eq (outcome, ft_routine_run_get_outcome (run));
  record ("outcome %s", nick (FT_TYPE_RUN_OUTCOME, outcome));
}

static FtRoutineRun *
new_run (const FtRoutineRunStep *steps,
         guint                   n_steps,
         guint                   pre_roll_seconds)
{
  FtRoutineRun *run = ft_routine_run_new (steps, n_steps);

  ck_assert_ptr_nonnull (run);
  ft_routine_run_set_pre_roll_seconds (run, pre_roll_seconds);
  g_signal_connect (run, "phase-changed", G_CALLBACK (phase_changed_cb), NULL);
  g_signal_connect (run, "cue", G_CALLBACK (cue_cb), NULL);
  g_signal_connect (run, "step-done", G_CALLBACK (step_done_cb), NULL);
  g_signal_connect (run, "finished", G_CALLBACK (finished_cb), NULL);

  return run;
}

static void
set_clock (double seconds)
{
  clock_us = at (seconds);
}

/* Ticks the way the UI does, every 100 ms, up to @seconds. Time alone never
 * sets the overall progress back. */
static void
run_to (FtRoutineRun *run,
        double        seconds)
{
  gint64 target = at (seconds);
  double last_progress = ft_routine_run_get_progress (run);

  ck_assert_int_ge (target, clock_us);
  while (clock_us < target)
    {
      double progress;

      clock_us = MIN (clock_us + TICK_US, target);
      ft_routine_run_tick (run, clock_us);

      progress = ft_routine_run_get_progress (run);
      ck_assert_double_ge_tol (progress, last_progress, 1e-9);
      last_progress = progress;
    }
}

/* Compares the events since the last call with @expected (NULL-terminated)
 * and forgets them. */
static void
expect_events (const char * const *expected)
{
  g_autoptr(GString) got = g_string_new (NULL);
  guint n_expected = g_strv_length ((char **) expected);
  gboolean same = n_expected == events->len;

  for (guint i = 0; i < events->len; i++)
    {
      const char *event = g_ptr_array_index (events, i);

      g_string_append_printf (got, "  \"%s\",\n", event);
      if (same && g_strcmp0 (event, expected[i]) != 0)
        same = FALSE;
    }

  ck_assert_msg (same, "the events were:\n%s", got->str);
  g_ptr_array_set_size (events, 0);
}

static void
expect_no_events (void)
{
  const char *none[] = { NULL };

  expect_events (none);
}

static void
assert_position (FtRoutineRun *run,
                 FtRunPhase    phase,
                 guint         step,
                 FtRunSide     side,
                 guint         set,
                 guint         rep,
                 double        remaining,
                 double        total)
{
  ck_assert_str_eq (nick (FT_TYPE_RUN_PHASE, ft_routine_run_get_phase (run)),
                    nick (FT_TYPE_RUN_PHASE, phase));
  ck_assert_uint_eq (ft_routine_run_get_step_index (run), step);
  ck_assert_str_eq (nick (FT_TYPE_RUN_SIDE, ft_routine_run_get_side (run)),
                    nick (FT_TYPE_RUN_SIDE, side));
  ck_assert_uint_eq (ft_routine_run_get_set (run), set);
  ck_assert_uint_eq (ft_routine_run_get_rep (run), rep);
  ck_assert_int_eq (ft_routine_run_get_remaining_us (run), us (remaining));
  ck_assert_int_eq (ft_routine_run_get_phase_total_us (run), us (total));
}

static void
setup (void)
{
  events = g_ptr_array_new_with_free_func (g_free);
  clock_us = BASE_US;
}

static void
teardown (void)
{
  g_clear_pointer (&events, g_ptr_array_unref);
}

/* A stretch on both sides with sets and rest, a strength exercise with held
 * reps, counted reps, and paced reps on one side. */
static const FtRoutineRunStep full_steps[] = {
  { "upper-calf-stretch", "Upper calf stretch", .hold_seconds = 10, .sets = 2, .rest_seconds = 5,
    .sides = FT_RUN_SIDES_BOTH },
  { "foot-scrunch", "Foot scrunch", .hold_seconds = 4, .reps = 2, .sets = 2, .rest_seconds = 3 },
  { "heel-raise", "Heel raise", .reps = 3, .sets = 2, .rest_seconds = 4 },
  { "tibial-nerve-glide", "Tibial nerve glide", .reps = 3, .sets = 1, .rep_seconds = 2,
    .sides = FT_RUN_SIDES_RIGHT },
};

START_TEST (test_full_routine)
{
  g_autoptr(FtRoutineRun) run = new_run (full_steps, G_N_ELEMENTS (full_steps), 5);
  GPtrArray *results;
  const char *results_expected[] = {
    "done 0 upper-calf-stretch left h2 r0 s2 completed",
    "done 0 upper-calf-stretch right h2 r0 s2 completed",
    "done 1 foot-scrunch none h4 r4 s2 completed",
    "done 2 heel-raise none h0 r6 s2 completed",
    "done 3 tibial-nerve-glide right h0 r3 s1 completed",
  };

  /* Before the start: the first step, nothing running. */
  ck_assert_uint_eq (ft_routine_run_get_n_steps (run), 4);
  ck_assert_str_eq (ft_routine_run_get_step (run, 2)->exercise_name, "Heel raise");
  assert_position (run, FT_RUN_PHASE_IDLE, 0, FT_RUN_SIDE_LEFT, 1, 0, 0, 0);
  ft_routine_run_tick (run, at (1));
  ck_assert (!ft_routine_run_count_rep (run, at (1)));
  ck_assert (!ft_routine_run_pause (run, at (1)));
  ck_assert (!ft_routine_run_skip (run, at (1)));
  expect_no_events ();

  ck_assert (ft_routine_run_start (run, clock_us));
  ck_assert (!ft_routine_run_start (run, clock_us));
  run_to (run, 2.5);
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 0, FT_RUN_SIDE_LEFT, 1, 0, 2.5, 5);
  ck_assert (!ft_routine_run_count_rep (run, clock_us));   /* nothing to count */

  run_to (run, 10);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_LEFT, 1, 0, 5, 10);
  /* Five steps and sides; half of the first of two sets of the first. */
  ck_assert_double_eq_tol (ft_routine_run_get_progress (run), 0.25 / 5, 1e-9);

  run_to (run, 17);
  assert_position (run, FT_RUN_PHASE_REST, 0, FT_RUN_SIDE_LEFT, 2, 0, 3, 5);

  run_to (run, 37);
  assert_position (run, FT_RUN_PHASE_SWITCH_SIDE, 0, FT_RUN_SIDE_RIGHT, 1, 0, 3, 5);
  ck_assert_double_eq_tol (ft_routine_run_get_progress (run), 1.0 / 5, 1e-9);

  run_to (run, 80);
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 1, FT_RUN_SIDE_NONE, 1, 2, 4, 5);
  ck_assert_uint_eq (ft_routine_run_get_n_reps (run), 2);
  ck_assert_uint_eq (ft_routine_run_get_n_sets (run), 2);

  run_to (run, 110);
  assert_position (run, FT_RUN_PHASE_REPS, 2, FT_RUN_SIDE_NONE, 1, 1, 0, 0);
  ck_assert (ft_routine_run_count_rep (run, clock_us));
  assert_position (run, FT_RUN_PHASE_REPS, 2, FT_RUN_SIDE_NONE, 1, 2, 0, 0);
  run_to (run, 111);
  ck_assert (ft_routine_run_count_rep (run, clock_us));
  run_to (run, 112);
  ck_assert (ft_routine_run_count_rep (run, clock_us));
  assert_position (run, FT_RUN_PHASE_REST, 2, FT_RUN_SIDE_NONE, 2, 1, 4, 4);
  ck_assert (!ft_routine_run_count_rep (run, clock_us));   /* resting */

  run_to (run, 117);
  ck_assert (ft_routine_run_count_rep (run, clock_us));
  run_to (run, 118);
  ck_assert (ft_routine_run_count_rep (run, clock_us));
  run_to (run, 119);
  ck_assert (ft_routine_run_count_rep (run, clock_us));

  run_to (run, 125);
  assert_position (run, FT_RUN_PHASE_REPS, 3, FT_RUN_SIDE_RIGHT, 1, 1, 1, 2);
  ck_assert (!ft_routine_run_count_rep (run, clock_us));   /* paced, not tapped */

  run_to (run, 140);
  {
    const char *expected[] = {
      "0.0 pre-roll",
      "5.0 hold",
      "12.0 cue tick 3",
      "13.0 cue tick 2",
      "14.0 cue tick 1",
      "15.0 cue hold-end",
      "15.0 rest",
      "20.0 pre-roll",
      "25.0 hold",
      "32.0 cue tick 3",
      "33.0 cue tick 2",
      "34.0 cue tick 1",
      "35.0 cue hold-end",
      "35.0 done 0 upper-calf-stretch left h2 r0 s2 completed",
      "35.0 switch-side",
      "35.0 cue side-switch",
      "40.0 hold",
      "47.0 cue tick 3",
      "48.0 cue tick 2",
      "49.0 cue tick 1",
      "50.0 cue hold-end",
      "50.0 rest",
      "55.0 pre-roll",
      "60.0 hold",
      "67.0 cue tick 3",
      "68.0 cue tick 2",
      "69.0 cue tick 1",
      "70.0 cue hold-end",
      "70.0 done 0 upper-calf-stretch right h2 r0 s2 completed",
      "70.0 pre-roll",
      "75.0 hold",
      "76.0 cue tick 3",
      "77.0 cue tick 2",
      "78.0 cue tick 1",
      "79.0 cue hold-end",
      "79.0 pre-roll",
      "84.0 hold",
      "85.0 cue tick 3",
      "86.0 cue tick 2",
      "87.0 cue tick 1",
      "88.0 cue hold-end",
      "88.0 rest",
      "91.0 pre-roll",
      "96.0 hold",
      "97.0 cue tick 3",
      "98.0 cue tick 2",
      "99.0 cue tick 1",
      "100.0 cue hold-end",
      "100.0 pre-roll",
      "105.0 hold",
      "106.0 cue tick 3",
      "107.0 cue tick 2",
      "108.0 cue tick 1",
      "109.0 cue hold-end",
      "109.0 done 1 foot-scrunch none h4 r4 s2 completed",
      "109.0 reps",
      "112.0 rest",
      "116.0 reps",
      "119.0 done 2 heel-raise none h0 r6 s2 completed",
      "119.0 pre-roll",
      "124.0 reps",
      "126.0 cue rep",
      "128.0 cue rep",
      "130.0 cue rep",
      "130.0 done 3 tibial-nerve-glide right h0 r3 s1 completed",
      "130.0 finished",
      "130.0 cue finished",
      "130.0 outcome completed",
      NULL
    };

    expect_events (expected);
  }

  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_FINISHED);
  ck_assert_uint_eq (ft_routine_run_get_step_index (run), 3);
  ck_assert_int_eq (ft_routine_run_get_remaining_us (run), 0);
  ck_assert_int_eq (ft_routine_run_get_phase_total_us (run), 0);
  ck_assert_int_eq (ft_routine_run_get_outcome (run), FT_RUN_OUTCOME_COMPLETED);
  ck_assert_double_eq (ft_routine_run_get_progress (run), 1.0);
  /* Counted reps took as long as the taps did: 130 s in all. */
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (130));

  results = ft_routine_run_get_results (run);
  ck_assert_uint_eq (results->len, G_N_ELEMENTS (results_expected));
  for (guint i = 0; i < results->len; i++)
    {
      g_autofree char *text = format_result (g_ptr_array_index (results, i));

      ck_assert_str_eq (text, results_expected[i]);
    }
  /* Each result carries its own active time: 35 s on the left (pre-roll,
   * hold, rest, pre-roll, hold), 35 s on the right from the switch on. */
  ck_assert_int_eq (((FtRoutineRunResult *) g_ptr_array_index (results, 0))->active_us, us (35));
  ck_assert_int_eq (((FtRoutineRunResult *) g_ptr_array_index (results, 1))->active_us, us (35));
  ck_assert_int_eq (((FtRoutineRunResult *) g_ptr_array_index (results, 3))->active_us, us (10));

  /* Over is over. */
  ck_assert (!ft_routine_run_start (run, clock_us));
  ck_assert (!ft_routine_run_pause (run, clock_us));
  ck_assert (!ft_routine_run_resume (run, clock_us));
  ck_assert (!ft_routine_run_skip (run, clock_us));
  ck_assert (!ft_routine_run_previous (run, clock_us));
  ck_assert (!ft_routine_run_count_rep (run, clock_us));
  ck_assert (!ft_routine_run_finish (run, clock_us));
  run_to (run, 200);
  expect_no_events ();
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (130));
}
END_TEST

static const FtRoutineRunStep one_hold[] = {
  { "soleus-release", "Soleus release", .hold_seconds = 30, .sets = 1 },
};

START_TEST (test_pause_keeps_remaining_time)
{
  g_autoptr(FtRoutineRun) run = new_run (one_hold, 1, 5);
  const char *expected_pause[] = { "15.0 paused", NULL };
  const char *expected_end[] = {
    "100.0 hold",
    "117.0 cue tick 3",
    "118.0 cue tick 2",
    "119.0 cue tick 1",
    "120.0 cue hold-end",
    "120.0 done 0 soleus-release none h1 r0 s1 completed",
    "120.0 finished",
    "120.0 cue finished",
    "120.0 outcome completed",
    NULL
  };

  ck_assert (!ft_routine_run_resume (run, clock_us));   /* not started */
  ft_routine_run_start (run, clock_us);
  run_to (run, 15);
  g_ptr_array_set_size (events, 0);
  ck_assert (!ft_routine_run_resume (run, clock_us));   /* not paused */

  ck_assert (ft_routine_run_pause (run, clock_us));
  ck_assert (!ft_routine_run_pause (run, clock_us));
  expect_events (expected_pause);
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_NONE, 1, 0, 20, 30);
  ck_assert_int_eq (ft_routine_run_get_paused_phase (run), FT_RUN_PHASE_HOLD);
  ck_assert (!ft_routine_run_get_interrupted (run));

  /* The UI goes on ticking while paused; time stands still. */
  run_to (run, 100);
  expect_no_events ();
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_NONE, 1, 0, 20, 30);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (15));

  ck_assert (ft_routine_run_resume (run, clock_us));
  run_to (run, 110);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_NONE, 1, 0, 10, 30);
  run_to (run, 130);
  expect_events (expected_end);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (35));
}
END_TEST

START_TEST (test_pause_in_pre_roll_and_counted_reps)
{
  const FtRoutineRunStep steps[] = {
    { "upper-calf-stretch", "Upper calf stretch", .hold_seconds = 10, .sets = 1 },
    { "heel-raise", "Heel raise", .reps = 2, .sets = 1 },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, G_N_ELEMENTS (steps), 5);
  const char *expected[] = {
    "0.0 pre-roll",
    "2.0 paused",
    "50.0 pre-roll",
    "53.0 hold",
    "60.0 cue tick 3",
    "61.0 cue tick 2",
    "62.0 cue tick 1",
    "63.0 cue hold-end",
    "63.0 done 0 upper-calf-stretch none h1 r0 s1 completed",
    "63.0 reps",
    "64.0 paused",
    "70.0 reps",
    "71.0 done 1 heel-raise none h0 r2 s1 completed",
    "71.0 finished",
    "71.0 cue finished",
    "71.0 outcome completed",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 2);
  ft_routine_run_pause (run, clock_us);
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_NONE, 1, 0, 3, 5);
  set_clock (50);
  ft_routine_run_resume (run, clock_us);
  run_to (run, 63.5);
  ck_assert (ft_routine_run_count_rep (run, clock_us));
  run_to (run, 64);
  ft_routine_run_pause (run, clock_us);
  ck_assert (!ft_routine_run_count_rep (run, clock_us));   /* paused: a tap does not count */
  assert_position (run, FT_RUN_PHASE_PAUSED, 1, FT_RUN_SIDE_NONE, 1, 2, 0, 0);
  run_to (run, 70);
  ft_routine_run_resume (run, clock_us);
  run_to (run, 71);
  ck_assert (ft_routine_run_count_rep (run, clock_us));
  expect_events (expected);
  /* 2 s, then 14 s after the first resume, then 1 s. */
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (17));
}
END_TEST

static const FtRoutineRunStep skip_steps[] = {
  { "upper-calf-stretch", "Upper calf stretch", .hold_seconds = 10, .sets = 2,
    .sides = FT_RUN_SIDES_BOTH },
  { "heel-raise", "Heel raise", .reps = 5, .sets = 1 },
  { "plantar-roll", "Plantar roll", .hold_seconds = 5, .sets = 1, .sides = FT_RUN_SIDES_LEFT },
};

START_TEST (test_skip)
{
  g_autoptr(FtRoutineRun) run = new_run (skip_steps, G_N_ELEMENTS (skip_steps), 5);
  GPtrArray *results;
  const char *expected[] = {
    "0.0 pre-roll",
    "2.0 done 0 upper-calf-stretch left h0 r0 s0 skipped",
    "2.0 switch-side",
    "2.0 cue side-switch",
    "7.0 hold",
    "14.0 cue tick 3",
    "15.0 cue tick 2",
    "16.0 cue tick 1",
    "17.0 cue hold-end",
    "17.0 pre-roll",
    "19.0 done 0 upper-calf-stretch right h1 r0 s1 partial",
    "19.0 reps",
    "22.0 done 1 heel-raise none h0 r2 s0 partial",
    "22.0 pre-roll",
    "23.0 done 2 plantar-roll left h0 r0 s0 skipped",
    "23.0 finished",
    "23.0 cue finished",
    "23.0 outcome partial",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 2);
  ck_assert (ft_routine_run_skip (run, clock_us));
  assert_position (run, FT_RUN_PHASE_SWITCH_SIDE, 0, FT_RUN_SIDE_RIGHT, 1, 0, 5, 5);
  run_to (run, 19);
  ck_assert (ft_routine_run_skip (run, clock_us));
  run_to (run, 20);
  ft_routine_run_count_rep (run, clock_us);
  run_to (run, 21);
  ft_routine_run_count_rep (run, clock_us);
  run_to (run, 22);
  ck_assert (ft_routine_run_skip (run, clock_us));
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 2, FT_RUN_SIDE_LEFT, 1, 0, 5, 5);
  run_to (run, 23);
  ck_assert (ft_routine_run_skip (run, clock_us));
  expect_events (expected);

  ck_assert_int_eq (ft_routine_run_get_outcome (run), FT_RUN_OUTCOME_PARTIAL);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (23));
  results = ft_routine_run_get_results (run);
  ck_assert_uint_eq (results->len, 4);
  ck_assert_int_eq (((FtRoutineRunResult *) g_ptr_array_index (results, 1))->active_us, us (17));
  ck_assert (!ft_routine_run_skip (run, clock_us));
}
END_TEST

START_TEST (test_skip_while_paused)
{
  g_autoptr(FtRoutineRun) run = new_run (skip_steps, G_N_ELEMENTS (skip_steps), 5);
  const char *expected[] = {
    "0.0 pre-roll",
    "5.0 hold",
    "8.0 paused",
    "8.0 done 0 upper-calf-stretch left h0 r0 s0 skipped",
    "8.0 paused",
    "8.0 cue side-switch",
    "30.0 switch-side",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 8);
  ft_routine_run_pause (run, clock_us);
  ck_assert (ft_routine_run_skip (run, clock_us));
  /* It moved, and waits at the start of the right side. */
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_RIGHT, 1, 0, 5, 5);
  ck_assert_int_eq (ft_routine_run_get_paused_phase (run), FT_RUN_PHASE_SWITCH_SIDE);
  run_to (run, 30);
  ft_routine_run_resume (run, clock_us);
  run_to (run, 32);
  assert_position (run, FT_RUN_PHASE_SWITCH_SIDE, 0, FT_RUN_SIDE_RIGHT, 1, 0, 3, 5);
  expect_events (expected);
}
END_TEST

START_TEST (test_previous)
{
  const FtRoutineRunStep steps[] = {
    { "upper-calf-stretch", "Upper calf stretch", .hold_seconds = 10, .sets = 1,
      .sides = FT_RUN_SIDES_BOTH },
    { "big-toe-band-stretch", "Big-toe band stretch", .hold_seconds = 5, .sets = 2 },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, G_N_ELEMENTS (steps), 5);
  GPtrArray *results;
  const char *expected[] = {
    "0.0 pre-roll",
    /* The first step, 1 s in: start it again. */
    "1.0 pre-roll",
    "6.0 hold",
    "13.0 cue tick 3",
    "14.0 cue tick 2",
    "15.0 cue tick 1",
    "16.0 cue hold-end",
    "16.0 done 0 upper-calf-stretch left h1 r0 s1 completed",
    "16.0 switch-side",
    "16.0 cue side-switch",
    /* 1 s into the right side: back to the left. */
    "17.0 pre-roll",
    "22.0 hold",
    "29.0 cue tick 3",
    "30.0 cue tick 2",
    "31.0 cue tick 1",
    "32.0 cue hold-end",
    "32.0 done 0 upper-calf-stretch left h1 r0 s1 completed",
    "32.0 switch-side",
    "32.0 cue side-switch",
    "37.0 hold",
    "44.0 cue tick 3",
    "45.0 cue tick 2",
    "46.0 cue tick 1",
    "47.0 cue hold-end",
    "47.0 done 0 upper-calf-stretch right h1 r0 s1 completed",
    "47.0 pre-roll",
    "52.0 hold",
    "54.0 cue tick 3",
    "55.0 cue tick 2",
    "56.0 cue tick 1",
    "57.0 cue hold-end",
    "57.0 pre-roll",
    /* 13 s into the step with one set done: that set is kept as partial,
     * and the step starts again. */
    "60.0 done 1 big-toe-band-stretch none h1 r0 s1 partial",
    "60.0 pre-roll",
    /* 1 s in, nothing done: back to the start of the previous step. */
    "61.0 pre-roll",
    "62.0 finished",
    "62.0 cue finished",
    "62.0 outcome partial",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 1);
  ck_assert (ft_routine_run_previous (run, clock_us));
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 0, FT_RUN_SIDE_LEFT, 1, 0, 5, 5);
  run_to (run, 17);
  ck_assert (ft_routine_run_previous (run, clock_us));
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 0, FT_RUN_SIDE_LEFT, 1, 0, 5, 5);
  run_to (run, 60);
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 1, FT_RUN_SIDE_NONE, 2, 0, 2, 5);
  ck_assert (ft_routine_run_previous (run, clock_us));
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 1, FT_RUN_SIDE_NONE, 1, 0, 5, 5);
  run_to (run, 61);
  ck_assert (ft_routine_run_previous (run, clock_us));
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 0, FT_RUN_SIDE_LEFT, 1, 0, 5, 5);
  run_to (run, 62);
  /* Going back set the progress back; finishing is not a tick. */
  ck_assert (ft_routine_run_finish (run, clock_us));
  expect_events (expected);

  /* The big-toe stretch was never completed. */
  ck_assert_int_eq (ft_routine_run_get_outcome (run), FT_RUN_OUTCOME_PARTIAL);
  results = ft_routine_run_get_results (run);
  ck_assert_uint_eq (results->len, 4);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (62));
}
END_TEST

START_TEST (test_previous_restarts_right_side)
{
  const FtRoutineRunStep steps[] = {
    { "upper-calf-stretch", "Upper calf stretch", .hold_seconds = 10, .sets = 1,
      .sides = FT_RUN_SIDES_BOTH },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, 1, 5);
  const char *expected[] = {
    "25.0 paused",
    /* Moved while paused: still paused, now at the pre-roll. */
    "25.0 paused",
    "25.0 pre-roll",
    "30.0 hold",
    "35.0 pre-roll",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 25);   /* 10 s into the right side, in its hold */
  g_ptr_array_set_size (events, 0);
  ft_routine_run_pause (run, clock_us);
  ck_assert (ft_routine_run_previous (run, clock_us));
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_RIGHT, 1, 0, 5, 5);
  ck_assert_int_eq (ft_routine_run_get_paused_phase (run), FT_RUN_PHASE_PRE_ROLL);
  /* Nothing was done on the right side yet: nothing to report. */
  ck_assert_uint_eq (ft_routine_run_get_results (run)->len, 1);

  ft_routine_run_resume (run, clock_us);
  run_to (run, 35);
  ck_assert (ft_routine_run_previous (run, clock_us));
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 0, FT_RUN_SIDE_RIGHT, 1, 0, 5, 5);
  run_to (run, 36);
  expect_events (expected);
  ck_assert_uint_eq (ft_routine_run_get_results (run)->len, 1);
}
END_TEST

static const FtRoutineRunStep finish_steps[] = {
  { "seated-towel-calf-stretch", "Seated towel calf stretch", .hold_seconds = 10, .sets = 2,
    .rest_seconds = 5 },
  { "heel-raise", "Heel raise", .reps = 10, .sets = 3 },
};

START_TEST (test_finish_early)
{
  g_autoptr(FtRoutineRun) run = new_run (finish_steps, G_N_ELEMENTS (finish_steps), 5);
  const char *expected[] = {
    "17.0 done 0 seated-towel-calf-stretch none h1 r0 s1 partial",
    "17.0 finished",
    "17.0 cue finished",
    "17.0 outcome partial",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 17);   /* resting after the first set */
  g_ptr_array_set_size (events, 0);
  ck_assert (ft_routine_run_finish (run, clock_us));
  expect_events (expected);
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_FINISHED);
  ck_assert_int_eq (ft_routine_run_get_outcome (run), FT_RUN_OUTCOME_PARTIAL);
  ck_assert_uint_eq (ft_routine_run_get_results (run)->len, 1);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (17));
  ck_assert_int_eq (ft_routine_run_get_remaining_us (run), 0);

  ck_assert (!ft_routine_run_finish (run, clock_us));
  run_to (run, 30);
  expect_no_events ();
}
END_TEST

START_TEST (test_finish_with_nothing_done)
{
  g_autoptr(FtRoutineRun) run = new_run (finish_steps, G_N_ELEMENTS (finish_steps), 5);
  g_autoptr(FtRoutineRun) unstarted = new_run (finish_steps, G_N_ELEMENTS (finish_steps), 5);
  const char *expected[] = {
    "0.0 pre-roll",
    "4.0 finished",
    "4.0 cue finished",
    "4.0 outcome partial",
    NULL
  };
  const char *expected_unstarted[] = {
    "4.0 finished",
    "4.0 cue finished",
    "4.0 outcome partial",
    NULL
  };

  /* Finishing in the pre-roll leaves no step behind: nothing was done. */
  ft_routine_run_start (run, clock_us);
  run_to (run, 4);
  ck_assert (ft_routine_run_finish (run, clock_us));
  expect_events (expected);
  ck_assert_uint_eq (ft_routine_run_get_results (run)->len, 0);

  ck_assert (ft_routine_run_finish (unstarted, clock_us));
  expect_events (expected_unstarted);
  ck_assert_uint_eq (ft_routine_run_get_results (unstarted)->len, 0);
  ck_assert_int_eq (ft_routine_run_get_active_us (unstarted), 0);
  ck_assert (!ft_routine_run_start (unstarted, clock_us));
}
END_TEST

START_TEST (test_finish_in_counted_reps)
{
  const FtRoutineRunStep steps[] = {
    { "heel-raise", "Heel raise", .reps = 2, .sets = 3, .rest_seconds = 0 },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, 1, 5);
  const char *expected[] = {
    "0.0 reps",
    "1.0 reps",
    "3.0 done 0 heel-raise none h0 r3 s1 partial",
    "3.0 finished",
    "3.0 cue finished",
    "3.0 outcome partial",
    NULL
  };

  /* No rest and no pre-roll: the second set begins at the second tap. */
  ft_routine_run_start (run, clock_us);
  run_to (run, 1);
  ft_routine_run_count_rep (run, clock_us);
  ft_routine_run_count_rep (run, clock_us);
  assert_position (run, FT_RUN_PHASE_REPS, 0, FT_RUN_SIDE_NONE, 2, 1, 0, 0);
  run_to (run, 2);
  ft_routine_run_count_rep (run, clock_us);
  run_to (run, 3);
  ft_routine_run_finish (run, clock_us);
  expect_events (expected);
}
END_TEST

START_TEST (test_suspend_gap)
{
  g_autoptr(FtRoutineRun) run = new_run (one_hold, 1, 5);
  const char *expected_suspend[] = {
    "3625.0 paused",
    NULL
  };
  const char *expected_end[] = {
    "3700.0 hold",
    "3707.0 cue tick 3",
    "3708.0 cue tick 2",
    "3709.0 cue tick 1",
    "3710.0 cue hold-end",
    "3710.0 done 0 soleus-release none h1 r0 s1 completed",
    "3710.0 finished",
    "3710.0 cue finished",
    "3710.0 outcome completed",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 25);   /* 20 s into the 30 s hold */
  g_ptr_array_set_size (events, 0);

  /* The lid closes; an hour later the next tick comes. */
  set_clock (3625);
  ft_routine_run_tick (run, clock_us);
  expect_events (expected_suspend);
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_NONE, 1, 0, 10, 30);
  ck_assert_int_eq (ft_routine_run_get_paused_phase (run), FT_RUN_PHASE_HOLD);
  ck_assert (ft_routine_run_get_interrupted (run));
  ck_assert_uint_eq (ft_routine_run_get_results (run)->len, 0);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (25));

  /* More ticks change nothing until the person resumes. */
  run_to (run, 3700);
  expect_no_events ();
  ck_assert (ft_routine_run_get_interrupted (run));

  ck_assert (ft_routine_run_resume (run, clock_us));
  ck_assert (!ft_routine_run_get_interrupted (run));
  run_to (run, 3703);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_NONE, 1, 0, 7, 30);
  run_to (run, 3720);
  expect_events (expected_end);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (35));
}
END_TEST

START_TEST (test_suspend_threshold)
{
  g_autoptr(FtRoutineRun) run = new_run (one_hold, 1, 5);
  const char *expected[] = {
    "0.0 pre-roll",
    "5.0 hold",
    "15.0 paused",
    NULL
  };

  /* A gap of exactly the threshold still counts, and carries the run from
   * the pre-roll into the hold. */
  ft_routine_run_start (run, clock_us);
  clock_us += FT_ROUTINE_RUN_MAX_TICK_GAP_US;
  ft_routine_run_tick (run, clock_us);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_NONE, 1, 0, 30, 30);

  /* One microsecond more does not. */
  run_to (run, 10);
  clock_us += FT_ROUTINE_RUN_MAX_TICK_GAP_US + 1;
  ft_routine_run_tick (run, clock_us);
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_NONE, 1, 0, 25, 30);
  ck_assert (ft_routine_run_get_interrupted (run));
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (10));
  expect_events (expected);
}
END_TEST

START_TEST (test_suspend_gap_before_a_button)
{
  g_autoptr(FtRoutineRun) run = new_run (finish_steps, G_N_ELEMENTS (finish_steps), 5);
  const char *expected[] = {
    "0.0 pre-roll",
    "5.0 hold",
    "608.0 paused",
    "608.0 finished",
    "608.0 cue finished",
    "608.0 outcome partial",
    NULL
  };

  /* Suspended mid-hold and then Finish is the first thing that comes: the
   * hold is not counted as done. */
  ft_routine_run_start (run, clock_us);
  run_to (run, 8);
  set_clock (608);
  ft_routine_run_finish (run, clock_us);
  expect_events (expected);
  ck_assert_uint_eq (ft_routine_run_get_results (run)->len, 0);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (8));
}
END_TEST

START_TEST (test_suspend_in_counted_reps)
{
  const FtRoutineRunStep steps[] = {
    { "heel-raise", "Heel raise", .reps = 10, .sets = 1 },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, 1, 5);

  ft_routine_run_start (run, clock_us);
  run_to (run, 3);
  ck_assert (ft_routine_run_count_rep (run, clock_us));

  /* A tap that comes after a long silence does not count either. */
  set_clock (1000);
  ck_assert (!ft_routine_run_count_rep (run, clock_us));
  ck_assert_int_eq (ft_routine_run_get_phase (run), FT_RUN_PHASE_PAUSED);
  ck_assert (ft_routine_run_get_interrupted (run));
  ck_assert_uint_eq (ft_routine_run_get_rep (run), 2);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (3));
}
END_TEST

START_TEST (test_zero_pre_roll)
{
  const FtRoutineRunStep steps[] = {
    { "upper-calf-stretch", "Upper calf stretch", .hold_seconds = 3, .sets = 1,
      .sides = FT_RUN_SIDES_BOTH },
    { "foot-scrunch", "Foot scrunch", .hold_seconds = 2, .reps = 2, .sets = 1 },
    { "tibial-nerve-glide", "Tibial nerve glide", .reps = 2, .sets = 1, .rep_seconds = 1 },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, G_N_ELEMENTS (steps), 0);
  const char *expected[] = {
    /* Straight into the hold; a 3 s hold has no tick at its start. */
    "0.0 hold",
    "1.0 cue tick 2",
    "2.0 cue tick 1",
    "3.0 cue hold-end",
    "3.0 done 0 upper-calf-stretch left h1 r0 s1 completed",
    /* The switch still leaves time to turn round. */
    "3.0 switch-side",
    "3.0 cue side-switch",
    "6.0 hold",
    "7.0 cue tick 2",
    "8.0 cue tick 1",
    "9.0 cue hold-end",
    "9.0 done 0 upper-calf-stretch right h1 r0 s1 completed",
    /* Held reps back to back, each a hold of its own. */
    "9.0 hold",
    "10.0 cue tick 1",
    "11.0 cue hold-end",
    "11.0 hold",
    "12.0 cue tick 1",
    "13.0 cue hold-end",
    "13.0 done 1 foot-scrunch none h2 r2 s1 completed",
    "13.0 reps",
    "14.0 cue rep",
    "15.0 cue rep",
    "15.0 done 2 tibial-nerve-glide none h0 r2 s1 completed",
    "15.0 finished",
    "15.0 cue finished",
    "15.0 outcome completed",
    NULL
  };

  ck_assert_uint_eq (ft_routine_run_get_pre_roll_seconds (run), 0);
  ft_routine_run_start (run, clock_us);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_LEFT, 1, 0, 3, 3);
  run_to (run, 4);
  assert_position (run, FT_RUN_PHASE_SWITCH_SIDE, 0, FT_RUN_SIDE_RIGHT, 1, 0, 2, 3);
  run_to (run, 20);
  expect_events (expected);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (15));
}
END_TEST

START_TEST (test_one_step)
{
  const FtRoutineRunStep steps[] = {
    { "slant-board-calf-stretch", "Slant-board calf stretch", .hold_seconds = 5 },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, 1, FT_ROUTINE_RUN_DEFAULT_PRE_ROLL_SECONDS);
  GPtrArray *results;
  FtRoutineRunResult *result;
  const char *expected[] = {
    "0.0 pre-roll",
    "5.0 hold",
    "7.0 cue tick 3",
    "8.0 cue tick 2",
    "9.0 cue tick 1",
    "10.0 cue hold-end",
    "10.0 done 0 slant-board-calf-stretch none h1 r0 s1 completed",
    "10.0 finished",
    "10.0 cue finished",
    "10.0 outcome completed",
    NULL
  };

  /* Sets left at 0 mean one set. */
  ck_assert_uint_eq (ft_routine_run_get_step (run, 0)->sets, 1);
  ck_assert_uint_eq (ft_routine_run_get_n_sets (run), 1);
  ck_assert_uint_eq (ft_routine_run_get_n_reps (run), 0);
  ck_assert_double_eq (ft_routine_run_get_progress (run), 0.0);

  ft_routine_run_start (run, clock_us);
  run_to (run, 7.5);
  ck_assert_double_eq_tol (ft_routine_run_get_progress (run), 0.5, 1e-9);
  run_to (run, 12);
  expect_events (expected);

  ck_assert_int_eq (ft_routine_run_get_outcome (run), FT_RUN_OUTCOME_COMPLETED);
  ck_assert_double_eq (ft_routine_run_get_progress (run), 1.0);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (10));
  results = ft_routine_run_get_results (run);
  ck_assert_uint_eq (results->len, 1);
  result = g_ptr_array_index (results, 0);
  ck_assert_str_eq (result->exercise_ref, "slant-board-calf-stretch");
  ck_assert_int_eq (result->active_us, us (10));
}
END_TEST

START_TEST (test_jump_over_countdown)
{
  const FtRoutineRunStep steps[] = {
    { "upper-calf-stretch", "Upper calf stretch", .hold_seconds = 10, .sets = 2,
      .rest_seconds = 5 },
  };
  g_autoptr(FtRoutineRun) run = new_run (steps, 1, 5);
  const char *expected[] = {
    "15.5 cue tick 3",
    "15.5 cue tick 2",
    "15.5 cue tick 1",
    "15.5 cue hold-end",
    "15.5 rest",
    "20.5 pre-roll",
    "25.5 hold",
    "35.5 cue tick 3",
    "35.5 cue tick 2",
    "35.5 cue tick 1",
    "35.5 cue hold-end",
    "35.5 done 0 upper-calf-stretch none h2 r0 s2 completed",
    "35.5 finished",
    "35.5 cue finished",
    "35.5 outcome completed",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 11.5);   /* 6.5 s into the first hold */
  g_ptr_array_set_size (events, 0);

  /* Each jump stays within the gap threshold. */
  set_clock (15.5);
  ft_routine_run_tick (run, clock_us);
  assert_position (run, FT_RUN_PHASE_REST, 0, FT_RUN_SIDE_NONE, 2, 0, 4.5, 5);
  set_clock (20.5);
  ft_routine_run_tick (run, clock_us);
  assert_position (run, FT_RUN_PHASE_PRE_ROLL, 0, FT_RUN_SIDE_NONE, 2, 0, 4.5, 5);
  set_clock (25.5);
  ft_routine_run_tick (run, clock_us);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_NONE, 2, 0, 9.5, 10);
  set_clock (30.5);
  ft_routine_run_tick (run, clock_us);
  set_clock (35.5);
  ft_routine_run_tick (run, clock_us);
  expect_events (expected);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (35));
}
END_TEST

START_TEST (test_jump_lands_on_ticks)
{
  g_autoptr(FtRoutineRun) run = new_run (one_hold, 1, 0);
  const char *expected[] = {
    "27.0 cue tick 3",
    "28.5 cue tick 2",
    "29.0 cue tick 1",
    NULL
  };

  /* A tick exactly on a cue's moment sounds it once, not again at the next. */
  ft_routine_run_start (run, clock_us);
  run_to (run, 26.9);
  g_ptr_array_set_size (events, 0);
  set_clock (27);
  ft_routine_run_tick (run, clock_us);
  ft_routine_run_tick (run, clock_us);
  set_clock (28.5);
  ft_routine_run_tick (run, clock_us);
  set_clock (29);
  ft_routine_run_tick (run, clock_us);
  set_clock (29.5);
  ft_routine_run_tick (run, clock_us);
  expect_events (expected);
}
END_TEST

START_TEST (test_time_going_backwards)
{
  g_autoptr(FtRoutineRun) run = new_run (one_hold, 1, 5);
  const char *expected[] = {
    "12.1 paused",
    NULL
  };

  ft_routine_run_start (run, clock_us);
  run_to (run, 12);
  g_ptr_array_set_size (events, 0);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_NONE, 1, 0, 23, 30);

  /* Ticks from the past are ignored, however far back. */
  ft_routine_run_tick (run, at (10));
  ft_routine_run_tick (run, at (-3600));
  ft_routine_run_tick (run, G_MININT64);
  expect_no_events ();
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_NONE, 1, 0, 23, 30);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (12));

  /* The run goes on from its latest time, not from the bogus one. */
  set_clock (12.1);
  ft_routine_run_tick (run, clock_us);
  assert_position (run, FT_RUN_PHASE_HOLD, 0, FT_RUN_SIDE_NONE, 1, 0, 22.9, 30);

  /* A button with a time from the past acts at the latest time. */
  ck_assert (ft_routine_run_pause (run, at (5)));
  assert_position (run, FT_RUN_PHASE_PAUSED, 0, FT_RUN_SIDE_NONE, 1, 0, 22.9, 30);
  expect_events (expected);
  ck_assert_int_eq (ft_routine_run_get_active_us (run), us (12.1));
}
END_TEST

START_TEST (test_step_copies_are_owned)
{
  g_autofree char *ref = g_strdup ("upper-calf-stretch");
  g_autofree char *name = g_strdup ("Upper calf stretch");
  FtRoutineRunStep step = { ref, name, .hold_seconds = 30, .sets = 3, .rest_seconds = 10,
                            .sides = FT_RUN_SIDES_BOTH };
  g_autoptr(FtRoutineRunStep) copy = ft_routine_run_step_copy (&step);
  g_autoptr(FtRoutineRun) run = ft_routine_run_new (&step, 1);
  const FtRoutineRunStep *kept;

  /* The caller's strings may go away once the run is made. */
  ck_assert_ptr_ne (copy->exercise_ref, ref);
  ref[0] = 'X';
  name[0] = 'X';
  kept = ft_routine_run_get_step (run, 0);
  ck_assert_str_eq (kept->exercise_ref, "upper-calf-stretch");
  ck_assert_str_eq (kept->exercise_name, "Upper calf stretch");
  ck_assert_str_eq (copy->exercise_name, "Upper calf stretch");
  ck_assert_uint_eq (kept->hold_seconds, 30);
  ck_assert_uint_eq (kept->sets, 3);
  ck_assert_uint_eq (kept->rest_seconds, 10);
  ck_assert_int_eq (kept->sides, FT_RUN_SIDES_BOTH);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("routine-run");
  TCase *tc;

  tc = tcase_create ("run");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_full_routine);
  tcase_add_test (tc, test_one_step);
  tcase_add_test (tc, test_zero_pre_roll);
  tcase_add_test (tc, test_step_copies_are_owned);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("buttons");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_pause_keeps_remaining_time);
  tcase_add_test (tc, test_pause_in_pre_roll_and_counted_reps);
  tcase_add_test (tc, test_skip);
  tcase_add_test (tc, test_skip_while_paused);
  tcase_add_test (tc, test_previous);
  tcase_add_test (tc, test_previous_restarts_right_side);
  tcase_add_test (tc, test_finish_early);
  tcase_add_test (tc, test_finish_with_nothing_done);
  tcase_add_test (tc, test_finish_in_counted_reps);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("time");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_suspend_gap);
  tcase_add_test (tc, test_suspend_threshold);
  tcase_add_test (tc, test_suspend_gap_before_a_button);
  tcase_add_test (tc, test_suspend_in_counted_reps);
  tcase_add_test (tc, test_jump_over_countdown);
  tcase_add_test (tc, test_jump_lands_on_ticks);
  tcase_add_test (tc, test_time_going_backwards);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
