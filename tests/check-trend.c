/* check-trend.c — weekly trends: buckets, filters, sessions, pauses, events.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-demo.h"
#include "ft-error.h"
#include "ft-journal.h"
#include "ft-session-log.h"
#include "ft-trend.h"
#include "sql-query.h"
#include "temp-folder.h"
#include "test-support.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Set by the fixture: an in-memory journal in Europe/Berlin whose clock the
 * tests set. The journal starts empty: no routines, no built-ins. */
static FtDatabase *db;
static FtJournal *journal;
static GTimeZone *tz;
static GDateTime *now;

/* Helpers */

static GDateTime *
fake_now (gpointer user_data)
{
  return g_date_time_ref (now);
}

static void
set_now (int year,
         int month,
         int day,
         int hour,
         int minute)
{
  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
open_journal (void)
{
  g_autoptr(GError) error = NULL;

  tz = g_time_zone_new_identifier ("Europe/Berlin");
  ck_assert_msg (tz != NULL, "the test needs the Europe/Berlin time zone");
  /* Friday 20 March 2026. */
  set_now (2026, 3, 20, 18, 0);
  db = ft_database_open (":memory:", &error);
  ck_assert_ptr_null (error);
  journal = ft_journal_new (db, fake_now, NULL, NULL);
}

static void
close_journal (void)
{
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

static void
exec_ok (const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (handle (), sql, NULL, NULL, &message);

  ck_assert_msg (rc == SQLITE_OK, "%s: %s", sql, message != NULL ? message : "");
  sqlite3_free (message);
}

static gint64
symptom_id (const char *key)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM symptom_kind WHERE key = '%s'", key);

  return sql_query_int64 (handle (), sql);
}

static void
rate (int         year,
      int         month,
      int         day,
      FtFoot      foot,
      const char *key,
      int         value)
{
  g_autoptr(GError) error = NULL;
  GDate date = test_support_day (year, month, day);

  ck_assert_msg (ft_journal_set_rating (journal, &date, foot, symptom_id (key), value, &error),
                 "rating: %s", error != NULL ? error->message : "");
}

static void
hours (int    year,
       int    month,
       int    day,
       FtFoot foot,
       double value)
{
  g_autoptr(GError) error = NULL;
  GDate date = test_support_day (year, month, day);

  ck_assert (ft_journal_set_hours_on_feet (journal, &date, foot, value, &error));
}

static FtTrend *
query (FtTrendRange range,
       FtFootFilter foot,
       GDateWeekday week_start)
{
  g_autoptr(GError) error = NULL;
  FtTrend *trend = ft_trend_query (journal, range, foot, week_start, &error);

  ck_assert_msg (trend != NULL, "query: %s", error != NULL ? error->message : "");

  return trend;
}

static double
weekly (const FtTrend *trend,
        const char    *key,
        guint          week)
{
  FtTrendSeries *series = ft_trend_find_series (trend, key);

  ck_assert_ptr_nonnull (series);
  ck_assert_uint_lt (week, series->weekly->len);

  return g_array_index (series->weekly, double, week);
}

static guint
weekly_days (const FtTrend *trend,
             const char    *key,
             guint          week)
{
  FtTrendSeries *series = ft_trend_find_series (trend, key);

  ck_assert_ptr_nonnull (series);

  return g_array_index (series->weekly_days, guint, week);
}

static void
assert_day (const GDate *day,
            int          year,
            int          month,
            int          mday)
{
  ck_assert_int_eq (g_date_get_year (day), year);
  ck_assert_int_eq (g_date_get_month (day), month);
  ck_assert_int_eq (g_date_get_day (day), mday);
}

static int
day_index (const FtTrend *trend,
           int            year,
           int            month,
           int            mday)
{
  GDate day = test_support_day (year, month, mday);

  return ft_trend_get_day_index (trend, &day);
}

static const FtTrendWeekSessions *
week_sessions (const FtTrend *trend,
               guint          week)
{
  ck_assert_uint_lt (week, trend->sessions->len);

  return &g_array_index (trend->sessions, FtTrendWeekSessions, week);
}

static void
add_session (const char *day,
             const char *outcome,
             const char *routine_id)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO session (day, started_us, routine_id, source, outcome) "
                         "VALUES ('%s', 1, %s, 'manual', '%s')", day, routine_id, outcome);

  exec_ok (sql);
}

/* Tests: ranges, filters, building by hand */

