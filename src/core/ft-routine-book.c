/* ft-routine-book.c — the routines: built-in and the person's own, with their doses.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routine-book.h"

#include "ft-database-private.h"
#include "ft-error.h"
#include "ft-journal-private.h"
#include "ft-routine-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define EXERCISE_REF_MAX_BYTES 100

typedef struct
{
  const char *exercise_ref;
  guint       hold_seconds;
  guint       reps;
  guint       sets;
  guint       rest_seconds;
  FtSides     sides;
} BuiltinStep;

typedef struct
{
  const char     *key;
  const char     *name;
  guint           target_count;
  FtTargetPeriod  target_period;
  BuiltinStep     steps[8];
} BuiltinRoutine;

/* The routines a therapist typically hands out, with the catalog's usual
 * doses. Desk break: every 90 minutes of a working day is about five. */
static const BuiltinRoutine builtins[] = {
  { "desk-break", N_("Desk break"), 5, FT_TARGET_DAY, {
      { "upper-calf-stretch", 30, 0, 1, 0, FT_SIDES_BOTH },
      { "lower-calf-stretch", 30, 0, 1, 0, FT_SIDES_BOTH },
    } },
  { "morning", N_("Morning"), 1, FT_TARGET_DAY, {
      { "seated-towel-calf-stretch", 30, 0, 3, 10, FT_SIDES_BOTH },
      { "foot-scrunch", 5, 10, 1, 0, FT_SIDES_NONE },
      { "plantar-fascia-release", 30, 0, 1, 0, FT_SIDES_BOTH },
    } },
  { "nerve-care", N_("Nerve care"), 1, FT_TARGET_DAY, {
      { "tibial-nerve-glide", 0, 10, 1, 0, FT_SIDES_BOTH },
      { "calf-hamstring-band-stretch", 30, 0, 1, 0, FT_SIDES_BOTH },
      { "big-toe-band-stretch", 30, 0, 1, 0, FT_SIDES_BOTH },
    } },
  /* "3 sets a day": one session a day holds the three sets. */
  { "strength", N_("Strength"), 1, FT_TARGET_DAY, {
      { "foot-scrunch", 5, 10, 3, 30, FT_SIDES_NONE },
      { "heel-raise-parallel", 0, 10, 3, 30, FT_SIDES_NONE },
      { "heel-raise-turned-in", 0, 10, 3, 30, FT_SIDES_NONE },
      { "heel-raise-turned-out", 0, 10, 3, 30, FT_SIDES_NONE },
    } },
  /* Release before stretching; the plantar fascia last. */
  { "release-then-stretch", N_("Release then stretch"), 1, FT_TARGET_DAY, {
      { "soleus-release", 60, 0, 1, 0, FT_SIDES_BOTH },
      { "posterior-tibialis-release", 60, 0, 1, 0, FT_SIDES_BOTH },
      { "gastrocnemius-release", 60, 0, 1, 0, FT_SIDES_BOTH },
      { "upper-calf-stretch", 30, 0, 1, 0, FT_SIDES_BOTH },
      { "lower-calf-stretch", 30, 0, 1, 0, FT_SIDES_BOTH },
      { "shin-peroneal-stretch", 20, 0, 1, 0, FT_SIDES_BOTH },
      { "plantar-fascia-release", 60, 0, 1, 0, FT_SIDES_BOTH },
    } },
  /* When burning wakes them: no target. */
  { "night", N_("Night"), 0, FT_TARGET_NONE, {
      { "peroneal-massage", 60, 0, 1, 0, FT_SIDES_BOTH },
    } },
};

static const char * const builtin_keys[] = {
  "desk-break", "morning", "nerve-care", "strength", "release-then-stretch", "night", NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (builtin_keys) == G_N_ELEMENTS (builtins) + 1);

struct _FtRoutineDeletion
{
  FtRoutine *routine;
  GArray    *session_ids;   /* gint64 */
  GArray    *event_ids;     /* gint64: the routine_event rows that named it */
  gint64     removed_id;    /* the routine_event row the deletion wrote */
};

struct _FtRoutineBook
{
  GObject              parent_instance;

  FtJournal           *journal;
  FtDatabase          *database;
  GPtrArray           *routines;   /* FtRoutine, in list order */

  FtExerciseCheckFunc  check_func;
  gpointer             check_data;
  GDestroyNotify       check_destroy;
};

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FtRoutineBook, ft_routine_book, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static guint signals[N_SIGNALS];

/* Deletions */

FtRoutineDeletion *
ft_routine_deletion_copy (FtRoutineDeletion *deletion)
{
  FtRoutineDeletion *copy;

  g_return_val_if_fail (deletion != NULL, NULL);

  copy = g_new0 (FtRoutineDeletion, 1);
  copy->routine = g_object_ref (deletion->routine);
  copy->session_ids = g_array_copy (deletion->session_ids);
  copy->event_ids = g_array_copy (deletion->event_ids);
  copy->removed_id = deletion->removed_id;

  return copy;
}

void
ft_routine_deletion_free (FtRoutineDeletion *deletion)
{
  if (deletion == NULL)
    return;

  g_clear_object (&deletion->routine);
  g_clear_pointer (&deletion->session_ids, g_array_unref);
  g_clear_pointer (&deletion->event_ids, g_array_unref);
  g_free (deletion);
}

G_DEFINE_BOXED_TYPE (FtRoutineDeletion, ft_routine_deletion, ft_routine_deletion_copy,
                     ft_routine_deletion_free)

FtRoutine *
ft_routine_deletion_get_routine (FtRoutineDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, NULL);

  return deletion->routine;
}

guint
ft_routine_deletion_get_n_sessions (FtRoutineDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, 0);

  return deletion->session_ids->len;
}

/* Helpers */

static const BuiltinRoutine *
find_builtin (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (builtins); i++)
    {
      if (g_str_equal (builtins[i].key, key))
        return &builtins[i];
    }

  return NULL;
}

