/* check-demo.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-demo.h"
#include "ft-error.h"
#include "sql-query.h"
#include "test-support.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* One query per table, in a stable order. The dump test checks that this
 * covers every table, so a new table cannot slip out of the comparison. */
typedef struct
{
  const char *table;
  const char *query;
} TableDump;

static const TableDump table_dumps[] = {
  { "builtin_routine", "SELECT * FROM builtin_routine ORDER BY key" },
  { "exercise", "SELECT * FROM exercise ORDER BY id" },
  { "gear", "SELECT * FROM gear ORDER BY id" },
  { "gear_distance", "SELECT * FROM gear_distance ORDER BY id" },
  { "gear_event", "SELECT * FROM gear_event ORDER BY id" },
  { "journal_entry", "SELECT * FROM journal_entry ORDER BY id" },
  { "pause", "SELECT * FROM pause ORDER BY id" },
  { "pt_visit", "SELECT * FROM pt_visit ORDER BY id" },
  { "reminder_event", "SELECT * FROM reminder_event ORDER BY id" },
  { "routine", "SELECT * FROM routine ORDER BY id" },
  { "routine_event", "SELECT * FROM routine_event ORDER BY id" },
  { "routine_step", "SELECT * FROM routine_step ORDER BY id" },
  { "session", "SELECT * FROM session ORDER BY id" },
  { "session_step", "SELECT * FROM session_step ORDER BY id" },
  { "symptom_kind", "SELECT * FROM symptom_kind ORDER BY id" },
  { "symptom_rating", "SELECT * FROM symptom_rating ORDER BY entry_id, kind_id" },
};

/* The first and last day of each kind of record: all lie within the
 * requested weeks, except that shoes may be older than the journal. */
typedef struct
{
  const char *query;
  gboolean    may_predate;
} DayRange;

static const DayRange day_ranges[] = {
  { "SELECT min (day), max (day) FROM journal_entry", FALSE },
  { "SELECT min (day), max (day) FROM session", FALSE },
  { "SELECT min (day), max (day) FROM pt_visit", FALSE },
  { "SELECT min (day), max (day) FROM routine_event", FALSE },
  { "SELECT min (start_day), max (coalesce (end_day, start_day)) FROM pause", FALSE },
  { "SELECT min (day), max (day) FROM gear_event", TRUE },
  { "SELECT min (start_day), max (coalesce (retire_day, start_day)) FROM gear", TRUE },
};

/* Set by the fixture: an in-memory journal, and a fixed "today" in a zone
 * with daylight-saving time. */
static FtDatabase *db;
static GTimeZone *tz;
static GDateTime *now;

/* Helpers */

static void
append_value (GString      *out,
              sqlite3_stmt *stmt,
              int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      g_string_append (out, "NULL");
      break;

    case SQLITE_INTEGER:
      g_string_append_printf (out, "%" G_GINT64_FORMAT,
                              (gint64) sqlite3_column_int64 (stmt, column));
      break;

    case SQLITE_FLOAT:
      /* Seventeen digits tell any two doubles apart. */
      g_string_append_printf (out, "%.17g", sqlite3_column_double (stmt, column));
      break;

    case SQLITE_TEXT:
      g_string_append_printf (out, "'%s'", (const char *) sqlite3_column_text (stmt, column));
      break;

    default:
      {
        const guint8 *blob = sqlite3_column_blob (stmt, column);
        int size = sqlite3_column_bytes (stmt, column);

        g_string_append (out, "x'");
        for (int i = 0; i < size; i++)
          g_string_append_printf (out, "%02x", blob[i]);
        g_string_append_c (out, '\'');
      }
      break;
    }
}

/* Every row of every table, as text. */
static char *
dump_journal (FtDatabase *database)
{
  sqlite3 *handle = _ft_database_get_handle (database);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (table_dumps); t++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      ck_assert_int_eq (sqlite3_prepare_v2 (handle, table_dumps[t].query, -1, &stmt, NULL),
                        SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", table_dumps[t].table);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (c > 0)
                g_string_append_c (out, '|');
              append_value (out, stmt, c);
            }
          g_string_append_c (out, '\n');
        }
      ck_assert_int_eq (rc, SQLITE_DONE);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static FtDatabase *
