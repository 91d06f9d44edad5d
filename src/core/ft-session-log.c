/* ft-session-log.c — what was done: sessions, their steps, pauses and adherence.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-session-log.h"

#include "ft-database-private.h"
#include "ft-error.h"
#include "ft-journal-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define EXERCISE_REF_MAX_BYTES 100
#define COUNT_MAX 1000000
#define NOTE_MAX_CHARS 10000
#define MANUAL_DURATION_MAX (24 * G_TIME_SPAN_HOUR)

/* Which sessions count toward a target; repeated in every counting query so
 * that the index on (routine_id, outcome, day) answers it. */
#define COUNTED "outcome IN ('completed', 'partial')"

#define SESSION_COLUMNS \
  "id, day, started_us, ended_us, routine_id, routine_name, source, outcome, " \
  "before_rating, after_rating"

struct _FtSessionLog
{
  GObject     parent_instance;

  FtJournal  *journal;
  FtDatabase *database;
};

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (FtSessionLog, ft_session_log, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static const char * const outcome_keys[] = { "running", "completed", "partial", "skipped" };
static const char * const source_keys[] = { "guided", "manual", "reminder" };
static const char * const reason_keys[] = { "flare_up", "holiday", "injury", "rest", "other" };

/* Keys */

const char *
ft_session_outcome_to_key (FtSessionOutcome outcome)
{
  return _ft_database_key_for_value (outcome_keys, G_N_ELEMENTS (outcome_keys), (guint) outcome);
}

gboolean
ft_session_outcome_from_key (const char       *key,
                             FtSessionOutcome *outcome)
{
  guint index;

  if (!_ft_database_value_for_key (outcome_keys, G_N_ELEMENTS (outcome_keys), key, &index))
    return FALSE;

  *outcome = (FtSessionOutcome) index;

  return TRUE;
}

const char *
ft_pause_reason_to_key (FtPauseReason reason)
{
  return _ft_database_key_for_value (reason_keys, G_N_ELEMENTS (reason_keys), (guint) reason);
}

gboolean
ft_pause_reason_from_key (const char    *key,
                          FtPauseReason *reason)
{
  guint index;

  if (!_ft_database_value_for_key (reason_keys, G_N_ELEMENTS (reason_keys), key, &index))
    return FALSE;

  *reason = (FtPauseReason) index;

  return TRUE;
}

/* Boxed types */

FtSessionStep *
ft_session_step_new (guint             position,
                     const char       *exercise_ref,
                     FtSides           side,
                     guint             holds_done,
                     guint             reps_done,
                     guint             sets_done,
                     FtSessionOutcome  outcome,
                     gint64            ended_us)
{
  FtSessionStep *step = g_new0 (FtSessionStep, 1);

  step->position = position;
  step->exercise_ref = g_strdup (exercise_ref);
  step->side = side;
  step->holds_done = holds_done;
  step->reps_done = reps_done;
  step->sets_done = sets_done;
  step->outcome = outcome;
  step->ended_us = ended_us;

  return step;
}

FtSessionStep *
ft_session_step_copy (const FtSessionStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return ft_session_step_new (step->position, step->exercise_ref, step->side, step->holds_done,
                              step->reps_done, step->sets_done, step->outcome, step->ended_us);
}

void
ft_session_step_free (FtSessionStep *step)
{
  if (step == NULL)
    return;

  g_free (step->exercise_ref);
  g_free (step);
}

G_DEFINE_BOXED_TYPE (FtSessionStep, ft_session_step, ft_session_step_copy, ft_session_step_free)

static FtSession *
session_new (void)
{
  FtSession *session = g_new0 (FtSession, 1);

  g_date_clear (&session->day, 1);
  session->before_rating = FT_SESSION_NO_RATING;
  session->after_rating = FT_SESSION_NO_RATING;
  session->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_session_step_free);

  return session;
}

static gpointer
copy_step (gconstpointer step,
           gpointer      user_data)
{
  return ft_session_step_copy (step);
}

FtSession *
ft_session_copy (const FtSession *session)
{
  FtSession *copy;

  g_return_val_if_fail (session != NULL, NULL);

  copy = g_new0 (FtSession, 1);
  *copy = *session;
  copy->routine_name = g_strdup (session->routine_name);
  copy->steps = g_ptr_array_copy (session->steps, copy_step, NULL);

  return copy;
}

void
ft_session_free (FtSession *session)
{
  if (session == NULL)
    return;

  g_free (session->routine_name);
  g_clear_pointer (&session->steps, g_ptr_array_unref);
  g_free (session);
}

G_DEFINE_BOXED_TYPE (FtSession, ft_session, ft_session_copy, ft_session_free)

GTimeSpan
ft_session_get_duration (const FtSession *session)
{
  g_return_val_if_fail (session != NULL, 0);

  if (session->ended_us == 0 || session->ended_us < session->started_us)
    return 0;

  return session->ended_us - session->started_us;
}

guint
ft_session_count_steps (const FtSession  *session,
                        FtSessionOutcome  outcome)
{
  guint n = 0;

  g_return_val_if_fail (session != NULL, 0);

  for (guint i = 0; i < session->steps->len; i++)
    {
      const FtSessionStep *step = g_ptr_array_index (session->steps, i);

      if (step->outcome == outcome)
        n++;
    }

  return n;
}

FtPause *
ft_pause_copy (const FtPause *pause)
{
  FtPause *copy;

  g_return_val_if_fail (pause != NULL, NULL);

  copy = g_new0 (FtPause, 1);
  *copy = *pause;
  copy->note = g_strdup (pause->note);

  return copy;
}