static GPtrArray *
builtin_steps (const BuiltinRoutine *builtin)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_step_free);

  for (guint s = 0; s < G_N_ELEMENTS (builtin->steps) && builtin->steps[s].exercise_ref != NULL; s++)
    {
      const BuiltinStep *b = &builtin->steps[s];

      g_ptr_array_add (steps, ft_routine_step_new (b->exercise_ref, b->hold_seconds, b->reps,
                                                   b->sets, b->rest_seconds, b->sides));
    }

  return steps;
}

static gboolean
not_found (GError **error)
{
  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       _("This routine is no longer in the journal; it may have been deleted"));
  return FALSE;
}

static gboolean
check_name (const char  *name,
            char       **trimmed,
            GError     **error)
{
  g_autofree char *copy = NULL;
  glong length;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("The name is not valid text, so it was not saved"));
      return FALSE;
    }

  copy = g_strstrip (g_strdup (name));
  length = g_utf8_strlen (copy, -1);
  if (length < 1)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, _("A routine needs a name"));
      return FALSE;
    }

  if (length > FT_ROUTINE_NAME_MAX_CHARS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A routine name can be up to %d characters long"), FT_ROUTINE_NAME_MAX_CHARS);
      return FALSE;
    }

  *trimmed = g_steal_pointer (&copy);

  return TRUE;
}

static gboolean
check_target (guint            count,
              FtTargetPeriod   period,
              GError         **error)
{
  switch (period)
    {
    case FT_TARGET_NONE:
      return TRUE;

    case FT_TARGET_DAY:
      if (count >= 1 && count <= FT_ROUTINE_DAY_TARGET_MAX)
        return TRUE;
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A daily target is 1 to %d times a day"), FT_ROUTINE_DAY_TARGET_MAX);
      return FALSE;

    case FT_TARGET_WEEK:
      if (count >= 1 && count <= FT_ROUTINE_WEEK_TARGET_MAX)
        return TRUE;
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A weekly target is 1 to %d days a week"), FT_ROUTINE_WEEK_TARGET_MAX);
      return FALSE;

    default:
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A target is per day, per week, or none"));
      return FALSE;
    }
}

static gboolean
check_step (FtRoutineBook        *self,
            guint                 number,
            const FtRoutineStep  *step,
            GError              **error)
{
  const char *ref = step->exercise_ref;

  if (ref == NULL || *ref == '\0' || strlen (ref) > EXERCISE_REF_MAX_BYTES ||
      !g_utf8_validate (ref, -1, NULL))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u does not name an exercise"), number);
      return FALSE;
    }

  if (self->check_func != NULL && !self->check_func (ref, self->check_data))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u names an exercise that is not in the library; "
                     "choose another exercise or remove the step"),
                   number);
      return FALSE;
    }

  if (step->hold_seconds > FT_ROUTINE_HOLD_MAX_SECONDS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u: a hold lasts 1 to %d seconds"), number, FT_ROUTINE_HOLD_MAX_SECONDS);
      return FALSE;
    }

  if (step->reps > FT_ROUTINE_REPS_MAX)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u: a set has 1 to %d repetitions"), number, FT_ROUTINE_REPS_MAX);
      return FALSE;
    }

  if (step->hold_seconds == 0 && step->reps == 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u needs a hold time, a number of repetitions, or both"), number);
      return FALSE;
    }

  if (step->sets < 1 || step->sets > FT_ROUTINE_SETS_MAX)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u: a step has 1 to %d sets"), number, FT_ROUTINE_SETS_MAX);
      return FALSE;
    }

  if (step->rest_seconds > FT_ROUTINE_REST_MAX_SECONDS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u: the rest between sets is 0 to %d seconds"), number,
                   FT_ROUTINE_REST_MAX_SECONDS);
      return FALSE;
    }

  if (ft_sides_to_key (step->sides) == NULL)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Step %u: the side is left, right, both in turn, or none"), number);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_steps (FtRoutineBook  *self,
             GPtrArray      *steps,
             GError        **error)
{
  if (steps == NULL)
    return TRUE;

  if (steps->len > FT_ROUTINE_MAX_STEPS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A routine can have up to %d steps"), FT_ROUTINE_MAX_STEPS);
      return FALSE;
    }

  for (guint i = 0; i < steps->len; i++)
    {
      const FtRoutineStep *step = g_ptr_array_index (steps, i);

      g_return_val_if_fail (step != NULL, FALSE);

      if (!check_step (self, i + 1, step, error))
        return FALSE;
    }

  return TRUE;
}

static void
bind_optional (sqlite3_stmt *stmt,
               int           column,
               guint         value)
{
  if (value > 0)
    sqlite3_bind_int (stmt, column, (int) value);
  else
    sqlite3_bind_null (stmt, column);
}