open_memory (void)
{
  g_autoptr(GError) error = NULL;
  FtDatabase *database = ft_database_open (":memory:", &error);

  ck_assert_msg (database != NULL, "cannot open a journal: %s",
                 error != NULL ? error->message : "no error set");

  return database;
}

static void
fill_ok (FtDatabase *database,
         guint32     seed,
         guint       weeks)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = ft_demo_fill (database, seed, weeks, now, &error);

  ck_assert_msg (ok, "the demo of %u weeks failed: %s", weeks,
                 error != NULL ? error->message : "no error set");
}

/* The day @days_back days before now's day, in now's time zone. */
static char *
format_day_before (guint days_back)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -(int) days_back);

  return g_date_time_format (day, "%Y-%m-%d");
}

static void
assert_within_weeks (FtDatabase *database,
                     guint       weeks)
{
  sqlite3 *handle = _ft_database_get_handle (database);
  g_autofree char *first = format_day_before (weeks * 7 - 1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  for (guint i = 0; i < G_N_ELEMENTS (day_ranges); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      const char *min_day;
      const char *max_day;

      ck_assert_int_eq (sqlite3_prepare_v2 (handle, day_ranges[i].query, -1, &stmt, NULL),
                        SQLITE_OK);
      ck_assert_int_eq (sqlite3_step (stmt), SQLITE_ROW);
      min_day = (const char *) sqlite3_column_text (stmt, 0);
      max_day = (const char *) sqlite3_column_text (stmt, 1);

      /* A short demo may have no pause at all. */
      if (min_day == NULL)
        continue;

      ck_assert_msg (day_ranges[i].may_predate || g_strcmp0 (min_day, first) >= 0,
                     "%s: %s is before the first day %s", day_ranges[i].query, min_day, first);
      ck_assert_msg (g_strcmp0 (max_day, today) <= 0, "%s: %s is after today %s",
                     day_ranges[i].query, max_day, today);
    }

  ck_assert_str_le (first, today);
}

/* Fixture */

static void
open_journal (void)
{
  tz = g_time_zone_new_identifier ("Europe/Berlin");
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  now = g_date_time_new (tz, 2026, 3, 15, 12, 0, 0);
  db = open_memory ();
}

static void
close_journal (void)
{
  g_clear_object (&db);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&tz, g_time_zone_unref);
}

/* Tests */

START_TEST (test_same_seed_same_rows)
{
  g_autoptr(FtDatabase) twin = open_memory ();
  g_autoptr(FtDatabase) other = open_memory ();
  g_autofree char *dump = NULL;
  g_autofree char *twin_dump = NULL;
  g_autofree char *other_dump = NULL;

  /* The dump must see every table, or it could miss a difference. */
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM sqlite_schema "
                                     "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"),
                    G_N_ELEMENTS (table_dumps));

  fill_ok (db, FT_DEMO_DEFAULT_SEED, FT_DEMO_DEFAULT_WEEKS);
  fill_ok (twin, FT_DEMO_DEFAULT_SEED, FT_DEMO_DEFAULT_WEEKS);
  fill_ok (other, FT_DEMO_DEFAULT_SEED + 1, FT_DEMO_DEFAULT_WEEKS);

  dump = dump_journal (db);
  twin_dump = dump_journal (twin);
  other_dump = dump_journal (other);

  ck_assert_uint_gt (strlen (dump), 1000);
  ck_assert_msg (g_str_equal (dump, twin_dump), "the same seed wrote different rows");
  ck_assert_msg (!g_str_equal (dump, other_dump), "a different seed wrote the same rows");
}
END_TEST

START_TEST (test_rows_satisfy_schema)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  fill_ok (db, FT_DEMO_DEFAULT_SEED, FT_DEMO_DEFAULT_WEEKS);

  ck_assert_int_eq (sqlite3_prepare_v2 (handle, "PRAGMA foreign_key_check", -1, &stmt, NULL),
                    SQLITE_OK);
  ck_assert_msg (sqlite3_step (stmt) == SQLITE_DONE, "a row in %s breaks a foreign key",
                 (const char *) sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);

  ck_assert_int_eq (sqlite3_prepare_v2 (handle, "PRAGMA integrity_check", -1, &stmt, NULL),
                    SQLITE_OK);
  ck_assert_int_eq (sqlite3_step (stmt), SQLITE_ROW);
  ck_assert_str_eq ((const char *) sqlite3_column_text (stmt, 0), "ok");

  ck_assert_int_gt (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM journal_entry"), 0);
  assert_within_weeks (db, FT_DEMO_DEFAULT_WEEKS);

  /* The demo writes through the schema, so every day is a real date. */
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM journal_entry "
                                     "WHERE date (day) IS NOT day"),
                    0);
}
END_TEST

