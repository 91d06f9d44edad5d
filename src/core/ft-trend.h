/* ft-trend.h — symptoms, sessions, pauses and changes week by week.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A trend covers whole weeks, from the week holding its first day to the
 * week holding today, each starting on the weekday set in Preferences.
 * Days are numbered from the first day of the first week (day 0), so week w
 * holds days 7w to 7w + 6.
 *
 * A day's value for a symptom is the mean of that day's ratings of it in the
 * entries the foot filter keeps; a week's value is the mean of its days'
 * values. A week, or a day, with no rating has no value (NAN): charts leave
 * a gap there and never draw it as zero.
 *
 * The foot filter: left keeps entries for the left foot and for both feet
 * (a rating of both feet is a rating of the left one too), right likewise,
 * both keeps only entries for both feet, and all keeps every entry.
 *
 * The ratings are read over the day index of journal_entry, in day order,
 * and the days and weeks averaged in the same pass, so the cost follows the
 * number of days shown, not the size of the journal.
 */

#pragma once

#include <glib-object.h>

#include "ft-journal.h"

G_BEGIN_DECLS

typedef enum
{
  FT_TREND_RANGE_4_WEEKS,
  FT_TREND_RANGE_12_WEEKS,
  FT_TREND_RANGE_6_MONTHS,
  FT_TREND_RANGE_1_YEAR,
  FT_TREND_RANGE_ALL,
} FtTrendRange;

#define FT_TREND_N_RANGES (FT_TREND_RANGE_ALL + 1)

/* 4, 12, 26 and 52; 0 for all: from the week of the earliest entry,
 * session or pause (or, with none, the earliest change) to this week, at
 * least 4 weeks. */
guint       ft_trend_range_get_weeks   (FtTrendRange range);
/* "4w", "12w", "6m", "1y", "all": for settings and command lines. */
const char *ft_trend_range_to_key      (FtTrendRange  range);
gboolean    ft_trend_range_from_key    (const char   *key,
                                        FtTrendRange *range);

typedef enum
{
  FT_FOOT_FILTER_ALL,
  FT_FOOT_FILTER_LEFT,
  FT_FOOT_FILTER_RIGHT,
  FT_FOOT_FILTER_BOTH,
} FtFootFilter;

/* "all", "left", "right", "both". */
const char *ft_foot_filter_to_key      (FtFootFilter  filter);
gboolean    ft_foot_filter_from_key    (const char   *key,
                                        FtFootFilter *filter);
/* The SQL condition on journal_entry.foot that the filter keeps, for
 * queries elsewhere in the core ("1" for all). */
const char *ft_foot_filter_to_sql      (FtFootFilter  filter);

/**
 * FtTrendPoint:
 * @day: the day index (0 is the first day of the first week)
 * @value: the day's value, 0 to 10
 */
typedef struct
{
  guint  day;
  double value;
} FtTrendPoint;

/**
 * FtTrendSeries:
 * @symptom_id: the symptom_kind row
 * @key: "night_pain", or a custom symptom's key
 * @name: the name to show (translated for built-in symptoms)
 * @builtin: shipped with Footing
 * @position: the built-in order (1 tingling … 5 first-step pain), then custom
 * @weekly: (element-type double): a value per week, NAN for no rating
 * @weekly_days: (element-type guint): rated days per week
 * @daily: (element-type FtTrendPoint): rated days only, in day order
 */
typedef struct
{
  gint64    symptom_id;
  char     *key;
  char     *name;
  gboolean  builtin;
  int       position;
  GArray   *weekly;
  GArray   *weekly_days;
  GArray   *daily;
} FtTrendSeries;

/**
 * FtTrendWeekSessions:
 * @sessions: counted sessions (completed or partial) of any routine or exercise
 * @target: sessions the routines' targets ask for that week, paused days
 *   left out; 0 when no routine has a target
 */
typedef struct
{
  guint  sessions;
  double target;
} FtTrendWeekSessions;

/**
 * FtTrendSpan:
 * @first: the first paused day index (clamped to the trend)
 * @last: the last paused day index (clamped; an open pause runs to today)
 * @reason: an FtPauseReason
 */
typedef struct
{
  guint first;
  guint last;
  int   reason;
} FtTrendSpan;

typedef enum
{
  FT_TREND_EVENT_GEAR,
  FT_TREND_EVENT_CHANGE,
  FT_TREND_EVENT_VISIT,
  FT_TREND_EVENT_ROUTINE,
} FtTrendEventKind;

/**
 * FtTrendEvent:
 * @kind: what sort of change
 * @source_id: the gear_event, pt_visit or routine_event row
 * @day: when
 * @label: a short label for a chart marker ("New insoles", "PT visit")
 * @detail: a sentence for its popover and for screen readers
 */
typedef struct
{
  FtTrendEventKind  kind;
  gint64            source_id;
  GDate             day;
  char             *label;
  char             *detail;
} FtTrendEvent;