void
ft_pause_free (FtPause *pause)
{
  if (pause == NULL)
    return;

  g_free (pause->note);
  g_free (pause);
}

G_DEFINE_BOXED_TYPE (FtPause, ft_pause, ft_pause_copy, ft_pause_free)

/* Helpers */

static void
emit_changed (FtSessionLog *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static gboolean
commit_or_rollback (FtSessionLog  *self,
                    gboolean       ok,
                    GError       **error)
{
  if (!_ft_database_finish (self->database, ok, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

static gboolean
session_not_found (GError **error)
{
  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       _("This session is no longer in the journal; it may have been deleted"));
  return FALSE;
}

static gboolean
check_rating (int       rating,
              GError  **error)
{
  if (rating == FT_SESSION_NO_RATING || (rating >= 0 && rating <= 10))
    return TRUE;

  g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
               _("A rating runs from 0 to 10, not %d"), rating);
  return FALSE;
}

static gboolean
check_ref (const char  *ref,
           GError     **error)
{
  if (ref == NULL || *ref == '\0' || strlen (ref) > EXERCISE_REF_MAX_BYTES ||
      !g_utf8_validate (ref, -1, NULL))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A step of a session must name its exercise"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_finished_outcome (FtSessionOutcome   outcome,
                        GError           **error)
{
  if (outcome == FT_SESSION_COMPLETED || outcome == FT_SESSION_PARTIAL ||
      outcome == FT_SESSION_SKIPPED)
    return TRUE;

  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       _("A finished session is completed, partly done or skipped"));
  return FALSE;
}

static gboolean
check_step (const FtSessionStep  *step,
            GError              **error)
{
  if (!check_ref (step->exercise_ref, error))
    return FALSE;

  if (step->side != FT_SIDES_NONE && step->side != FT_SIDES_LEFT && step->side != FT_SIDES_RIGHT)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A step of a session is for the left side, the right side, or no side"));
      return FALSE;
    }

  if (step->holds_done > COUNT_MAX || step->reps_done > COUNT_MAX || step->sets_done > COUNT_MAX ||
      step->position > COUNT_MAX || step->ended_us < 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A step of a session has a count out of range"));
      return FALSE;
    }

  return check_finished_outcome (step->outcome, error);
}

/* The local day @started falls on, its instant, and that it is not in the
 * journal's future. */
static gboolean
check_started (FtSessionLog  *self,
               GDateTime     *started,
               char           day_key[11],
               gint64        *started_us,
               GError       **error)
{
  int year, month, day_of_month;
  GDate day;

  g_date_time_get_ymd (started, &year, &month, &day_of_month);
  g_date_clear (&day, 1);
  if (year < 1 || year > 9999)
    return _ft_journal_check_day_key (NULL, day_key, error);

  g_date_set_dmy (&day, (GDateDay) day_of_month, (GDateMonth) month, (GDateYear) year);
  if (!_ft_journal_check_day_key (&day, day_key, error))
    return FALSE;

  *started_us = g_date_time_to_unix_usec (started);
  if (*started_us > _ft_journal_get_now_us (self->journal))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("That time is in the future; only sessions that already "
                             "started can be recorded"));
      return FALSE;
    }

  return TRUE;
}

static void
bind_rating (sqlite3_stmt *stmt,
             int           column,
             int           rating)
{
  if (rating == FT_SESSION_NO_RATING)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int (stmt, column, rating);
}

static void
bind_optional_us (sqlite3_stmt *stmt,
                  int           column,
                  gint64        value)
{
  if (value > 0)
    sqlite3_bind_int64 (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
}

static int
column_rating (sqlite3_stmt *stmt,
               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return FT_SESSION_NO_RATING;

  return sqlite3_column_int (stmt, column);
}

/* Writes a step; the same position and side again replaces it. */
static gboolean
write_step (FtDatabase           *database,
            gint64                session_id,
            const FtSessionStep  *step,
            GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database,
                             "INSERT INTO session_step (session_id, position, exercise_ref, side, "
                             "holds_done, reps_done, sets_done, outcome, ended_us) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                             "ON CONFLICT (session_id, position, side) DO UPDATE SET "
                             "exercise_ref = excluded.exercise_ref, holds_done = excluded.holds_done, "
                             "reps_done = excluded.reps_done, sets_done = excluded.sets_done, "
                             "outcome = excluded.outcome, ended_us = excluded.ended_us",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int (stmt, 2, (int) step->position);
  sqlite3_bind_text (stmt, 3, step->exercise_ref, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, ft_sides_to_key (step->side), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, (int) step->holds_done);
  sqlite3_bind_int (stmt, 6, (int) step->reps_done);
  sqlite3_bind_int (stmt, 7, (int) step->sets_done);
  sqlite3_bind_text (stmt, 8, ft_session_outcome_to_key (step->outcome), -1, SQLITE_STATIC);
  bind_optional_us (stmt, 9, step->ended_us);

  return _ft_database_step_done (database, stmt, error);
}

/* Inserts a session row; @id 0 for a new id. */
static gboolean
insert_session (FtDatabase        *database,
                gint64             id,
                const char        *day_key,
                gint64             started_us,
                gint64             ended_us,
                gint64             routine_id,
                const char        *routine_name,
                FtSessionSource    source,
                FtSessionOutcome   outcome,
                int                before_rating,
                int                after_rating,
                gint64            *new_id,
                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (database,
                             "INSERT INTO session (id, day, started_us, ended_us, routine_id, "
                             "routine_name, source, outcome, before_rating, after_rating) "
                             "VALUES (?1, ?2, ?3, ?4, "
                             "        (SELECT id FROM routine WHERE id = ?5), ?6, ?7, ?8, ?9, ?10)",
                             &stmt, error))
    return FALSE;

  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, day_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, started_us);
  if (outcome != FT_SESSION_RUNNING)
    sqlite3_bind_int64 (stmt, 4, MAX (ended_us, started_us));
  sqlite3_bind_int64 (stmt, 5, routine_id);
  if (routine_name != NULL)
    sqlite3_bind_text (stmt, 6, routine_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, source_keys[source], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, ft_session_outcome_to_key (outcome), -1, SQLITE_STATIC);
  bind_rating (stmt, 9, before_rating);
  bind_rating (stmt, 10, after_rating);

  if (!_ft_database_step_done (database, stmt, error))
    return FALSE;

  *new_id = sqlite3_last_insert_rowid (_ft_database_get_handle (database));

  return TRUE;
}

