/* ft-routine-run.h — the guided player's state machine: one run of a routine,
 * driven by the time its caller passes in.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Which sides a step is done on. BOTH is the left side first, all its sets,
 * then the right side, all its sets. */
typedef enum
{
  FT_RUN_SIDES_NONE,
  FT_RUN_SIDES_LEFT,
  FT_RUN_SIDES_RIGHT,
  FT_RUN_SIDES_BOTH,
} FtRunSides;

#define FT_TYPE_RUN_SIDES (ft_run_sides_get_type ())
GType ft_run_sides_get_type (void) G_GNUC_CONST;

/* The side being done now, or that a result is about. */
typedef enum
{
  FT_RUN_SIDE_NONE,
  FT_RUN_SIDE_LEFT,
  FT_RUN_SIDE_RIGHT,
} FtRunSide;

#define FT_TYPE_RUN_SIDE (ft_run_side_get_type ())
GType ft_run_side_get_type (void) G_GNUC_CONST;

/**
 * FtRunPhase:
 * @FT_RUN_PHASE_IDLE: not started yet
 * @FT_RUN_PHASE_PRE_ROLL: get ready, before each hold and before paced reps
 * @FT_RUN_PHASE_HOLD: counting down a hold
 * @FT_RUN_PHASE_REPS: reps, counted by taps (no time limit) or paced
 * @FT_RUN_PHASE_REST: rest between two sets of one side
 * @FT_RUN_PHASE_SWITCH_SIDE: the announced change from the left side to the
 *   right; it takes the place of the right side's first pre-roll
 * @FT_RUN_PHASE_PAUSED: paused by the person or by a gap in the ticks
 * @FT_RUN_PHASE_FINISHED: over; see ft_routine_run_get_outcome()
 */
typedef enum
{
  FT_RUN_PHASE_IDLE,
  FT_RUN_PHASE_PRE_ROLL,
  FT_RUN_PHASE_HOLD,
  FT_RUN_PHASE_REPS,
  FT_RUN_PHASE_REST,
  FT_RUN_PHASE_SWITCH_SIDE,
  FT_RUN_PHASE_PAUSED,
  FT_RUN_PHASE_FINISHED,
} FtRunPhase;

#define FT_TYPE_RUN_PHASE (ft_run_phase_get_type ())
GType ft_run_phase_get_type (void) G_GNUC_CONST;

/**
 * FtRunCue:
 * @FT_RUN_CUE_COUNTDOWN_TICK: one of the last three whole seconds of a hold
 *   has begun; the cue's seconds-left is 3, 2 or 1. A hold of N seconds gets
 *   only the ticks below N (a 3 s hold: 2 and 1), so a tick never falls on
 *   the instant the hold begins.
 * @FT_RUN_CUE_HOLD_END: a hold (or one held rep) is complete
 * @FT_RUN_CUE_SIDE_SWITCH: the switch to the right side begins
 * @FT_RUN_CUE_REP: one paced rep is complete (the tempo, for hands-free reps)
 * @FT_RUN_CUE_FINISHED: the run is over, however it ended
 *
 * What the player may make a sound for. Each cue is emitted exactly once
 * when its moment passes, in time order, even when one tick jumps over
 * several of them.
 */
typedef enum
{
  FT_RUN_CUE_COUNTDOWN_TICK,
  FT_RUN_CUE_HOLD_END,
  FT_RUN_CUE_SIDE_SWITCH,
  FT_RUN_CUE_REP,
  FT_RUN_CUE_FINISHED,
} FtRunCue;

#define FT_TYPE_RUN_CUE (ft_run_cue_get_type ())
GType ft_run_cue_get_type (void) G_GNUC_CONST;

/* COMPLETED: every set was done. PARTIAL: something was done, not all.
 * SKIPPED: nothing was done (steps only). */
typedef enum
{
  FT_RUN_OUTCOME_COMPLETED,
  FT_RUN_OUTCOME_PARTIAL,
  FT_RUN_OUTCOME_SKIPPED,
} FtRunOutcome;

#define FT_TYPE_RUN_OUTCOME (ft_run_outcome_get_type ())
GType ft_run_outcome_get_type (void) G_GNUC_CONST;

/**
 * FtRoutineRunStep:
 * @exercise_ref: the exercise's id ("upper-calf-stretch", "custom:12")
 * @exercise_name: its name, for display
 * @hold_seconds: length of a hold; 0 for none
 * @reps: reps per set; 0 for none. With a hold as well, each rep is one
 *   hold ("hold 5 s, 10 reps"), with a pre-roll before each as the rest
 *   between reps.
 * @sets: sets per side, at least 1 (0 is read as 1)
 * @rest_seconds: rest between two sets of one side; 0 for none
 * @sides: which sides
 * @rep_seconds: 0: reps are counted by taps (ft_routine_run_count_rep());
 *   otherwise reps are paced, one every @rep_seconds. Ignored for held reps.
 *
 * One step of a routine as the caller hands it in. A step needs a hold or
 * reps (or both). The run keeps its own copy.
 */
