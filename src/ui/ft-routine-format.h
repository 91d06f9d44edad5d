/* ft-routine-format.h — the words and numbers the routine screens show: how
 * long a routine takes, a step's dose, and how it is going this week.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ft-exercise.h"
#include "ft-routine.h"
#include "ft-session-log.h"

G_BEGIN_DECLS

/* Seconds allowed to get into position before each step. */
#define FT_ROUTINE_READY_SECONDS 5
/* A repetition without a hold (a heel raise, a nerve glide) takes about this long. */
#define FT_ROUTINE_REP_SECONDS   3
/* The rest between sets a new step gets. */
#define FT_ROUTINE_DEFAULT_REST_SECONDS 15

/* A step for @exercise with its usual dose: hold, reps and sets, each side
 * in turn when it is done per side, a short rest between sets. */
FtRoutineStep *ft_routine_step_new_for_exercise (FtExercise   *exercise) G_GNUC_WARN_UNUSED_RESULT;

guint  ft_routine_step_estimate_seconds  (const FtRoutineStep *step);
/* @steps: (element-type FtRoutineStep) */
guint  ft_routine_steps_estimate_seconds (GPtrArray           *steps);
guint  ft_routine_estimate_seconds       (FtRoutine           *routine);
/* "About 2 min", "Under a minute", "About 1 h 5 min". */
char  *ft_routine_format_duration        (guint                seconds);
/* "Hold 30 s · 3 sets · each side", "10 reps × 3 sets · rest 30 s". */
char  *ft_routine_step_format_dose       (const FtRoutineStep *step);
/* "2 of 5 today", "3 of 5 days this week", "Done twice this week", or for a
 * routine without a target not done this week, "When needed". */
char  *ft_routine_format_progress        (const FtAdherence   *adherence);
/* "4-day streak", "3-week streak", or NULL below two. */
char  *ft_routine_format_streak          (const FtAdherence   *adherence);
/* "5 times a day", "3 days a week", "No target". */
char  *ft_routine_format_target          (guint                count,
                                          FtTargetPeriod       period);

G_END_DECLS