/* Steps @stmt (selecting SESSION_COLUMNS) to the end and loads every
 * session's steps in one more query. */
static GPtrArray *
load_sessions (FtSessionLog  *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_session_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) steps = NULL;
  g_autoptr(GString) ids = g_string_new ("[");
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FtSession *session = session_new ();
      guint source = 0;

      session->id = sqlite3_column_int64 (stmt, 0);
      _ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 1), &session->day);
      session->started_us = sqlite3_column_int64 (stmt, 2);
      session->ended_us = sqlite3_column_int64 (stmt, 3);
      session->routine_id = sqlite3_column_int64 (stmt, 4);
      session->routine_name = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      _ft_database_value_for_key (source_keys, G_N_ELEMENTS (source_keys),
                                  (const char *) sqlite3_column_text (stmt, 6), &source);
      session->source = (FtSessionSource) source;
      ft_session_outcome_from_key ((const char *) sqlite3_column_text (stmt, 7), &session->outcome);
      session->before_rating = column_rating (stmt, 8);
      session->after_rating = column_rating (stmt, 9);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, sessions->len > 0 ? "," : "",
                              session->id);
      g_ptr_array_add (sessions, session);
      g_hash_table_insert (by_id, &session->id, session);
    }
  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  if (sessions->len == 0)
    return g_steal_pointer (&sessions);

  g_string_append_c (ids, ']');

  if (!_ft_database_prepare (self->database,
                             "SELECT session_id, position, exercise_ref, side, holds_done, "
                             "       reps_done, sets_done, outcome, ended_us "
                             "FROM session_step "
                             "WHERE session_id IN (SELECT value FROM json_each (?1)) "
                             "ORDER BY session_id, position, "
                             "         CASE side WHEN 'right' THEN 1 ELSE 0 END",
                             &steps, error))
    return NULL;

  sqlite3_bind_text (steps, 1, ids->str, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (steps)) == SQLITE_ROW)
    {
      gint64 session_id = sqlite3_column_int64 (steps, 0);
      FtSession *session = g_hash_table_lookup (by_id, &session_id);
      FtSides side = FT_SIDES_NONE;
      FtSessionOutcome outcome = FT_SESSION_COMPLETED;

      if (session == NULL)
        continue;

      ft_sides_from_key ((const char *) sqlite3_column_text (steps, 3), &side);
      ft_session_outcome_from_key ((const char *) sqlite3_column_text (steps, 7), &outcome);
      g_ptr_array_add (session->steps,
                       ft_session_step_new ((guint) sqlite3_column_int (steps, 1),
                                            (const char *) sqlite3_column_text (steps, 2),
                                            side,
                                            (guint) sqlite3_column_int (steps, 4),
                                            (guint) sqlite3_column_int (steps, 5),
                                            (guint) sqlite3_column_int (steps, 6),
                                            outcome,
                                            sqlite3_column_int64 (steps, 8)));
    }
  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&sessions);
}

/* Reads the session's state; FALSE with an error when it is gone. */
static gboolean
read_state (FtSessionLog      *self,
            gint64             session_id,
            FtSessionOutcome  *outcome,
            gint64            *started_us,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!_ft_database_prepare (self->database,
                             "SELECT outcome, started_us FROM session WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return session_not_found (error);
  if (rc != SQLITE_ROW)
    return _ft_database_fail (self->database, rc, error);

  ft_session_outcome_from_key ((const char *) sqlite3_column_text (stmt, 0), outcome);
  *started_us = sqlite3_column_int64 (stmt, 1);

  return TRUE;
}

static gboolean
check_running (FtSessionLog  *self,
               gint64         session_id,
               gint64        *started_us,
               GError       **error)
{
  FtSessionOutcome outcome = FT_SESSION_RUNNING;

  if (!read_state (self, session_id, &outcome, started_us, error))
    return FALSE;

  if (outcome != FT_SESSION_RUNNING)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("This session has already ended"));
      return FALSE;
    }

  return TRUE;
}

/* GObject */

static void
ft_session_log_dispose (GObject *object)
{
  FtSessionLog *self = FT_SESSION_LOG (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ft_session_log_parent_class)->dispose (object);
}

static void
ft_session_log_class_init (FtSessionLogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ft_session_log_dispose;

  /**
   * FtSessionLog::changed:
   *
   * Emitted after every change to sessions or pauses.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
ft_session_log_init (FtSessionLog *self)
{
}

/* Public API: sessions */

FtSessionLog *
ft_session_log_new (FtJournal *journal)
{
  FtSessionLog *self;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);

  self = g_object_new (FT_TYPE_SESSION_LOG, NULL);
  self->journal = g_object_ref (journal);
  self->database = g_object_ref (ft_journal_get_database (journal));

  return self;
}

