/* ft-trend.c — symptoms, sessions, pauses and changes week by week.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-trend.h"

#include "ft-error.h"
#include "ft-journal-private.h"
#include "ft-session-log.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define DAYS_PER_WEEK 7
#define MIN_ALL_WEEKS 4

G_DEFINE_BOXED_TYPE (FtTrendEvent, ft_trend_event, ft_trend_event_copy, ft_trend_event_free)
G_DEFINE_BOXED_TYPE (FtTrend, ft_trend, ft_trend_ref, ft_trend_unref)

static const char * const range_keys[] = { "4w", "12w", "6m", "1y", "all" };
static const guint range_weeks[] = { 4, 12, 26, 52, 0 };
static const char * const foot_filter_keys[] = { "all", "left", "right", "both" };
/* A rating of both feet is a rating of each foot. */
#define FOOT_ALL_SQL "1"
#define FOOT_LEFT_SQL "journal_entry.foot IN ('left', 'both')"
#define FOOT_RIGHT_SQL "journal_entry.foot IN ('right', 'both')"
#define FOOT_BOTH_SQL "journal_entry.foot = 'both'"

static const char * const foot_filter_sql[] = {
  FOOT_ALL_SQL,
  FOOT_LEFT_SQL,
  FOOT_RIGHT_SQL,
  FOOT_BOTH_SQL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (range_keys) == FT_TREND_N_RANGES);
G_STATIC_ASSERT (G_N_ELEMENTS (range_weeks) == FT_TREND_N_RANGES);

/* Ranges and filters */

guint
ft_trend_range_get_weeks (FtTrendRange range)
{
  g_return_val_if_fail ((guint) range < FT_TREND_N_RANGES, 0);

  return range_weeks[range];
}

const char *
ft_trend_range_to_key (FtTrendRange range)
{
  g_return_val_if_fail ((guint) range < FT_TREND_N_RANGES, NULL);

  return range_keys[range];
}

gboolean
ft_trend_range_from_key (const char   *key,
                         FtTrendRange *range)
{
  guint value;

  g_return_val_if_fail (range != NULL, FALSE);

  if (!_ft_database_value_for_key (range_keys, G_N_ELEMENTS (range_keys), key, &value))
    return FALSE;

  *range = (FtTrendRange) value;

  return TRUE;
}

const char *
ft_foot_filter_to_key (FtFootFilter filter)
{
  g_return_val_if_fail ((guint) filter < G_N_ELEMENTS (foot_filter_keys), NULL);

  return foot_filter_keys[filter];
}

gboolean
ft_foot_filter_from_key (const char   *key,
                         FtFootFilter *filter)
{
  guint value;

  g_return_val_if_fail (filter != NULL, FALSE);

  if (!_ft_database_value_for_key (foot_filter_keys, G_N_ELEMENTS (foot_filter_keys), key, &value))
    return FALSE;

  *filter = (FtFootFilter) value;

  return TRUE;
}

/* The condition qualifies the column as "journal_entry.foot", so the table
 * must not be aliased in the query that uses it. */
const char *
ft_foot_filter_to_sql (FtFootFilter filter)
{
  g_return_val_if_fail ((guint) filter < G_N_ELEMENTS (foot_filter_sql), "0");

  return foot_filter_sql[filter];
}

/* Events */

/**
 * ft_trend_event_copy:
 * @event: an #FtTrendEvent
 *
 * Returns: (transfer full): a copy of @event
 */
FtTrendEvent *
ft_trend_event_copy (const FtTrendEvent *event)
{
  FtTrendEvent *copy;

  g_return_val_if_fail (event != NULL, NULL);

  copy = g_new0 (FtTrendEvent, 1);
  copy->kind = event->kind;
  copy->source_id = event->source_id;
  copy->day = event->day;
  copy->label = g_strdup (event->label);
  copy->detail = g_strdup (event->detail);

  return copy;
}

void
ft_trend_event_free (FtTrendEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->label);
  g_free (event->detail);
  g_free (event);
}

/* Series */

static void
series_free (FtTrendSeries *series)
{
  g_free (series->key);
  g_free (series->name);
  g_clear_pointer (&series->weekly, g_array_unref);
  g_clear_pointer (&series->weekly_days, g_array_unref);
  g_clear_pointer (&series->daily, g_array_unref);
  g_free (series);
}

static FtTrendSeries *
series_new (gint64      symptom_id,
            const char *key,
            const char *name,
            guint       n_weeks)
{
  FtTrendSeries *series = g_new0 (FtTrendSeries, 1);
  double gap = NAN;
  guint none = 0;

  series->symptom_id = symptom_id;
  series->key = g_strdup (key);
  series->name = g_strdup (name);
  series->weekly = g_array_sized_new (FALSE, FALSE, sizeof (double), n_weeks);
  series->weekly_days = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_weeks);
  series->daily = g_array_new (FALSE, FALSE, sizeof (FtTrendPoint));

  for (guint i = 0; i < n_weeks; i++)
    {
      g_array_append_val (series->weekly, gap);
      g_array_append_val (series->weekly_days, none);
    }

  return series;
}

/* The index of the first point on or after @day. */
static guint
daily_lower_bound (GArray *daily,
                   guint   day)
{
  guint low = 0;
  guint high = daily->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (daily, FtTrendPoint, mid).day < day)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static void