/* The mean of the nerve symptoms rated from @from to before @to, both
 * date modifiers relative to the day the insole went in. */
static double
mean_nerve_symptoms (const char *from,
                     const char *to)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("WITH change AS (SELECT ev.day FROM gear_event ev "
                         "                JOIN gear g ON g.id = ev.gear_id "
                         "                WHERE ev.kind = 'start' AND g.kind = 'insole') "
                         "SELECT avg (r.value) FROM symptom_rating r "
                         "JOIN symptom_kind k ON k.id = r.kind_id "
                         "JOIN journal_entry e ON e.id = r.entry_id, change "
                         "WHERE k.key IN ('tingling', 'burning', 'numbness', 'night_pain') "
                         "  AND e.day >= date (change.day, %s) AND e.day < date (change.day, %s)",
                         from, to);

  return sql_query_double (_ft_database_get_handle (db), sql);
}

START_TEST (test_realistic_content)
{
  guint n_days = FT_DEMO_DEFAULT_WEEKS * 7;
  gint64 n_entries;
  gint64 n_entry_days;
  gint64 n_session_days;
  double before;
  double after;

  ck_assert_uint_eq (FT_DEMO_DEFAULT_WEEKS, 26);
  fill_ok (db, FT_DEMO_DEFAULT_SEED, FT_DEMO_DEFAULT_WEEKS);

  n_entries = sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM journal_entry");
  ck_assert_int_ge (n_entries, 150);
  ck_assert_int_lt (n_entries, n_days * 2);

  ck_assert_int_gt (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM symptom_rating"), n_entries);
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM symptom_rating "
                                     "WHERE typeof (value) <> 'integer' "
                                     "   OR value NOT BETWEEN 0 AND 10"),
                    0);
  /* Not a flat line: the ratings use a good part of the scale. */
  ck_assert_int_ge (sql_query_int64 (_ft_database_get_handle (db), "SELECT max (value) - min (value) FROM symptom_rating"), 5);

  /* Real journals have gaps. */
  n_entry_days = sql_query_int64 (_ft_database_get_handle (db), "SELECT count(DISTINCT day) FROM journal_entry");
  ck_assert_int_lt (n_entry_days, n_days);
  ck_assert_int_gt (n_entry_days, n_days * 3 / 4);

  n_session_days = sql_query_int64 (_ft_database_get_handle (db), "SELECT count(DISTINCT day) FROM session");
  ck_assert_int_gt (n_session_days, n_days * 2 / 3);
  ck_assert_int_gt (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM session_step"),
                    sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM session"));

  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM pt_visit"), 2);

  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM gear_event ev "
                                     "JOIN gear g ON g.id = ev.gear_id "
                                     "WHERE ev.kind = 'start' AND g.kind = 'insole'"),
                    1);

  /* The insole's effect: nerve symptoms in the four weeks before it went in
   * against weeks five to eight after, once it has had time to work. */
  before = mean_nerve_symptoms ("'-28 days'", "'+0 days'");
  after = mean_nerve_symptoms ("'+28 days'", "'+56 days'");
  ck_assert_msg (before > after + 1.0, "nerve symptoms %.2f before the insole, %.2f after",
                 before, after);
}
END_TEST

START_TEST (test_refuses_journal_with_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  ck_assert_int_eq (sqlite3_exec (_ft_database_get_handle (db),
                                  "INSERT INTO pt_visit (day, clinic, created_us) "
                                  "VALUES ('2026-03-10', 'Own clinic', 0)",
                                  NULL, NULL, NULL),
                    SQLITE_OK);
  before = dump_journal (db);

  ck_assert (!ft_demo_fill (db, FT_DEMO_DEFAULT_SEED, FT_DEMO_DEFAULT_WEEKS, now, &error));
  ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_EXISTS),
                 "expected FT_ERROR_EXISTS, got %s", error != NULL ? error->message : "none");

  after = dump_journal (db);
  ck_assert_str_eq (before, after);
}
END_TEST