START_TEST (test_keys)
{
  static const char * const range_keys[] = { "4w", "12w", "6m", "1y", "all" };
  static const guint weeks[] = { 4, 12, 26, 52, 0 };
  static const char * const foot_keys[] = { "all", "left", "right", "both" };
  FtTrendRange range;
  FtFootFilter foot;

  for (guint i = 0; i < FT_TREND_N_RANGES; i++)
    {
      ck_assert_str_eq (ft_trend_range_to_key (i), range_keys[i]);
      ck_assert (ft_trend_range_from_key (range_keys[i], &range));
      ck_assert_int_eq (range, i);
      ck_assert_uint_eq (ft_trend_range_get_weeks (i), weeks[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (foot_keys); i++)
    {
      ck_assert_str_eq (ft_foot_filter_to_key (i), foot_keys[i]);
      ck_assert (ft_foot_filter_from_key (foot_keys[i], &foot));
      ck_assert_int_eq (foot, i);
    }

  ck_assert (!ft_trend_range_from_key ("2w", &range));
  ck_assert (!ft_trend_range_from_key (NULL, &range));
  ck_assert (!ft_foot_filter_from_key ("Left", &foot));
  ck_assert_str_eq (ft_foot_filter_to_sql (FT_FOOT_FILTER_ALL), "1");
  ck_assert_ptr_nonnull (strstr (ft_foot_filter_to_sql (FT_FOOT_FILTER_LEFT), "'both'"));
  ck_assert_ptr_nonnull (strstr (ft_foot_filter_to_sql (FT_FOOT_FILTER_RIGHT), "'right'"));
  ck_assert_ptr_null (strstr (ft_foot_filter_to_sql (FT_FOOT_FILTER_BOTH), "'left'"));
}
END_TEST

START_TEST (test_build_by_hand)
{
  g_autoptr(FtTrend) trend = NULL;
  g_autoptr(FtTrend) again = NULL;
  g_autoptr(FtTrendEvent) copy = NULL;
  GDate first = test_support_day (2026, 2, 23);
  GDate today = test_support_day (2026, 3, 20);
  GDate day;
  FtTrendSeries *series;
  FtTrendEvent event = {
    FT_TREND_EVENT_VISIT, 7, { 0 }, (char *) "PT visit", (char *) "PT visit.",
  };

  trend = ft_trend_new_empty (&first, &today, G_DATE_MONDAY, 4);
  ck_assert_uint_eq (trend->n_weeks, 4);
  ck_assert_int_eq (trend->range, FT_TREND_RANGE_4_WEEKS);
  ck_assert_uint_eq (trend->sessions->len, 4);
  ck_assert_uint_eq (trend->series->len, 0);
  ck_assert_uint_eq (trend->events->len, 0);

  series = ft_trend_add_series (trend, 12, "heel", "Heel ache");
  ck_assert_uint_eq (series->weekly->len, 4);
  for (guint w = 0; w < 4; w++)
    ck_assert (isnan (g_array_index (series->weekly, double, w)));

  ft_trend_series_set_day (series, 9, 4);
  ft_trend_series_set_day (series, 7, 2);
  ft_trend_series_set_day (series, 27, 5);
  ck_assert_double_eq (g_array_index (series->weekly, double, 1), 3);
  ck_assert_uint_eq (g_array_index (series->weekly_days, guint, 1), 2);
  ck_assert_double_eq (g_array_index (series->weekly, double, 3), 5);
  ck_assert (isnan (g_array_index (series->weekly, double, 2)));
  /* Kept in day order. */
  ck_assert_uint_eq (series->daily->len, 3);
  ck_assert_uint_eq (g_array_index (series->daily, FtTrendPoint, 0).day, 7);
  ck_assert_uint_eq (g_array_index (series->daily, FtTrendPoint, 2).day, 27);

  /* Setting a day again replaces it; NAN takes it away. */
  ft_trend_series_set_day (series, 9, 8);
  ck_assert_double_eq (g_array_index (series->weekly, double, 1), 5);
  ft_trend_series_set_day (series, 7, NAN);
  ft_trend_series_set_day (series, 9, NAN);
  ck_assert (isnan (g_array_index (series->weekly, double, 1)));
  ck_assert_uint_eq (g_array_index (series->weekly_days, guint, 1), 0);
  ck_assert_uint_eq (series->daily->len, 1);

  ck_assert_ptr_eq (ft_trend_find_series (trend, "heel"), series);
  ck_assert_ptr_null (ft_trend_find_series (trend, "tingling"));

  ck_assert_int_eq (day_index (trend, 2026, 2, 23), 0);
  ck_assert_int_eq (day_index (trend, 2026, 3, 22), 27);
  ck_assert_int_eq (day_index (trend, 2026, 3, 23), -1);
  ck_assert_int_eq (day_index (trend, 2026, 2, 22), -1);
  ft_trend_get_week_day (trend, 2, &day);
  assert_day (&day, 2026, 3, 9);

  again = ft_trend_ref (trend);
  ck_assert_ptr_eq (again, trend);
  ck_assert (G_TYPE_IS_BOXED (FT_TYPE_TREND));

  event.day = today;
  copy = ft_trend_event_copy (&event);
  ck_assert_str_eq (copy->label, "PT visit");
  ck_assert_str_eq (copy->detail, "PT visit.");
  ck_assert_int_eq (copy->source_id, 7);
  ck_assert (g_date_compare (&copy->day, &today) == 0);
  ck_assert (G_TYPE_IS_BOXED (FT_TYPE_TREND_EVENT));
}
END_TEST

/* Tests: weeks */

START_TEST (test_weekly_buckets_with_gaps)
{
  g_autoptr(FtTrend) trend = NULL;
  FtTrendSeries *tingling;

  /* Four weeks from Monday 23 February to Sunday 22 March. */
  rate (2026, 2, 24, FT_FOOT_LEFT, "tingling", 4);
  rate (2026, 2, 26, FT_FOOT_LEFT, "tingling", 6);
  /* Week 1 has no rating: a gap, not 0. */
  rate (2026, 3, 11, FT_FOOT_LEFT, "tingling", 2);
  rate (2026, 3, 11, FT_FOOT_RIGHT, "tingling", 4);
  rate (2026, 3, 12, FT_FOOT_LEFT, "tingling", 0);
  rate (2026, 3, 20, FT_FOOT_LEFT, "tingling", 7);
  /* Before the range. */
  rate (2026, 2, 22, FT_FOOT_LEFT, "tingling", 10);

  trend = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&trend->first_day, 2026, 2, 23);
  assert_day (&trend->today, 2026, 3, 20);
  ck_assert_uint_eq (trend->n_weeks, 4);
  ck_assert_int_eq (trend->range, FT_TREND_RANGE_4_WEEKS);
  ck_assert_int_eq (trend->week_start, G_DATE_MONDAY);

  ck_assert_double_eq_tol (weekly (trend, "tingling", 0), 5.0, 1e-9);
  ck_assert_uint_eq (weekly_days (trend, "tingling", 0), 2);
  ck_assert (isnan (weekly (trend, "tingling", 1)));
  ck_assert_uint_eq (weekly_days (trend, "tingling", 1), 0);
  /* Day means first (3 and 0), then the week's mean of days. */
  ck_assert_double_eq_tol (weekly (trend, "tingling", 2), 1.5, 1e-9);
  ck_assert_uint_eq (weekly_days (trend, "tingling", 2), 2);
  ck_assert_double_eq_tol (weekly (trend, "tingling", 3), 7.0, 1e-9);

  tingling = ft_trend_find_series (trend, "tingling");
  ck_assert_uint_eq (tingling->daily->len, 5);
  ck_assert_uint_eq (g_array_index (tingling->daily, FtTrendPoint, 0).day, 1);
  ck_assert_uint_eq (g_array_index (tingling->daily, FtTrendPoint, 2).day, 16);
  ck_assert_double_eq_tol (g_array_index (tingling->daily, FtTrendPoint, 2).value, 3.0, 1e-9);
  ck_assert_uint_eq (g_array_index (tingling->daily, FtTrendPoint, 4).day, 25);

  /* Other symptoms: every week a gap. */
  for (guint w = 0; w < 4; w++)
    ck_assert (isnan (weekly (trend, "burning", w)));
}
END_TEST

START_TEST (test_year_boundary)
{
  g_autoptr(FtTrend) trend = NULL;

  /* Wednesday 7 January 2026; this week began on Monday 5 January. */
  set_now (2026, 1, 7, 9, 0);
  rate (2025, 12, 28, FT_FOOT_BOTH, "burning", 8);
  rate (2025, 12, 31, FT_FOOT_BOTH, "burning", 2);
  rate (2026, 1, 1, FT_FOOT_BOTH, "burning", 4);
  rate (2026, 1, 4, FT_FOOT_BOTH, "burning", 6);
  rate (2026, 1, 5, FT_FOOT_BOTH, "burning", 1);

  trend = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&trend->first_day, 2025, 12, 15);
  ck_assert_double_eq_tol (weekly (trend, "burning", 1), 8.0, 1e-9);
  /* Monday 29 December to Sunday 4 January is one week. */
  ck_assert_double_eq_tol (weekly (trend, "burning", 2), 4.0, 1e-9);
  ck_assert_uint_eq (weekly_days (trend, "burning", 2), 3);
  ck_assert_double_eq_tol (weekly (trend, "burning", 3), 1.0, 1e-9);
  ck_assert_int_eq (day_index (trend, 2026, 1, 1), 17);
}
END_TEST