static gboolean
insert_steps (FtDatabase  *database,
              gint64       routine_id,
              GPtrArray   *steps,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (steps == NULL || steps->len == 0)
    return TRUE;

  if (!_ft_database_prepare (database,
                             "INSERT INTO routine_step (routine_id, position, exercise_ref, hold_s, "
                             "reps, sets, rest_s, sides) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             &stmt, error))
    return FALSE;

  for (guint i = 0; i < steps->len; i++)
    {
      const FtRoutineStep *step = g_ptr_array_index (steps, i);

      sqlite3_bind_int64 (stmt, 1, routine_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, step->exercise_ref, -1, SQLITE_TRANSIENT);
      bind_optional (stmt, 4, step->hold_seconds);
      bind_optional (stmt, 5, step->reps);
      sqlite3_bind_int (stmt, 6, (int) step->sets);
      sqlite3_bind_int (stmt, 7, (int) step->rest_seconds);
      sqlite3_bind_text (stmt, 8, ft_sides_to_key (step->sides), -1, SQLITE_STATIC);

      if (!_ft_database_step_done (database, stmt, error))
        return FALSE;

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }

  return TRUE;
}

static gboolean
replace_steps (FtDatabase  *database,
               gint64       routine_id,
               GPtrArray   *steps,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database, "DELETE FROM routine_step WHERE routine_id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, routine_id);

  return _ft_database_step_done (database, stmt, error) &&
         insert_steps (database, routine_id, steps, error);
}

static gboolean
update_target (FtDatabase      *database,
               gint64           routine_id,
               guint            target_count,
               FtTargetPeriod   target_period,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database,
                             "UPDATE routine SET target_count = ?2, target_period = ?3 WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, routine_id);
  if (target_period != FT_TARGET_NONE)
    {
      sqlite3_bind_int (stmt, 2, (int) target_count);
      sqlite3_bind_text (stmt, 3, ft_target_period_to_key (target_period), -1, SQLITE_STATIC);
    }

  return _ft_database_step_done (database, stmt, error);
}

static gboolean
write_name (FtDatabase  *database,
            gint64       routine_id,
            const char  *name,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database, "UPDATE routine SET name = ?2 WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, routine_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);

  return _ft_database_step_done (database, stmt, error);
}

/* @id 0: a new id. @position G_MAXUINT: at the end. */
static gboolean
insert_routine (FtDatabase      *database,
                gint64           id,
                const char      *builtin_key,
                const char      *name,
                guint            position,
                guint            target_count,
                FtTargetPeriod   target_period,
                gint64           created_us,
                gint64          *new_id,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database,
                             "INSERT INTO routine (id, builtin_key, name, position, target_count, "
                             "target_period, created_us) VALUES (?1, ?2, ?3, "
                             "coalesce (?4, (SELECT coalesce (max (position) + 1, 0) FROM routine)), "
                             "?5, ?6, ?7)",
                             &stmt, error))
    return FALSE;

  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  if (builtin_key != NULL)
    sqlite3_bind_text (stmt, 2, builtin_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
  if (position != G_MAXUINT)
    sqlite3_bind_int (stmt, 4, (int) position);
  if (target_period != FT_TARGET_NONE)
    {
      sqlite3_bind_int (stmt, 5, (int) target_count);
      sqlite3_bind_text (stmt, 6, ft_target_period_to_key (target_period), -1, SQLITE_STATIC);
    }
  sqlite3_bind_int64 (stmt, 7, created_us);

  if (!_ft_database_step_done (database, stmt, error))
    return FALSE;

  *new_id = sqlite3_last_insert_rowid (_ft_database_get_handle (database));

  return TRUE;
}

/* Numbers the routines 0, 1, 2… in their current order. */
static gboolean
renumber (FtDatabase  *database,
          GError     **error)
{
  return _ft_database_exec (database,
                            "WITH ordered AS (SELECT id, row_number () OVER "
                            "                   (ORDER BY position, id) - 1 AS place FROM routine) "
                            "UPDATE routine SET position = (SELECT place FROM ordered "
                            "                               WHERE ordered.id = routine.id) "
                            "WHERE position IS NOT (SELECT place FROM ordered "
                            "                       WHERE ordered.id = routine.id)",
                            error);
}

/* Makes room at @position by moving it and everything after one down. */
static gboolean
open_gap (FtDatabase  *database,
          guint        position,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database,
                             "UPDATE routine SET position = position + 1 WHERE position >= ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int (stmt, 1, (int) position);

  return _ft_database_step_done (database, stmt, error);
}

/* Program changes */

/* The target as a phrase for a routine_event's detail: "Daily", "5 times a
 * day", "3 days a week"; NULL without a target. */
static char *
target_phrase (guint          count,
               FtTargetPeriod period)
{
  switch (period)
    {
    case FT_TARGET_DAY:
      if (count == 1)
        return g_strdup (_("Daily"));
      /* Translators: a routine's target, as a short phrase. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time a day", "%u times a day",
                                           count), count);

    case FT_TARGET_WEEK:
      /* Translators: a routine's target, as a short phrase. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day a week", "%u days a week",
                                           count), count);

    case FT_TARGET_NONE:
    default:
      return NULL;
    }
}

/* What changed in the routine's program, as a routine_event's detail
 * ("Now daily", "New steps"), or NULL when neither its steps nor its target
 * changed. @steps NULL: the steps stay. */
static char *
change_detail (FtRoutine      *routine,
               guint           target_count,
               FtTargetPeriod  target_period,
               GPtrArray      *steps)
{
  gboolean new_target;
  gboolean new_steps = FALSE;
  g_autofree char *target = NULL;

  if (target_period == FT_TARGET_NONE)
    target_count = 0;

  new_target = ft_routine_get_target_period (routine) != target_period ||
               ft_routine_get_target_count (routine) != target_count;

  if (steps != NULL)
    {
      new_steps = steps->len != ft_routine_get_n_steps (routine);
      for (guint i = 0; !new_steps && i < steps->len; i++)
        new_steps = !ft_routine_step_equal (g_ptr_array_index (steps, i),
                                            ft_routine_get_step (routine, i));
    }

  if (!new_target && !new_steps)
    return NULL;

  if (!new_target)
    return g_strdup (_("New steps"));

  switch (target_period)
    {
    case FT_TARGET_DAY:
      if (target_count == 1)
        target = g_strdup (_("Now daily"));
      else
        /* Translators: a routine's new target, as a short phrase. */
        target = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Now %u time a day",
                                               "Now %u times a day", target_count),
                                  target_count);
      break;

    case FT_TARGET_WEEK:
      /* Translators: a routine's new target, as a short phrase. */
      target = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Now %u day a week",
                                             "Now %u days a week", target_count),
                                target_count);
      break;

    case FT_TARGET_NONE:
    default:
      target = g_strdup (_("Now without a target"));
      break;
    }

  if (!new_steps)
    return g_steal_pointer (&target);

  /* Translators: %s is a routine's new target ("Now daily"). */
  return g_strdup_printf (_("%s, with new steps"), target);
}