series_update_week (FtTrendSeries *series,
                    guint          week)
{
  guint first = daily_lower_bound (series->daily, week * DAYS_PER_WEEK);
  double sum = 0.0;
  guint n = 0;

  for (guint i = first; i < series->daily->len; i++)
    {
      const FtTrendPoint *point = &g_array_index (series->daily, FtTrendPoint, i);

      if (point->day >= (week + 1) * DAYS_PER_WEEK)
        break;

      sum += point->value;
      n++;
    }

  g_array_index (series->weekly, double, week) = n > 0 ? sum / n : NAN;
  g_array_index (series->weekly_days, guint, week) = n;
}

/* Trends */

static void
trend_clear (FtTrend *trend)
{
  g_clear_pointer (&trend->series, g_ptr_array_unref);
  g_clear_pointer (&trend->sessions, g_array_unref);
  g_clear_pointer (&trend->pauses, g_array_unref);
  g_clear_pointer (&trend->events, g_ptr_array_unref);
}

FtTrend *
ft_trend_ref (FtTrend *trend)
{
  g_return_val_if_fail (trend != NULL, NULL);

  return g_atomic_rc_box_acquire (trend);
}

void
ft_trend_unref (FtTrend *trend)
{
  g_return_if_fail (trend != NULL);

  g_atomic_rc_box_release_full (trend, (GDestroyNotify) trend_clear);
}

static FtTrendRange
range_for_weeks (guint n_weeks)
{
  for (guint i = 0; i < FT_TREND_RANGE_ALL; i++)
    {
      if (range_weeks[i] == n_weeks)
        return (FtTrendRange) i;
    }

  return FT_TREND_RANGE_ALL;
}

/**
 * ft_trend_new_empty:
 * @first_day: the first day of the first week
 * @today: the last day with data
 * @week_start: the weekday of @first_day
 * @n_weeks: how many weeks, at least 1
 *
 * Returns: (transfer full): a trend with no series, no sessions in any week,
 *   no pauses and no events; its range is the one with @n_weeks weeks (all
 *   when none has) and its foot filter is all
 */
FtTrend *
ft_trend_new_empty (const GDate  *first_day,
                    const GDate  *today,
                    GDateWeekday  week_start,
                    guint         n_weeks)
{
  FtTrend *trend;

  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);
  g_return_val_if_fail (n_weeks > 0, NULL);

  trend = g_atomic_rc_box_new0 (FtTrend);
  trend->first_day = *first_day;
  trend->today = *today;
  trend->week_start = week_start;
  trend->n_weeks = n_weeks;
  trend->range = range_for_weeks (n_weeks);
  trend->foot = FT_FOOT_FILTER_ALL;
  trend->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  trend->sessions = g_array_sized_new (FALSE, TRUE, sizeof (FtTrendWeekSessions), n_weeks);
  g_array_set_size (trend->sessions, n_weeks);
  trend->pauses = g_array_new (FALSE, FALSE, sizeof (FtTrendSpan));
  trend->events = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_trend_event_free);

  return trend;
}

/**
 * ft_trend_add_series:
 * @trend: an #FtTrend
 * @symptom_id: the symptom_kind row
 * @key: the symptom's key
 * @name: the name to show
 *
 * The new series is not built in and has position 0 until the caller says
 * otherwise.
 *
 * Returns: (transfer none): the new series, owned by @trend
 */
