/* ft-routine.c — one routine: its name, its target and its steps with their doses.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routine.h"

#include "ft-database-private.h"
#include "ft-routine-private.h"

struct _FtRoutine
{
  GObject         parent_instance;

  gint64          id;
  char           *builtin_key;
  char           *name;
  guint           position;
  guint           target_count;
  FtTargetPeriod  target_period;
  gint64          created_us;
  GPtrArray      *steps;
};

G_DEFINE_FINAL_TYPE (FtRoutine, ft_routine, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (FtRoutineStep, ft_routine_step, ft_routine_step_copy, ft_routine_step_free)

static const char * const sides_keys[] = { "none", "left", "right", "both" };

const char *
ft_sides_to_key (FtSides sides)
{
  return _ft_database_key_for_value (sides_keys, G_N_ELEMENTS (sides_keys), (guint) sides);
}

gboolean
ft_sides_from_key (const char *key,
                   FtSides    *sides)
{
  guint value;

  if (!_ft_database_value_for_key (sides_keys, G_N_ELEMENTS (sides_keys), key, &value))
    return FALSE;

  *sides = (FtSides) value;

  return TRUE;
}

const char *
ft_target_period_to_key (FtTargetPeriod period)
{
  switch (period)
    {
    case FT_TARGET_DAY:
      return "day";
    case FT_TARGET_WEEK:
      return "week";
    case FT_TARGET_NONE:
    default:
      return NULL;
    }
}

gboolean
ft_target_period_from_key (const char     *key,
                           FtTargetPeriod *period)
{
  if (key == NULL)
    *period = FT_TARGET_NONE;
  else if (g_str_equal (key, "day"))
    *period = FT_TARGET_DAY;
  else if (g_str_equal (key, "week"))
    *period = FT_TARGET_WEEK;
  else
    return FALSE;

  return TRUE;
}

/* Steps */

FtRoutineStep *
ft_routine_step_new (const char *exercise_ref,
                     guint       hold_seconds,
                     guint       reps,
                     guint       sets,
                     guint       rest_seconds,
                     FtSides     sides)
{
  FtRoutineStep *step = g_new0 (FtRoutineStep, 1);

  step->exercise_ref = g_strdup (exercise_ref);
  step->hold_seconds = hold_seconds;
  step->reps = reps;
  step->sets = sets;
  step->rest_seconds = rest_seconds;
  step->sides = sides;

  return step;
}

FtRoutineStep *
ft_routine_step_copy (const FtRoutineStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return ft_routine_step_new (step->exercise_ref, step->hold_seconds, step->reps, step->sets,
                              step->rest_seconds, step->sides);
}

void
ft_routine_step_free (FtRoutineStep *step)
{
  if (step == NULL)
    return;

  g_free (step->exercise_ref);
  g_free (step);
}

gboolean
ft_routine_step_equal (const FtRoutineStep *a,
                       const FtRoutineStep *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->exercise_ref, b->exercise_ref) == 0 &&
         a->hold_seconds == b->hold_seconds &&
         a->reps == b->reps &&
         a->sets == b->sets &&
         a->rest_seconds == b->rest_seconds &&
         a->sides == b->sides;
}

guint
ft_routine_step_get_n_sides (const FtRoutineStep *step)
{
  g_return_val_if_fail (step != NULL, 1);

  return step->sides == FT_SIDES_BOTH ? 2 : 1;
}

/* Routine */

static gpointer
copy_step (gconstpointer step,
           gpointer      user_data)
{
  return ft_routine_step_copy (step);
}

static void
ft_routine_finalize (GObject *object)
{
  FtRoutine *self = FT_ROUTINE (object);

  g_clear_pointer (&self->builtin_key, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_routine_parent_class)->finalize (object);
}

static void
ft_routine_class_init (FtRoutineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_routine_finalize;
}

static void
ft_routine_init (FtRoutine *self)
{
}

FtRoutine *
_ft_routine_new (gint64          id,
                 const char     *builtin_key,
                 const char     *name,
                 guint           position,
                 guint           target_count,
                 FtTargetPeriod  target_period,
                 gint64          created_us,
                 GPtrArray      *steps)
{
  FtRoutine *self = g_object_new (FT_TYPE_ROUTINE, NULL);

  self->id = id;
  self->builtin_key = g_strdup (builtin_key);
  self->name = g_strdup (name);
  self->position = position;
  self->target_period = target_count > 0 ? target_period : FT_TARGET_NONE;
  self->target_count = self->target_period == FT_TARGET_NONE ? 0 : target_count;
  self->created_us = created_us;
  self->steps = steps != NULL ? steps
                              : g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_step_free);

  return self;
}

gint64
ft_routine_get_id (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), 0);

  return self->id;
}

const char *
ft_routine_get_builtin_key (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), NULL);

  return self->builtin_key;
}

gboolean
ft_routine_is_builtin (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), FALSE);

  return self->builtin_key != NULL;
}

const char *
ft_routine_get_name (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), NULL);

  return self->name;
}

guint
ft_routine_get_position (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), 0);

  return self->position;
}

guint
ft_routine_get_target_count (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), 0);

  return self->target_count;
}

FtTargetPeriod
ft_routine_get_target_period (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), FT_TARGET_NONE);

  return self->target_period;
}

gint64
ft_routine_get_created_us (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), 0);

  return self->created_us;
}

guint
ft_routine_get_n_steps (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), 0);

  return self->steps->len;
}

const FtRoutineStep *
ft_routine_get_step (FtRoutine *self,
                     guint      index)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, index);
}

GPtrArray *
ft_routine_dup_steps (FtRoutine *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE (self), NULL);

  return g_ptr_array_copy (self->steps, copy_step, NULL);
}

gboolean
ft_routine_equal (FtRoutine *a,
                  FtRoutine *b)
{
  g_return_val_if_fail (FT_IS_ROUTINE (a) && FT_IS_ROUTINE (b), FALSE);

  if (a->id != b->id ||
      g_strcmp0 (a->builtin_key, b->builtin_key) != 0 ||
      g_strcmp0 (a->name, b->name) != 0 ||
      a->position != b->position ||
      a->target_count != b->target_count ||
      a->target_period != b->target_period ||
      a->created_us != b->created_us ||
      a->steps->len != b->steps->len)
    return FALSE;

  for (guint i = 0; i < a->steps->len; i++)
    {
      if (!ft_routine_step_equal (g_ptr_array_index (a->steps, i), g_ptr_array_index (b->steps, i)))
        return FALSE;
    }

  return TRUE;
}