/* Writes one routine_event row dated @day_key; @routine_id 0 for none. */
static gboolean
write_event (FtDatabase  *database,
             const char  *day_key,
             gint64       created_us,
             gint64       routine_id,
             const char  *routine_name,
             const char  *kind,
             const char  *detail,
             gint64      *event_id,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database,
                             "INSERT INTO routine_event (day, routine_id, routine_name, kind, "
                             "detail, created_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, day_key, -1, SQLITE_TRANSIENT);
  if (routine_id > 0)
    sqlite3_bind_int64 (stmt, 2, routine_id);
  sqlite3_bind_text (stmt, 3, routine_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, kind, -1, SQLITE_STATIC);
  if (detail != NULL)
    sqlite3_bind_text (stmt, 5, detail, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, created_us);

  if (!_ft_database_step_done (database, stmt, error))
    return FALSE;

  if (event_id != NULL)
    *event_id = sqlite3_last_insert_rowid (_ft_database_get_handle (database));

  return TRUE;
}

/* The day program changes are dated: the journal's today. */
static void
today_key (FtRoutineBook *self,
           char           key[11])
{
  GDate today;

  ft_journal_get_today (self->journal, &today);
  _ft_journal_day_key (&today, key);
}

static gboolean
record_event (FtRoutineBook  *self,
              gint64          routine_id,
              const char     *routine_name,
              const char     *kind,
              const char     *detail,
              gint64         *event_id,
              GError        **error)
{
  char day[11];

  today_key (self, day);

  return write_event (self->database, day, _ft_journal_get_now_us (self->journal), routine_id,
                      routine_name, kind, detail, event_id, error);
}

/* @event_day: (nullable): the day to record the routine as added on; NULL
 * records nothing (built-ins offered at load are not a change). */
static gboolean
add_builtin (FtDatabase            *database,
             const BuiltinRoutine  *builtin,
             gint64                 created_us,
             const char            *event_day,
             GError               **error)
{
  g_autoptr(GPtrArray) steps = builtin_steps (builtin);
  g_autofree char *detail = NULL;
  gint64 id;

  if (!insert_routine (database, 0, builtin->key, _(builtin->name), G_MAXUINT,
                       builtin->target_count, builtin->target_period, created_us, &id, error) ||
      !insert_steps (database, id, steps, error))
    return FALSE;

  if (event_day == NULL)
    return TRUE;

  detail = target_phrase (builtin->target_count, builtin->target_period);

  return write_event (database, event_day, created_us, id, _(builtin->name), "added", detail,
                      NULL, error);
}

/* Adds the built-ins that have no routine; @only_new: only those never
 * offered to this journal. Records each as offered, and as added on
 * @event_day unless that is NULL. */
static gboolean
add_missing_builtins (FtDatabase  *database,
                      gboolean     only_new,
                      gint64       created_us,
                      const char  *event_day,
                      guint       *n_added,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) missing = NULL;
  g_autoptr(sqlite3_stmt) offered = NULL;

  *n_added = 0;

  if (!renumber (database, error) ||
      !_ft_database_prepare (database,
                             "SELECT NOT EXISTS (SELECT 1 FROM routine WHERE builtin_key = ?1) "
                             "   AND (?2 = 0 OR NOT EXISTS (SELECT 1 FROM builtin_routine "
                             "                              WHERE key = ?1))",
                             &missing, error) ||
      !_ft_database_prepare (database,
                             "INSERT OR IGNORE INTO builtin_routine (key, added_us) VALUES (?1, ?2)",
                             &offered, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    {
      int rc;

      sqlite3_bind_text (missing, 1, builtins[i].key, -1, SQLITE_STATIC);
      sqlite3_bind_int (missing, 2, only_new ? 1 : 0);
      rc = sqlite3_step (missing);
      if (rc != SQLITE_ROW)
        return _ft_database_fail (database, rc, error);

      if (sqlite3_column_int (missing, 0) != 0)
        {
          if (!add_builtin (database, &builtins[i], created_us, event_day, error))
            return FALSE;
          (*n_added)++;
        }
      sqlite3_reset (missing);

      sqlite3_bind_text (offered, 1, builtins[i].key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (offered, 2, created_us);
      if (!_ft_database_step_done (database, offered, error))
        return FALSE;
      sqlite3_reset (offered);
    }

  return TRUE;
}

gboolean
_ft_routine_book_seed (FtDatabase  *database,
                       gint64       created_us,
                       GError     **error)
{
  guint n_added;

  g_return_val_if_fail (FT_IS_DATABASE (database), FALSE);

  return add_missing_builtins (database, TRUE, created_us, NULL, &n_added, error);
}

/* Reads routines (all, or the one with @only_id) with their steps. */
static GPtrArray *
query_routines (FtDatabase  *database,
                gint64       only_id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) step_stmt = NULL;
  g_autoptr(GPtrArray) routines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) steps_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                             (GDestroyNotify) g_ptr_array_unref);
  int rc;

  if (!_ft_database_prepare (database,
                             "SELECT id, position, exercise_ref, hold_s, reps, sets, rest_s, sides, "
                             "       routine_id "
                             "FROM routine_step WHERE ?1 = 0 OR routine_id = ?1 "
                             "ORDER BY routine_id, position",
                             &step_stmt, error))
    return NULL;

  sqlite3_bind_int64 (step_stmt, 1, only_id);
  while ((rc = sqlite3_step (step_stmt)) == SQLITE_ROW)
    {
      gint64 routine_id = sqlite3_column_int64 (step_stmt, 8);
      GPtrArray *steps = g_hash_table_lookup (steps_by_id, &routine_id);
      FtSides sides = FT_SIDES_NONE;

      if (steps == NULL)
        {
          steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_step_free);
          g_hash_table_insert (steps_by_id, g_memdup2 (&routine_id, sizeof routine_id), steps);
        }

      ft_sides_from_key ((const char *) sqlite3_column_text (step_stmt, 7), &sides);
      g_ptr_array_add (steps,
                       ft_routine_step_new ((const char *) sqlite3_column_text (step_stmt, 2),
                                            (guint) sqlite3_column_int (step_stmt, 3),
                                            (guint) sqlite3_column_int (step_stmt, 4),
                                            (guint) sqlite3_column_int (step_stmt, 5),
                                            (guint) sqlite3_column_int (step_stmt, 6),
                                            sides));
    }
  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (database, rc, error);
      return NULL;
    }

  if (!_ft_database_prepare (database,
                             "SELECT id, builtin_key, name, position, target_count, target_period, "
                             "       created_us "
                             "FROM routine WHERE ?1 = 0 OR id = ?1 ORDER BY position, id",
                             &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, only_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      FtTargetPeriod period = FT_TARGET_NONE;
      gpointer steps = NULL;
      gpointer key = NULL;

      ft_target_period_from_key ((const char *) sqlite3_column_text (stmt, 5), &period);
      if (g_hash_table_steal_extended (steps_by_id, &id, &key, &steps))
        g_free (key);
      g_ptr_array_add (routines,
                       _ft_routine_new (id,
                                        (const char *) sqlite3_column_text (stmt, 1),
                                        (const char *) sqlite3_column_text (stmt, 2),
                                        (guint) sqlite3_column_int (stmt, 3),
                                        (guint) sqlite3_column_int (stmt, 4),
                                        period,
                                        sqlite3_column_int64 (stmt, 6),
                                        steps));
    }
  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&routines);
}

