/* ft-routine.h — one routine: its name, its target and its steps with their doses.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An FtRoutine is an immutable snapshot that FtRoutineBook hands out. To
 * change a routine, ask the book (ft_routine_book_set_steps() and friends);
 * it hands out a new snapshot. Steps are plain structs: copy them with
 * ft_routine_dup_steps(), edit the copies, and give them back to the book.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * FtSides:
 * @FT_SIDES_NONE: the exercise has no side (both feet at once)
 * @FT_SIDES_LEFT: the left side only
 * @FT_SIDES_RIGHT: the right side only
 * @FT_SIDES_BOTH: each side in turn, left first
 *
 * Which sides a routine step works. A session step is always for one side
 * or none, never FT_SIDES_BOTH.
 */
typedef enum
{
  FT_SIDES_NONE,
  FT_SIDES_LEFT,
  FT_SIDES_RIGHT,
  FT_SIDES_BOTH,
} FtSides;

/* Keys as stored: "none", "left", "right", "both". */
const char *ft_sides_to_key   (FtSides     sides);
gboolean    ft_sides_from_key (const char *key,
                               FtSides    *sides);

/**
 * FtTargetPeriod:
 * @FT_TARGET_NONE: no target ("when needed")
 * @FT_TARGET_DAY: a number of sessions per local calendar day
 * @FT_TARGET_WEEK: a number of days per week (Monday to Sunday) with at
 *   least one session
 */
typedef enum
{
  FT_TARGET_NONE,
  FT_TARGET_DAY,
  FT_TARGET_WEEK,
} FtTargetPeriod;

/* Keys as stored: NULL for none, "day", "week". */
const char *ft_target_period_to_key   (FtTargetPeriod  period);
gboolean    ft_target_period_from_key (const char     *key,
                                       FtTargetPeriod *period);

/* Limits on a dose, the same the journal's schema enforces. */
#define FT_ROUTINE_HOLD_MAX_SECONDS 3600
#define FT_ROUTINE_REPS_MAX         1000
#define FT_ROUTINE_SETS_MAX         100
#define FT_ROUTINE_REST_MAX_SECONDS 3600
#define FT_ROUTINE_NAME_MAX_CHARS   200
#define FT_ROUTINE_MAX_STEPS        100
#define FT_ROUTINE_DAY_TARGET_MAX   100
#define FT_ROUTINE_WEEK_TARGET_MAX  7

/**
 * FtRoutineStep:
 * @exercise_ref: a catalog id ("upper-calf-stretch") or "custom:<id>"
 * @hold_seconds: each hold, 1 to 3600; 0: no hold
 * @reps: repetitions per set, 1 to 1000; 0: not counted in reps
 * @sets: 1 to 100
 * @rest_seconds: rest between sets, 0 to 3600
 * @sides: which sides, in turn
 *
 * One step's dose. A step has a hold, reps, or both (a foot scrunch holds
 * 5 s for each of 10 reps).
 */
typedef struct
{
  char    *exercise_ref;
  guint    hold_seconds;
  guint    reps;
  guint    sets;
  guint    rest_seconds;
  FtSides  sides;
} FtRoutineStep;

#define FT_TYPE_ROUTINE_STEP (ft_routine_step_get_type ())
GType          ft_routine_step_get_type   (void) G_GNUC_CONST;
FtRoutineStep *ft_routine_step_new        (const char          *exercise_ref,
                                           guint                hold_seconds,
                                           guint                reps,
                                           guint                sets,
                                           guint                rest_seconds,
                                           FtSides              sides) G_GNUC_WARN_UNUSED_RESULT;
FtRoutineStep *ft_routine_step_copy       (const FtRoutineStep *step);
void           ft_routine_step_free       (FtRoutineStep       *step);
gboolean       ft_routine_step_equal      (const FtRoutineStep *a,
                                           const FtRoutineStep *b);
/* How many sides the step is done on in turn: 2 for both, else 1. */
guint          ft_routine_step_get_n_sides (const FtRoutineStep *step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtRoutineStep, ft_routine_step_free)

#define FT_TYPE_ROUTINE (ft_routine_get_type ())

G_DECLARE_FINAL_TYPE (FtRoutine, ft_routine, FT, ROUTINE, GObject)

gint64               ft_routine_get_id            (FtRoutine *self);
/* The built-in this routine is ("desk-break"), or NULL for the person's own. */
const char          *ft_routine_get_builtin_key   (FtRoutine *self);
gboolean             ft_routine_is_builtin        (FtRoutine *self);
const char          *ft_routine_get_name          (FtRoutine *self);
/* 0 for the first routine in the list. */
guint                ft_routine_get_position      (FtRoutine *self);
/* 0 with FT_TARGET_NONE. */
guint                ft_routine_get_target_count  (FtRoutine *self);
FtTargetPeriod       ft_routine_get_target_period (FtRoutine *self);
gint64               ft_routine_get_created_us    (FtRoutine *self);
guint                ft_routine_get_n_steps       (FtRoutine *self);
const FtRoutineStep *ft_routine_get_step          (FtRoutine *self,
                                                   guint      index);
/* Deep copies, to edit. (transfer full) (element-type FtRoutineStep) */
GPtrArray           *ft_routine_dup_steps         (FtRoutine *self);
/* TRUE when every field and step is the same. */
gboolean             ft_routine_equal             (FtRoutine *a,
                                                   FtRoutine *b);

G_END_DECLS
