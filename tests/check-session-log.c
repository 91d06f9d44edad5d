/* check-session-log.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-error.h"
#include "ft-journal.h"
#include "ft-routine-book.h"
#include "ft-session-log.h"
#include "sql-query.h"
#include "temp-folder.h"
#include "test-support.h"

#include <check.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Set by the fixture: an in-memory journal in Europe/Berlin whose clock the
 * tests set, with the built-in routines. */
static FtDatabase *db;
static FtJournal *journal;
static FtRoutineBook *book;
static FtSessionLog *session_log;
static GTimeZone *tz;
static GDateTime *now;
static guint changed_count;

/* Helpers */

static GDateTime *
fake_now (gpointer user_data)
{
  return g_date_time_ref (now);
}

static GDateTime *
local (int year,
       int month,
       int day,
       int hour,
       int minute)
{
  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
set_now (int year,
         int month,
         int day,
         int hour,
         int minute)
{
  g_clear_pointer (&now, g_date_time_unref);
  now = local (year, month, day, hour, minute);
}

static GDate
day_before (const GDate *day,
            guint        n)
{
  GDate other = *day;

  g_date_subtract_days (&other, n);

  return other;
}

static void
changed_cb (FtSessionLog *log)
{
  changed_count++;
}

static void
open_log (void)
{
  g_autoptr(GError) error = NULL;

  tz = g_time_zone_new_identifier ("Europe/Berlin");
  ck_assert_msg (tz != NULL, "the test needs the Europe/Berlin time zone");
  set_now (2026, 3, 20, 18, 0);
  db = ft_database_open (":memory:", &error);
  ck_assert_ptr_null (error);
  journal = ft_journal_new (db, fake_now, NULL, NULL);
  book = ft_routine_book_new (journal);
  ck_assert (ft_routine_book_load (book, &error));
  session_log = ft_session_log_new (journal);
  changed_count = 0;
  g_signal_connect (session_log, "changed", G_CALLBACK (changed_cb), NULL);
}

static void
close_log (void)
{
  g_clear_object (&session_log);
  g_clear_object (&book);
  g_clear_object (&journal);
  g_clear_object (&db);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&tz, g_time_zone_unref);
}

static sqlite3 *
handle (void)
{
  return _ft_database_get_handle (db);
}

static FtRoutine *
builtin (const char *key)
{
  FtRoutine *routine = ft_routine_book_get_builtin (book, key);

  ck_assert_ptr_nonnull (routine);

  return routine;
}

static gint64
usec (GDateTime *date_time)
{
  return g_date_time_to_unix_usec (date_time);
}

/* A whole guided run of @routine from @start, one minute a step. */
static gint64
run_routine (FtRoutine        *routine,
             GDateTime        *start,
             FtSessionOutcome  outcome)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ft_session_log_begin (session_log, routine, FT_SESSION_SOURCE_GUIDED, start,
                                    FT_SESSION_NO_RATING, &error);
  gint64 at = usec (start);

  ck_assert_msg (id > 0, "begin: %s", error != NULL ? error->message : "");

  for (guint i = 0; i < ft_routine_get_n_steps (routine); i++)
    {
      const FtRoutineStep *step = ft_routine_get_step (routine, i);
      g_autoptr(FtSessionStep) done = NULL;

      at += 60 * G_USEC_PER_SEC;
      done = ft_session_step_new (i, step->exercise_ref, FT_SIDES_NONE, step->sets,
                                  step->reps * step->sets, step->sets, FT_SESSION_COMPLETED, at);
      ck_assert (ft_session_log_add_step (session_log, id, done, &error));
    }

  ck_assert (ft_session_log_finish (session_log, id, outcome, at + G_USEC_PER_SEC,
                                    FT_SESSION_NO_RATING, &error));

  return id;
}

/* A completed desk break at @hour on @day. */
static void
desk_break_on (FtRoutine   *routine,
               const GDate *day,
               int          hour)
{
  g_autoptr(GDateTime) start = local (g_date_get_year (day), g_date_get_month (day),
                                      g_date_get_day (day), hour, 0);

  run_routine (routine, start, FT_SESSION_COMPLETED);
}

/* Tests */