START_TEST (test_refuses_weeks_out_of_range)
{
  const guint bad_weeks[] = { 0, FT_DEMO_MAX_WEEKS + 1, G_MAXUINT };
  g_autofree char *before = dump_journal (db);

  for (guint i = 0; i < G_N_ELEMENTS (bad_weeks); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      ck_assert (!ft_demo_fill (db, FT_DEMO_DEFAULT_SEED, bad_weeks[i], now, &error));
      ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID),
                     "%u weeks: expected FT_ERROR_INVALID, got %s", bad_weeks[i],
                     error != NULL ? error->message : "none");

      after = dump_journal (db);
      ck_assert_str_eq (before, after);
    }
}
END_TEST

/* The shortest demo has no room for a follow-up visit or a pause, and must
 * still be a valid journal. */
START_TEST (test_one_week)
{
  fill_ok (db, FT_DEMO_DEFAULT_SEED, 1);

  ck_assert_int_ge (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(DISTINCT day) FROM journal_entry"), 4);
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM pt_visit"), 1);
  assert_within_weeks (db, 1);
}
END_TEST

START_TEST (test_ten_years_across_daylight_saving)
{
  const guint weeks = 520;
  guint n_days = weeks * 7;
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n_checked = 0;
  gint64 n_entry_days;

  fill_ok (db, FT_DEMO_DEFAULT_SEED, weeks);

  assert_within_weeks (db, weeks);
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM journal_entry "
                                     "WHERE date (day) IS NOT day"),
                    0);
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db), "SELECT count(*) FROM ("
                                     "  SELECT day, foot FROM journal_entry "
                                     "  GROUP BY day, foot HAVING count(*) > 1)"),
                    0);

  /* Beyond the random gaps and the one-week holiday, every day is there:
   * a day lost or doubled at a clock change would show up as a longer gap. */
  n_entry_days = sql_query_int64 (_ft_database_get_handle (db), "SELECT count(DISTINCT day) FROM journal_entry");
  ck_assert_int_gt (n_entry_days, (n_days - 7) * 88 / 100);
  ck_assert_int_le (sql_query_int64 (_ft_database_get_handle (db),
                                     "SELECT max (julianday (day) - julianday (previous)) FROM ("
                                     "  SELECT day, lag (day) OVER (ORDER BY day) AS previous "
                                     "  FROM (SELECT DISTINCT day FROM journal_entry))"),
                    7 + 4);

  /* Each recorded instant falls on its row's local day at the local hour
   * the demo chose, in spring and autumn alike. */
  ck_assert_int_eq (sqlite3_prepare_v2 (handle,
                                        "SELECT day, created_us, 21 * 60 + 30 FROM journal_entry "
                                        "UNION ALL "
                                        "SELECT day, started_us, -1 FROM session",
                                        -1, &stmt, NULL),
                    SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *day = (const char *) sqlite3_column_text (stmt, 0);
      gint64 usec = sqlite3_column_int64 (stmt, 1);
      int expected_minute = sqlite3_column_int (stmt, 2);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc_usec (usec);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
      g_autofree char *local_day = g_date_time_format (local, "%Y-%m-%d");

      ck_assert_msg (g_str_equal (local_day, day), "an instant of %s falls on %s", day, local_day);
      if (expected_minute >= 0)
        ck_assert_msg (g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local) ==
                       expected_minute,
                       "the entry of %s was written at %02d:%02d", day,
                       g_date_time_get_hour (local), g_date_time_get_minute (local));
      n_checked++;
    }
  ck_assert_uint_gt (n_checked, n_days);
}
END_TEST

static Suite *
demo_suite (void)
{
  Suite *suite = suite_create ("demo");
  TCase *tc = tcase_create ("demo");

  tcase_add_checked_fixture (tc, open_journal, close_journal);
  /* Ten years under the sanitizers takes far longer than Check's default 4 s. */
  tcase_set_timeout (tc, 100);
  tcase_add_test (tc, test_same_seed_same_rows);
  tcase_add_test (tc, test_rows_satisfy_schema);
  tcase_add_test (tc, test_realistic_content);
  tcase_add_test (tc, test_refuses_journal_with_data);
  tcase_add_test (tc, test_refuses_weeks_out_of_range);
  tcase_add_test (tc, test_one_week);
  tcase_add_test (tc, test_ten_years_across_daylight_saving);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return test_support_run (demo_suite ());
}