FtTrendSeries *
ft_trend_add_series (FtTrend    *trend,
                     gint64      symptom_id,
                     const char *key,
                     const char *name)
{
  FtTrendSeries *series;

  g_return_val_if_fail (trend != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  series = series_new (symptom_id, key, name, trend->n_weeks);
  g_ptr_array_add (trend->series, series);

  return series;
}

/**
 * ft_trend_series_set_day:
 * @series: a series of a trend
 * @day: a day index inside the trend
 * @value: the day's value, 0 to 10, or NAN to remove it
 */
void
ft_trend_series_set_day (FtTrendSeries *series,
                         guint          day,
                         double         value)
{
  guint week = day / DAYS_PER_WEEK;
  guint index;
  gboolean present;

  g_return_if_fail (series != NULL);
  g_return_if_fail (week < series->weekly->len);

  index = daily_lower_bound (series->daily, day);
  present = index < series->daily->len &&
            g_array_index (series->daily, FtTrendPoint, index).day == day;

  if (isnan (value))
    {
      if (present)
        g_array_remove_index (series->daily, index);
    }
  else if (present)
    {
      g_array_index (series->daily, FtTrendPoint, index).value = value;
    }
  else
    {
      FtTrendPoint point = { day, value };

      g_array_insert_val (series->daily, index, point);
    }

  series_update_week (series, week);
}

int
ft_trend_get_day_index (const FtTrend *trend,
                        const GDate   *day)
{
  int index;

  g_return_val_if_fail (trend != NULL, -1);
  g_return_val_if_fail (day != NULL && g_date_valid (day), -1);

  index = g_date_days_between (&trend->first_day, day);
  if (index < 0 || (guint) index >= trend->n_weeks * DAYS_PER_WEEK)
    return -1;

  return index;
}

void
ft_trend_get_week_day (const FtTrend *trend,
                       guint          week,
                       GDate         *day)
{
  g_return_if_fail (trend != NULL);
  g_return_if_fail (day != NULL);

  *day = trend->first_day;
  g_date_add_days (day, week * DAYS_PER_WEEK);
}

/**
 * ft_trend_find_series:
 * @trend: an #FtTrend
 * @key: a symptom key
 *
 * Returns: (transfer none) (nullable): the series of @key
 */
FtTrendSeries *
ft_trend_find_series (const FtTrend *trend,
                      const char    *key)
{
  g_return_val_if_fail (trend != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < trend->series->len; i++)
    {
      FtTrendSeries *series = g_ptr_array_index (trend->series, i);

      if (g_str_equal (series->key, key))
        return series;
    }

  return NULL;
}

/* Queries */

/* Day index of a day key, relative to @trend; FALSE for a key that is not a
 * day. */
static gboolean
key_day_index (const FtTrend *trend,
               const char    *key,
               gint64        *index)
{
  GDate day;

  if (!_ft_journal_parse_day_key (key, &day))
    return FALSE;

  *index = g_date_days_between (&trend->first_day, &day);

  return TRUE;
}

static void
trend_last_day (const FtTrend *trend,
                GDate         *last)
{
  *last = trend->first_day;
  g_date_add_days (last, trend->n_weeks * DAYS_PER_WEEK - 1);
}

/* The first day of the week holding @day. */
static void
week_of (const GDate  *day,
         GDateWeekday  week_start,
         GDate        *first)
{
  int back = ((int) g_date_get_weekday (day) - (int) week_start + DAYS_PER_WEEK) % DAYS_PER_WEEK;

  *first = *day;
  g_date_subtract_days (first, back);
}

/* The earliest day with a record of the person's own: a rating, a session
 * or a pause; without any, the earliest change. A shoe bought months before
 * the journal began would otherwise open "all" with months of gaps. */
static gboolean
query_earliest (FtDatabase   *database,
                const char   *today_key,
                GDate        *earliest,
                gboolean     *found,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;

  /* Each min() reads one end of an index. */
  if (!_ft_database_prepare (database,
                             "SELECT coalesce ("
                             " (SELECT min (d) FROM ("
                             "    SELECT min (day) AS d FROM journal_entry"
                             "    UNION ALL SELECT min (day) FROM session"
                             "    UNION ALL SELECT min (start_day) FROM pause"
                             "  ) WHERE d <= ?1),"
                             " (SELECT min (d) FROM ("
                             "    SELECT min (day) AS d FROM gear_event"
                             "    UNION ALL SELECT min (day) FROM pt_visit"
                             "    UNION ALL SELECT min (day) FROM routine_event"
                             "  ) WHERE d <= ?1))",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, today_key, -1, SQLITE_TRANSIENT);
  if (!_ft_database_step_row (database, stmt, &row, error))
    return FALSE;

  *found = row && _ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 0),
                                             earliest);

  return TRUE;
}

/* SQLite reads the trend's days from the (day, foot) index and numbers
 * them; the rows come in day order with no sort, and each day's mean (over
 * the entries the filter keeps) and each week's mean (over its days) are
 * taken in the same pass. Grouping and windows in SQL would sort every
 * rating of the range twice. The filter's condition is part of the
 * statement's text, chosen from texts fixed at build time, so the planner
 * sees a plain range on the index; CROSS JOIN keeps journal_entry the
 * outer loop, so a short range never reads a symptom's whole history. */
#define RATINGS_SQL(foot_condition)                                                    \
  "SELECT CAST (round (julianday (journal_entry.day) - julianday (?1)) AS INTEGER),"   \
  "       symptom_rating.kind_id, symptom_rating.value "                               \
  "FROM journal_entry CROSS JOIN symptom_rating "                                      \
  "WHERE journal_entry.day BETWEEN ?1 AND ?2 AND " foot_condition                      \
  "  AND symptom_rating.entry_id = journal_entry.id "                                  \
  "ORDER BY journal_entry.day"

static const char * const ratings_sql[] = {
  RATINGS_SQL (FOOT_ALL_SQL),
  RATINGS_SQL (FOOT_LEFT_SQL),
  RATINGS_SQL (FOOT_RIGHT_SQL),
  RATINGS_SQL (FOOT_BOTH_SQL),
};

typedef struct
{
  double sum;
  guint  n;
} Mean;

/* Ends day @day: each series rated that day gets its mean. */
static void
close_day (FtTrend *trend,
           Mean    *means,
           gint64   day)
{
  for (guint s = 0; s < trend->series->len; s++)
    {
      FtTrendSeries *series = g_ptr_array_index (trend->series, s);
      FtTrendPoint point;

      if (means[s].n == 0)
        continue;

      point.day = (guint) day;
      point.value = means[s].sum / means[s].n;
      g_array_append_val (series->daily, point);
      means[s] = (Mean) { 0, 0 };
    }
}

/* Each week's value is the mean of its days' values. */
static void
close_weeks (FtTrendSeries *series)
{
  for (guint i = 0; i < series->daily->len;)
    {
      guint week = g_array_index (series->daily, FtTrendPoint, i).day / DAYS_PER_WEEK;
      double sum = 0;
      guint n = 0;

      for (; i < series->daily->len; i++)
        {
          const FtTrendPoint *point = &g_array_index (series->daily, FtTrendPoint, i);

          if (point->day / DAYS_PER_WEEK != week)
            break;

          sum += point->value;
          n++;
        }

      g_array_index (series->weekly, double, week) = sum / n;
      g_array_index (series->weekly_days, guint, week) = n;
    }
}