START_TEST (test_week_start)
{
  g_autoptr(FtTrend) monday = NULL;
  g_autoptr(FtTrend) sunday = NULL;
  g_autoptr(FtTrend) friday = NULL;

  /* Sunday 15 and Monday 16 March; today is Friday 20 March. */
  rate (2026, 3, 15, FT_FOOT_LEFT, "numbness", 5);
  rate (2026, 3, 16, FT_FOOT_LEFT, "numbness", 1);

  monday = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&monday->first_day, 2026, 2, 23);
  ck_assert_double_eq_tol (weekly (monday, "numbness", 2), 5.0, 1e-9);
  ck_assert_double_eq_tol (weekly (monday, "numbness", 3), 1.0, 1e-9);

  sunday = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_SUNDAY);
  ck_assert_int_eq (g_date_get_weekday (&sunday->first_day), G_DATE_SUNDAY);
  assert_day (&sunday->first_day, 2026, 2, 22);
  ck_assert_int_eq (sunday->week_start, G_DATE_SUNDAY);
  /* Sunday 15 to Saturday 21 March holds both. */
  ck_assert_double_eq_tol (weekly (sunday, "numbness", 3), 3.0, 1e-9);
  ck_assert_uint_eq (weekly_days (sunday, "numbness", 3), 2);
  ck_assert (isnan (weekly (sunday, "numbness", 2)));

  /* A week starting on today's weekday begins today. */
  friday = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_FRIDAY);
  assert_day (&friday->first_day, 2026, 2, 27);
  ck_assert_int_eq (day_index (friday, 2026, 3, 20), 21);
}
END_TEST

/* Days are local calendar days: the 23-hour day when the clocks go forward
 * and the 25-hour day when they go back are each one day. */
START_TEST (test_daylight_saving)
{
  g_autoptr(FtTrend) spring = NULL;
  g_autoptr(FtTrend) after_midnight = NULL;
  g_autoptr(FtTrend) autumn = NULL;
  FtTrendSeries *night;

  /* Sunday 29 March 2026 has 23 hours in Berlin; 23:30 is 21:30 UTC. */
  set_now (2026, 3, 29, 23, 30);
  rate (2026, 3, 28, FT_FOOT_LEFT, "night_pain", 6);
  rate (2026, 3, 29, FT_FOOT_LEFT, "night_pain", 2);

  spring = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&spring->today, 2026, 3, 29);
  assert_day (&spring->first_day, 2026, 3, 2);
  ck_assert_double_eq_tol (weekly (spring, "night_pain", 3), 4.0, 1e-9);
  night = ft_trend_find_series (spring, "night_pain");
  ck_assert_uint_eq (g_array_index (night->daily, FtTrendPoint, 0).day, 26);
  ck_assert_uint_eq (g_array_index (night->daily, FtTrendPoint, 1).day, 27);

  /* An hour later it is Monday in Berlin, still Sunday in UTC: a new week. */
  set_now (2026, 3, 30, 0, 30);
  ck_assert_int_eq (g_date_time_get_day_of_month (now), 30);
  rate (2026, 3, 30, FT_FOOT_LEFT, "night_pain", 9);
  after_midnight = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&after_midnight->today, 2026, 3, 30);
  assert_day (&after_midnight->first_day, 2026, 3, 9);
  ck_assert_double_eq_tol (weekly (after_midnight, "night_pain", 2), 4.0, 1e-9);
  ck_assert_double_eq_tol (weekly (after_midnight, "night_pain", 3), 9.0, 1e-9);
  ck_assert_int_eq (day_index (after_midnight, 2026, 3, 30), 21);

  /* Sunday 25 October 2026 has 25 hours. */
  set_now (2026, 10, 26, 8, 0);
  rate (2026, 10, 24, FT_FOOT_LEFT, "first_step_pain", 3);
  rate (2026, 10, 25, FT_FOOT_LEFT, "first_step_pain", 5);
  rate (2026, 10, 26, FT_FOOT_LEFT, "first_step_pain", 8);
  autumn = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&autumn->first_day, 2026, 10, 5);
  ck_assert_double_eq_tol (weekly (autumn, "first_step_pain", 2), 4.0, 1e-9);
  ck_assert_double_eq_tol (weekly (autumn, "first_step_pain", 3), 8.0, 1e-9);
  ck_assert_int_eq (day_index (autumn, 2026, 10, 25), 20);
  ck_assert_int_eq (day_index (autumn, 2026, 10, 26), 21);
}
END_TEST

