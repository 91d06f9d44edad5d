/* ft-routine-run.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routine-run.h"

/* How a step's work is timed; follows from its dose. */
typedef enum
{
  KIND_HOLD,           /* hold_seconds, no reps */
  KIND_HELD_REPS,      /* each rep is a hold */
  KIND_PACED_REPS,     /* one rep every rep_seconds */
  KIND_COUNTED_REPS,   /* reps tapped by the person */
} StepKind;

struct _FtRoutineRun
{
  GObject            parent_instance;

  FtRoutineRunStep  *steps;
  guint              n_steps;
  guint             *first_part;       /* per step: index of its first step+side */
  guint              n_parts;
  gboolean          *part_completed;   /* per step+side: completed at least once */
  guint              pre_roll_seconds;

  /* Where the run is. phase is never PAUSED: paused says so, and phase is
   * what resume() goes back to. */
  FtRunPhase         phase;
  gboolean           paused;
  gboolean           interrupted;
  guint              step;
  FtRunSide          side;
  guint              set;              /* sets completed on this side */
  guint              rep;              /* reps completed in this set */
  gint64             phase_elapsed_us;
  gint64             phase_total_us;   /* 0: no time limit (counted reps) */
  gint64             last_us;          /* the latest time passed in */
  gint64             active_us;

  /* The current step and side's tally. */
  guint              holds_done;
  guint              reps_done;
  gint64             part_active_us;

  GPtrArray         *results;
  FtRunOutcome       outcome;
  guint              busy;
};

enum
{
  SIGNAL_PHASE_CHANGED,
  SIGNAL_CUE,
  SIGNAL_STEP_DONE,
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_ENUM_TYPE (FtRunSides, ft_run_sides,
                    G_DEFINE_ENUM_VALUE (FT_RUN_SIDES_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_SIDES_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_SIDES_RIGHT, "right"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_SIDES_BOTH, "both"))

G_DEFINE_ENUM_TYPE (FtRunSide, ft_run_side,
                    G_DEFINE_ENUM_VALUE (FT_RUN_SIDE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_SIDE_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_SIDE_RIGHT, "right"))

G_DEFINE_ENUM_TYPE (FtRunPhase, ft_run_phase,
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_PRE_ROLL, "pre-roll"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_HOLD, "hold"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_REPS, "reps"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_REST, "rest"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_SWITCH_SIDE, "switch-side"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_PAUSED, "paused"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_PHASE_FINISHED, "finished"))

G_DEFINE_ENUM_TYPE (FtRunCue, ft_run_cue,
                    G_DEFINE_ENUM_VALUE (FT_RUN_CUE_COUNTDOWN_TICK, "countdown-tick"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_CUE_HOLD_END, "hold-end"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_CUE_SIDE_SWITCH, "side-switch"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_CUE_REP, "rep"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_CUE_FINISHED, "finished"))

G_DEFINE_ENUM_TYPE (FtRunOutcome, ft_run_outcome,
                    G_DEFINE_ENUM_VALUE (FT_RUN_OUTCOME_COMPLETED, "completed"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_OUTCOME_PARTIAL, "partial"),
                    G_DEFINE_ENUM_VALUE (FT_RUN_OUTCOME_SKIPPED, "skipped"))

G_DEFINE_BOXED_TYPE (FtRoutineRunStep, ft_routine_run_step,
                     ft_routine_run_step_copy, ft_routine_run_step_free)

G_DEFINE_BOXED_TYPE (FtRoutineRunResult, ft_routine_run_result,
                     ft_routine_run_result_copy, ft_routine_run_result_free)

G_DEFINE_FINAL_TYPE (FtRoutineRun, ft_routine_run, G_TYPE_OBJECT)

/**
 * ft_routine_run_step_copy:
 * @step: a step
 *
 * Returns: (transfer full): a copy owning its strings; free with
 *   ft_routine_run_step_free()
 */
FtRoutineRunStep *
ft_routine_run_step_copy (const FtRoutineRunStep *step)
{
  FtRoutineRunStep *copy;

  g_return_val_if_fail (step != NULL, NULL);

  copy = g_new (FtRoutineRunStep, 1);
  *copy = *step;
  copy->exercise_ref = g_strdup (step->exercise_ref);
  copy->exercise_name = g_strdup (step->exercise_name);

  return copy;
}