typedef struct
{
  const char *exercise_ref;
  const char *exercise_name;
  guint       hold_seconds;
  guint       reps;
  guint       sets;
  guint       rest_seconds;
  FtRunSides  sides;
  guint       rep_seconds;
} FtRoutineRunStep;

#define FT_TYPE_ROUTINE_RUN_STEP (ft_routine_run_step_get_type ())
GType             ft_routine_run_step_get_type (void) G_GNUC_CONST;
FtRoutineRunStep *ft_routine_run_step_copy     (const FtRoutineRunStep *step)
  G_GNUC_WARN_UNUSED_RESULT;
void              ft_routine_run_step_free     (FtRoutineRunStep       *step);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtRoutineRunStep, ft_routine_run_step_free)

/**
 * FtRoutineRunResult:
 * @step_index: the step, counted from 0
 * @exercise_ref: the step's exercise
 * @side: the side this result is about (%FT_RUN_SIDE_NONE for a step
 *   without sides)
 * @holds_done: holds completed (an interrupted hold does not count)
 * @reps_done: reps done over all sets
 * @sets_done: sets completed
 * @outcome: completed, partial or skipped
 * @active_us: time spent on this step and side, pauses excluded
 *
 * What was done of one step on one side, as the session log stores it.
 */
typedef struct
{
  guint         step_index;
  char         *exercise_ref;
  FtRunSide     side;
  guint         holds_done;
  guint         reps_done;
  guint         sets_done;
  FtRunOutcome  outcome;
  gint64        active_us;
} FtRoutineRunResult;

#define FT_TYPE_ROUTINE_RUN_RESULT (ft_routine_run_result_get_type ())
GType               ft_routine_run_result_get_type (void) G_GNUC_CONST;
FtRoutineRunResult *ft_routine_run_result_copy     (const FtRoutineRunResult *result)
  G_GNUC_WARN_UNUSED_RESULT;
void                ft_routine_run_result_free     (FtRoutineRunResult       *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtRoutineRunResult, ft_routine_run_result_free)

/* The default get-ready countdown before a hold. */
#define FT_ROUTINE_RUN_DEFAULT_PRE_ROLL_SECONDS 5

/* The switch to the right side lasts the pre-roll, but never less than this,
 * so there is time to turn round even with a zero pre-roll. */
#define FT_ROUTINE_RUN_MIN_SWITCH_SECONDS 3

/* previous() restarts the current step and side when more than this much
 * active time has gone by in it; otherwise it goes back one. */
#define FT_ROUTINE_RUN_PREVIOUS_GRACE_US (3 * G_USEC_PER_SEC)

/* The suspend rule. The UI ticks about ten times a second; a tick that comes
 * more than this long after the previous one means the computer slept or the
 * app hung, and the run cannot know whether the person went on. So the time
 * since the previous tick is treated as not having happened: the run pauses
 * in the state it had at the previous tick (a hold keeps the time it had
 * left then, nothing completes and no cue sounds) and reports
 * %FT_RUN_PHASE_PAUSED with ft_routine_run_get_interrupted() %TRUE.
 * ft_routine_run_resume() goes on with the time that was left. A gap of
 * exactly this length still counts. */
#define FT_ROUTINE_RUN_MAX_TICK_GAP_US (5 * G_USEC_PER_SEC)

#define FT_TYPE_ROUTINE_RUN (ft_routine_run_get_type ())

G_DECLARE_FINAL_TYPE (FtRoutineRun, ft_routine_run, FT, ROUTINE_RUN, GObject)