/* Tests: symptoms and feet */

START_TEST (test_custom_and_hidden_symptoms)
{
  static const char * const keys[] = { "tingling", "burning", "night_pain", "first_step_pain" };
  g_autoptr(FtSymptom) heel = NULL;
  g_autoptr(FtSymptom) toes = NULL;
  g_autoptr(FtTrend) trend = NULL;
  g_autoptr(GError) error = NULL;
  FtTrendSeries *series;

  heel = ft_journal_add_symptom (journal, "Heel ache", &error);
  toes = ft_journal_add_symptom (journal, "Toe cramps", &error);
  ck_assert_ptr_nonnull (toes);
  rate (2026, 3, 18, FT_FOOT_LEFT, ft_symptom_get_key (heel), 6);
  rate (2026, 3, 18, FT_FOOT_LEFT, "numbness", 3);
  rate (2026, 3, 18, FT_FOOT_LEFT, ft_symptom_get_key (toes), 3);

  ck_assert (ft_journal_set_symptom_hidden (journal, symptom_id ("numbness"), TRUE, &error));
  ck_assert (ft_journal_set_symptom_hidden (journal, ft_symptom_get_id (toes), TRUE, &error));
  /* Custom symptoms before built-ins in the journal's order still come after. */
  exec_ok ("UPDATE symptom_kind SET position = 0 WHERE builtin = 0");

  trend = query (FT_TREND_RANGE_12_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  ck_assert_uint_eq (trend->n_weeks, 12);
  ck_assert_uint_eq (trend->series->len, 5);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      series = g_ptr_array_index (trend->series, i);
      ck_assert_str_eq (series->key, keys[i]);
      ck_assert (series->builtin);
    }

  series = g_ptr_array_index (trend->series, 0);
  ck_assert_str_eq (series->name, "Tingling");
  ck_assert_int_eq (series->position, 1);
  series = g_ptr_array_index (trend->series, 3);
  ck_assert_str_eq (series->name, "First-step pain");

  series = g_ptr_array_index (trend->series, 4);
  ck_assert_str_eq (series->key, ft_symptom_get_key (heel));
  ck_assert_str_eq (series->name, "Heel ache");
  ck_assert_int_eq (series->symptom_id, ft_symptom_get_id (heel));
  ck_assert (!series->builtin);
  ck_assert_double_eq_tol (weekly (trend, ft_symptom_get_key (heel), 11), 6.0, 1e-9);

  ck_assert_ptr_null (ft_trend_find_series (trend, "numbness"));
  ck_assert_ptr_null (ft_trend_find_series (trend, ft_symptom_get_key (toes)));
}
END_TEST

START_TEST (test_foot_filter)
{
  static const struct
  {
    FtFootFilter foot;
    double       mixed;
    double       left_only;
  } cases[] = {
    { FT_FOOT_FILTER_ALL, 4.0, 8.0 },
    { FT_FOOT_FILTER_LEFT, 3.0, 8.0 },
    { FT_FOOT_FILTER_RIGHT, 5.0, NAN },
    { FT_FOOT_FILTER_BOTH, 4.0, NAN },
  };

  /* Monday 16 March: each foot and both; Wednesday 11 March: the left only. */
  rate (2026, 3, 16, FT_FOOT_LEFT, "tingling", 2);
  rate (2026, 3, 16, FT_FOOT_RIGHT, "tingling", 6);
  rate (2026, 3, 16, FT_FOOT_BOTH, "tingling", 4);
  rate (2026, 3, 11, FT_FOOT_LEFT, "tingling", 8);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FtTrend) trend = query (FT_TREND_RANGE_4_WEEKS, cases[i].foot, G_DATE_MONDAY);
      double left_only = weekly (trend, "tingling", 2);

      ck_assert_int_eq (trend->foot, cases[i].foot);
      ck_assert_msg (fabs (weekly (trend, "tingling", 3) - cases[i].mixed) < 1e-9,
                     "filter %s: %g", ft_foot_filter_to_key (cases[i].foot),
                     weekly (trend, "tingling", 3));
      if (isnan (cases[i].left_only))
        ck_assert_msg (isnan (left_only), "filter %s", ft_foot_filter_to_key (cases[i].foot));
      else
        ck_assert_double_eq_tol (left_only, cases[i].left_only, 1e-9);
    }
}
END_TEST

/* Tests: sessions, targets and pauses */

START_TEST (test_sessions_and_targets)
{
  g_autoptr(FtTrend) trend = NULL;

  /* Twice a day, three days a week, and one with no target. */
  exec_ok ("INSERT INTO routine (id, name, target_count, target_period, created_us) VALUES "
           "(1, 'Twice', 2, 'day', 0), (2, 'Thrice', 3, 'week', 0), (3, 'Free', NULL, NULL, 0)");

  /* Week 3 (16–22 March): completed and partial count, of any routine or
   * none; skipped and running do not. */
  add_session ("2026-03-16", "completed", "1");
  add_session ("2026-03-16", "partial", "2");
  add_session ("2026-03-17", "completed", "NULL");
  add_session ("2026-03-18", "skipped", "1");
  add_session ("2026-03-20", "running", "1");
  add_session ("2026-03-20", "completed", "3");
  /* Week 0, and before the range. */
  add_session ("2026-02-23", "completed", "1");
  add_session ("2026-02-22", "completed", "1");
  /* Three days of week 1 paused (4 unpaused). */
  exec_ok ("INSERT INTO pause (start_day, end_day, reason) "
           "VALUES ('2026-03-06', '2026-03-08', 'holiday')");

  trend = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  ck_assert_uint_eq (week_sessions (trend, 0)->sessions, 1);
  ck_assert_uint_eq (week_sessions (trend, 1)->sessions, 0);
  ck_assert_uint_eq (week_sessions (trend, 2)->sessions, 0);
  ck_assert_uint_eq (week_sessions (trend, 3)->sessions, 4);

  /* 2 × 7 + 3, and with three days paused 2 × 4 + 3 × 4/7. */
  ck_assert_double_eq_tol (week_sessions (trend, 0)->target, 17.0, 1e-9);
  ck_assert_double_eq_tol (week_sessions (trend, 1)->target, 8.0 + 12.0 / 7.0, 1e-9);
  ck_assert_double_eq_tol (week_sessions (trend, 3)->target, 17.0, 1e-9);

  ck_assert_uint_eq (trend->pauses->len, 1);
  ck_assert_uint_eq (g_array_index (trend->pauses, FtTrendSpan, 0).first, 11);
  ck_assert_uint_eq (g_array_index (trend->pauses, FtTrendSpan, 0).last, 13);
  ck_assert_int_eq (g_array_index (trend->pauses, FtTrendSpan, 0).reason, FT_PAUSE_HOLIDAY);
}
END_TEST