/**
 * ft_routine_run_step_free:
 * @step: (nullable): a step made by ft_routine_run_step_copy()
 */
void
ft_routine_run_step_free (FtRoutineRunStep *step)
{
  if (step == NULL)
    return;

  g_free ((char *) step->exercise_ref);
  g_free ((char *) step->exercise_name);
  g_free (step);
}

FtRoutineRunResult *
ft_routine_run_result_copy (const FtRoutineRunResult *result)
{
  FtRoutineRunResult *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = g_new (FtRoutineRunResult, 1);
  *copy = *result;
  copy->exercise_ref = g_strdup (result->exercise_ref);

  return copy;
}

void
ft_routine_run_result_free (FtRoutineRunResult *result)
{
  if (result == NULL)
    return;

  g_free (result->exercise_ref);
  g_free (result);
}

/* Helpers */

static gint64
seconds_to_us (guint seconds)
{
  return (gint64) seconds * G_USEC_PER_SEC;
}

static const FtRoutineRunStep *
current_step (FtRoutineRun *self)
{
  g_assert (self->step < self->n_steps);

  return &self->steps[self->step];
}

static StepKind
step_kind (const FtRoutineRunStep *step)
{
  if (step->hold_seconds > 0 && step->reps > 0)
    return KIND_HELD_REPS;
  if (step->hold_seconds > 0)
    return KIND_HOLD;
  if (step->rep_seconds > 0)
    return KIND_PACED_REPS;
  return KIND_COUNTED_REPS;
}

static FtRunSide
first_side (const FtRoutineRunStep *step)
{
  switch (step->sides)
    {
    case FT_RUN_SIDES_LEFT:
    case FT_RUN_SIDES_BOTH:
      return FT_RUN_SIDE_LEFT;
    case FT_RUN_SIDES_RIGHT:
      return FT_RUN_SIDE_RIGHT;
    case FT_RUN_SIDES_NONE:
    default:
      return FT_RUN_SIDE_NONE;
    }
}

static gboolean
on_second_side (FtRoutineRun *self)
{
  return current_step (self)->sides == FT_RUN_SIDES_BOTH && self->side == FT_RUN_SIDE_RIGHT;
}

static guint
current_part (FtRoutineRun *self)
{
  return self->first_part[self->step] + (on_second_side (self) ? 1 : 0);
}

static gboolean
anything_done (FtRoutineRun *self)
{
  return self->holds_done > 0 || self->reps_done > 0 || self->set > 0;
}

static gboolean
is_running (FtRoutineRun *self)
{
  return self->phase != FT_RUN_PHASE_IDLE && self->phase != FT_RUN_PHASE_FINISHED;
}

static void
emit_phase_changed (FtRoutineRun *self)
{
  g_signal_emit (self, signals[SIGNAL_PHASE_CHANGED], 0, ft_routine_run_get_phase (self));
}

static void
emit_cue (FtRoutineRun *self,
          FtRunCue      cue,
          guint         seconds_left)
{
  g_signal_emit (self, signals[SIGNAL_CUE], 0, cue, seconds_left);
}

/* While paused (skip or previous), the new phase waits for resume(). */
static void
enter_phase (FtRoutineRun *self,
             FtRunPhase    phase,
             gint64        total_us)
{
  self->phase = phase;
  self->phase_elapsed_us = 0;
  self->phase_total_us = total_us;
  emit_phase_changed (self);
}

static void
enter_work (FtRoutineRun *self)
{
  const FtRoutineRunStep *step = current_step (self);

  switch (step_kind (step))
    {
    case KIND_HOLD:
    case KIND_HELD_REPS:
      enter_phase (self, FT_RUN_PHASE_HOLD, seconds_to_us (step->hold_seconds));
      break;
    case KIND_PACED_REPS:
      enter_phase (self, FT_RUN_PHASE_REPS, seconds_to_us (step->rep_seconds));
      break;
    case KIND_COUNTED_REPS:
    default:
      enter_phase (self, FT_RUN_PHASE_REPS, 0);
      break;
    }
}

/* Counted reps begin when the person taps; everything else that starts by
 * itself gets the get-ready countdown first. */