gint64
ft_session_log_begin (FtSessionLog     *self,
                      FtRoutine        *routine,
                      FtSessionSource   source,
                      GDateTime        *started,
                      int               before_rating,
                      GError          **error)
{
  char day_key[11];
  gint64 started_us = 0;
  gint64 id = 0;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), 0);
  g_return_val_if_fail (routine == NULL || FT_IS_ROUTINE (routine), 0);
  g_return_val_if_fail (source == FT_SESSION_SOURCE_GUIDED || source == FT_SESSION_SOURCE_REMINDER, 0);
  g_return_val_if_fail (started != NULL, 0);

  if (!check_started (self, started, day_key, &started_us, error) ||
      !check_rating (before_rating, error))
    return 0;

  /* One statement: SQLite makes it atomic without a transaction of ours. */
  if (!insert_session (self->database, 0, day_key, started_us, 0,
                       routine != NULL ? ft_routine_get_id (routine) : 0,
                       routine != NULL ? ft_routine_get_name (routine) : NULL,
                       source, FT_SESSION_RUNNING, before_rating, FT_SESSION_NO_RATING,
                       &id, error))
    return 0;

  emit_changed (self);

  return id;
}

gboolean
ft_session_log_add_step (FtSessionLog         *self,
                         gint64                session_id,
                         const FtSessionStep  *step,
                         GError              **error)
{
  gint64 started_us;
  gboolean ok;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (step != NULL, FALSE);

  if (!check_step (step, error))
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = check_running (self, session_id, &started_us, error) &&
       write_step (self->database, session_id, step, error);

  return commit_or_rollback (self, ok, error);
}

gboolean
ft_session_log_finish (FtSessionLog      *self,
                       gint64             session_id,
                       FtSessionOutcome   outcome,
                       gint64             ended_us,
                       int                after_rating,
                       GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 started_us = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);

  if (!check_finished_outcome (outcome, error) || !check_rating (after_rating, error))
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = check_running (self, session_id, &started_us, error);
  if (ok && ended_us < started_us)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A session cannot end before it started"));
      ok = FALSE;
    }

  ok = ok && _ft_database_prepare (self->database,
                                   "UPDATE session SET outcome = ?2, ended_us = ?3, "
                                   "after_rating = ?4 WHERE id = ?1",
                                   &stmt, error);
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, session_id);
      sqlite3_bind_text (stmt, 2, ft_session_outcome_to_key (outcome), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, ended_us);
      bind_rating (stmt, 4, after_rating);
      ok = _ft_database_step_done (self->database, stmt, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  return commit_or_rollback (self, ok, error);
}

gboolean
ft_session_log_close_abandoned (FtSessionLog  *self,
                                gint64         idle_before_us,
                                guint         *n_closed,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int changes = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = _ft_database_prepare (self->database,
                             "WITH seen AS ("
                             "  SELECT s.id, max (s.started_us, coalesce ((SELECT max (ended_us) "
                             "      FROM session_step WHERE session_id = s.id), 0)) AS last_us, "
                             "    EXISTS (SELECT 1 FROM session_step WHERE session_id = s.id "
                             "            AND " COUNTED ") AS did "
                             "  FROM session s WHERE s.outcome = 'running') "
                             "UPDATE session SET "
                             "  ended_us = (SELECT last_us FROM seen WHERE seen.id = session.id), "
                             "  outcome = CASE WHEN (SELECT did FROM seen WHERE seen.id = session.id) "
                             "                 THEN 'partial' ELSE 'skipped' END "
                             "WHERE outcome = 'running' "
                             "  AND id IN (SELECT id FROM seen WHERE last_us < ?1)",
                             &stmt, error);
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, idle_before_us);
      ok = _ft_database_step_done (self->database, stmt, error);
      changes = sqlite3_changes (_ft_database_get_handle (self->database));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (ok)
    ok = _ft_database_commit (self->database, error);
  if (!ok)
    {
      _ft_database_rollback (self->database);
      return FALSE;
    }

  if (n_closed != NULL)
    *n_closed = (guint) changes;
  if (changes > 0)
    emit_changed (self);

  return TRUE;
}

/* Every step of @routine, each side, done in full (or skipped). */
static GPtrArray *
full_steps (FtRoutine        *routine,
            FtSessionOutcome  outcome)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_session_step_free);
  gboolean done = outcome != FT_SESSION_SKIPPED;

  for (guint i = 0; i < ft_routine_get_n_steps (routine); i++)
    {
      const FtRoutineStep *step = ft_routine_get_step (routine, i);
      FtSides sides[2] = { step->sides, FT_SIDES_NONE };
      guint n_sides = 1;

      if (step->sides == FT_SIDES_BOTH)
        {
          sides[0] = FT_SIDES_LEFT;
          sides[1] = FT_SIDES_RIGHT;
          n_sides = 2;
        }

      for (guint s = 0; s < n_sides; s++)
        g_ptr_array_add (steps,
                         ft_session_step_new (i, step->exercise_ref, sides[s],
                                              done && step->hold_seconds > 0 ? step->sets : 0,
                                              done ? step->reps * step->sets : 0,
                                              done ? step->sets : 0,
                                              done ? FT_SESSION_COMPLETED : FT_SESSION_SKIPPED,
                                              0));
    }

  return steps;
}