START_TEST (test_no_target)
{
  g_autoptr(FtTrend) trend = NULL;

  exec_ok ("INSERT INTO routine (name, created_us) VALUES ('Free', 0)");
  add_session ("2026-03-19", "completed", "1");

  trend = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  ck_assert_uint_eq (week_sessions (trend, 3)->sessions, 1);
  for (guint w = 0; w < trend->n_weeks; w++)
    ck_assert_double_eq (week_sessions (trend, w)->target, 0);
}
END_TEST

START_TEST (test_pauses_clamped)
{
  g_autoptr(FtTrend) trend = NULL;
  const FtTrendSpan *span;

  exec_ok ("INSERT INTO routine (name, target_count, target_period, created_us) "
           "VALUES ('Daily', 1, 'day', 0)");
  exec_ok ("INSERT INTO pause (start_day, end_day, reason) VALUES "
           /* Entirely before the trend. */
           "('2026-01-01', '2026-01-10', 'rest'), "
           /* Into the first week from before. */
           "('2026-02-10', '2026-02-24', 'injury'), "
           /* Planned past the end of this week. */
           "('2026-03-22', '2026-04-05', 'holiday'), "
           /* Two overlapping in week 2. */
           "('2026-03-09', '2026-03-10', 'other'), "
           "('2026-03-10', '2026-03-11', 'other')");
  /* Still going: runs to today. */
  exec_ok ("INSERT INTO pause (start_day, end_day, reason) "
           "VALUES ('2026-03-18', NULL, 'flare_up')");

  trend = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  ck_assert_uint_eq (trend->pauses->len, 5);

  span = &g_array_index (trend->pauses, FtTrendSpan, 0);
  ck_assert_uint_eq (span->first, 0);
  ck_assert_uint_eq (span->last, 1);
  ck_assert_int_eq (span->reason, FT_PAUSE_INJURY);

  span = &g_array_index (trend->pauses, FtTrendSpan, 3);
  ck_assert_uint_eq (span->first, 23);
  ck_assert_uint_eq (span->last, 25);
  ck_assert_int_eq (span->reason, FT_PAUSE_FLARE_UP);

  span = &g_array_index (trend->pauses, FtTrendSpan, 4);
  ck_assert_uint_eq (span->first, 27);
  ck_assert_uint_eq (span->last, 27);

  /* Paused days are counted once, however many pauses cover them. */
  ck_assert_double_eq_tol (week_sessions (trend, 0)->target, 5.0, 1e-9);
  ck_assert_double_eq_tol (week_sessions (trend, 1)->target, 7.0, 1e-9);
  ck_assert_double_eq_tol (week_sessions (trend, 2)->target, 4.0, 1e-9);
  /* 18, 19, 20 (to today) and 22 paused. */
  ck_assert_double_eq_tol (week_sessions (trend, 3)->target, 3.0, 1e-9);
}
END_TEST

/* Tests: events */

static const FtTrendEvent *
event_at (GPtrArray *events,
          guint      index)
{
  ck_assert_uint_lt (index, events->len);

  return g_ptr_array_index (events, index);
}

static void
assert_event (const FtTrendEvent *event,
              FtTrendEventKind    kind,
              int                 month,
              int                 mday,
              const char         *label,
              const char         *detail)
{
  ck_assert_int_eq (event->kind, kind);
  assert_day (&event->day, 2026, month, mday);
  ck_assert_str_eq (event->label, label);
  ck_assert_str_eq (event->detail, detail);
}