/* Replaces the model's rows with @fresh, telling views only about the rows
 * that differ. */
static void
apply_routines (FtRoutineBook *self,
                GPtrArray     *fresh)
{
  guint old_len = self->routines->len;
  guint new_len = fresh->len;
  guint prefix = 0;
  guint suffix = 0;
  g_autoptr(GPtrArray) old = NULL;

  while (prefix < old_len && prefix < new_len &&
         ft_routine_equal (g_ptr_array_index (self->routines, prefix),
                           g_ptr_array_index (fresh, prefix)))
    prefix++;

  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         ft_routine_equal (g_ptr_array_index (self->routines, old_len - 1 - suffix),
                           g_ptr_array_index (fresh, new_len - 1 - suffix)))
    suffix++;

  old = g_steal_pointer (&self->routines);
  self->routines = g_ptr_array_ref (fresh);

  if (prefix == old_len && prefix == new_len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix - suffix,
                              new_len - prefix - suffix);
}

/* After a committed change: the model follows the journal. A failure to
 * read back is reported but the change stays saved. */
static void
refresh (FtRoutineBook *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fresh = query_routines (self->database, 0, &error);

  if (fresh == NULL)
    g_warning ("Could not read the routines back: %s", error->message);
  else
    apply_routines (self, fresh);

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static gboolean
finish (FtRoutineBook  *self,
        gboolean        ok,
        GError        **error)
{
  if (!_ft_database_finish (self->database, ok, error))
    return FALSE;

  refresh (self);

  return TRUE;
}

static gboolean
routine_exists (FtRoutineBook  *self,
                gint64          routine_id,
                guint          *position,
                GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!_ft_database_prepare (self->database, "SELECT position FROM routine WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, routine_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return not_found (error);
  if (rc != SQLITE_ROW)
    return _ft_database_fail (self->database, rc, error);

  if (position != NULL)
    *position = (guint) sqlite3_column_int (stmt, 0);

  return TRUE;
}

/* What an edit of one routine changes; a part without its with_ flag, or
 * NULL steps, stays as it is. */
typedef struct
{
  gboolean        with_name;
  const char     *name;
  gboolean        with_target;
  guint           target_count;
  FtTargetPeriod  target_period;
  GPtrArray      *steps;
} RoutineEdit;

/* Checks every part of @edit before anything is written, then writes them
 * all in one transaction: a refusal anywhere leaves the routine as it was,
 * and views hear of the edit once. A new target or new steps are recorded
 * as a change to the program; a new name alone is not. */
static gboolean
edit_routine (FtRoutineBook      *self,
              gint64              routine_id,
              const RoutineEdit  *edit,
              GError            **error)
{
  g_autoptr(FtRoutine) before = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *detail = NULL;
  gboolean ok;

  if ((edit->with_name && !check_name (edit->name, &trimmed, error)) ||
      (edit->with_target && !check_target (edit->target_count, edit->target_period, error)) ||
      (edit->steps != NULL && !check_steps (self, edit->steps, error)))
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = (before = ft_routine_book_get (self, routine_id, error)) != NULL;
  if (ok)
    detail = change_detail (before,
                            edit->with_target ? edit->target_count
                                              : ft_routine_get_target_count (before),
                            edit->with_target ? edit->target_period
                                              : ft_routine_get_target_period (before),
                            edit->steps);

  ok = ok &&
       (!edit->with_name || write_name (self->database, routine_id, trimmed, error)) &&
       (!edit->with_target || update_target (self->database, routine_id, edit->target_count,
                                             edit->target_period, error)) &&
       (edit->steps == NULL || replace_steps (self->database, routine_id, edit->steps, error)) &&
       (detail == NULL ||
        record_event (self, routine_id, edit->with_name ? trimmed : ft_routine_get_name (before),
                      "changed", detail, NULL, error));

  return finish (self, ok, error);
}

static gboolean
catalog_check (const char *exercise_ref,
               gpointer    user_data)
{
  return ft_exercise_catalog_lookup (FT_EXERCISE_CATALOG (user_data), exercise_ref) != NULL;
}

/* GListModel */

static GType
ft_routine_book_get_item_type (GListModel *model)
{
  return FT_TYPE_ROUTINE;
}

static guint
ft_routine_book_get_n_items (GListModel *model)
{
  return FT_ROUTINE_BOOK (model)->routines->len;
}

static gpointer
ft_routine_book_get_item (GListModel *model,
                          guint       position)
{
  FtRoutineBook *self = FT_ROUTINE_BOOK (model);

  if (position >= self->routines->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->routines, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ft_routine_book_get_item_type;
  iface->get_n_items = ft_routine_book_get_n_items;
  iface->get_item = ft_routine_book_get_item;
}

/* GObject */

static void
clear_check (FtRoutineBook *self)
{
  if (self->check_destroy != NULL)
    self->check_destroy (self->check_data);

  self->check_func = NULL;
  self->check_data = NULL;
  self->check_destroy = NULL;
}

static void
ft_routine_book_dispose (GObject *object)
{
  FtRoutineBook *self = FT_ROUTINE_BOOK (object);

  clear_check (self);
  g_clear_object (&self->journal);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ft_routine_book_parent_class)->dispose (object);
}

static void
ft_routine_book_finalize (GObject *object)
{
  FtRoutineBook *self = FT_ROUTINE_BOOK (object);

  g_clear_pointer (&self->routines, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_routine_book_parent_class)->finalize (object);
}

static void
ft_routine_book_class_init (FtRoutineBookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ft_routine_book_dispose;
  object_class->finalize = ft_routine_book_finalize;

  /**
   * FtRoutineBook::changed:
   *
   * Emitted after every change the book makes, once the model is up to date.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
ft_routine_book_init (FtRoutineBook *self)
{
  self->routines = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

FtRoutineBook *
ft_routine_book_new (FtJournal *journal)
{
  FtRoutineBook *self;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);

  self = g_object_new (FT_TYPE_ROUTINE_BOOK, NULL);
  self->journal = g_object_ref (journal);
  self->database = g_object_ref (ft_journal_get_database (journal));

  return self;
}

gboolean
ft_routine_book_load (FtRoutineBook  *self,
                      GError        **error)
{
  guint n_added = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = add_missing_builtins (self->database, TRUE, _ft_journal_get_now_us (self->journal), NULL,
                             &n_added, error);

  return finish (self, ok, error);
}

gboolean
ft_routine_book_reload (FtRoutineBook  *self,
                        GError        **error)
{
  g_autoptr(GPtrArray) fresh = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);

  fresh = query_routines (self->database, 0, error);
  if (fresh == NULL)
    return FALSE;

  apply_routines (self, fresh);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);

  return TRUE;
}

void
ft_routine_book_set_catalog (FtRoutineBook     *self,
                             FtExerciseCatalog *catalog)
{
  g_return_if_fail (FT_IS_ROUTINE_BOOK (self));
  g_return_if_fail (catalog == NULL || FT_IS_EXERCISE_CATALOG (catalog));

  if (catalog == NULL)
    ft_routine_book_set_exercise_check (self, NULL, NULL, NULL);
  else
    ft_routine_book_set_exercise_check (self, catalog_check, g_object_ref (catalog),
                                        g_object_unref);
}

void
ft_routine_book_set_exercise_check (FtRoutineBook       *self,
                                    FtExerciseCheckFunc  func,
                                    gpointer             user_data,
                                    GDestroyNotify       destroy)
{
  g_return_if_fail (FT_IS_ROUTINE_BOOK (self));

  clear_check (self);
  self->check_func = func;
  self->check_data = user_data;
  self->check_destroy = destroy;
}

FtRoutine *
ft_routine_book_get (FtRoutineBook  *self,
                     gint64          routine_id,
                     GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), NULL);

  if (routine_id <= 0)
    {
      not_found (error);
      return NULL;
    }

  found = query_routines (self->database, routine_id, error);
  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      not_found (error);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

FtRoutine *
ft_routine_book_get_builtin (FtRoutineBook *self,
                             const char    *key)
{
  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < self->routines->len; i++)
    {
      FtRoutine *routine = g_ptr_array_index (self->routines, i);

      if (g_strcmp0 (ft_routine_get_builtin_key (routine), key) == 0)
        return g_object_ref (routine);
    }

  return NULL;
}

FtRoutine *
ft_routine_book_create (FtRoutineBook   *self,
                        const char      *name,
                        GPtrArray       *steps,
                        guint            target_count,
                        FtTargetPeriod   target_period,
                        GError         **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *detail = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), NULL);

  if (!check_name (name, &trimmed, error) ||
      !check_target (target_count, target_period, error) ||
      !check_steps (self, steps, error))
    return NULL;

  if (!_ft_database_begin (self->database, error))
    return NULL;

  detail = target_phrase (target_count, target_period);
  ok = renumber (self->database, error) &&
       insert_routine (self->database, 0, NULL, trimmed, G_MAXUINT, target_count, target_period,
                       _ft_journal_get_now_us (self->journal), &id, error) &&
       insert_steps (self->database, id, steps, error) &&
       record_event (self, id, trimmed, "added", detail, NULL, error);

  if (!finish (self, ok, error))
    return NULL;

  return ft_routine_book_get (self, id, error);
}

gboolean
ft_routine_book_rename (FtRoutineBook  *self,
                        gint64          routine_id,
                        const char     *name,
                        GError        **error)
{
  RoutineEdit edit = { .with_name = TRUE, .name = name };

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);

  return edit_routine (self, routine_id, &edit, error);
}

FtRoutine *
ft_routine_book_duplicate (FtRoutineBook  *self,
                           gint64          routine_id,
                           GError        **error)
{
  g_autoptr(FtRoutine) original = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autofree char *name = NULL;
  g_autofree char *base = NULL;
  g_autofree char *detail = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), NULL);

  if (!_ft_database_begin (self->database, error))
    return NULL;

  ok = renumber (self->database, error) &&
       (original = ft_routine_book_get (self, routine_id, error)) != NULL;

  if (ok)
    {
      const char *original_name = ft_routine_get_name (original);
      glong length = g_utf8_strlen (original_name, -1);

      /* Translators: the name of a copy of a routine; %s is the original's name. */
      name = g_strdup_printf (_("%s (copy)"), original_name);
      if (g_utf8_strlen (name, -1) > FT_ROUTINE_NAME_MAX_CHARS)
        {
          /* Shorten the original's name so that the whole fits. */
          glong over = g_utf8_strlen (name, -1) - FT_ROUTINE_NAME_MAX_CHARS;

          base = g_utf8_substring (original_name, 0, MAX (length - over, 1));
          g_free (name);
          name = g_strdup_printf (_("%s (copy)"), base);
        }
      steps = ft_routine_dup_steps (original);
      detail = target_phrase (ft_routine_get_target_count (original),
                              ft_routine_get_target_period (original));

      ok = open_gap (self->database, ft_routine_get_position (original) + 1, error) &&
           insert_routine (self->database, 0, NULL, name, ft_routine_get_position (original) + 1,
                           ft_routine_get_target_count (original),
                           ft_routine_get_target_period (original),
                           _ft_journal_get_now_us (self->journal), &id, error) &&
           insert_steps (self->database, id, steps, error) &&
           record_event (self, id, name, "added", detail, NULL, error);
    }

  if (!finish (self, ok, error))
    return NULL;

  return ft_routine_book_get (self, id, error);
}

gboolean
ft_routine_book_move (FtRoutineBook  *self,
                      gint64          routine_id,
                      guint           position,
                      GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint old_position = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = renumber (self->database, error) &&
       routine_exists (self, routine_id, &old_position, error) &&
       _ft_database_prepare (self->database,
                             "UPDATE routine SET position = CASE "
                             "  WHEN id = ?1 THEN ?3 "
                             "  WHEN ?3 < ?2 AND position >= ?3 AND position < ?2 THEN position + 1 "
                             "  WHEN ?3 > ?2 AND position > ?2 AND position <= ?3 THEN position - 1 "
                             "  ELSE position END",
                             &stmt, error);
  if (ok)
    {
      /* Past the end lands past the end; renumbering makes it the last. */
      sqlite3_bind_int64 (stmt, 1, routine_id);
      sqlite3_bind_int (stmt, 2, (int) old_position);
      sqlite3_bind_int (stmt, 3, (int) MIN (position, G_MAXINT));
      ok = _ft_database_step_done (self->database, stmt, error) &&
           renumber (self->database, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  return finish (self, ok, error);
}

gboolean
ft_routine_book_set_steps (FtRoutineBook  *self,
                           gint64          routine_id,
                           GPtrArray      *steps,
                           GError        **error)
{
  RoutineEdit edit = { .steps = steps };

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);
  g_return_val_if_fail (steps != NULL, FALSE);

  return edit_routine (self, routine_id, &edit, error);
}

gboolean
ft_routine_book_set_target (FtRoutineBook   *self,
                            gint64           routine_id,
                            guint            target_count,
                            FtTargetPeriod   target_period,
                            GError         **error)
{
  RoutineEdit edit = {
    .with_target = TRUE,
    .target_count = target_count,
    .target_period = target_period,
  };

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);

  return edit_routine (self, routine_id, &edit, error);
}

gboolean
ft_routine_book_update (FtRoutineBook   *self,
                        gint64           routine_id,
                        const char      *name,
                        guint            target_count,
                        FtTargetPeriod   target_period,
                        GPtrArray       *steps,
                        GError         **error)
{
  RoutineEdit edit = {
    .with_name = TRUE,
    .name = name,
    .with_target = TRUE,
    .target_count = target_count,
    .target_period = target_period,
    .steps = steps,
  };

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);
  g_return_val_if_fail (steps != NULL, FALSE);

  return edit_routine (self, routine_id, &edit, error);
}