FtSession *
ft_session_log_add_manual (FtSessionLog      *self,
                           FtRoutine         *routine,
                           GDateTime         *started,
                           GTimeSpan          duration,
                           FtSessionOutcome   outcome,
                           int                before_rating,
                           int                after_rating,
                           GPtrArray         *steps,
                           GError           **error)
{
  g_autoptr(GPtrArray) written = NULL;
  char day_key[11];
  gint64 started_us = 0;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);
  g_return_val_if_fail (FT_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (started != NULL, NULL);

  if (!check_started (self, started, day_key, &started_us, error) ||
      !check_finished_outcome (outcome, error) ||
      !check_rating (before_rating, error) ||
      !check_rating (after_rating, error))
    return NULL;

  if (duration < 0 || duration > MANUAL_DURATION_MAX)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A session lasts from no time at all up to 24 hours"));
      return NULL;
    }

  written = steps != NULL ? g_ptr_array_ref (steps) : full_steps (routine, outcome);
  for (guint i = 0; i < written->len; i++)
    {
      if (!check_step (g_ptr_array_index (written, i), error))
        return NULL;
    }

  if (!_ft_database_begin (self->database, error))
    return NULL;

  ok = insert_session (self->database, 0, day_key, started_us, started_us + duration,
                       ft_routine_get_id (routine), ft_routine_get_name (routine),
                       FT_SESSION_SOURCE_MANUAL, outcome, before_rating, after_rating, &id, error);
  for (guint i = 0; ok && i < written->len; i++)
    ok = write_step (self->database, id, g_ptr_array_index (written, i), error);

  if (!commit_or_rollback (self, ok, error))
    return NULL;

  return ft_session_log_get (self, id, error);
}

FtSession *
ft_session_log_get (FtSessionLog  *self,
                    gint64         session_id,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);

  if (!_ft_database_prepare (self->database,
                             "SELECT " SESSION_COLUMNS " FROM session WHERE id = ?1",
                             &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, session_id);
  found = load_sessions (self, stmt, error);
  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      session_not_found (error);
      return NULL;
    }

  return g_ptr_array_steal_index (found, 0);
}

GPtrArray *
ft_session_log_list_range (FtSessionLog  *self,
                           const GDate   *first,
                           const GDate   *last,
                           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char first_key[11];
  char last_key[11];

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);

  if (!_ft_journal_check_day_key (first, first_key, error) ||
      !_ft_journal_check_day_key (last, last_key, error))
    return NULL;

  if (!_ft_database_prepare (self->database,
                             "SELECT " SESSION_COLUMNS " FROM session "
                             "WHERE day BETWEEN ?1 AND ?2 ORDER BY started_us DESC, id DESC",
                             &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_key, -1, SQLITE_TRANSIENT);

  return load_sessions (self, stmt, error);
}

gboolean
ft_session_log_edit (FtSessionLog      *self,
                     gint64             session_id,
                     GDateTime         *started,
                     FtSessionOutcome   outcome,
                     int                before_rating,
                     int                after_rating,
                     GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) steps = NULL;
  FtSessionOutcome old_outcome = FT_SESSION_RUNNING;
  char day_key[11];
  gint64 started_us = 0;
  gint64 old_started_us = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (started != NULL, FALSE);

  if (!check_started (self, started, day_key, &started_us, error) ||
      !check_finished_outcome (outcome, error) ||
      !check_rating (before_rating, error) ||
      !check_rating (after_rating, error))
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = read_state (self, session_id, &old_outcome, &old_started_us, error);
  if (ok && old_outcome == FT_SESSION_RUNNING)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("This session is still running; it can be changed once it ends"));
      ok = FALSE;
    }

  ok = ok &&
       _ft_database_prepare (self->database,
                             "UPDATE session SET day = ?2, started_us = ?3, "
                             "ended_us = ended_us + ?4, outcome = ?5, before_rating = ?6, "
                             "after_rating = ?7 WHERE id = ?1",
                             &stmt, error) &&
       _ft_database_prepare (self->database,
                             "UPDATE session_step SET ended_us = ended_us + ?2 "
                             "WHERE session_id = ?1 AND ended_us IS NOT NULL",
                             &steps, error);
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, session_id);
      sqlite3_bind_text (stmt, 2, day_key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, started_us);
      sqlite3_bind_int64 (stmt, 4, started_us - old_started_us);
      sqlite3_bind_text (stmt, 5, ft_session_outcome_to_key (outcome), -1, SQLITE_STATIC);
      bind_rating (stmt, 6, before_rating);
      bind_rating (stmt, 7, after_rating);
      sqlite3_bind_int64 (steps, 1, session_id);
      sqlite3_bind_int64 (steps, 2, started_us - old_started_us);
      ok = _ft_database_step_done (self->database, stmt, error) &&
           _ft_database_step_done (self->database, steps, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_clear_pointer (&steps, sqlite3_finalize);

  return commit_or_rollback (self, ok, error);
}

FtSession *
ft_session_log_delete (FtSessionLog  *self,
                       gint64         session_id,
                       GError       **error)
{
  g_autoptr(FtSession) session = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);

  if (!_ft_database_begin (self->database, error))
    return NULL;

  ok = (session = ft_session_log_get (self, session_id, error)) != NULL &&
       _ft_database_prepare (self->database, "DELETE FROM session WHERE id = ?1", &stmt, error);
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, session_id);
      ok = _ft_database_step_done (self->database, stmt, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!commit_or_rollback (self, ok, error))
    return NULL;

  return g_steal_pointer (&session);
}