static void
enter_before_work (FtRoutineRun *self)
{
  if (step_kind (current_step (self)) != KIND_COUNTED_REPS && self->pre_roll_seconds > 0)
    enter_phase (self, FT_RUN_PHASE_PRE_ROLL, seconds_to_us (self->pre_roll_seconds));
  else
    enter_work (self);
}

static void
begin_part (FtRoutineRun *self,
            guint         step,
            FtRunSide     side,
            gboolean      switching)
{
  self->step = step;
  self->side = side;
  self->set = 0;
  self->rep = 0;
  self->holds_done = 0;
  self->reps_done = 0;
  self->part_active_us = 0;

  if (switching)
    {
      guint seconds = MAX (self->pre_roll_seconds, FT_ROUTINE_RUN_MIN_SWITCH_SECONDS);

      enter_phase (self, FT_RUN_PHASE_SWITCH_SIDE, seconds_to_us (seconds));
      emit_cue (self, FT_RUN_CUE_SIDE_SWITCH, 0);
    }
  else
    {
      enter_before_work (self);
    }
}

/* Reports the current step and side; the caller moves on right after. */
static void
end_part (FtRoutineRun *self,
          FtRunOutcome  outcome)
{
  FtRoutineRunResult *result = g_new0 (FtRoutineRunResult, 1);

  result->step_index = self->step;
  result->exercise_ref = g_strdup (current_step (self)->exercise_ref);
  result->side = self->side;
  result->holds_done = self->holds_done;
  result->reps_done = self->reps_done;
  result->sets_done = self->set;
  result->outcome = outcome;
  result->active_us = self->part_active_us;
  g_ptr_array_add (self->results, result);

  if (outcome == FT_RUN_OUTCOME_COMPLETED)
    self->part_completed[current_part (self)] = TRUE;

  g_signal_emit (self, signals[SIGNAL_STEP_DONE], 0, result);
}

static void
finish_run (FtRoutineRun *self)
{
  self->outcome = FT_RUN_OUTCOME_COMPLETED;
  for (guint i = 0; i < self->n_parts; i++)
    {
      if (!self->part_completed[i])
        self->outcome = FT_RUN_OUTCOME_PARTIAL;
    }

  self->paused = FALSE;
  self->interrupted = FALSE;
  enter_phase (self, FT_RUN_PHASE_FINISHED, 0);
  emit_cue (self, FT_RUN_CUE_FINISHED, 0);
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, self->outcome);
}

static void
next_part (FtRoutineRun *self)
{
  if (current_step (self)->sides == FT_RUN_SIDES_BOTH && self->side == FT_RUN_SIDE_LEFT)
    begin_part (self, self->step, FT_RUN_SIDE_RIGHT, TRUE);
  else if (self->step + 1 < self->n_steps)
    begin_part (self, self->step + 1, first_side (&self->steps[self->step + 1]), FALSE);
  else
    finish_run (self);
}

static void
complete_set (FtRoutineRun *self)
{
  const FtRoutineRunStep *step = current_step (self);

  self->set++;
  self->rep = 0;

  if (self->set < step->sets)
    {
      if (step->rest_seconds > 0)
        enter_phase (self, FT_RUN_PHASE_REST, seconds_to_us (step->rest_seconds));
      else
        enter_before_work (self);
    }
  else
    {
      end_part (self, FT_RUN_OUTCOME_COMPLETED);
      next_part (self);
    }
}

/* The phase's time is up. */
static void
phase_ended (FtRoutineRun *self)
{
  const FtRoutineRunStep *step = current_step (self);

  switch (self->phase)
    {
    case FT_RUN_PHASE_PRE_ROLL:
    case FT_RUN_PHASE_SWITCH_SIDE:
      enter_work (self);
      break;

    case FT_RUN_PHASE_REST:
      enter_before_work (self);
      break;

    case FT_RUN_PHASE_HOLD:
      self->holds_done++;
      if (step_kind (step) == KIND_HELD_REPS)
        {
          self->reps_done++;
          self->rep++;
        }
      emit_cue (self, FT_RUN_CUE_HOLD_END, 0);

      if (step_kind (step) == KIND_HELD_REPS && self->rep < step->reps)
        enter_before_work (self);
      else
        complete_set (self);
      break;

    case FT_RUN_PHASE_REPS:
      /* Only paced reps have a time. The next rep goes on in the same phase. */
      self->reps_done++;
      self->rep++;
      emit_cue (self, FT_RUN_CUE_REP, 0);

      if (self->rep < step->reps)
        self->phase_elapsed_us = 0;
      else
        complete_set (self);
      break;

    case FT_RUN_PHASE_IDLE:
    case FT_RUN_PHASE_PAUSED:
    case FT_RUN_PHASE_FINISHED:
    default:
      g_assert_not_reached ();
    }
}