static gboolean
query_ratings (FtDatabase  *database,
               FtTrend     *trend,
               const char  *first_key,
               const char  *last_key,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) by_kind = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree Mean *means = g_new0 (Mean, MAX (trend->series->len, 1));
  gint64 n_days = (gint64) trend->n_weeks * DAYS_PER_WEEK;
  gint64 current = -1;
  int rc;

  /* Symptom id to series index + 1 (0: hidden, no series). */
  for (guint i = 0; i < trend->series->len; i++)
    {
      FtTrendSeries *series = g_ptr_array_index (trend->series, i);

      g_hash_table_insert (by_kind, &series->symptom_id, GUINT_TO_POINTER (i + 1));
    }

  if (!_ft_database_prepare (database, ratings_sql[trend->foot], &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_key, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 day = sqlite3_column_int64 (stmt, 0);
      gint64 kind = sqlite3_column_int64 (stmt, 1);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_kind, &kind));

      if (index == 0 || day < 0 || day >= n_days)
        continue;

      if (day != current)
        {
          if (current >= 0)
            close_day (trend, means, current);
          current = day;
        }

      means[index - 1].sum += sqlite3_column_double (stmt, 2);
      means[index - 1].n++;
    }

  if (rc != SQLITE_DONE)
    return _ft_database_fail (database, rc, error);

  if (current >= 0)
    close_day (trend, means, current);

  for (guint s = 0; s < trend->series->len; s++)
    close_weeks (g_ptr_array_index (trend->series, s));

  return TRUE;
}