/*
 * How a run goes. For each step, for each side (left then right for BOTH),
 * for each set:
 *   REST (rest_seconds, from the second set on)
 *   hold:        PRE_ROLL, HOLD
 *   held reps:   (PRE_ROLL, HOLD) for each rep
 *   paced reps:  PRE_ROLL, REPS (one rep every rep_seconds)
 *   counted:     REPS (until the set's reps are tapped)
 * A phase of zero seconds is left out. The right side of a BOTH step begins
 * with SWITCH_SIDE instead of its first pre-roll.
 *
 * Time: every call takes now_us, microseconds on a monotonic clock
 * (g_get_monotonic_time () in the UI). The run never reads a clock and has no
 * timeouts; the UI calls tick() about every 100 ms. Each call first brings
 * the run up to now_us, as tick() does. A time earlier than the previous one
 * (a caller bug) is ignored: the run stays where it was.
 *
 * Signals, in the order things happen:
 *   ::phase-changed (FtRunPhase phase) — a phase began, or the run paused,
 *     resumed, or moved to another step or side (also while paused); the
 *     argument is what ft_routine_run_get_phase() returns.
 *   ::cue (FtRunCue cue, guint seconds_left) — see FtRunCue. HOLD_END comes
 *     before the phase that follows; SIDE_SWITCH right after SWITCH_SIDE
 *     began (also when skip() moves there while paused); FINISHED after the
 *     FINISHED phase began, before ::finished.
 *   ::step-done (FtRoutineRunResult *result) — a step and side ended:
 *     completed, skipped, or left with something done by previous() or
 *     finish(). Store it at once: it is never sent again. A step done again
 *     after previous() gets a result of its own.
 *   ::finished (FtRunOutcome outcome) — once, at the end.
 * Handlers may read the run but must not call the functions that change it.
 *
 * Buttons:
 *   skip() ends the current step and side (skipped if nothing was done,
 *     partial otherwise) and goes on to the next side or step; skipping the
 *     last one finishes the run.
 *   previous(), like a music player: more than
 *     FT_ROUTINE_RUN_PREVIOUS_GRACE_US into the current step and side, it
 *     starts that side again; otherwise it goes back to the left side of the
 *     same step (from the right side), or to the start of the previous step,
 *     or restarts the first one. Anything already done there is reported as
 *     partial first.
 *   skip() and previous() while paused move and stay paused.
 *   finish() ends early: the step in progress is reported as partial if
 *     anything was done, and the outcome is COMPLETED only if every step and
 *     side was completed, PARTIAL otherwise (also when nothing was done).
 *   count_rep() counts one rep in counted REPS and does nothing elsewhere.
 * Each returns %TRUE if it changed the run.
 */

FtRoutineRun       *ft_routine_run_new                  (const FtRoutineRunStep *steps,
                                                         guint                   n_steps)
  G_GNUC_WARN_UNUSED_RESULT;

void                ft_routine_run_set_pre_roll_seconds (FtRoutineRun           *self,
                                                         guint                   seconds);
guint               ft_routine_run_get_pre_roll_seconds (FtRoutineRun           *self);

gboolean            ft_routine_run_start                (FtRoutineRun           *self,
                                                         gint64                  now_us);
void                ft_routine_run_tick                 (FtRoutineRun           *self,
                                                         gint64                  now_us);
gboolean            ft_routine_run_pause                (FtRoutineRun           *self,
                                                         gint64                  now_us);
gboolean            ft_routine_run_resume               (FtRoutineRun           *self,
                                                         gint64                  now_us);
gboolean            ft_routine_run_skip                 (FtRoutineRun           *self,
                                                         gint64                  now_us);
gboolean            ft_routine_run_previous             (FtRoutineRun           *self,
                                                         gint64                  now_us);
gboolean            ft_routine_run_count_rep            (FtRoutineRun           *self,
                                                         gint64                  now_us);
gboolean            ft_routine_run_finish               (FtRoutineRun           *self,
                                                         gint64                  now_us);

FtRunPhase          ft_routine_run_get_phase            (FtRoutineRun           *self);
/* While paused, the phase resume() returns to; otherwise the phase. */
FtRunPhase          ft_routine_run_get_paused_phase     (FtRoutineRun           *self);
/* TRUE while paused by the suspend rule rather than by the person. */
gboolean            ft_routine_run_get_interrupted      (FtRoutineRun           *self);

guint               ft_routine_run_get_n_steps          (FtRoutineRun           *self);
const FtRoutineRunStep *ft_routine_run_get_step         (FtRoutineRun           *self,
                                                         guint                   index);
/* The step being done (the first before the start, the last at the end). */
guint               ft_routine_run_get_step_index       (FtRoutineRun           *self);
FtRunSide           ft_routine_run_get_side             (FtRoutineRun           *self);
/* The set being done or about to begin (during REST: the next), from 1. */
guint               ft_routine_run_get_set              (FtRoutineRun           *self);
guint               ft_routine_run_get_n_sets           (FtRoutineRun           *self);
/* The rep being done or about to begin, from 1; 0 for a step without reps.
 * For counted reps, the reps tapped so far in this set are rep - 1. */
guint               ft_routine_run_get_rep              (FtRoutineRun           *self);
guint               ft_routine_run_get_n_reps           (FtRoutineRun           *self);

/* The time left in the phase and its length, for a progress ring; while
 * paused, those of the phase paused from. Counted reps have no time: 0 and 0.
 * For paced reps they are those of the current rep. */
gint64              ft_routine_run_get_remaining_us     (FtRoutineRun           *self);
gint64              ft_routine_run_get_phase_total_us   (FtRoutineRun           *self);
/* 0 before the start to 1 at the end; every step and side weighs the same. */
double              ft_routine_run_get_progress         (FtRoutineRun           *self);
/* Time running since the start, pauses and suspend gaps excluded. */
gint64              ft_routine_run_get_active_us        (FtRoutineRun           *self);

/* The summary, for the end: meaningful once finished. */
FtRunOutcome        ft_routine_run_get_outcome          (FtRoutineRun           *self);
/* (element-type FtRoutineRunResult) (transfer none): every ::step-done so
 * far, in order. */
GPtrArray          *ft_routine_run_get_results          (FtRoutineRun           *self);

G_END_DECLS