START_TEST (test_events)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(FtTrend) trend = NULL;
  g_autoptr(GError) error = NULL;
  GDate first = test_support_day (2026, 3, 1);
  GDate last = test_support_day (2026, 3, 31);

  exec_ok ("INSERT INTO gear (id, kind, name, start_day, created_us) VALUES "
           "(1, 'insole', 'Arch-support insoles', '2026-03-02', 0), "
           "(2, 'running_shoe', 'Road runners', '2026-01-01', 0), "
           "(3, 'running_shoe', 'Trail runners with a very long name', '2026-01-01', 0)");
  exec_ok ("INSERT INTO gear_event (id, kind, day, gear_id, target_gear_id, label, created_us) "
           "VALUES "
           "(10, 'start', '2026-03-02', 1, NULL, NULL, 5), "
           "(11, 'move', '2026-03-02', 1, 2, NULL, 6), "
           "(12, 'move', '2026-03-09', 1, NULL, NULL, 1), "
           "(13, 'retire', '2026-03-10', 3, NULL, NULL, 1), "
           "(14, 'unretire', '2026-03-12', 3, NULL, NULL, 1), "
           "(15, 'change', '2026-03-13', NULL, NULL, 'New standing desk at work', 1), "
           "(16, 'start', '2026-02-24', 2, NULL, NULL, 1), "
           "(17, 'move', '2026-03-14', 1, NULL, NULL, 1)");
  exec_ok ("INSERT INTO pt_visit (id, day, clinic, created_us) VALUES "
           "(20, '2026-03-02', 'Riverside Physiotherapy', 1), (21, '2026-03-16', NULL, 1), "
           "(22, '2026-04-02', 'Later', 1)");
  exec_ok ("INSERT INTO routine_event (id, day, routine_name, kind, detail, created_us) VALUES "
           "(30, '2026-03-03', 'Nerve care', 'changed', 'Now daily', 1), "
           "(31, '2026-03-17', 'Evening', 'added', '3 days a week', 1), "
           "(32, '2026-03-18', 'Evening', 'removed', NULL, 1), "
           "(33, '2026-03-19', 'Morning', 'changed', 'New steps', 1), "
           "(34, '2026-03-19', 'Release then stretch, the long one', 'changed', NULL, 2)");

  events = ft_trend_list_events (journal, &first, &last, &error);
  ck_assert_ptr_nonnull (events);
  ck_assert_uint_eq (events->len, 14);

  /* One day's events in the order they were recorded. */
  assert_event (event_at (events, 0), FT_TREND_EVENT_VISIT, 3, 2, "PT visit",
                "PT visit at Riverside Physiotherapy.");
  ck_assert_int_eq (event_at (events, 0)->source_id, 20);
  assert_event (event_at (events, 1), FT_TREND_EVENT_GEAR, 3, 2, "Arch-support insoles",
                "Started using Arch-support insoles.");
  ck_assert_int_eq (event_at (events, 1)->source_id, 10);
  assert_event (event_at (events, 2), FT_TREND_EVENT_GEAR, 3, 2, "Arch-support insoles moved",
                "Moved Arch-support insoles into Road runners.");
  assert_event (event_at (events, 3), FT_TREND_EVENT_ROUTINE, 3, 3, "Nerve care changed",
                "Changed Nerve care: now daily.");
  ck_assert_int_eq (event_at (events, 3)->source_id, 30);
  assert_event (event_at (events, 4), FT_TREND_EVENT_GEAR, 3, 9, "Arch-support insoles moved",
                "Took Arch-support insoles out of Road runners.");
  assert_event (event_at (events, 5), FT_TREND_EVENT_GEAR, 3, 10, "Trail runners with a ve… retired",
                "Retired Trail runners with a very long name.");
  ck_assert_str_eq (event_at (events, 6)->detail,
                    "Started using Trail runners with a very long name again.");
  ck_assert_int_eq (event_at (events, 6)->kind, FT_TREND_EVENT_GEAR);
  assert_event (event_at (events, 7), FT_TREND_EVENT_CHANGE, 3, 13, "New standing desk at work",
                "New standing desk at work.");
  /* Out again with no move in between: the shoe it came from is unknown. */
  assert_event (event_at (events, 8), FT_TREND_EVENT_GEAR, 3, 14, "Arch-support insoles moved",
                "Took Arch-support insoles out of its shoe.");
  assert_event (event_at (events, 9), FT_TREND_EVENT_VISIT, 3, 16, "PT visit", "PT visit.");
  assert_event (event_at (events, 10), FT_TREND_EVENT_ROUTINE, 3, 17, "Evening added",
                "Added the routine Evening: 3 days a week.");
  assert_event (event_at (events, 11), FT_TREND_EVENT_ROUTINE, 3, 18, "Evening removed",
                "Removed the routine Evening.");
  assert_event (event_at (events, 12), FT_TREND_EVENT_ROUTINE, 3, 19, "Morning changed",
                "Changed Morning: new steps.");
  assert_event (event_at (events, 13), FT_TREND_EVENT_ROUTINE, 3, 19, "Release then stretch, t… changed",
                "Changed Release then stretch, the long one.");

  for (guint i = 0; i < events->len; i++)
    ck_assert_int_le (g_utf8_strlen (event_at (events, i)->label, -1), 32);

  /* The trend holds the changes within its weeks (23 February to 22
   * March), the February shoe start included. */
  trend = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  ck_assert_uint_eq (trend->events->len, 15);
  assert_event (g_ptr_array_index (trend->events, 0), FT_TREND_EVENT_GEAR, 2, 24, "Road runners",
                "Started using Road runners.");
}
END_TEST

/* Tests: the whole journal */