static gboolean
add_series (FtJournal  *journal,
            FtTrend    *trend,
            GError    **error)
{
  g_autoptr(GPtrArray) symptoms = ft_journal_list_symptoms (journal, FALSE, error);

  if (symptoms == NULL)
    return FALSE;

  /* Built-in symptoms first, each group in the journal's order. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < symptoms->len; i++)
        {
          FtSymptom *symptom = g_ptr_array_index (symptoms, i);
          FtTrendSeries *series;

          if (ft_symptom_get_builtin (symptom) != (pass == 0))
            continue;

          series = ft_trend_add_series (trend, ft_symptom_get_id (symptom),
                                        ft_symptom_get_key (symptom),
                                        ft_symptom_get_name (symptom));
          series->builtin = ft_symptom_get_builtin (symptom);
          series->position = ft_symptom_get_position (symptom);
        }
    }

  return TRUE;
}

static gboolean
query_sessions (FtDatabase  *database,
                FtTrend     *trend,
                const char  *first_key,
                const char  *last_key,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* Counted as in ft-session-log.h: completed or partial, of anything.
   * "+outcome" keeps the planner on the (day, outcome) index: the cost
   * follows the days shown, not every session ever done. */
  if (!_ft_database_prepare (database,
                             "SELECT CAST (round (julianday (day) - julianday (?1)) AS INTEGER), n "
                             "FROM (SELECT day, count (*) AS n FROM session "
                             "      WHERE day BETWEEN ?1 AND ?2 "
                             "        AND +outcome IN ('completed', 'partial') "
                             "      GROUP BY day)",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_key, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 day = sqlite3_column_int64 (stmt, 0);

      if (day >= 0 && day < trend->n_weeks * DAYS_PER_WEEK)
        g_array_index (trend->sessions, FtTrendWeekSessions, day / DAYS_PER_WEEK).sessions +=
          (guint) sqlite3_column_int (stmt, 1);
    }

  if (rc != SQLITE_DONE)
    return _ft_database_fail (database, rc, error);

  return TRUE;
}

static gboolean
query_pauses (FtDatabase  *database,
              FtTrend     *trend,
              const char  *first_key,
              const char  *last_key,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 today = g_date_days_between (&trend->first_day, &trend->today);
  gint64 last_index = (gint64) trend->n_weeks * DAYS_PER_WEEK - 1;
  int rc;

  if (!_ft_database_prepare (database,
                             "SELECT start_day, end_day, reason FROM pause "
                             "WHERE start_day <= ?2 AND (end_day IS NULL OR end_day >= ?1) "
                             "ORDER BY start_day, id",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_key, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FtTrendSpan span;
      FtPauseReason reason = FT_PAUSE_OTHER;
      gint64 first;
      gint64 last;

      if (!key_day_index (trend, (const char *) sqlite3_column_text (stmt, 0), &first))
        continue;

      /* An open pause runs to today. */
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL ||
          !key_day_index (trend, (const char *) sqlite3_column_text (stmt, 1), &last))
        last = today;

      first = MAX (first, 0);
      last = MIN (last, last_index);
      if (first > last)
        continue;

      ft_pause_reason_from_key ((const char *) sqlite3_column_text (stmt, 2), &reason);
      span.first = (guint) first;
      span.last = (guint) last;
      span.reason = (int) reason;
      g_array_append_val (trend->pauses, span);
    }

  if (rc != SQLITE_DONE)
    return _ft_database_fail (database, rc, error);

  return TRUE;
}

/* Each week's target: a day target counts on every unpaused day of the
 * week, a week target for the unpaused share of the week. */
static gboolean
query_targets (FtDatabase  *database,
               FtTrend     *trend,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree guint8 *paused = NULL;
  guint n_days = trend->n_weeks * DAYS_PER_WEEK;
  double per_day = 0;
  double per_week = 0;
  int rc;

  if (!_ft_database_prepare (database,
                             "SELECT target_period, sum (target_count) FROM routine "
                             "WHERE target_period IS NOT NULL GROUP BY target_period",
                             &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *period = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (period, "day") == 0)
        per_day = sqlite3_column_double (stmt, 1);
      else if (g_strcmp0 (period, "week") == 0)
        per_week = sqlite3_column_double (stmt, 1);
    }

  if (rc != SQLITE_DONE)
    return _ft_database_fail (database, rc, error);

  if (per_day == 0 && per_week == 0)
    return TRUE;

  paused = g_new0 (guint8, n_days);
  for (guint i = 0; i < trend->pauses->len; i++)
    {
      const FtTrendSpan *span = &g_array_index (trend->pauses, FtTrendSpan, i);

      memset (paused + span->first, 1, span->last - span->first + 1);
    }

  for (guint w = 0; w < trend->n_weeks; w++)
    {
      guint unpaused = 0;

      for (guint d = w * DAYS_PER_WEEK; d < (w + 1) * DAYS_PER_WEEK; d++)
        unpaused += paused[d] ? 0 : 1;

      g_array_index (trend->sessions, FtTrendWeekSessions, w).target =
        per_day * unpaused + per_week * unpaused / DAYS_PER_WEEK;
    }

  return TRUE;
}

/* The reads of ft_trend_query(), inside its snapshot. */
static FtTrend *
read_trend (FtJournal     *journal,
            FtTrendRange   range,
            FtFootFilter   foot,
            GDateWeekday   week_start,
            const GDate   *today,
            const char    *today_key,
            const GDate   *this_week,
            GError       **error)
{
  FtDatabase *database = ft_journal_get_database (journal);
  g_autoptr(FtTrend) trend = NULL;
  g_autoptr(GPtrArray) events = NULL;
  char first_key[11];
  char last_key[11];
  guint n_weeks;
  GDate first;
  GDate last;

  n_weeks = range_weeks[range];
  if (range == FT_TREND_RANGE_ALL)
    {
      GDate earliest;
      gboolean found;

      if (!query_earliest (database, today_key, &earliest, &found, error))
        return NULL;

      n_weeks = MIN_ALL_WEEKS;
      if (found)
        {
          GDate earliest_week;

          week_of (&earliest, week_start, &earliest_week);
          n_weeks = MAX (n_weeks, (guint) g_date_days_between (&earliest_week, this_week) /
                                  DAYS_PER_WEEK + 1);
        }
    }

  first = *this_week;
  g_date_subtract_days (&first, (n_weeks - 1) * DAYS_PER_WEEK);

  trend = ft_trend_new_empty (&first, today, week_start, n_weeks);
  trend->range = range;
  trend->foot = foot;
  trend_last_day (trend, &last);
  _ft_journal_day_key (&first, first_key);
  _ft_journal_day_key (&last, last_key);

  if (!add_series (journal, trend, error) ||
      !query_ratings (database, trend, first_key, last_key, error) ||
      !query_sessions (database, trend, first_key, last_key, error) ||
      !query_pauses (database, trend, first_key, last_key, error) ||
      !query_targets (database, trend, error))
    return NULL;

  events = ft_trend_list_events (journal, &first, &last, error);
  if (events == NULL)
    return NULL;

  g_ptr_array_unref (trend->events);
  trend->events = g_steal_pointer (&events);

  return g_steal_pointer (&trend);
}

/**
 * ft_trend_query:
 * @journal: a #FtJournal
 * @range: how many weeks
 * @foot: which entries' ratings count
 * @week_start: the weekday weeks start on
 * @error: return location for an #FtError
 *
 * Reads the weeks of @range ending with the week holding the journal's
 * today: each symptom's days and weeks, the sessions and targets of each
 * week, the pauses and the changes.
 *
 * Returns: (transfer full): the trend, or %NULL with @error set
 */
FtTrend *
ft_trend_query (FtJournal     *journal,
                FtTrendRange   range,
                FtFootFilter   foot,
                GDateWeekday   week_start,
                GError       **error)
{
  g_autoptr(FtTrend) trend = NULL;
  FtDatabase *database;
  char today_key[11];
  GDate today;
  GDate this_week;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail ((guint) range < FT_TREND_N_RANGES, NULL);
  g_return_val_if_fail ((guint) foot < G_N_ELEMENTS (foot_filter_keys), NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  database = ft_journal_get_database (journal);
  ft_journal_get_today (journal, &today);
  _ft_journal_day_key (&today, today_key);
  week_of (&today, week_start, &this_week);

  /* One snapshot of the journal for every read below, even while another
   * Footing (the command line) writes to it. A savepoint nests inside a
   * caller's transaction too. */
  if (!_ft_database_exec (database, "SAVEPOINT ft_trend", error))
    return NULL;

  trend = read_trend (journal, range, foot, week_start, &today, today_key, &this_week, error);

  _ft_database_exec (database, "RELEASE ft_trend", NULL);

  return g_steal_pointer (&trend);
}

/* Events */

#define LABEL_MAX_CHARS 32
#define LABEL_MIN_NAME_CHARS 6

typedef enum
{
  LABEL_NAME,
  LABEL_RETIRED,
  LABEL_BACK_IN_USE,
  LABEL_MOVED,
  LABEL_ADDED,
  LABEL_CHANGED,
  LABEL_REMOVED,
} LabelKind;

static char *
format_label (LabelKind   kind,
              const char *name)
{
  switch (kind)
    {
    case LABEL_RETIRED:
      /* Translators: a short chart label; %s is a shoe or insole. */
      return g_strdup_printf (_("%s retired"), name);

    case LABEL_BACK_IN_USE:
      /* Translators: a short chart label; %s is a shoe or insole. */
      return g_strdup_printf (_("%s back in use"), name);

    case LABEL_MOVED:
      /* Translators: a short chart label; %s is an insole or orthotic. */
      return g_strdup_printf (_("%s moved"), name);

    case LABEL_ADDED:
      /* Translators: a short chart label; %s is a routine. */
      return g_strdup_printf (_("%s added"), name);

    case LABEL_CHANGED:
      /* Translators: a short chart label; %s is a routine. */
      return g_strdup_printf (_("%s changed"), name);

    case LABEL_REMOVED:
      /* Translators: a short chart label; %s is a routine. */
      return g_strdup_printf (_("%s removed"), name);

    case LABEL_NAME:
    default:
      return g_strdup (name);
    }
}

/* The label of @kind about @name, the name shortened with "…" so that the
 * label fits a chart marker when it can. */
static char *
label_with_name (LabelKind   kind,
                 const char *name)
{
  g_autofree char *full = format_label (kind, name);
  g_autofree char *cut = NULL;
  g_autofree char *shortened = NULL;
  glong over = g_utf8_strlen (full, -1) - LABEL_MAX_CHARS;
  glong name_length = g_utf8_strlen (name, -1);
  glong keep = name_length - over - 1;

  if (over <= 0 || keep < LABEL_MIN_NAME_CHARS)
    return g_steal_pointer (&full);

  cut = g_utf8_substring (name, 0, keep);
  g_strchomp (cut);
  shortened = g_strconcat (cut, "…", NULL);

  return format_label (kind, shortened);
}

/* A phrase stored to stand alone ("Now daily") continued inside a sentence
 * ("Changed Nerve care: now daily."). A word in capitals stays. */
static char *
continue_phrase (const char *phrase)
{
  const char *second = g_utf8_next_char (phrase);
  gunichar first = g_utf8_get_char (phrase);
  char lower[6];
  int length;

  if (*phrase == '\0' || (*second != '\0' && g_unichar_isupper (g_utf8_get_char (second))))
    return g_strdup (phrase);

  length = g_unichar_to_utf8 (g_unichar_tolower (first), lower);

  return g_strdup_printf ("%.*s%s", length, lower, second);
}

/* A free change's label as a sentence. */
static char *
as_sentence (const char *text)
{
  static const char * const endings[] = { ".", "!", "?", "…" };

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      if (g_str_has_suffix (text, endings[i]))
        return g_strdup (text);
    }

  return g_strconcat (text, ".", NULL);
}

typedef enum
{
  SOURCE_GEAR,
  SOURCE_VISIT,
  SOURCE_ROUTINE,
} EventSource;

static FtTrendEvent *
gear_event_new (const char *kind,
                const char *gear_name,
                const char *to_name,
                const char *from_name,
                const char *label)
{
  FtTrendEvent *event = g_new0 (FtTrendEvent, 1);

  event->kind = FT_TREND_EVENT_GEAR;

  if (g_strcmp0 (kind, "change") == 0)
    {
      event->kind = FT_TREND_EVENT_CHANGE;
      event->label = label_with_name (LABEL_NAME, label != NULL ? label : "");
      event->detail = as_sentence (label != NULL ? label : "");
      return event;
    }

  if (gear_name == NULL)
    gear_name = "";

  if (g_strcmp0 (kind, "retire") == 0)
    {
      event->label = label_with_name (LABEL_RETIRED, gear_name);
      event->detail = g_strdup_printf (_("Retired %s."), gear_name);
    }
  else if (g_strcmp0 (kind, "unretire") == 0)
    {
      event->label = label_with_name (LABEL_BACK_IN_USE, gear_name);
      event->detail = g_strdup_printf (_("Started using %s again."), gear_name);
    }
  else if (g_strcmp0 (kind, "move") == 0)
    {
      event->label = label_with_name (LABEL_MOVED, gear_name);
      if (to_name != NULL)
        /* Translators: an insole (first) went into a shoe (second). */
        event->detail = g_strdup_printf (_("Moved %s into %s."), gear_name, to_name);
      else if (from_name != NULL)
        /* Translators: an insole (first) was taken out of a shoe (second). */
        event->detail = g_strdup_printf (_("Took %s out of %s."), gear_name, from_name);
      else
        event->detail = g_strdup_printf (_("Took %s out of its shoe."), gear_name);
    }
  else
    {
      event->label = label_with_name (LABEL_NAME, gear_name);
      event->detail = g_strdup_printf (_("Started using %s."), gear_name);
    }

  return event;
}

static FtTrendEvent *
visit_event_new (const char *clinic)
{
  FtTrendEvent *event = g_new0 (FtTrendEvent, 1);

  event->kind = FT_TREND_EVENT_VISIT;
  /* Translators: a short chart label for a physical therapy visit. */
  event->label = g_strdup (_("PT visit"));
  if (clinic != NULL && *clinic != '\0')
    /* Translators: %s is the clinic or the therapist. */
    event->detail = g_strdup_printf (_("PT visit at %s."), clinic);
  else
    event->detail = g_strdup (_("PT visit."));

  return event;
}

static FtTrendEvent *
routine_event_new (const char *kind,
                   const char *name,
                   const char *detail)
{
  FtTrendEvent *event = g_new0 (FtTrendEvent, 1);
  g_autofree char *phrase = detail != NULL && *detail != '\0' ? continue_phrase (detail) : NULL;

  event->kind = FT_TREND_EVENT_ROUTINE;
  if (name == NULL)
    name = "";

  if (g_strcmp0 (kind, "added") == 0)
    {
      event->label = label_with_name (LABEL_ADDED, name);
      if (phrase != NULL)
        /* Translators: a routine (first) and its target ("daily", second). */
        event->detail = g_strdup_printf (_("Added the routine %s: %s."), name, phrase);
      else
        event->detail = g_strdup_printf (_("Added the routine %s."), name);
    }
  else if (g_strcmp0 (kind, "removed") == 0)
    {
      event->label = label_with_name (LABEL_REMOVED, name);
      event->detail = g_strdup_printf (_("Removed the routine %s."), name);
    }
  else
    {
      event->label = label_with_name (LABEL_CHANGED, name);
      if (phrase != NULL)
        /* Translators: a routine (first) and what changed ("now daily", second). */
        event->detail = g_strdup_printf (_("Changed %s: %s."), name, phrase);
      else
        event->detail = g_strdup_printf (_("Changed %s."), name);
    }

  return event;
}

/**
 * ft_trend_list_events:
 * @journal: a #FtJournal
 * @first: the first day
 * @last: the last day
 * @error: return location for an #FtError
 *
 * Events of one day come in the order they were recorded.
 *
 * Returns: (transfer full) (element-type FtTrendEvent): the changes, or
 *   %NULL with @error set
 */
GPtrArray *
ft_trend_list_events (FtJournal    *journal,
                      const GDate  *first,
                      const GDate  *last,
                      GError      **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  FtDatabase *database;
  char first_key[11];
  char last_key[11];
  int rc;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  database = ft_journal_get_database (journal);
  events = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_trend_event_free);
  _ft_journal_day_key (first, first_key);
  _ft_journal_day_key (last, last_key);

  /* Columns: source, id, day, kind, name, to, from, label or detail. The
   * shoe an insert came out of is the one its previous move put it in. */
  if (!_ft_database_prepare (database,
                             "SELECT 0, e.id, e.day, e.kind, g.name, t.name, "
                             "       CASE WHEN e.kind = 'move' AND e.target_gear_id IS NULL THEN"
                             "         (SELECT f.name FROM gear_event AS p"
                             "          LEFT JOIN gear AS f ON f.id = p.target_gear_id"
                             "          WHERE p.gear_id = e.gear_id AND p.kind = 'move'"
                             "            AND (p.day, p.created_us, p.id)"
                             "                < (e.day, e.created_us, e.id)"
                             "          ORDER BY p.day DESC, p.created_us DESC, p.id DESC LIMIT 1)"
                             "       END, e.label, e.created_us "
                             "FROM gear_event AS e "
                             "LEFT JOIN gear AS g ON g.id = e.gear_id "
                             "LEFT JOIN gear AS t ON t.id = e.target_gear_id "
                             "WHERE e.day BETWEEN ?1 AND ?2 "
                             "UNION ALL "
                             "SELECT 1, id, day, NULL, clinic, NULL, NULL, NULL, created_us "
                             "FROM pt_visit WHERE day BETWEEN ?1 AND ?2 "
                             "UNION ALL "
                             "SELECT 2, id, day, kind, routine_name, NULL, NULL, detail, "
                             "       created_us "
                             "FROM routine_event WHERE day BETWEEN ?1 AND ?2 "
                             "ORDER BY 3, 9, 1, 2",
                             &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_key, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 3);
      const char *name = (const char *) sqlite3_column_text (stmt, 4);
      const char *text = (const char *) sqlite3_column_text (stmt, 7);
      FtTrendEvent *event;
      GDate day;

      if (!_ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 2), &day))
        continue;

      switch ((EventSource) sqlite3_column_int (stmt, 0))
        {
        case SOURCE_GEAR:
          event = gear_event_new (kind, name, (const char *) sqlite3_column_text (stmt, 5),
                                  (const char *) sqlite3_column_text (stmt, 6), text);
          break;

        case SOURCE_VISIT:
          event = visit_event_new (name);
          break;

        case SOURCE_ROUTINE:
        default:
          event = routine_event_new (kind, name, text);
          break;
        }

      event->source_id = sqlite3_column_int64 (stmt, 1);
      event->day = day;
      g_ptr_array_add (events, event);
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&events);
}