gboolean
ft_session_log_restore (FtSessionLog     *self,
                        const FtSession  *session,
                        GError          **error)
{
  g_autoptr(sqlite3_stmt) taken = NULL;
  char day_key[11];
  gint64 id = 0;
  gboolean ok;
  int rc;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);

  if (!_ft_journal_check_day_key (&session->day, day_key, error))
    return FALSE;

  for (guint i = 0; i < session->steps->len; i++)
    {
      if (!check_step (g_ptr_array_index (session->steps, i), error))
        return FALSE;
    }

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  ok = _ft_database_prepare (self->database, "SELECT EXISTS (SELECT 1 FROM session WHERE id = ?1)",
                             &taken, error);
  if (ok)
    {
      sqlite3_bind_int64 (taken, 1, session->id);
      rc = sqlite3_step (taken);
      if (rc != SQLITE_ROW)
        ok = _ft_database_fail (self->database, rc, error);
      else if (sqlite3_column_int (taken, 0) == 0)
        id = session->id;
    }
  g_clear_pointer (&taken, sqlite3_finalize);

  ok = ok && insert_session (self->database, id, day_key, session->started_us, session->ended_us,
                             session->routine_id, session->routine_name, session->source,
                             session->outcome, session->before_rating, session->after_rating,
                             &id, error);
  for (guint i = 0; ok && i < session->steps->len; i++)
    ok = write_step (self->database, id, g_ptr_array_index (session->steps, i), error);

  return commit_or_rollback (self, ok, error);
}

/* Public API: counting and adherence */

static void
week_of (const GDate *day,
         GDate       *monday,
         GDate       *sunday)
{
  *monday = *day;
  g_date_subtract_days (monday, g_date_get_weekday (day) - G_DATE_MONDAY);
  *sunday = *monday;
  g_date_add_days (sunday, 6);
}

static gboolean
count_between (FtSessionLog  *self,
               gint64         routine_id,
               const char    *first_key,
               const char    *last_key,
               guint         *sessions,
               guint         *days,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!_ft_database_prepare (self->database,
                             "SELECT count(*), count(DISTINCT day) FROM session "
                             "WHERE routine_id = ?1 AND " COUNTED " AND day BETWEEN ?2 AND ?3",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, routine_id);
  sqlite3_bind_text (stmt, 2, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_key, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ft_database_fail (self->database, rc, error);

  if (sessions != NULL)
    *sessions = (guint) sqlite3_column_int (stmt, 0);
  if (days != NULL)
    *days = (guint) sqlite3_column_int (stmt, 1);

  return TRUE;
}

gboolean
ft_session_log_count_day (FtSessionLog  *self,
                          gint64         routine_id,
                          const GDate   *day,
                          guint         *sessions,
                          GError       **error)
{
  char key[11];

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (sessions != NULL, FALSE);

  if (!_ft_journal_check_day_key (day, key, error))
    return FALSE;

  return count_between (self, routine_id, key, key, sessions, NULL, error);
}

gboolean
ft_session_log_count_week (FtSessionLog  *self,
                           gint64         routine_id,
                           const GDate   *day,
                           guint         *sessions,
                           guint         *days,
                           GError       **error)
{
  GDate monday, sunday;
  char first_key[11];
  char last_key[11];

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);

  if (!_ft_journal_check_day_key (day, first_key, error))
    return FALSE;

  week_of (day, &monday, &sunday);
  if (!_ft_journal_check_day_key (&monday, first_key, error) ||
      !_ft_journal_check_day_key (&sunday, last_key, error))
    return FALSE;

  return count_between (self, routine_id, first_key, last_key, sessions, days, error);
}

GArray *
ft_session_log_count_weeks (FtSessionLog  *self,
                            gint64         routine_id,
                            const GDate   *first,
                            guint          n_weeks,
                            GError       **error)
{
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GDate monday, last;
  char first_key[11];
  char last_key[11];
  int rc;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);

  if (!_ft_journal_check_day_key (first, first_key, error))
    return NULL;

  week_of (first, &monday, &last);
  g_date_add_days (&last, 7 * (MIN (n_weeks, 100000u) - (n_weeks > 0 ? 1 : 0)));
  if (!_ft_journal_check_day_key (&monday, first_key, error) ||
      !_ft_journal_check_day_key (&last, last_key, error))
    return NULL;

  weeks = g_array_sized_new (FALSE, TRUE, sizeof (FtWeekCount), n_weeks);
  g_array_set_size (weeks, n_weeks);
  if (n_weeks == 0)
    return g_steal_pointer (&weeks);

  /* Day keys are days since the first Monday once turned into Julian days. */
  if (!_ft_database_prepare (self->database,
                             "SELECT CAST ((julianday (day) - julianday (?2)) / 7 AS INTEGER) AS week, "
                             "       count(*), count(DISTINCT day) "
                             "FROM session "
                             "WHERE routine_id = ?1 AND " COUNTED " AND day BETWEEN ?2 AND ?3 "
                             "GROUP BY week",
                             &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, routine_id);
  sqlite3_bind_text (stmt, 2, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_key, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 week = sqlite3_column_int64 (stmt, 0);
      FtWeekCount *count;

      if (week < 0 || week >= n_weeks)
        continue;

      count = &g_array_index (weeks, FtWeekCount, week);
      count->sessions = (guint) sqlite3_column_int (stmt, 1);
      count->days = (guint) sqlite3_column_int (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&weeks);
}

typedef struct
{
  guint32 start;   /* Julian days */
  guint32 end;     /* G_MAXUINT32 while open */
} PauseSpan;

/* Counted sessions per day on or before @today (Julian day → count), and
 * the pauses that start on or before it. */
static gboolean
load_history (FtSessionLog  *self,
              gint64         routine_id,
              const char    *today_key,
              GHashTable    *counts,
              guint32       *earliest,
              GArray        *pauses,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) pause_stmt = NULL;
  int rc;

  if (!_ft_database_prepare (self->database,
                             "SELECT day, count(*) FROM session "
                             "WHERE routine_id = ?1 AND " COUNTED " AND day <= ?2 "
                             "GROUP BY day",
                             &stmt, error) ||
      !_ft_database_prepare (self->database,
                             "SELECT start_day, end_day FROM pause WHERE start_day <= ?1",
                             &pause_stmt, error))
    return FALSE;

  *earliest = G_MAXUINT32;

  sqlite3_bind_int64 (stmt, 1, routine_id);
  sqlite3_bind_text (stmt, 2, today_key, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate day;

      if (!_ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 0), &day))
        continue;

      g_hash_table_insert (counts, GUINT_TO_POINTER (g_date_get_julian (&day)),
                           GUINT_TO_POINTER ((guint) sqlite3_column_int (stmt, 1)));
      *earliest = MIN (*earliest, g_date_get_julian (&day));
    }
  if (rc != SQLITE_DONE)
    return _ft_database_fail (self->database, rc, error);

  sqlite3_bind_text (pause_stmt, 1, today_key, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (pause_stmt)) == SQLITE_ROW)
    {
      PauseSpan span = { 0, G_MAXUINT32 };
      GDate day;

      if (!_ft_journal_parse_day_key ((const char *) sqlite3_column_text (pause_stmt, 0), &day))
        continue;
      span.start = g_date_get_julian (&day);
      if (_ft_journal_parse_day_key ((const char *) sqlite3_column_text (pause_stmt, 1), &day))
        span.end = g_date_get_julian (&day);

      g_array_append_val (pauses, span);
      *earliest = MIN (*earliest, span.start);
    }
  if (rc != SQLITE_DONE)
    return _ft_database_fail (self->database, rc, error);

  return TRUE;
}