FtRoutineDeletion *
ft_routine_book_delete (FtRoutineBook  *self,
                        gint64          routine_id,
                        GError        **error)
{
  g_autoptr(FtRoutineDeletion) deletion = g_new0 (FtRoutineDeletion, 1);
  g_autoptr(sqlite3_stmt) sessions = NULL;
  g_autoptr(sqlite3_stmt) remove = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), NULL);

  deletion->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  deletion->event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!_ft_database_begin (self->database, error))
    return NULL;

  ok = renumber (self->database, error) &&
       (deletion->routine = ft_routine_book_get (self, routine_id, error)) != NULL &&
       _ft_database_prepare (self->database,
                             "SELECT id, 0 FROM session WHERE routine_id = ?1 "
                             "UNION ALL SELECT id, 1 FROM routine_event WHERE routine_id = ?1 "
                             "ORDER BY 2, 1",
                             &sessions, error) &&
       _ft_database_prepare (self->database, "DELETE FROM routine WHERE id = ?1", &remove, error);

  if (ok)
    {
      sqlite3_bind_int64 (sessions, 1, routine_id);
      while ((rc = sqlite3_step (sessions)) == SQLITE_ROW)
        {
          gint64 row_id = sqlite3_column_int64 (sessions, 0);

          if (sqlite3_column_int (sessions, 1) == 0)
            g_array_append_val (deletion->session_ids, row_id);
          else
            g_array_append_val (deletion->event_ids, row_id);
        }
      ok = rc == SQLITE_DONE || _ft_database_fail (self->database, rc, error);
    }

  if (ok)
    {
      sqlite3_bind_int64 (remove, 1, routine_id);
      ok = _ft_database_step_done (self->database, remove, error) &&
           renumber (self->database, error) &&
           record_event (self, 0, ft_routine_get_name (deletion->routine), "removed", NULL,
                         &deletion->removed_id, error);
    }
  g_clear_pointer (&sessions, sqlite3_finalize);
  g_clear_pointer (&remove, sqlite3_finalize);

  if (!finish (self, ok, error))
    return NULL;

  return g_steal_pointer (&deletion);
}