/* The countdown ticks whose moment lies in (before, after] of the hold. The
 * interval is open at the start, so a 3 s hold gets no tick at its start, and
 * a tick that lands exactly on a moment sounds it once. */
static void
emit_countdown (FtRoutineRun *self,
                gint64        before_us,
                gint64        after_us)
{
  for (guint left = 3; left >= 1; left--)
    {
      gint64 moment = self->phase_total_us - seconds_to_us (left);

      if (before_us < moment && moment <= after_us)
        emit_cue (self, FT_RUN_CUE_COUNTDOWN_TICK, left);
    }
}

/* Lets delta_us of running time pass, through as many phases as it covers. */
static void
advance (FtRoutineRun *self,
         gint64        delta_us)
{
  while (delta_us > 0 && is_running (self) && !self->paused)
    {
      gint64 before_us = self->phase_elapsed_us;
      gint64 used_us;

      if (self->phase_total_us == 0)
        {
          /* Counted reps: the time runs until the person taps. */
          self->phase_elapsed_us += delta_us;
          self->active_us += delta_us;
          self->part_active_us += delta_us;
          return;
        }

      used_us = MIN (delta_us, self->phase_total_us - self->phase_elapsed_us);
      self->phase_elapsed_us += used_us;
      self->active_us += used_us;
      self->part_active_us += used_us;
      delta_us -= used_us;

      if (self->phase == FT_RUN_PHASE_HOLD)
        emit_countdown (self, before_us, self->phase_elapsed_us);

      if (self->phase_elapsed_us >= self->phase_total_us)
        phase_ended (self);
    }
}

/* Brings a running run up to now_us; see FT_ROUTINE_RUN_MAX_TICK_GAP_US. */
static void
update (FtRoutineRun *self,
        gint64        now_us)
{
  gint64 gap_us;

  if (!is_running (self) || self->paused)
    return;

  /* Time going backwards is a caller bug; wait for it to catch up. */
  if (now_us < self->last_us)
    return;

  gap_us = now_us - self->last_us;
  if (gap_us > FT_ROUTINE_RUN_MAX_TICK_GAP_US)
    {
      self->paused = TRUE;
      self->interrupted = TRUE;
      emit_phase_changed (self);
      return;
    }

  self->last_us = now_us;
  advance (self, gap_us);
}

/* Vfuncs */

static void
ft_routine_run_finalize (GObject *object)
{
  FtRoutineRun *self = FT_ROUTINE_RUN (object);

  for (guint i = 0; i < self->n_steps; i++)
    {
      g_free ((char *) self->steps[i].exercise_ref);
      g_free ((char *) self->steps[i].exercise_name);
    }
  g_clear_pointer (&self->steps, g_free);
  g_clear_pointer (&self->first_part, g_free);
  g_clear_pointer (&self->part_completed, g_free);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_routine_run_parent_class)->finalize (object);
}

static void
ft_routine_run_class_init (FtRoutineRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ft_routine_run_finalize;

  /**
   * FtRoutineRun::phase-changed:
   * @self: the run
   * @phase: what ft_routine_run_get_phase() returns now
   *
   * A phase began, the run paused or resumed, or it moved to another step or
   * side.
   */
  signals[SIGNAL_PHASE_CHANGED] =
    g_signal_new ("phase-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  FT_TYPE_RUN_PHASE);

  /**
   * FtRoutineRun::cue:
   * @self: the run
   * @cue: what happened
   * @seconds_left: 3, 2 or 1 for a countdown tick, 0 otherwise
   *
   * A moment the player may make a sound for; see #FtRunCue.
   */
  signals[SIGNAL_CUE] =
    g_signal_new ("cue",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  FT_TYPE_RUN_CUE,
                  G_TYPE_UINT);

  /**
   * FtRoutineRun::step-done:
   * @self: the run
   * @result: what was done of the step on one side
   *
   * A step and side ended; the session log stores @result at once.
   */
  signals[SIGNAL_STEP_DONE] =
    g_signal_new ("step-done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  FT_TYPE_ROUTINE_RUN_RESULT | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * FtRoutineRun::finished:
   * @self: the run
   * @outcome: completed or partial
   *
   * The run is over; emitted once.
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  FT_TYPE_RUN_OUTCOME);
}

static void
ft_routine_run_init (FtRoutineRun *self)
{
  self->pre_roll_seconds = FT_ROUTINE_RUN_DEFAULT_PRE_ROLL_SECONDS;
  self->phase = FT_RUN_PHASE_IDLE;
  self->outcome = FT_RUN_OUTCOME_PARTIAL;
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_run_result_free);
}