static gboolean
is_paused (GArray  *pauses,
           guint32  julian)
{
  for (guint i = 0; i < pauses->len; i++)
    {
      const PauseSpan *span = &g_array_index (pauses, PauseSpan, i);

      if (julian >= span->start && julian <= span->end)
        return TRUE;
    }

  return FALSE;
}

static guint
count_on (GHashTable *counts,
          guint32     julian)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (julian)));
}

/* Days done and days needed in the week starting on @monday. */
static void
week_progress (GHashTable *counts,
               GArray     *pauses,
               guint32     monday,
               guint       target,
               guint      *done,
               guint      *needed)
{
  guint unpaused = 0;

  *done = 0;
  for (guint32 d = monday; d < monday + 7; d++)
    {
      if (is_paused (pauses, d))
        continue;

      unpaused++;
      if (count_on (counts, d) > 0)
        (*done)++;
    }

  /* The target for the unpaused share of the week, rounded up. */
  *needed = (target * unpaused + 6) / 7;
}

gboolean
ft_session_log_get_adherence (FtSessionLog  *self,
                              FtRoutine     *routine,
                              const GDate   *today,
                              FtAdherence   *adherence,
                              GError       **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) pauses = g_array_new (FALSE, FALSE, sizeof (PauseSpan));
  GDate monday, sunday;
  char today_key[11];
  guint32 earliest;
  guint32 julian_today;
  guint target;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (FT_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (adherence != NULL, FALSE);

  if (!_ft_journal_check_day_key (today, today_key, error))
    return FALSE;

  memset (adherence, 0, sizeof *adherence);
  adherence->period = ft_routine_get_target_period (routine);
  adherence->target = target = ft_routine_get_target_count (routine);

  if (!load_history (self, ft_routine_get_id (routine), today_key, counts, &earliest, pauses, error))
    return FALSE;

  julian_today = g_date_get_julian (today);
  week_of (today, &monday, &sunday);
  adherence->today_paused = is_paused (pauses, julian_today);
  adherence->done_today = count_on (counts, julian_today);
  for (guint32 d = g_date_get_julian (&monday); d <= julian_today; d++)
    {
      guint n = count_on (counts, d);

      adherence->sessions_this_week += n;
      if (n > 0 && !is_paused (pauses, d))
        adherence->days_this_week++;
    }

  if (adherence->period == FT_TARGET_DAY)
    {
      adherence->met = adherence->done_today >= target;

      for (guint32 d = julian_today; d >= earliest && d >= 1; d--)
        {
          if (is_paused (pauses, d))
            continue;

          if (count_on (counts, d) >= target)
            adherence->streak++;
          else if (d != julian_today)
            break;
        }
    }
  else if (adherence->period == FT_TARGET_WEEK)
    {
      guint32 this_monday = g_date_get_julian (&monday);
      guint done, needed;

      week_progress (counts, pauses, this_monday, target, &done, &needed);
      adherence->met = done >= needed;

      for (guint32 w = this_monday; w + 6 >= earliest && w >= 1; w -= 7)
        {
          week_progress (counts, pauses, w, target, &done, &needed);

          if (needed == 0)
            continue;

          if (done >= needed)
            adherence->streak++;
          else if (w != this_monday)
            break;

          if (w < 8)
            break;
        }
    }

  return TRUE;
}

/* Public API: pauses */

static gboolean
check_pause (FtPauseReason   reason,
             const GDate    *start,
             const GDate    *end,
             const char     *note,
             char            start_key[11],
             char            end_key[11],
             GError        **error)
{
  if (ft_pause_reason_to_key (reason) == NULL)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A pause is for a flare-up, a holiday, an injury, rest, or another reason"));
      return FALSE;
    }

  if (!_ft_journal_check_day_key (start, start_key, error))
    return FALSE;

  if (end != NULL)
    {
      if (!_ft_journal_check_day_key (end, end_key, error))
        return FALSE;

      if (g_date_compare (end, start) < 0)
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                               _("A pause cannot end before it starts"));
          return FALSE;
        }
    }

  if (note != NULL && (!g_utf8_validate (note, -1, NULL) ||
                       g_utf8_strlen (note, -1) > NOTE_MAX_CHARS))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A note is valid text of up to %d characters"), NOTE_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_pause (FtSessionLog   *self,
             const char     *sql,
             gint64          id,
             FtPauseReason   reason,
             const char     *start_key,
             const char     *end_key,
             const char     *note,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (self->database, sql, &stmt, error))
    return FALSE;

  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, start_key, -1, SQLITE_TRANSIENT);
  if (end_key != NULL)
    sqlite3_bind_text (stmt, 3, end_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, ft_pause_reason_to_key (reason), -1, SQLITE_STATIC);
  if (note != NULL && *note != '\0')
    sqlite3_bind_text (stmt, 5, note, -1, SQLITE_TRANSIENT);

  return _ft_database_step_done (self->database, stmt, error);
}