gboolean
ft_routine_book_restore (FtRoutineBook      *self,
                         FtRoutineDeletion  *deletion,
                         GError            **error)
{
  FtRoutine *routine;
  g_autoptr(sqlite3_stmt) taken = NULL;
  g_autoptr(sqlite3_stmt) relink = NULL;
  g_autoptr(sqlite3_stmt) events = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GString) ids = g_string_new ("[");
  g_autoptr(GString) event_ids = g_string_new ("[");
  const char *key;
  gint64 id = 0;
  gboolean ok;
  int rc;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);

  routine = deletion->routine;
  key = ft_routine_get_builtin_key (routine);
  steps = ft_routine_dup_steps (routine);

  for (guint i = 0; i < deletion->session_ids->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (deletion->session_ids, gint64, i));
  g_string_append_c (ids, ']');

  for (guint i = 0; i < deletion->event_ids->len; i++)
    g_string_append_printf (event_ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (deletion->event_ids, gint64, i));
  g_string_append_c (event_ids, ']');

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  /* The old id, unless something took it since; the built-in key, unless
   * the built-ins were restored meanwhile (then this comes back as a copy). */
  ok = renumber (self->database, error) &&
       _ft_database_prepare (self->database,
                             "SELECT EXISTS (SELECT 1 FROM routine WHERE id = ?1), "
                             "       EXISTS (SELECT 1 FROM routine WHERE builtin_key = ?2)",
                             &taken, error);
  if (ok)
    {
      sqlite3_bind_int64 (taken, 1, ft_routine_get_id (routine));
      if (key != NULL)
        sqlite3_bind_text (taken, 2, key, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (taken);
      if (rc != SQLITE_ROW)
        ok = _ft_database_fail (self->database, rc, error);
      else
        {
          if (sqlite3_column_int (taken, 0) == 0)
            id = ft_routine_get_id (routine);
          if (sqlite3_column_int (taken, 1) != 0)
            key = NULL;
        }
    }
  g_clear_pointer (&taken, sqlite3_finalize);

  ok = ok &&
       open_gap (self->database, ft_routine_get_position (routine), error) &&
       insert_routine (self->database, id, key, ft_routine_get_name (routine),
                       ft_routine_get_position (routine), ft_routine_get_target_count (routine),
                       ft_routine_get_target_period (routine), ft_routine_get_created_us (routine),
                       &id, error) &&
       insert_steps (self->database, id, steps, error) &&
       _ft_database_prepare (self->database,
                             "UPDATE session SET routine_id = ?1 WHERE routine_id IS NULL "
                             "AND id IN (SELECT value FROM json_each (?2))",
                             &relink, error);
  if (ok)
    {
      sqlite3_bind_int64 (relink, 1, id);
      sqlite3_bind_text (relink, 2, ids->str, -1, SQLITE_TRANSIENT);
      ok = _ft_database_step_done (self->database, relink, error) &&
           renumber (self->database, error);
    }
  g_clear_pointer (&relink, sqlite3_finalize);

  /* Undo leaves no trace of the deletion: the row recording the removal
   * goes, and the changes recorded earlier belong to the routine again. */
  ok = ok &&
       _ft_database_prepare (self->database,
                             "DELETE FROM routine_event WHERE id = ?1 AND kind = 'removed'",
                             &events, error);
  if (ok)
    {
      sqlite3_bind_int64 (events, 1, deletion->removed_id);
      ok = _ft_database_step_done (self->database, events, error);
    }
  g_clear_pointer (&events, sqlite3_finalize);

  ok = ok &&
       _ft_database_prepare (self->database,
                             "UPDATE routine_event SET routine_id = ?1 WHERE routine_id IS NULL "
                             "AND id IN (SELECT value FROM json_each (?2))",
                             &events, error);
  if (ok)
    {
      sqlite3_bind_int64 (events, 1, id);
      sqlite3_bind_text (events, 2, event_ids->str, -1, SQLITE_TRANSIENT);
      ok = _ft_database_step_done (self->database, events, error);
    }
  g_clear_pointer (&events, sqlite3_finalize);

  return finish (self, ok, error);
}