/* Public API */

/**
 * ft_routine_run_new:
 * @steps: (array length=n_steps): the routine's steps, at least one, each
 *   with an exercise ref and a hold or reps
 * @n_steps: how many
 *
 * Returns: (transfer full): a run that has not started; it copies @steps
 */
FtRoutineRun *
ft_routine_run_new (const FtRoutineRunStep *steps,
                    guint                   n_steps)
{
  FtRoutineRun *self;
  guint part = 0;

  g_return_val_if_fail (steps != NULL, NULL);
  g_return_val_if_fail (n_steps > 0, NULL);

  for (guint i = 0; i < n_steps; i++)
    {
      g_return_val_if_fail (steps[i].exercise_ref != NULL, NULL);
      g_return_val_if_fail (steps[i].hold_seconds > 0 || steps[i].reps > 0, NULL);
      g_return_val_if_fail ((guint) steps[i].sides <= FT_RUN_SIDES_BOTH, NULL);
    }

  self = g_object_new (FT_TYPE_ROUTINE_RUN, NULL);
  self->n_steps = n_steps;
  self->steps = g_new (FtRoutineRunStep, n_steps);
  self->first_part = g_new (guint, n_steps);

  for (guint i = 0; i < n_steps; i++)
    {
      FtRoutineRunStep *step = &self->steps[i];

      *step = steps[i];
      step->exercise_ref = g_strdup (steps[i].exercise_ref);
      step->exercise_name = g_strdup (steps[i].exercise_name);
      step->sets = MAX (step->sets, 1);

      self->first_part[i] = part;
      part += step->sides == FT_RUN_SIDES_BOTH ? 2 : 1;
    }

  self->n_parts = part;
  self->part_completed = g_new0 (gboolean, part);
  self->side = first_side (&self->steps[0]);

  return self;
}

/**
 * ft_routine_run_set_pre_roll_seconds:
 * @self: a run
 * @seconds: the get-ready countdown before each hold; 0 for none
 *
 * Applies to the pre-rolls that begin from now on.
 */
void
ft_routine_run_set_pre_roll_seconds (FtRoutineRun *self,
                                     guint         seconds)
{
  g_return_if_fail (FT_IS_ROUTINE_RUN (self));

  self->pre_roll_seconds = seconds;
}

guint
ft_routine_run_get_pre_roll_seconds (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  return self->pre_roll_seconds;
}

/**
 * ft_routine_run_start:
 * @self: a run that has not started
 * @now_us: monotonic time
 *
 * Returns: %TRUE if the run started
 */
gboolean
ft_routine_run_start (FtRoutineRun *self,
                      gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (self->busy == 0, FALSE);

  if (self->phase != FT_RUN_PHASE_IDLE)
    return FALSE;

  hold = g_object_ref (self);
  self->busy++;
  self->last_us = now_us;
  begin_part (self, 0, first_side (&self->steps[0]), FALSE);
  self->busy--;

  return TRUE;
}

/**
 * ft_routine_run_tick:
 * @self: a run
 * @now_us: monotonic time
 *
 * Lets the time up to @now_us pass. Does nothing before the start, at the
 * end, while paused, or for a time before the previous one.
 */
void
ft_routine_run_tick (FtRoutineRun *self,
                     gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;

  g_return_if_fail (FT_IS_ROUTINE_RUN (self));
  g_return_if_fail (self->busy == 0);

  hold = g_object_ref (self);
  self->busy++;
  update (self, now_us);
  self->busy--;
}

/**
 * ft_routine_run_pause:
 * @self: a run
 * @now_us: monotonic time
 *
 * Returns: %TRUE if the run was running and is now paused
 */