static GPtrArray *
query_pauses (FtSessionLog  *self,
              gint64         only_id,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) pauses = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_pause_free);
  int rc;

  if (!_ft_database_prepare (self->database,
                             "SELECT id, reason, start_day, end_day, note FROM pause "
                             "WHERE ?1 = 0 OR id = ?1 ORDER BY start_day DESC, id DESC",
                             &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, only_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FtPause *pause = g_new0 (FtPause, 1);

      pause->id = sqlite3_column_int64 (stmt, 0);
      ft_pause_reason_from_key ((const char *) sqlite3_column_text (stmt, 1), &pause->reason);
      g_date_clear (&pause->start, 1);
      g_date_clear (&pause->end, 1);
      _ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 2), &pause->start);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        _ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 3), &pause->end);
      pause->note = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (pauses, pause);
    }
  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&pauses);
}

static FtPause *
get_pause (FtSessionLog  *self,
           gint64         pause_id,
           GError       **error)
{
  g_autoptr(GPtrArray) found = query_pauses (self, MAX (pause_id, 1), error);

  if (found == NULL)
    return NULL;

  if (found->len == 0 || pause_id <= 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("This pause is no longer in the journal; it may have been deleted"));
      return NULL;
    }

  return g_ptr_array_steal_index (found, 0);
}

FtPause *
ft_session_log_add_pause (FtSessionLog   *self,
                          FtPauseReason   reason,
                          const GDate    *start,
                          const GDate    *end,
                          const char     *note,
                          GError        **error)
{
  char start_key[11];
  char end_key[11];
  gint64 id;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);

  if (!check_pause (reason, start, end, note, start_key, end_key, error))
    return NULL;

  if (!write_pause (self,
                    "INSERT INTO pause (id, start_day, end_day, reason, note) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)",
                    0, reason, start_key, end != NULL ? end_key : NULL, note, error))
    return NULL;

  id = sqlite3_last_insert_rowid (_ft_database_get_handle (self->database));
  emit_changed (self);

  return get_pause (self, id, error);
}

gboolean
ft_session_log_edit_pause (FtSessionLog   *self,
                           gint64          pause_id,
                           FtPauseReason   reason,
                           const GDate    *start,
                           const GDate    *end,
                           const char     *note,
                           GError        **error)
{
  g_autoptr(FtPause) old = NULL;
  char start_key[11];
  char end_key[11];

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);

  if (!check_pause (reason, start, end, note, start_key, end_key, error))
    return FALSE;

  old = get_pause (self, pause_id, error);
  if (old == NULL)
    return FALSE;

  if (!write_pause (self,
                    "UPDATE pause SET start_day = ?2, end_day = ?3, reason = ?4, note = ?5 "
                    "WHERE id = ?1",
                    pause_id, reason, start_key, end != NULL ? end_key : NULL, note, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

FtPause *
ft_session_log_delete_pause (FtSessionLog  *self,
                             gint64         pause_id,
                             GError       **error)
{
  g_autoptr(FtPause) pause = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);

  pause = get_pause (self, pause_id, error);
  if (pause == NULL)
    return NULL;

  if (!_ft_database_prepare (self->database, "DELETE FROM pause WHERE id = ?1", &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, pause_id);
  if (!_ft_database_step_done (self->database, stmt, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&pause);
}

gboolean
ft_session_log_restore_pause (FtSessionLog   *self,
                              const FtPause  *pause,
                              GError        **error)
{
  char start_key[11];
  char end_key[11];
  gboolean open;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (pause != NULL, FALSE);

  open = !g_date_valid (&pause->end);
  if (!check_pause (pause->reason, &pause->start, open ? NULL : &pause->end, pause->note,
                    start_key, end_key, error))
    return FALSE;

  /* The old id when it is still free, else a new one. */
  if (!write_pause (self,
                    "INSERT INTO pause (id, start_day, end_day, reason, note) "
                    "VALUES (" FT_DATABASE_OLD_ID_IF_FREE ("pause") ", ?2, ?3, ?4, ?5)",
                    pause->id, pause->reason, start_key, open ? NULL : end_key, pause->note,
                    error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

GPtrArray *
ft_session_log_list_pauses (FtSessionLog  *self,
                            GError       **error)
{
  g_return_val_if_fail (FT_IS_SESSION_LOG (self), NULL);

  return query_pauses (self, 0, error);
}

gboolean
ft_session_log_is_day_paused (FtSessionLog  *self,
                              const GDate   *day,
                              gboolean      *paused,
                              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char key[11];
  int rc;

  g_return_val_if_fail (FT_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (paused != NULL, FALSE);

  if (!_ft_journal_check_day_key (day, key, error))
    return FALSE;

  if (!_ft_database_prepare (self->database,
                             "SELECT EXISTS (SELECT 1 FROM pause WHERE start_day <= ?1 "
                             "               AND (end_day IS NULL OR end_day >= ?1))",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ft_database_fail (self->database, rc, error);

  *paused = sqlite3_column_int (stmt, 0) != 0;

  return TRUE;
}