gboolean
ft_routine_book_reset_builtin (FtRoutineBook  *self,
                               gint64          routine_id,
                               GError        **error)
{
  g_autoptr(FtRoutine) routine = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autofree char *changed = NULL;
  const BuiltinRoutine *builtin = NULL;
  gboolean ok;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = (routine = ft_routine_book_get (self, routine_id, error)) != NULL;
  if (ok)
    {
      builtin = find_builtin (ft_routine_get_builtin_key (routine));
      if (builtin == NULL)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("“%s” is not one of Footing’s routines, so it has nothing to reset to"),
                       ft_routine_get_name (routine));
          ok = FALSE;
        }
    }

  if (ok)
    {
      steps = builtin_steps (builtin);
      /* Recorded only when the program changes, not for the name alone. */
      changed = change_detail (routine, builtin->target_count, builtin->target_period, steps);
      ok = write_name (self->database, routine_id, _(builtin->name), error) &&
           update_target (self->database, routine_id, builtin->target_count,
                          builtin->target_period, error) &&
           replace_steps (self->database, routine_id, steps, error) &&
           (changed == NULL ||
            record_event (self, routine_id, _(builtin->name), "changed",
                          _("Back to Footing’s version"), NULL, error));
    }

  return finish (self, ok, error);
}

gboolean
ft_routine_book_builtin_is_changed (FtRoutineBook *self,
                                    FtRoutine     *routine)
{
  const BuiltinRoutine *builtin;
  g_autoptr(GPtrArray) steps = NULL;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);
  g_return_val_if_fail (FT_IS_ROUTINE (routine), FALSE);

  builtin = find_builtin (ft_routine_get_builtin_key (routine));
  if (builtin == NULL)
    return FALSE;

  if (g_strcmp0 (ft_routine_get_name (routine), _(builtin->name)) != 0 ||
      ft_routine_get_target_period (routine) != builtin->target_period ||
      ft_routine_get_target_count (routine) != builtin->target_count)
    return TRUE;

  steps = builtin_steps (builtin);
  if (steps->len != ft_routine_get_n_steps (routine))
    return TRUE;

  for (guint i = 0; i < steps->len; i++)
    {
      if (!ft_routine_step_equal (g_ptr_array_index (steps, i), ft_routine_get_step (routine, i)))
        return TRUE;
    }

  return FALSE;
}

gboolean
ft_routine_book_restore_builtins (FtRoutineBook  *self,
                                  guint          *n_added,
                                  GError        **error)
{
  guint added = 0;
  gboolean ok;
  char day[11];

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (self), FALSE);

  today_key (self, day);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  /* Asked for by the person, so the routines come back as changes. */
  ok = add_missing_builtins (self->database, FALSE, _ft_journal_get_now_us (self->journal), day,
                             &added, error);

  if (!finish (self, ok, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = added;

  return TRUE;
}

const char * const *
ft_routine_book_get_builtin_keys (void)
{
  return builtin_keys;
}