gboolean
ft_routine_run_pause (FtRoutineRun *self,
                      gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (self->busy == 0, FALSE);

  if (!is_running (self) || self->paused)
    return FALSE;

  hold = g_object_ref (self);
  self->busy++;
  update (self, now_us);
  /* The time up to now may have finished the run, or the gap rule paused it. */
  if (is_running (self) && !self->paused)
    {
      self->paused = TRUE;
      self->interrupted = FALSE;
      emit_phase_changed (self);
    }
  self->busy--;

  return self->paused;
}

/**
 * ft_routine_run_resume:
 * @self: a run
 * @now_us: monotonic time
 *
 * Goes on from where the run paused, with the time that was left.
 *
 * Returns: %TRUE if the run was paused
 */
gboolean
ft_routine_run_resume (FtRoutineRun *self,
                       gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (self->busy == 0, FALSE);

  if (!self->paused)
    return FALSE;

  hold = g_object_ref (self);
  self->busy++;
  self->paused = FALSE;
  self->interrupted = FALSE;
  self->last_us = now_us;
  emit_phase_changed (self);
  self->busy--;

  return TRUE;
}

/**
 * ft_routine_run_skip:
 * @self: a run
 * @now_us: monotonic time
 *
 * Ends the current step and side as skipped (or partial, if some of it was
 * done) and goes on to the next.
 *
 * Returns: %TRUE if the run moved on
 */
gboolean
ft_routine_run_skip (FtRoutineRun *self,
                     gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (self->busy == 0, FALSE);

  if (!is_running (self))
    return FALSE;

  hold = g_object_ref (self);
  self->busy++;
  update (self, now_us);
  if (is_running (self))
    {
      end_part (self, anything_done (self) ? FT_RUN_OUTCOME_PARTIAL : FT_RUN_OUTCOME_SKIPPED);
      next_part (self);
    }
  self->busy--;

  return TRUE;
}

/**
 * ft_routine_run_previous:
 * @self: a run
 * @now_us: monotonic time
 *
 * Starts the current step and side again, or goes back one; see the rule in
 * ft-routine-run.h.
 *
 * Returns: %TRUE if the run moved
 */
gboolean
ft_routine_run_previous (FtRoutineRun *self,
                         gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;
  gboolean moved = FALSE;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (self->busy == 0, FALSE);

  if (!is_running (self))
    return FALSE;

  hold = g_object_ref (self);
  self->busy++;
  update (self, now_us);
  if (is_running (self))
    {
      gboolean restart = self->part_active_us > FT_ROUTINE_RUN_PREVIOUS_GRACE_US;

      if (anything_done (self))
        end_part (self, FT_RUN_OUTCOME_PARTIAL);

      if (!restart && on_second_side (self))
        begin_part (self, self->step, FT_RUN_SIDE_LEFT, FALSE);
      else if (!restart && self->step > 0)
        begin_part (self, self->step - 1, first_side (&self->steps[self->step - 1]), FALSE);
      else
        begin_part (self, self->step, self->side, FALSE);

      moved = TRUE;
    }
  self->busy--;

  return moved;
}

/**
 * ft_routine_run_count_rep:
 * @self: a run
 * @now_us: monotonic time
 *
 * Counts one rep of a counted set (a tap, a click or Space).
 *
 * Returns: %TRUE if a rep was counted; %FALSE in any other phase, for paced
 *   reps and while paused
 */
gboolean
ft_routine_run_count_rep (FtRoutineRun *self,
                          gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;
  gboolean counted = FALSE;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (self->busy == 0, FALSE);

  if (self->phase != FT_RUN_PHASE_REPS || self->paused || self->phase_total_us != 0)
    return FALSE;

  hold = g_object_ref (self);
  self->busy++;
  update (self, now_us);
  if (self->phase == FT_RUN_PHASE_REPS && !self->paused && self->phase_total_us == 0)
    {
      self->reps_done++;
      self->rep++;
      counted = TRUE;

      if (self->rep >= current_step (self)->reps)
        complete_set (self);
    }
  self->busy--;

  return counted;
}

/**
 * ft_routine_run_finish:
 * @self: a run
 * @now_us: monotonic time
 *
 * Ends the run early (or before it started). The step in progress is
 * reported as partial if anything of it was done.
 *
 * Returns: %TRUE if the run was not finished before
 */