/* Descriptions */

/**
 * ft_trend_describe_series:
 * @trend: an #FtTrend
 * @series: one of its series
 *
 * Compares the first and the last week with a value; a difference under
 * half a point is "about the same", near the mean of the weeks with values.
 *
 * Returns: (transfer full): one sentence
 */
char *
ft_trend_describe_series (const FtTrend       *trend,
                          const FtTrendSeries *series)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int first = -1;
  int last = -1;
  double sum = 0;
  guint n = 0;
  guint weeks;
  double a;
  double b;

  g_return_val_if_fail (trend != NULL, NULL);
  g_return_val_if_fail (series != NULL, NULL);

  for (guint w = 0; w < series->weekly->len; w++)
    {
      double value = g_array_index (series->weekly, double, w);

      if (isnan (value))
        continue;

      if (first < 0)
        first = (int) w;
      last = (int) w;
      sum += value;
      n++;
    }

  if (n == 0)
    /* Translators: %s is a symptom. */
    return g_strdup_printf (_("%s has no ratings in these weeks."), series->name);

  weeks = (guint) (last - first + 1);
  a = g_array_index (series->weekly, double, first);
  b = g_array_index (series->weekly, double, last);

  if (fabs (b - a) < 0.5)
    {
      g_autofree char *near = g_strdup_printf ("%.1f", sum / n);

      /* Translators: a symptom, its usual weekly average, and a number of weeks. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s stayed about the same, near %s, over %u week.",
                                           "%s stayed about the same, near %s, over %u weeks.",
                                           weeks),
                              series->name, near, weeks);
    }

  from = g_strdup_printf ("%.1f", a);
  to = g_strdup_printf ("%.1f", b);

  if (b < a)
    /* Translators: a symptom, its first and last weekly averages, and a number of weeks. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s fell from %s to %s over %u week.",
                                         "%s fell from %s to %s over %u weeks.",
                                         weeks),
                            series->name, from, to, weeks);

  /* Translators: a symptom, its first and last weekly averages, and a number of weeks. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s rose from %s to %s over %u week.",
                                       "%s rose from %s to %s over %u weeks.",
                                       weeks),
                          series->name, from, to, weeks);
}

/* Time on feet */

/* One row a day, in day order from the (day, foot) index with no sort:
 * the day's hours on feet (the person's, not a foot's: the most any entry
 * of the day has) and the day's first-step and night pain ratings under
 * the foot filter. A day pairs with the next one in C. */
#define FEET_TIME_SQL(foot_condition)                                                  \
  "SELECT julianday (journal_entry.day), journal_entry.day,"                           \
  "       max (journal_entry.hours_on_feet),"                                          \
  "       avg (CASE WHEN symptom_rating.kind_id = (SELECT id FROM symptom_kind"        \
  "                                                WHERE key = 'first_step_pain')"     \
  "                  AND " foot_condition " THEN symptom_rating.value END),"           \
  "       avg (CASE WHEN symptom_rating.kind_id = (SELECT id FROM symptom_kind"        \
  "                                                WHERE key = 'night_pain')"          \
  "                  AND " foot_condition " THEN symptom_rating.value END) "           \
  "FROM journal_entry "                                                                \
  "LEFT JOIN symptom_rating ON symptom_rating.entry_id = journal_entry.id"             \
  "  AND symptom_rating.kind_id IN (SELECT id FROM symptom_kind"                       \
  "                                 WHERE key IN ('first_step_pain', 'night_pain')) "  \
  "WHERE journal_entry.day BETWEEN ?1 AND date (?2, '+1 day') "                        \
  "GROUP BY journal_entry.day "                                                        \
  "ORDER BY journal_entry.day"

static const char * const feet_time_sql[] = {
  FEET_TIME_SQL (FOOT_ALL_SQL),
  FEET_TIME_SQL (FOOT_LEFT_SQL),
  FEET_TIME_SQL (FOOT_RIGHT_SQL),
  FEET_TIME_SQL (FOOT_BOTH_SQL),
};

/**
 * ft_trend_query_feet_time:
 * @journal: a #FtJournal
 * @trend: the trend whose days and foot filter to use
 * @error: return location for an #FtError
 *
 * Hours on feet are the most any entry of the day has (they are the
 * person's, whichever foot the entry is for); the next day's ratings are
 * the means under the trend's foot filter.
 *
 * Returns: (transfer full) (element-type FtFeetTimePair): the pairs, or
 *   %NULL with @error set
 */
GArray *
ft_trend_query_feet_time (FtJournal      *journal,
                          const FtTrend  *trend,
                          GError        **error)
{
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  FtDatabase *database;
  char first_key[11];
  char last_key[11];
  GDate last;
  gboolean have_previous = FALSE;
  double previous_julian = 0;
  double previous_hours = NAN;
  GDate previous_day;
  int rc;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (trend != NULL, NULL);
  g_return_val_if_fail ((guint) trend->foot < G_N_ELEMENTS (feet_time_sql), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  database = ft_journal_get_database (journal);
  pairs = g_array_new (FALSE, FALSE, sizeof (FtFeetTimePair));
  trend_last_day (trend, &last);
  _ft_journal_day_key (&trend->first_day, first_key);
  _ft_journal_day_key (&last, last_key);
  g_date_clear (&previous_day, 1);

  if (!_ft_database_prepare (database, feet_time_sql[trend->foot], &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_key, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double julian = sqlite3_column_double (stmt, 0);
      gboolean has_first_step = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      gboolean has_night = sqlite3_column_type (stmt, 4) != SQLITE_NULL;

      if (have_previous && !isnan (previous_hours) && julian - previous_julian == 1 &&
          (has_first_step || has_night))
        {
          FtFeetTimePair pair = {
            .day = previous_day,
            .hours = previous_hours,
            .first_step = has_first_step ? sqlite3_column_double (stmt, 3) : -1,
            .night = has_night ? sqlite3_column_double (stmt, 4) : -1,
          };

          g_array_append_val (pairs, pair);
        }

      have_previous = _ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 1),
                                                 &previous_day) &&
                      g_date_compare (&previous_day, &last) <= 0;
      previous_julian = julian;
      previous_hours = sqlite3_column_type (stmt, 2) == SQLITE_NULL
                         ? NAN : sqlite3_column_double (stmt, 2);
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&pairs);
}