START_TEST (test_session_round_trip)
{
  g_autoptr(FtRoutine) nerve = builtin ("nerve-care");
  g_autoptr(GDateTime) start = local (2026, 3, 20, 9, 15);
  g_autoptr(FtSession) session = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FtSessionStep) left = NULL;
  g_autoptr(FtSessionStep) right = NULL;
  g_autoptr(FtSessionStep) glide = NULL;
  GDate day = test_support_day (2026, 3, 20);
  gint64 t0 = usec (start);
  gint64 id;

  id = ft_session_log_begin (session_log, nerve, FT_SESSION_SOURCE_GUIDED, start, 6, &error);
  ck_assert_int_gt (id, 0);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM session "
                                     "WHERE outcome = 'running' AND ended_us IS NULL"), 1);

  glide = ft_session_step_new (0, "tibial-nerve-glide", FT_SIDES_LEFT, 0, 10, 1,
                               FT_SESSION_COMPLETED, t0 + 60 * G_USEC_PER_SEC);
  left = ft_session_step_new (1, "calf-hamstring-band-stretch", FT_SIDES_LEFT, 1, 0, 1,
                              FT_SESSION_COMPLETED, t0 + 90 * G_USEC_PER_SEC);
  right = ft_session_step_new (1, "calf-hamstring-band-stretch", FT_SIDES_RIGHT, 0, 0, 0,
                               FT_SESSION_SKIPPED, t0 + 95 * G_USEC_PER_SEC);
  ck_assert (ft_session_log_add_step (session_log, id, glide, &error));
  ck_assert (ft_session_log_add_step (session_log, id, right, &error));
  ck_assert (ft_session_log_add_step (session_log, id, left, &error));
  /* Done again after going back: the later one stands. */
  right->outcome = FT_SESSION_PARTIAL;
  right->holds_done = 1;
  ck_assert (ft_session_log_add_step (session_log, id, right, &error));
  ck_assert (ft_session_log_finish (session_log, id, FT_SESSION_PARTIAL,
                                    t0 + 100 * G_USEC_PER_SEC, 4, &error));

  session = ft_session_log_get (session_log, id, &error);
  ck_assert_ptr_nonnull (session);
  ck_assert_int_eq (session->id, id);
  ck_assert_int_eq (g_date_compare (&session->day, &day), 0);
  ck_assert_int_eq (session->started_us, t0);
  ck_assert_int_eq (ft_session_get_duration (session), 100 * G_USEC_PER_SEC);
  ck_assert_int_eq (session->routine_id, ft_routine_get_id (nerve));
  ck_assert_str_eq (session->routine_name, "Nerve care");
  ck_assert_int_eq (session->source, FT_SESSION_SOURCE_GUIDED);
  ck_assert_int_eq (session->outcome, FT_SESSION_PARTIAL);
  ck_assert_int_eq (session->before_rating, 6);
  ck_assert_int_eq (session->after_rating, 4);
  ck_assert_uint_eq (session->steps->len, 3);
  {
    const FtSessionStep *s0 = g_ptr_array_index (session->steps, 0);
    const FtSessionStep *s1 = g_ptr_array_index (session->steps, 1);
    const FtSessionStep *s2 = g_ptr_array_index (session->steps, 2);

    ck_assert_str_eq (s0->exercise_ref, "tibial-nerve-glide");
    ck_assert_uint_eq (s0->reps_done, 10);
    ck_assert_int_eq (s1->side, FT_SIDES_LEFT);
    ck_assert_int_eq (s1->ended_us, t0 + 90 * G_USEC_PER_SEC);
    ck_assert_int_eq (s2->side, FT_SIDES_RIGHT);
    ck_assert_int_eq (s2->outcome, FT_SESSION_PARTIAL);
    ck_assert_uint_eq (s2->holds_done, 1);
  }
  ck_assert_uint_eq (ft_session_count_steps (session, FT_SESSION_COMPLETED), 2);

  listed = ft_session_log_list_range (session_log, &day, &day, &error);
  ck_assert_uint_eq (listed->len, 1);
  ck_assert_uint_eq (((FtSession *) g_ptr_array_index (listed, 0))->steps->len, 3);

  /* Once ended, it is closed to the player. */
  ck_assert (!ft_session_log_add_step (session_log, id, glide, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_session_log_finish (session_log, id, FT_SESSION_COMPLETED, t0 + 1, -1, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_uint_eq (changed_count, 6);
}
END_TEST

START_TEST (test_session_validation)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(GDateTime) start = local (2026, 3, 20, 9, 0);
  g_autoptr(GDateTime) future = local (2026, 3, 20, 18, 1);
  g_autoptr(FtSessionStep) step = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  ck_assert_int_eq (ft_session_log_begin (session_log, desk, FT_SESSION_SOURCE_GUIDED, start, 11,
                                          &error), 0);
  g_clear_pointer (&error, g_error_free);
  ck_assert_int_eq (ft_session_log_begin (session_log, desk, FT_SESSION_SOURCE_GUIDED, future, -1,
                                          &error), 0);
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
  g_clear_pointer (&error, g_error_free);

  id = ft_session_log_begin (session_log, desk, FT_SESSION_SOURCE_REMINDER, start, 0, &error);
  ck_assert_int_gt (id, 0);

  step = ft_session_step_new (0, "upper-calf-stretch", FT_SIDES_BOTH, 1, 0, 1,
                              FT_SESSION_COMPLETED, 0);
  ck_assert (!ft_session_log_add_step (session_log, id, step, &error));
  g_clear_pointer (&error, g_error_free);
  step->side = FT_SIDES_LEFT;
  step->outcome = FT_SESSION_RUNNING;
  ck_assert (!ft_session_log_add_step (session_log, id, step, &error));
  g_clear_pointer (&error, g_error_free);
  step->outcome = FT_SESSION_COMPLETED;
  g_clear_pointer (&step->exercise_ref, g_free);
  ck_assert (!ft_session_log_add_step (session_log, id, step, &error));
  g_clear_pointer (&error, g_error_free);
  step->exercise_ref = g_strdup ("upper-calf-stretch");
  ck_assert (!ft_session_log_add_step (session_log, id + 1, step, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM session_step"), 0);

  ck_assert (!ft_session_log_finish (session_log, id, FT_SESSION_RUNNING, usec (start), -1, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_session_log_finish (session_log, id, FT_SESSION_COMPLETED, usec (start) - 1, -1,
                                     &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_session_log_finish (session_log, id, FT_SESSION_COMPLETED, usec (start), 12, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM session "
                                     "WHERE outcome = 'running'"), 1);
  ck_assert (ft_session_log_finish (session_log, id, FT_SESSION_SKIPPED, usec (start), -1, &error));
}
END_TEST

/* The writer dies between steps: a child process writes two steps to a file
 * journal and exits without closing anything. */
START_TEST (test_crash_keeps_finished_steps)
{
  g_autofree char *folder = g_dir_make_tmp ("footing-sessions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "footing.db", NULL);
  g_autoptr(GDateTime) start = local (2026, 3, 20, 10, 0);
  gint64 t0 = usec (start);
  pid_t child;
  int status;

  child = fork ();
  ck_assert_int_ge (child, 0);
  if (child == 0)
    {
      g_autoptr(GError) error = NULL;
      FtDatabase *file_db = ft_database_open (path, &error);
      FtJournal *file_journal = ft_journal_new (file_db, fake_now, NULL, NULL);
      FtRoutineBook *file_book = ft_routine_book_new (file_journal);
      FtSessionLog *file_log = ft_session_log_new (file_journal);
      FtRoutine *desk;
      gint64 id;
      FtSessionStep *step;

      if (!ft_routine_book_load (file_book, &error))
        _exit (2);
      desk = ft_routine_book_get_builtin (file_book, "desk-break");
      id = ft_session_log_begin (file_log, desk, FT_SESSION_SOURCE_GUIDED, start, 5, &error);
      step = ft_session_step_new (0, "upper-calf-stretch", FT_SIDES_LEFT, 1, 0, 1,
                                  FT_SESSION_COMPLETED, t0 + 35 * G_USEC_PER_SEC);
      if (id == 0 || !ft_session_log_add_step (file_log, id, step, &error))
        _exit (3);
      step->side = FT_SIDES_RIGHT;
      step->ended_us = t0 + 70 * G_USEC_PER_SEC;
      if (!ft_session_log_add_step (file_log, id, step, &error))
        _exit (4);

      /* Killed mid-routine: nothing is closed, finalized or flushed. */
      _exit (0);
    }

  ck_assert_int_eq (waitpid (child, &status, 0), child);
  ck_assert (WIFEXITED (status));
  ck_assert_int_eq (WEXITSTATUS (status), 0);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FtDatabase) file_db = ft_database_open (path, &error);
    g_autoptr(FtJournal) file_journal = NULL;
    g_autoptr(FtSessionLog) file_log = NULL;
    g_autoptr(GPtrArray) today = NULL;
    g_autoptr(FtSession) closed = NULL;
    GDate day = test_support_day (2026, 3, 20);
    FtSession *session;
    guint n_closed = 99;

    ck_assert_msg (file_db != NULL, "reopen: %s", error != NULL ? error->message : "");
    file_journal = ft_journal_new (file_db, fake_now, NULL, NULL);
    file_log = ft_session_log_new (file_journal);

    today = ft_session_log_list_range (file_log, &day, &day, &error);
    ck_assert_uint_eq (today->len, 1);
    session = g_ptr_array_index (today, 0);
    ck_assert_int_eq (session->outcome, FT_SESSION_RUNNING);
    ck_assert_uint_eq (session->steps->len, 2);
    ck_assert_int_eq (session->before_rating, 5);

    /* A cut-off before its last step leaves it alone. */
    ck_assert (ft_session_log_close_abandoned (file_log, t0 + 60 * G_USEC_PER_SEC, &n_closed,
                                               &error));
    ck_assert_uint_eq (n_closed, 0);

    /* At start-up, everything still running was abandoned. */
    ck_assert (ft_session_log_close_abandoned (file_log, usec (now), &n_closed, &error));
    ck_assert_uint_eq (n_closed, 1);
    closed = ft_session_log_get (file_log, session->id, &error);
    ck_assert_int_eq (closed->outcome, FT_SESSION_PARTIAL);
    ck_assert_int_eq (closed->ended_us, t0 + 70 * G_USEC_PER_SEC);
    ck_assert_uint_eq (closed->steps->len, 2);
  }

  ck_assert (temp_folder_remove (folder, NULL));
}
END_TEST

START_TEST (test_abandoned_without_steps_is_skipped)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(GDateTime) start = local (2026, 3, 20, 11, 0);
  g_autoptr(FtSession) session = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = test_support_day (2026, 3, 20);
  guint count = 99;
  guint n_closed = 0;
  gint64 id;

  id = ft_session_log_begin (session_log, desk, FT_SESSION_SOURCE_GUIDED, start, -1, &error);
  /* Running sessions do not count yet. */
  ck_assert (ft_session_log_count_day (session_log, ft_routine_get_id (desk), &day, &count, &error));
  ck_assert_uint_eq (count, 0);

  ck_assert (ft_session_log_close_abandoned (session_log, usec (now), &n_closed, &error));
  ck_assert_uint_eq (n_closed, 1);
  session = ft_session_log_get (session_log, id, &error);
  ck_assert_int_eq (session->outcome, FT_SESSION_SKIPPED);
  ck_assert_int_eq (session->ended_us, usec (start));
  ck_assert (ft_session_log_count_day (session_log, ft_routine_get_id (desk), &day, &count, &error));
  ck_assert_uint_eq (count, 0);
}
END_TEST

START_TEST (test_manual_log)
{
  g_autoptr(FtRoutine) morning = builtin ("morning");
  g_autoptr(GDateTime) past = local (2026, 2, 11, 7, 10);
  g_autoptr(GDateTime) future = local (2026, 3, 21, 7, 10);
  g_autoptr(FtSession) session = NULL;
  g_autoptr(FtSession) skipped = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = test_support_day (2026, 2, 11);
  guint count = 0;

  session = ft_session_log_add_manual (session_log, morning, past, 8 * G_TIME_SPAN_MINUTE,
                                       FT_SESSION_COMPLETED, 3, 2, NULL, &error);
  ck_assert_msg (session != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_int_eq (session->source, FT_SESSION_SOURCE_MANUAL);
  ck_assert_int_eq (g_date_compare (&session->day, &day), 0);
  ck_assert_int_eq (ft_session_get_duration (session), 8 * G_TIME_SPAN_MINUTE);
  /* Towel stretch each side, scrunch, plantar roll each side. */
  ck_assert_uint_eq (session->steps->len, 5);
  {
    const FtSessionStep *towel = g_ptr_array_index (session->steps, 0);
    const FtSessionStep *scrunch = g_ptr_array_index (session->steps, 2);

    ck_assert_int_eq (towel->side, FT_SIDES_LEFT);
    ck_assert_uint_eq (towel->holds_done, 3);
    ck_assert_uint_eq (towel->sets_done, 3);
    ck_assert_int_eq (scrunch->side, FT_SIDES_NONE);
    ck_assert_uint_eq (scrunch->reps_done, 10);
    ck_assert_int_eq (scrunch->ended_us, 0);
  }
  ck_assert_uint_eq (ft_session_count_steps (session, FT_SESSION_COMPLETED), 5);
  ck_assert (ft_session_log_count_day (session_log, ft_routine_get_id (morning), &day, &count,
                                       &error));
  ck_assert_uint_eq (count, 1);

  skipped = ft_session_log_add_manual (session_log, morning, past, 0, FT_SESSION_SKIPPED, -1, -1,
                                       NULL, &error);
  ck_assert_uint_eq (ft_session_count_steps (skipped, FT_SESSION_SKIPPED), 5);

  ck_assert_ptr_null (ft_session_log_add_manual (session_log, morning, future, 0, FT_SESSION_COMPLETED,
                                             -1, -1, NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_session_log_add_manual (session_log, morning, past, 25 * G_TIME_SPAN_HOUR,
                                             FT_SESSION_COMPLETED, -1, -1, NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_session_log_add_manual (session_log, morning, past, -1,
                                             FT_SESSION_COMPLETED, -1, -1, NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_session_log_add_manual (session_log, morning, past, 0, FT_SESSION_RUNNING,
                                             -1, -1, NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM session"), 2);
}
END_TEST

START_TEST (test_edit_delete_restore)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(GDateTime) start = local (2026, 3, 19, 15, 0);
  g_autoptr(GDateTime) moved = local (2026, 3, 18, 9, 30);
  g_autoptr(FtSession) before = NULL;
  g_autoptr(FtSession) after = NULL;
  g_autoptr(FtSession) deleted = NULL;
  g_autoptr(FtSession) restored = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = test_support_day (2026, 3, 18);
  gint64 id;
  gint64 delta;

  id = run_routine (desk, start, FT_SESSION_COMPLETED);
  before = ft_session_log_get (session_log, id, &error);

  ck_assert (ft_session_log_edit (session_log, id, moved, FT_SESSION_PARTIAL, 7, 5, &error));
  after = ft_session_log_get (session_log, id, &error);
  delta = usec (moved) - usec (start);
  ck_assert_int_eq (g_date_compare (&after->day, &day), 0);
  ck_assert_int_eq (after->started_us, usec (moved));
  ck_assert_int_eq (ft_session_get_duration (after), ft_session_get_duration (before));
  ck_assert_int_eq (((FtSessionStep *) g_ptr_array_index (after->steps, 1))->ended_us,
                    ((FtSessionStep *) g_ptr_array_index (before->steps, 1))->ended_us + delta);
  ck_assert_int_eq (after->outcome, FT_SESSION_PARTIAL);
  ck_assert_int_eq (after->before_rating, 7);
  ck_assert_int_eq (after->after_rating, 5);

  ck_assert (!ft_session_log_edit (session_log, id, moved, FT_SESSION_RUNNING, -1, -1, &error));
  g_clear_pointer (&error, g_error_free);

  deleted = ft_session_log_delete (session_log, id, &error);
  ck_assert_ptr_nonnull (deleted);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM session_step"), 0);
  ck_assert (ft_session_log_restore (session_log, deleted, &error));
  restored = ft_session_log_get (session_log, id, &error);
  ck_assert_ptr_nonnull (restored);
  ck_assert_int_eq (restored->started_us, after->started_us);
  ck_assert_int_eq (restored->ended_us, after->ended_us);
  ck_assert_int_eq (restored->routine_id, ft_routine_get_id (desk));
  ck_assert_int_eq (restored->outcome, FT_SESSION_PARTIAL);
  ck_assert_int_eq (restored->after_rating, 5);
  ck_assert_uint_eq (restored->steps->len, after->steps->len);
  for (guint i = 0; i < restored->steps->len; i++)
    {
      const FtSessionStep *a = g_ptr_array_index (restored->steps, i);
      const FtSessionStep *b = g_ptr_array_index (after->steps, i);

      ck_assert_str_eq (a->exercise_ref, b->exercise_ref);
      ck_assert_int_eq (a->ended_us, b->ended_us);
      ck_assert_uint_eq (a->holds_done, b->holds_done);
    }

  ck_assert_ptr_null (ft_session_log_delete (session_log, 9999, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
}
END_TEST

START_TEST (test_targets_per_day_and_week)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(FtRoutine) weekly = NULL;
  g_autoptr(GDateTime) nine = local (2026, 3, 20, 9, 0);
  g_autoptr(GDateTime) eleven = local (2026, 3, 20, 11, 0);
  g_autoptr(GDateTime) noon = local (2026, 3, 20, 12, 0);
  g_autoptr(GError) error = NULL;
  GDate today = test_support_day (2026, 3, 20);        /* a Friday */
  GDate monday = test_support_day (2026, 3, 16);
  GDate wednesday = test_support_day (2026, 3, 18);
  GDate last_sunday = test_support_day (2026, 3, 15);
  FtAdherence adherence;
  guint sessions = 0;
  guint days = 0;
  gint64 id = ft_routine_get_id (desk);

  run_routine (desk, nine, FT_SESSION_COMPLETED);
  run_routine (desk, eleven, FT_SESSION_PARTIAL);
  run_routine (desk, noon, FT_SESSION_SKIPPED);
  desk_break_on (desk, &monday, 10);
  desk_break_on (desk, &wednesday, 10);
  desk_break_on (desk, &wednesday, 14);
  desk_break_on (desk, &last_sunday, 10);

  ck_assert (ft_session_log_count_day (session_log, id, &today, &sessions, &error));
  ck_assert_uint_eq (sessions, 2);
  ck_assert (ft_session_log_count_week (session_log, id, &today, &sessions, &days, &error));
  ck_assert_uint_eq (sessions, 5);
  ck_assert_uint_eq (days, 3);

  ck_assert (ft_session_log_get_adherence (session_log, desk, &today, &adherence, &error));
  ck_assert_int_eq (adherence.period, FT_TARGET_DAY);
  ck_assert_uint_eq (adherence.target, 5);
  ck_assert_uint_eq (adherence.done_today, 2);        /* "2 of 5 desk breaks today" */
  ck_assert (!adherence.met);
  ck_assert_uint_eq (adherence.sessions_this_week, 5);
  ck_assert_uint_eq (adherence.days_this_week, 3);
  ck_assert_uint_eq (adherence.streak, 0);

  /* Three days a week: met this week. */
  ck_assert (ft_routine_book_set_target (book, id, 3, FT_TARGET_WEEK, &error));
  weekly = ft_routine_book_get (book, id, &error);
  ck_assert (ft_session_log_get_adherence (session_log, weekly, &today, &adherence, &error));
  ck_assert (adherence.met);
  ck_assert_uint_eq (adherence.streak, 1);

  /* Weeks in a grid, Monday first. */
  {
    g_autoptr(GArray) weeks = ft_session_log_count_weeks (session_log, id, &last_sunday, 2, &error);

    ck_assert_uint_eq (weeks->len, 2);
    ck_assert_uint_eq (g_array_index (weeks, FtWeekCount, 0).sessions, 1);
    ck_assert_uint_eq (g_array_index (weeks, FtWeekCount, 1).sessions, 5);
    ck_assert_uint_eq (g_array_index (weeks, FtWeekCount, 1).days, 3);
  }
}
END_TEST

START_TEST (test_streak_across_pause)
{
  g_autoptr(FtRoutine) morning = builtin ("morning");
  g_autoptr(FtPause) pause = NULL;
  g_autoptr(FtPause) deleted = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = test_support_day (2026, 3, 20);
  GDate pause_start = day_before (&today, 5);
  GDate pause_end = day_before (&today, 3);
  GDate paused_day = day_before (&today, 4);
  FtAdherence adherence;
  gboolean paused = FALSE;

  /* Done ten to six days ago, paused five to three days ago, done the last
   * two days, not yet today. */
  for (guint back = 10; back >= 6; back--)
    {
      GDate day = day_before (&today, back);

      desk_break_on (morning, &day, 7);
    }
  for (guint back = 2; back >= 1; back--)
    {
      GDate day = day_before (&today, back);

      desk_break_on (morning, &day, 7);
    }

  ck_assert (ft_session_log_get_adherence (session_log, morning, &today, &adherence, &error));
  ck_assert_uint_eq (adherence.streak, 2);

  pause = ft_session_log_add_pause (session_log, FT_PAUSE_FLARE_UP, &pause_start, &pause_end,
                                    "Heel flared after the trail run", &error);
  ck_assert_ptr_nonnull (pause);
  ck_assert (ft_session_log_is_day_paused (session_log, &paused_day, &paused, &error));
  ck_assert (paused);
  ck_assert (ft_session_log_is_day_paused (session_log, &today, &paused, &error));
  ck_assert (!paused);

  ck_assert (ft_session_log_get_adherence (session_log, morning, &today, &adherence, &error));
  ck_assert_uint_eq (adherence.streak, 7);
  ck_assert (!adherence.met);

  /* A session on a paused day neither adds nor takes away. */
  desk_break_on (morning, &paused_day, 8);
  ck_assert (ft_session_log_get_adherence (session_log, morning, &today, &adherence, &error));
  ck_assert_uint_eq (adherence.streak, 7);

  /* Done today: one more. */
  desk_break_on (morning, &today, 7);
  ck_assert (ft_session_log_get_adherence (session_log, morning, &today, &adherence, &error));
  ck_assert_uint_eq (adherence.streak, 8);
  ck_assert (adherence.met);

  /* Without the pause the gap breaks it again. */
  deleted = ft_session_log_delete_pause (session_log, pause->id, &error);
  ck_assert_ptr_nonnull (deleted);
  ck_assert (ft_session_log_get_adherence (session_log, morning, &today, &adherence, &error));
  ck_assert_uint_eq (adherence.streak, 3);
  ck_assert (ft_session_log_restore_pause (session_log, deleted, &error));
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM pause WHERE id = 1 "
                                     "AND note = 'Heel flared after the trail run'"), 1);
  ck_assert (ft_session_log_get_adherence (session_log, morning, &today, &adherence, &error));
  ck_assert_uint_eq (adherence.streak, 8);
}
END_TEST

START_TEST (test_weekly_streak_across_pause)
{
  g_autoptr(FtRoutine) release = builtin ("release-then-stretch");
  g_autoptr(FtRoutine) weekly = NULL;
  g_autoptr(FtPause) pause = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = test_support_day (2026, 3, 20);        /* Friday of the week of 16 March */
  GDate holiday_start = test_support_day (2026, 3, 2);
  GDate holiday_end = test_support_day (2026, 3, 8);   /* the whole week of 2 March */
  GDate half_start = test_support_day (2026, 2, 26);   /* Thursday to Sunday of the week before */
  GDate half_end = test_support_day (2026, 3, 1);
  const GDate done_days[] = {
    /* week of 16 Feb: three days */
    test_support_day (2026, 2, 16), test_support_day (2026, 2, 18), test_support_day (2026, 2, 20),
    /* week of 23 Feb: two days before its pause; three days needed × 3/7 → 2 */
    test_support_day (2026, 2, 23), test_support_day (2026, 2, 24),
    /* week of 2 March: on holiday */
    /* week of 9 March: three days */
    test_support_day (2026, 3, 9), test_support_day (2026, 3, 11), test_support_day (2026, 3, 13),
    /* this week: one day so far */
    test_support_day (2026, 3, 17),
  };
  FtAdherence adherence;

  ck_assert (ft_routine_book_set_target (book, ft_routine_get_id (release), 3, FT_TARGET_WEEK,
                                         &error));
  weekly = ft_routine_book_get (book, ft_routine_get_id (release), &error);
  for (guint i = 0; i < G_N_ELEMENTS (done_days); i++)
    desk_break_on (weekly, &done_days[i], 20);

  pause = ft_session_log_add_pause (session_log, FT_PAUSE_HOLIDAY, &holiday_start, &holiday_end,
                                    NULL, &error);
  ck_assert_ptr_nonnull (pause);
  g_clear_pointer (&pause, ft_pause_free);
  pause = ft_session_log_add_pause (session_log, FT_PAUSE_REST, &half_start, &half_end, NULL,
                                    &error);

  ck_assert (ft_session_log_get_adherence (session_log, weekly, &today, &adherence, &error));
  ck_assert (!adherence.met);
  ck_assert_uint_eq (adherence.days_this_week, 1);
  /* This week is not over: weeks of 9 March, (holiday), 23 Feb, 16 Feb. */
  ck_assert_uint_eq (adherence.streak, 3);
}
END_TEST

/* A session that runs past midnight belongs to the day it started. */
START_TEST (test_session_across_midnight)
{
  g_autoptr(FtRoutine) night = builtin ("night");
  g_autoptr(FtRoutine) nerve = builtin ("nerve-care");
  g_autoptr(GDateTime) start = local (2026, 3, 18, 23, 50);
  g_autoptr(GDateTime) end = local (2026, 3, 19, 0, 20);
  g_autoptr(FtSession) session = NULL;
  g_autoptr(GError) error = NULL;
  GDate started_day = test_support_day (2026, 3, 18);
  GDate next_day = test_support_day (2026, 3, 19);
  guint count = 0;
  gint64 id;

  id = ft_session_log_begin (session_log, nerve, FT_SESSION_SOURCE_GUIDED, start, -1, &error);
  ck_assert (ft_session_log_finish (session_log, id, FT_SESSION_COMPLETED, usec (end), -1, &error));
  session = ft_session_log_get (session_log, id, &error);
  ck_assert_int_eq (g_date_compare (&session->day, &started_day), 0);
  ck_assert_int_eq (ft_session_get_duration (session), 30 * G_TIME_SPAN_MINUTE);

  ck_assert (ft_session_log_count_day (session_log, ft_routine_get_id (nerve), &started_day,
                                       &count, &error));
  ck_assert_uint_eq (count, 1);
  ck_assert (ft_session_log_count_day (session_log, ft_routine_get_id (nerve), &next_day, &count,
                                       &error));
  ck_assert_uint_eq (count, 0);
  (void) night;
}
END_TEST

/* On the spring-forward night in Berlin 02:30 does not exist; the session
 * still lands on that day, and so do sessions just after midnight on either
 * side of a clock change (UTC is on the previous day then). */
START_TEST (test_daylight_saving)
{
  g_autoptr(FtRoutine) nerve = builtin ("nerve-care");
  g_autoptr(GDateTime) spring = local (2026, 3, 29, 2, 30);
  g_autoptr(GDateTime) after_midnight = local (2026, 3, 30, 0, 30);
  g_autoptr(GDateTime) autumn = local (2026, 10, 25, 2, 30);
  g_autoptr(GError) error = NULL;
  const struct { GDateTime *start; GDate day; } cases[] = {
    { spring, test_support_day (2026, 3, 29) },
    { after_midnight, test_support_day (2026, 3, 30) },
    { autumn, test_support_day (2026, 10, 25) },
  };

  set_now (2026, 11, 1, 12, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FtSession) session = NULL;
      g_autoptr(GPtrArray) listed = NULL;
      gint64 id = run_routine (nerve, cases[i].start, FT_SESSION_COMPLETED);
      guint count = 0;

      session = ft_session_log_get (session_log, id, &error);
      ck_assert_msg (g_date_compare (&session->day, &cases[i].day) == 0, "case %u: day %u-%u-%u",
                     i, g_date_get_year (&session->day), g_date_get_month (&session->day),
                     g_date_get_day (&session->day));
      ck_assert (ft_session_log_count_day (session_log, ft_routine_get_id (nerve), &cases[i].day,
                                           &count, &error));
      ck_assert_uint_eq (count, 1);
      listed = ft_session_log_list_range (session_log, &cases[i].day, &cases[i].day, &error);
      ck_assert_uint_eq (listed->len, 1);
    }

  /* The UTC date of the half past midnight session is the day before. */
  {
    g_autoptr(GDateTime) utc = g_date_time_to_utc (after_midnight);

    ck_assert_int_eq (g_date_time_get_day_of_month (utc), 29);
  }
}
END_TEST

START_TEST (test_pause_validation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtPause) open = NULL;
  g_autoptr(GPtrArray) pauses = NULL;
  g_autofree char *long_note = g_strnfill (10001, 'n');
  GDate start = test_support_day (2026, 3, 1);
  GDate end = test_support_day (2026, 2, 28);
  GDate later = test_support_day (2030, 1, 1);
  GDate bad;
  gboolean paused = FALSE;

  g_date_clear (&bad, 1);
  ck_assert_ptr_null (ft_session_log_add_pause (session_log, FT_PAUSE_INJURY, &start, &end, NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_session_log_add_pause (session_log, (FtPauseReason) 9, &start, NULL, NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_session_log_add_pause (session_log, FT_PAUSE_OTHER, &bad, NULL, NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_session_log_add_pause (session_log, FT_PAUSE_OTHER, &start, NULL, long_note,
                                            &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM pause"), 0);

  /* Open-ended: every later day is paused. */
  open = ft_session_log_add_pause (session_log, FT_PAUSE_INJURY, &start, NULL, "", &error);
  ck_assert_ptr_nonnull (open);
  ck_assert (!g_date_valid (&open->end));
  ck_assert_ptr_null (open->note);
  ck_assert (ft_session_log_is_day_paused (session_log, &later, &paused, &error));
  ck_assert (paused);

  ck_assert (ft_session_log_edit_pause (session_log, open->id, FT_PAUSE_REST, &start, &start,
                                        "One day", &error));
  ck_assert (ft_session_log_is_day_paused (session_log, &later, &paused, &error));
  ck_assert (!paused);
  ck_assert (!ft_session_log_edit_pause (session_log, open->id, FT_PAUSE_REST, &start, &end,
                                         NULL, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_session_log_edit_pause (session_log, 999, FT_PAUSE_REST, &start, NULL, NULL,
                                         &error));
  g_clear_pointer (&error, g_error_free);

  pauses = ft_session_log_list_pauses (session_log, &error);
  ck_assert_uint_eq (pauses->len, 1);
  ck_assert_int_eq (((FtPause *) g_ptr_array_index (pauses, 0))->reason, FT_PAUSE_REST);
  ck_assert_str_eq (((FtPause *) g_ptr_array_index (pauses, 0))->note, "One day");
}
END_TEST

/* Ten years of sessions: counting a week, a run of weeks and the streak
 * read an index, not the table, and take milliseconds. */
START_TEST (test_ten_years_stay_fast)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GArray) weeks = NULL;
  GDate today = test_support_day (2026, 3, 20);
  GDate first = day_before (&today, 3652);
  FtAdherence adherence;
  gint64 routine_ids[3];
  guint n_rows = 0;
  double seconds;

  routine_ids[0] = ft_routine_get_id (desk);
  {
    g_autoptr(FtRoutine) morning = builtin ("morning");
    g_autoptr(FtRoutine) nerve = builtin ("nerve-care");

    routine_ids[1] = ft_routine_get_id (morning);
    routine_ids[2] = ft_routine_get_id (nerve);
  }

  ck_assert_int_eq (sqlite3_exec (handle (), "BEGIN", NULL, NULL, NULL), SQLITE_OK);
  ck_assert_int_eq (sqlite3_prepare_v2 (handle (),
                                        "INSERT INTO session (day, started_us, ended_us, routine_id, "
                                        "routine_name, source, outcome) "
                                        "VALUES (?1, ?2, ?2 + 120000000, ?3, 'x', 'guided', ?4)",
                                        -1, &insert, NULL),
                    SQLITE_OK);
  for (GDate day = first; g_date_compare (&day, &today) <= 0; g_date_add_days (&day, 1))
    {
      char key[11];

      g_snprintf (key, sizeof key, "%04u-%02u-%02u", g_date_get_year (&day),
                  g_date_get_month (&day), g_date_get_day (&day));
      for (guint s = 0; s < 8; s++)
        {
          sqlite3_bind_text (insert, 1, key, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (insert, 2, (gint64) g_date_get_julian (&day) * G_USEC_PER_SEC * 86400);
          sqlite3_bind_int64 (insert, 3, routine_ids[s < 5 ? 0 : s - 4 > 2 ? 2 : s - 4]);
          sqlite3_bind_text (insert, 4, s == 7 ? "skipped" : "completed", -1, SQLITE_STATIC);
          ck_assert_int_eq (sqlite3_step (insert), SQLITE_DONE);
          sqlite3_reset (insert);
          n_rows++;
        }
    }
  g_clear_pointer (&insert, sqlite3_finalize);
  ck_assert_int_eq (sqlite3_exec (handle (), "COMMIT", NULL, NULL, NULL), SQLITE_OK);
  ck_assert_uint_gt (n_rows, 29000);
  ck_assert_int_eq (sqlite3_exec (handle (), "ANALYZE", NULL, NULL, NULL), SQLITE_OK);

  /* The counting query is answered from the covering index. */
  {
    g_autoptr(sqlite3_stmt) explain = NULL;
    g_autoptr(GString) details = g_string_new (NULL);

    ck_assert_int_eq (sqlite3_prepare_v2 (handle (),
                                          "EXPLAIN QUERY PLAN "
                                          "SELECT count(*), count(DISTINCT day) FROM session "
                                          "WHERE routine_id = 1 AND outcome IN ('completed', "
                                          "'partial') AND day BETWEEN '2026-03-16' AND '2026-03-22'",
                                          -1, &explain, NULL),
                      SQLITE_OK);
    while (sqlite3_step (explain) == SQLITE_ROW)
      g_string_append_printf (details, "%s; ", sqlite3_column_text (explain, 3));
    ck_assert_msg (strstr (details->str, "COVERING INDEX session_routine_outcome") != NULL,
                   "plan: %s", details->str);
  }

  timer = g_timer_new ();
  for (guint w = 0; w < 520; w++)
    {
      GDate day = day_before (&today, w * 7);
      guint sessions = 0;
      guint days = 0;

      ck_assert (ft_session_log_count_week (session_log, routine_ids[0], &day, &sessions, &days,
                                            &error));
      ck_assert_uint_eq (sessions, w == 0 ? 5 * 5 : 5 * 7);
    }
  seconds = g_timer_elapsed (timer, NULL);
  ck_assert_msg (seconds < 0.5, "520 weekly counts took %.3f s", seconds);
  printf ("# 520 weekly counts over ten years took %.0f µs\n", seconds * G_USEC_PER_SEC);

  g_timer_start (timer);
  weeks = ft_session_log_count_weeks (session_log, routine_ids[0], &first, 523, &error);
  ck_assert_ptr_nonnull (weeks);
  ck_assert_uint_eq (g_array_index (weeks, FtWeekCount, 100).sessions, 35);
  ck_assert (ft_session_log_get_adherence (session_log, desk, &today, &adherence, &error));
  seconds = g_timer_elapsed (timer, NULL);
  ck_assert_msg (seconds < 0.5, "ten years of weeks and the streak took %.3f s", seconds);
  printf ("# ten years of weekly counts and the streak took %.0f µs\n", seconds * G_USEC_PER_SEC);
  ck_assert_uint_eq (adherence.streak, 3653);
  ck_assert_uint_eq (adherence.done_today, 5);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("session-log");
  TCase *tc;

  tc = tcase_create ("sessions");
  tcase_add_checked_fixture (tc, open_log, close_log);
  tcase_add_test (tc, test_session_round_trip);
  tcase_add_test (tc, test_session_validation);
  tcase_add_test (tc, test_crash_keeps_finished_steps);
  tcase_add_test (tc, test_abandoned_without_steps_is_skipped);
  tcase_add_test (tc, test_manual_log);
  tcase_add_test (tc, test_edit_delete_restore);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("adherence");
  tcase_add_checked_fixture (tc, open_log, close_log);
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_targets_per_day_and_week);
  tcase_add_test (tc, test_streak_across_pause);
  tcase_add_test (tc, test_weekly_streak_across_pause);
  tcase_add_test (tc, test_session_across_midnight);
  tcase_add_test (tc, test_daylight_saving);
  tcase_add_test (tc, test_pause_validation);
  tcase_add_test (tc, test_ten_years_stay_fast);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