gboolean
ft_routine_run_finish (FtRoutineRun *self,
                       gint64        now_us)
{
  g_autoptr(FtRoutineRun) hold = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (self->busy == 0, FALSE);

  if (self->phase == FT_RUN_PHASE_FINISHED)
    return FALSE;

  hold = g_object_ref (self);
  self->busy++;
  if (self->phase == FT_RUN_PHASE_IDLE)
    {
      finish_run (self);
    }
  else
    {
      update (self, now_us);
      if (is_running (self))
        {
          if (anything_done (self))
            end_part (self, FT_RUN_OUTCOME_PARTIAL);
          finish_run (self);
        }
    }
  self->busy--;

  return TRUE;
}

FtRunPhase
ft_routine_run_get_phase (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FT_RUN_PHASE_IDLE);

  return self->paused ? FT_RUN_PHASE_PAUSED : self->phase;
}

FtRunPhase
ft_routine_run_get_paused_phase (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FT_RUN_PHASE_IDLE);

  return self->phase;
}

gboolean
ft_routine_run_get_interrupted (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FALSE);

  return self->paused && self->interrupted;
}

guint
ft_routine_run_get_n_steps (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  return self->n_steps;
}

/**
 * ft_routine_run_get_step:
 * @self: a run
 * @index: a step, from 0
 *
 * Returns: (transfer none): the run's copy of the step
 */
const FtRoutineRunStep *
ft_routine_run_get_step (FtRoutineRun *self,
                         guint         index)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), NULL);
  g_return_val_if_fail (index < self->n_steps, NULL);

  return &self->steps[index];
}

guint
ft_routine_run_get_step_index (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  return self->step;
}

FtRunSide
ft_routine_run_get_side (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FT_RUN_SIDE_NONE);

  return self->side;
}

guint
ft_routine_run_get_set (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  return MIN (self->set + 1, current_step (self)->sets);
}

guint
ft_routine_run_get_n_sets (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  return current_step (self)->sets;
}

guint
ft_routine_run_get_rep (FtRoutineRun *self)
{
  const FtRoutineRunStep *step;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  step = current_step (self);
  if (step->reps == 0)
    return 0;

  return MIN (self->rep + 1, step->reps);
}

guint
ft_routine_run_get_n_reps (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  return current_step (self)->reps;
}

gint64
ft_routine_run_get_remaining_us (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  if (!is_running (self))
    return 0;

  return self->phase_total_us - MIN (self->phase_elapsed_us, self->phase_total_us);
}

gint64
ft_routine_run_get_phase_total_us (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  if (!is_running (self))
    return 0;

  return self->phase_total_us;
}

double
ft_routine_run_get_progress (FtRoutineRun *self)
{
  const FtRoutineRunStep *step;
  double in_phase = 0.0;
  double in_set = 0.0;
  double in_part;

  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0.0);

  if (self->phase == FT_RUN_PHASE_IDLE)
    return 0.0;
  if (self->phase == FT_RUN_PHASE_FINISHED)
    return 1.0;

  step = current_step (self);
  if (self->phase_total_us > 0)
    in_phase = (double) self->phase_elapsed_us / (double) self->phase_total_us;

  switch (step_kind (step))
    {
    case KIND_HOLD:
      in_set = self->phase == FT_RUN_PHASE_HOLD ? in_phase : 0.0;
      break;
    case KIND_HELD_REPS:
      in_set = (self->rep + (self->phase == FT_RUN_PHASE_HOLD ? in_phase : 0.0)) / step->reps;
      break;
    case KIND_PACED_REPS:
      in_set = (self->rep + (self->phase == FT_RUN_PHASE_REPS ? in_phase : 0.0)) / step->reps;
      break;
    case KIND_COUNTED_REPS:
    default:
      in_set = (double) self->rep / step->reps;
      break;
    }

  in_part = (self->set + in_set) / step->sets;

  return CLAMP ((current_part (self) + in_part) / self->n_parts, 0.0, 1.0);
}

gint64
ft_routine_run_get_active_us (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), 0);

  return self->active_us;
}

FtRunOutcome
ft_routine_run_get_outcome (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), FT_RUN_OUTCOME_PARTIAL);

  return self->outcome;
}

GPtrArray *
ft_routine_run_get_results (FtRoutineRun *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_RUN (self), NULL);

  return self->results;
}