#define FT_TYPE_TREND_EVENT (ft_trend_event_get_type ())
GType         ft_trend_event_get_type (void) G_GNUC_CONST;
FtTrendEvent *ft_trend_event_copy     (const FtTrendEvent *event);
void          ft_trend_event_free     (FtTrendEvent       *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtTrendEvent, ft_trend_event_free)

/**
 * FtTrend:
 * @first_day: the first day of the first week
 * @today: the journal's today (the last day with data to show)
 * @week_start: the weekday weeks start on
 * @n_weeks: how many weeks
 * @range: the range asked for
 * @foot: the foot filter used
 * @series: (element-type FtTrendSeries): every symptom not hidden, built-in
 *   ones first, each even when it has no rating in the range
 * @sessions: (element-type FtTrendWeekSessions): one per week
 * @pauses: (element-type FtTrendSpan): pauses overlapping the trend
 * @events: (element-type FtTrendEvent): changes in the trend, oldest first
 */
typedef struct
{
  GDate          first_day;
  GDate          today;
  GDateWeekday   week_start;
  guint          n_weeks;
  FtTrendRange   range;
  FtFootFilter   foot;
  GPtrArray     *series;
  GArray        *sessions;
  GArray        *pauses;
  GPtrArray     *events;
} FtTrend;

#define FT_TYPE_TREND (ft_trend_get_type ())
GType    ft_trend_get_type (void) G_GNUC_CONST;
FtTrend *ft_trend_ref      (FtTrend *trend);
void     ft_trend_unref    (FtTrend *trend);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtTrend, ft_trend_unref)

/* An empty trend of @n_weeks weeks from @first_day (a @week_start day), for
 * tests and for drawing before the first query; series and events are added
 * by the caller. */
FtTrend       *ft_trend_new_empty       (const GDate    *first_day,
                                         const GDate    *today,
                                         GDateWeekday    week_start,
                                         guint           n_weeks) G_GNUC_WARN_UNUSED_RESULT;
/* Adds a series with every week a gap; returns it for the caller to fill. */
FtTrendSeries *ft_trend_add_series      (FtTrend        *trend,
                                         gint64          symptom_id,
                                         const char     *key,
                                         const char     *name);
/* Sets day @day's value and recomputes its week's mean. */
void           ft_trend_series_set_day  (FtTrendSeries  *series,
                                         guint           day,
                                         double          value);

/* Reads a trend. @range, @foot and @week_start as above; today comes from
 * @journal's clock. */
FtTrend  *ft_trend_query             (FtJournal     *journal,
                                      FtTrendRange   range,
                                      FtFootFilter   foot,
                                      GDateWeekday   week_start,
                                      GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* Every change on @first to @last, oldest first: gear events (items
 * started, retired, back in use, inserts moved), free changes, PT visits and
 * routine changes. (element-type FtTrendEvent)
 *
 * Events of one day come in the order they were recorded. Labels are at
 * most 32 characters where a name allows it (a long name is shortened with
 * "…"): the item's name for a start, "<item> retired", "<item> back in use",
 * "<insert> moved", the free change's own words, "PT visit", "<routine>
 * added", "<routine> changed", "<routine> removed". Details are sentences:
 * "Started using <item>.", "Retired <item>.", "Started using <item> again.",
 * "Moved <insert> into <shoe>.", "Took <insert> out of <shoe>.", the free
 * change with a full stop, "PT visit at <clinic>.", "Added the routine
 * <routine>: daily.", "Changed <routine>: now daily.", "Removed the routine
 * <routine>.". */
GPtrArray *ft_trend_list_events      (FtJournal     *journal,
                                      const GDate   *first,
                                      const GDate   *last,
                                      GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* The day index of @day, or -1 outside the trend. */
int         ft_trend_get_day_index   (const FtTrend *trend,
                                      const GDate   *day);
/* The first day of week @week. */
void        ft_trend_get_week_day    (const FtTrend *trend,
                                      guint          week,
                                      GDate         *day);
/* The series with @key, or NULL. */
FtTrendSeries *ft_trend_find_series  (const FtTrend *trend,
                                      const char    *key);

/* One plain sentence on how a series moved over the trend, from its first
 * to its last week with a value: "Night pain fell from 5.1 to 2.3 over 12
 * weeks.", "… rose from …", "… stayed about the same, near 3.0, …", or
 * "Night pain has no ratings in these weeks." (transfer full) */
char       *ft_trend_describe_series (const FtTrend       *trend,
                                      const FtTrendSeries *series);

/**
 * FtFeetTimePair:
 * @day: the day of the hours on feet
 * @hours: hours on feet that day
 * @first_step: the next morning's first-step pain, or -1 when not rated
 * @night: the next day's night pain rating, or -1 when not rated
 *
 * Time on feet against the next morning, for the "nerve or fascia?" view.
 */
typedef struct
{
  GDate  day;
  double hours;
  double first_step;
  double night;
} FtFeetTimePair;

/* Days in the trend's range with hours on feet whose next day has at least
 * one of the two ratings, oldest first. (element-type FtFeetTimePair) */
GArray     *ft_trend_query_feet_time (FtJournal     *journal,
                                      const FtTrend *trend,
                                      GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
