/* ft-routine-format.c — the words and numbers the routine screens show: how
 * long a routine takes, a step's dose, and how it is going this week.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routine-format.h"

#include <glib/gi18n.h>

FtRoutineStep *
ft_routine_step_new_for_exercise (FtExercise *exercise)
{
  guint sets;

  g_return_val_if_fail (FT_IS_EXERCISE (exercise), NULL);

  sets = MAX (ft_exercise_get_sets (exercise), 1);

  return ft_routine_step_new (ft_exercise_get_id (exercise),
                              ft_exercise_get_hold_seconds (exercise),
                              ft_exercise_get_reps (exercise),
                              sets,
                              sets > 1 ? FT_ROUTINE_DEFAULT_REST_SECONDS : 0,
                              ft_exercise_get_per_side (exercise) ? FT_SIDES_BOTH : FT_SIDES_NONE);
}

/**
 * ft_routine_step_estimate_seconds:
 *
 * The time a step takes, roughly: every hold (or repetition) of every set on
 * every side, the rests between sets, and a moment to get ready.
 */
guint
ft_routine_step_estimate_seconds (const FtRoutineStep *step)
{
  guint sides;
  guint per_rep;
  guint reps;
  guint sets;

  g_return_val_if_fail (step != NULL, 0);

  sides = ft_routine_step_get_n_sides (step);
  per_rep = step->hold_seconds > 0 ? step->hold_seconds : FT_ROUTINE_REP_SECONDS;
  reps = MAX (step->reps, 1);
  sets = MAX (step->sets, 1);

  return per_rep * reps * sets * sides
         + step->rest_seconds * (sets - 1) * sides
         + FT_ROUTINE_READY_SECONDS;
}

guint
ft_routine_steps_estimate_seconds (GPtrArray *steps)
{
  guint total = 0;

  g_return_val_if_fail (steps != NULL, 0);

  for (guint i = 0; i < steps->len; i++)
    total += ft_routine_step_estimate_seconds (g_ptr_array_index (steps, i));

  return total;
}

guint
ft_routine_estimate_seconds (FtRoutine *routine)
{
  guint total = 0;

  g_return_val_if_fail (FT_IS_ROUTINE (routine), 0);

  for (guint i = 0; i < ft_routine_get_n_steps (routine); i++)
    total += ft_routine_step_estimate_seconds (ft_routine_get_step (routine, i));

  return total;
}

char *
ft_routine_format_duration (guint seconds)
{
  guint minutes = (seconds + 30) / 60;

  if (seconds == 0)
    return g_strdup (_("No exercises yet"));

  if (minutes == 0)
    return g_strdup (_("Under a minute"));

  if (minutes < 60)
    /* Translators: how long a routine takes, roughly */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u min", "About %u min", minutes),
                            minutes);

  if (minutes % 60 == 0)
    /* Translators: how long a routine takes, roughly, in hours */
    return g_strdup_printf (_("About %u h"), minutes / 60);

  /* Translators: how long a routine takes, roughly: hours and minutes */
  return g_strdup_printf (_("About %u h %u min"), minutes / 60, minutes % 60);
}

char *
ft_routine_step_format_dose (const FtRoutineStep *step)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint sets;

  g_return_val_if_fail (step != NULL, NULL);

  sets = MAX (step->sets, 1);

  if (step->hold_seconds > 0 && step->reps > 0)
    /* Translators: a dose, e.g. "Hold 5 s × 10 reps" */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Hold %u s × %u rep",
                                                          "Hold %u s × %u reps",
                                                          step->reps),
                                             step->hold_seconds, step->reps));
  else if (step->hold_seconds > 0)
    /* Translators: a dose, e.g. "Hold 30 s" */
    g_ptr_array_add (parts, g_strdup_printf (_("Hold %u s"), step->hold_seconds));
  else if (step->reps > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps",
                                                          step->reps),
                                             step->reps));

  if (sets > 1)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets",
                                                          sets),
                                             sets));

  if (sets > 1 && step->rest_seconds > 0)
    /* Translators: the rest between sets, e.g. "rest 30 s" */
    g_ptr_array_add (parts, g_strdup_printf (_("rest %u s"), step->rest_seconds));

  switch (step->sides)
    {
    case FT_SIDES_BOTH:
      g_ptr_array_add (parts, g_strdup (_("each side")));
      break;

    case FT_SIDES_LEFT:
      g_ptr_array_add (parts, g_strdup (_("left side")));
      break;

    case FT_SIDES_RIGHT:
      g_ptr_array_add (parts, g_strdup (_("right side")));
      break;

    case FT_SIDES_NONE:
    default:
      break;
    }

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
ft_routine_format_progress (const FtAdherence *adherence)
{
  g_return_val_if_fail (adherence != NULL, NULL);

  switch (adherence->period)
    {
    case FT_TARGET_DAY:
      if (adherence->today_paused && adherence->done_today == 0)
        return g_strdup (_("Paused today"));
      /* Translators: progress toward a daily target, e.g. "2 of 5 today" */
      return g_strdup_printf (_("%u of %u today"), adherence->done_today, adherence->target);

    case FT_TARGET_WEEK:
      /* Translators: progress toward a weekly target, e.g. "3 of 5 days this week" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u day this week",
                                           "%u of %u days this week",
                                           adherence->target),
                              adherence->days_this_week, adherence->target);

    case FT_TARGET_NONE:
    default:
      if (adherence->sessions_this_week == 0)
        return g_strdup (_("When needed"));
      if (adherence->sessions_this_week == 1)
        return g_strdup (_("Done once this week"));
      /* Translators: a routine without a target, e.g. "Done 3 times this week" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Done %u time this week",
                                           "Done %u times this week",
                                           adherence->sessions_this_week),
                              adherence->sessions_this_week);
    }
}

char *
ft_routine_format_streak (const FtAdherence *adherence)
{
  g_return_val_if_fail (adherence != NULL, NULL);

  if (adherence->streak < 2)
    return NULL;

  if (adherence->period == FT_TARGET_WEEK)
    /* Translators: weeks in a row with the target met, e.g. "3-week streak" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u-week streak", "%u-week streak",
                                         adherence->streak),
                            adherence->streak);

  /* Translators: days in a row with the target met, e.g. "4-day streak" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u-day streak", "%u-day streak",
                                       adherence->streak),
                          adherence->streak);
}

char *
ft_routine_format_target (guint          count,
                          FtTargetPeriod period)
{
  switch (period)
    {
    case FT_TARGET_DAY:
      if (count == 1)
        return g_strdup (_("Once a day"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time a day", "%u times a day",
                                           count),
                              count);

    case FT_TARGET_WEEK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day a week", "%u days a week",
                                           count),
                              count);

    case FT_TARGET_NONE:
    default:
      return g_strdup (_("When needed"));
    }
}