START_TEST (test_all_range)
{
  g_autoptr(FtTrend) empty = NULL;
  g_autoptr(FtTrend) entries = NULL;
  g_autoptr(FtTrend) paused = NULL;
  g_autoptr(FtTrend) visited = NULL;
  g_autoptr(FtTrend) visited_early = NULL;
  g_autoptr(FtTrend) changes_only = NULL;

  empty = query (FT_TREND_RANGE_ALL, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  ck_assert_uint_eq (empty->n_weeks, 4);
  ck_assert_int_eq (empty->range, FT_TREND_RANGE_ALL);

  /* Thursday 1 January 2026 is in the week of Monday 29 December. */
  rate (2026, 1, 1, FT_FOOT_LEFT, "tingling", 3);
  entries = query (FT_TREND_RANGE_ALL, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  ck_assert_uint_eq (entries->n_weeks, 12);
  assert_day (&entries->first_day, 2025, 12, 29);
  ck_assert_double_eq_tol (weekly (entries, "tingling", 0), 3.0, 1e-9);

  exec_ok ("INSERT INTO pause (start_day, end_day, reason) "
           "VALUES ('2025-12-20', '2025-12-21', 'rest')");
  paused = query (FT_TREND_RANGE_ALL, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&paused->first_day, 2025, 12, 15);
  ck_assert_uint_eq (paused->n_weeks, 14);

  exec_ok ("INSERT INTO routine_event (day, routine_name, kind, created_us) "
           "VALUES ('2025-11-30', 'Night', 'added', 0)");
  exec_ok ("INSERT INTO session (day, started_us, source, outcome) "
           "VALUES ('2025-11-25', 0, 'manual', 'completed')");
  /* Something planned after today does not stretch the trend. */
  exec_ok ("INSERT INTO pt_visit (day, created_us) VALUES ('2026-06-01', 0)");
  visited = query (FT_TREND_RANGE_ALL, FT_FOOT_FILTER_ALL, G_DATE_SUNDAY);
  assert_day (&visited->first_day, 2025, 11, 23);
  ck_assert_uint_eq (visited->n_weeks, 17);
  ck_assert_uint_eq (visited->events->len, 1);
  ck_assert_uint_eq (week_sessions (visited, 0)->sessions, 1);

  /* A change long before the first rating or session does not open the
   * trend with months of gaps. */
  exec_ok ("INSERT INTO pt_visit (day, created_us) VALUES ('2025-06-02', 0)");
  visited_early = query (FT_TREND_RANGE_ALL, FT_FOOT_FILTER_ALL, G_DATE_SUNDAY);
  assert_day (&visited_early->first_day, 2025, 11, 23);

  /* With nothing of the person's own, the earliest change opens it. */
  exec_ok ("DELETE FROM journal_entry");
  exec_ok ("DELETE FROM session");
  exec_ok ("DELETE FROM pause");
  changes_only = query (FT_TREND_RANGE_ALL, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  assert_day (&changes_only->first_day, 2025, 6, 2);
}
END_TEST

START_TEST (test_empty_journal)
{
  for (guint r = 0; r < FT_TREND_N_RANGES; r++)
    {
      g_autoptr(FtTrend) trend = query (r, FT_FOOT_FILTER_LEFT, G_DATE_MONDAY);
      g_autoptr(GArray) pairs = NULL;
      g_autoptr(GError) error = NULL;

      guint weeks = r == FT_TREND_RANGE_ALL ? 4 : ft_trend_range_get_weeks (r);

      ck_assert_uint_eq (trend->n_weeks, weeks);
      ck_assert_uint_eq (trend->series->len, 5);
      ck_assert_uint_eq (trend->sessions->len, trend->n_weeks);
      ck_assert_uint_eq (trend->pauses->len, 0);
      ck_assert_uint_eq (trend->events->len, 0);

      for (guint s = 0; s < trend->series->len; s++)
        {
          FtTrendSeries *series = g_ptr_array_index (trend->series, s);
          g_autofree char *sentence = ft_trend_describe_series (trend, series);

          ck_assert_uint_eq (series->weekly->len, trend->n_weeks);
          ck_assert_uint_eq (series->daily->len, 0);
          for (guint w = 0; w < trend->n_weeks; w++)
            {
              ck_assert (isnan (g_array_index (series->weekly, double, w)));
              ck_assert_uint_eq (g_array_index (series->weekly_days, guint, w), 0);
            }
          ck_assert_ptr_nonnull (strstr (sentence, "has no ratings in these weeks."));
        }

      for (guint w = 0; w < trend->n_weeks; w++)
        {
          ck_assert_uint_eq (week_sessions (trend, w)->sessions, 0);
          ck_assert_double_eq (week_sessions (trend, w)->target, 0);
        }

      pairs = ft_trend_query_feet_time (journal, trend, &error);
      ck_assert_ptr_nonnull (pairs);
      ck_assert_uint_eq (pairs->len, 0);
    }
}
END_TEST

/* Tests: words */

START_TEST (test_describe)
{
  g_autoptr(FtTrend) trend = NULL;
  GDate first = test_support_day (2026, 1, 5);
  GDate today = test_support_day (2026, 3, 27);
  FtTrendSeries *series;
  char *sentence;

  trend = ft_trend_new_empty (&first, &today, G_DATE_MONDAY, 12);

  series = ft_trend_add_series (trend, 4, "night_pain", "Night pain");
  ft_trend_series_set_day (series, 2, 5.1);
  ft_trend_series_set_day (series, 30, 9.0);
  ft_trend_series_set_day (series, 80, 2.3);
  sentence = ft_trend_describe_series (trend, series);
  ck_assert_str_eq (sentence, "Night pain fell from 5.1 to 2.3 over 12 weeks.");
  g_free (sentence);

  /* From the first to the last week with a value. */
  series = ft_trend_add_series (trend, 1, "tingling", "Tingling");
  ft_trend_series_set_day (series, 14, 1.0);
  ft_trend_series_set_day (series, 15, 2.0);
  ft_trend_series_set_day (series, 50, 4.3);
  sentence = ft_trend_describe_series (trend, series);
  ck_assert_str_eq (sentence, "Tingling rose from 1.5 to 4.3 over 6 weeks.");
  g_free (sentence);

  /* Less than half a point either way; near the mean of the weeks. */
  series = ft_trend_add_series (trend, 2, "burning", "Burning");
  ft_trend_series_set_day (series, 0, 3.0);
  ft_trend_series_set_day (series, 40, 1.0);
  ft_trend_series_set_day (series, 82, 3.4);
  sentence = ft_trend_describe_series (trend, series);
  ck_assert_str_eq (sentence, "Burning stayed about the same, near 2.5, over 12 weeks.");
  g_free (sentence);

  series = ft_trend_add_series (trend, 3, "numbness", "Numbness");
  ft_trend_series_set_day (series, 22, 2.0);
  sentence = ft_trend_describe_series (trend, series);
  ck_assert_str_eq (sentence, "Numbness stayed about the same, near 2.0, over 1 week.");
  g_free (sentence);

  series = ft_trend_add_series (trend, 5, "first_step_pain", "First-step pain");
  sentence = ft_trend_describe_series (trend, series);
  ck_assert_str_eq (sentence, "First-step pain has no ratings in these weeks.");
  g_free (sentence);

  /* A drop of exactly half a point is a fall. */
  series = ft_trend_add_series (trend, 6, "heel", "Heel ache");
  ft_trend_series_set_day (series, 0, 3.0);
  ft_trend_series_set_day (series, 7, 2.5);
  sentence = ft_trend_describe_series (trend, series);
  ck_assert_str_eq (sentence, "Heel ache fell from 3.0 to 2.5 over 2 weeks.");
  g_free (sentence);
}
END_TEST

/* Tests: time on feet */

START_TEST (test_feet_time)
{
  g_autoptr(FtTrend) all = NULL;
  g_autoptr(FtTrend) right = NULL;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GArray) right_pairs = NULL;
  g_autoptr(GError) error = NULL;
  const FtFeetTimePair *pair;

  /* 10 March: long day; next morning rated on both feet. */
  hours (2026, 3, 10, FT_FOOT_LEFT, 9.0);
  hours (2026, 3, 10, FT_FOOT_RIGHT, 8.5);
  rate (2026, 3, 11, FT_FOOT_LEFT, "first_step_pain", 7);
  rate (2026, 3, 11, FT_FOOT_RIGHT, "first_step_pain", 3);
  rate (2026, 3, 11, FT_FOOT_LEFT, "night_pain", 6);
  /* 11 March: hours, next day only night pain. */
  hours (2026, 3, 11, FT_FOOT_LEFT, 2.5);
  rate (2026, 3, 12, FT_FOOT_LEFT, "night_pain", 1);
  /* 13 March: hours, next day only other symptoms: no pair. */
  hours (2026, 3, 13, FT_FOOT_LEFT, 6.0);
  rate (2026, 3, 14, FT_FOOT_LEFT, "tingling", 4);
  /* 15 March: ratings next day but no hours that day: no pair. */
  rate (2026, 3, 16, FT_FOOT_LEFT, "first_step_pain", 2);
  /* Before the trend. */
  hours (2026, 2, 1, FT_FOOT_LEFT, 8.0);
  rate (2026, 2, 2, FT_FOOT_LEFT, "first_step_pain", 2);

  all = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_ALL, G_DATE_MONDAY);
  pairs = ft_trend_query_feet_time (journal, all, &error);
  ck_assert_ptr_nonnull (pairs);
  ck_assert_uint_eq (pairs->len, 2);

  pair = &g_array_index (pairs, FtFeetTimePair, 0);
  assert_day (&pair->day, 2026, 3, 10);
  ck_assert_double_eq_tol (pair->hours, 9.0, 1e-9);
  ck_assert_double_eq_tol (pair->first_step, 5.0, 1e-9);
  ck_assert_double_eq_tol (pair->night, 6.0, 1e-9);

  pair = &g_array_index (pairs, FtFeetTimePair, 1);
  assert_day (&pair->day, 2026, 3, 11);
  ck_assert_double_eq_tol (pair->hours, 2.5, 1e-9);
  ck_assert_double_eq (pair->first_step, -1);
  ck_assert_double_eq_tol (pair->night, 1.0, 1e-9);

  /* The next day's ratings follow the foot filter. */
  right = query (FT_TREND_RANGE_4_WEEKS, FT_FOOT_FILTER_RIGHT, G_DATE_MONDAY);
  right_pairs = ft_trend_query_feet_time (journal, right, &error);
  ck_assert_uint_eq (right_pairs->len, 1);
  pair = &g_array_index (right_pairs, FtFeetTimePair, 0);
  ck_assert_double_eq_tol (pair->first_step, 3.0, 1e-9);
  ck_assert_double_eq (pair->night, -1);
}
END_TEST

/* Tests: ten years */

START_TEST (test_ten_years_of_demo)
{
  g_autoptr(GError) error = NULL;
  guint n_visits = 0;
  gboolean routine_change = FALSE;

  ck_assert_msg (ft_demo_fill (db, FT_DEMO_DEFAULT_SEED, 520, now, &error), "demo: %s",
                 error != NULL ? error->message : "");

  for (guint r = 0; r < FT_TREND_N_RANGES; r++)
    {
      g_autoptr(FtTrend) trend = query (r, FT_FOOT_FILTER_LEFT, G_DATE_MONDAY);
      guint n_values = 0;
      guint n_targets = 0;

      if (r == FT_TREND_RANGE_ALL)
        {
          /* The journal's 520 weeks (a 521st when they straddle a week
           * start), not the months of shoes bought before it. */
          ck_assert_uint_ge (trend->n_weeks, 520);
          ck_assert_uint_le (trend->n_weeks, 521);
          ck_assert_uint_eq (trend->pauses->len, 1);

          for (guint i = 0; i < trend->events->len; i++)
            {
              const FtTrendEvent *event = g_ptr_array_index (trend->events, i);

              n_visits += event->kind == FT_TREND_EVENT_VISIT;
              routine_change |= g_str_equal (event->label, "Nerve care changed");
              ck_assert_int_le (g_utf8_strlen (event->label, -1), 32);
              if (i > 0)
                {
                  const FtTrendEvent *before = g_ptr_array_index (trend->events, i - 1);

                  ck_assert_int_le (g_date_compare (&before->day, &event->day), 0);
                }
            }
        }
      else
        {
          ck_assert_uint_eq (trend->n_weeks, ft_trend_range_get_weeks (r));
        }

      for (guint s = 0; s < trend->series->len; s++)
        {
          FtTrendSeries *series = g_ptr_array_index (trend->series, s);

          for (guint w = 0; w < trend->n_weeks; w++)
            {
              double value = g_array_index (series->weekly, double, w);

              if (isnan (value))
                continue;

              ck_assert (value >= 0 && value <= 10);
              ck_assert_uint_ge (g_array_index (series->weekly_days, guint, w), 1);
              ck_assert_uint_le (g_array_index (series->weekly_days, guint, w), 7);
              n_values++;
            }
        }

      for (guint w = 0; w < trend->n_weeks; w++)
        n_targets += week_sessions (trend, w)->target > 0;

      /* Nearly every week of the journal is rated; the week of today is. */
      ck_assert_uint_ge (n_values, (MIN (trend->n_weeks, 520) - 2) * 5 * 9 / 10);
      ck_assert (!isnan (weekly (trend, "tingling", trend->n_weeks - 1)));
      ck_assert_uint_gt (week_sessions (trend, trend->n_weeks - 1)->sessions, 0);
      ck_assert_uint_eq (n_targets, trend->n_weeks);
    }

  ck_assert_uint_eq (n_visits, 2);
  ck_assert (routine_change);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("trend");
  TCase *tc;

  /* As a person in Berlin would run it; the journal's clock says so too. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  tzset ();

  tc = tcase_create ("building");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_keys);
  tcase_add_test (tc, test_build_by_hand);
  tcase_add_test (tc, test_describe);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("weeks");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_weekly_buckets_with_gaps);
  tcase_add_test (tc, test_year_boundary);
  tcase_add_test (tc, test_week_start);
  tcase_add_test (tc, test_daylight_saving);
  tcase_add_test (tc, test_custom_and_hidden_symptoms);
  tcase_add_test (tc, test_foot_filter);
  tcase_add_test (tc, test_all_range);
  tcase_add_test (tc, test_empty_journal);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("sessions");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_sessions_and_targets);
  tcase_add_test (tc, test_no_target);
  tcase_add_test (tc, test_pauses_clamped);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("changes");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_events);
  tcase_add_test (tc, test_feet_time);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("ten years");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_ten_years_of_demo);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
