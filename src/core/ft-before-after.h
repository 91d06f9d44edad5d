/* ft-before-after.h — how each symptom compared in the days around a change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a change on day D and a window of N days (7 to 42, 14 by default),
 * "before" is D − N to D − 1 and "after" is D + 1 to D + N: the day of the
 * change itself belongs to neither, since a rating that day may come from
 * either side of it. Each side counts rated days (a day's value is the mean
 * of its ratings under the foot filter, as in ft-trend.h).
 *
 * The verdict is a two-sided Mann–Whitney U test of the after days against
 * the before days, at the 5 % level. With fewer than FT_BEFORE_AFTER_MIN_DAYS
 * rated days on either side there is no verdict. The words describe the
 * numbers and never a cause.
 */

#pragma once

#include <glib-object.h>

#include "ft-trend.h"

G_BEGIN_DECLS

#define FT_BEFORE_AFTER_MIN_WINDOW 7
#define FT_BEFORE_AFTER_MAX_WINDOW 42
#define FT_BEFORE_AFTER_DEFAULT_WINDOW 14
#define FT_BEFORE_AFTER_MIN_DAYS 5

typedef enum
{
  FT_VERDICT_TOO_FEW,
  FT_VERDICT_COULD_BE_CHANCE,
  FT_VERDICT_UNLIKELY_CHANCE,
} FtVerdict;

/**
 * FtSymptomChange:
 * @symptom_id: the symptom_kind row
 * @key: its key
 * @name: the name to show
 * @n_before: rated days before
 * @n_after: rated days after
 * @mean_before: NAN when none
 * @mean_after: NAN when none
 * @median_before: NAN when none
 * @median_after: NAN when none
 * @difference: mean after − mean before (NAN when a side has none)
 * @p_value: the test's two-sided p-value, NAN without a verdict
 * @verdict: what the numbers allow saying
 * @sentence: the plain-language line, such as "Night pain averaged 2.1
 *   lower in the 14 days after (12 and 13 days rated); a difference this
 *   large is unlikely to be chance."
 */
typedef struct
{
  gint64     symptom_id;
  char      *key;
  char      *name;
  guint      n_before;
  guint      n_after;
  double     mean_before;
  double     mean_after;
  double     median_before;
  double     median_after;
  double     difference;
  double     p_value;
  FtVerdict  verdict;
  char      *sentence;
} FtSymptomChange;

/**
 * FtBeforeAfter:
 * @event: the change
 * @window: N, in days
 * @foot: the foot filter used
 * @symptoms: (element-type FtSymptomChange): each symptom not hidden, built-in
 *   ones first
 * @overlaps: (element-type FtTrendEvent): other changes within the window on
 *   either side
 * @overlap_sentence: (nullable): "Another change happened 5 days later: New
 *   standing desk at work." or "2 other changes happened within 14 days: …";
 *   NULL without overlaps
 */
typedef struct
{
  FtTrendEvent *event;
  guint         window;
  FtFootFilter  foot;
  GPtrArray    *symptoms;
  GPtrArray    *overlaps;
  char         *overlap_sentence;
} FtBeforeAfter;

#define FT_TYPE_BEFORE_AFTER (ft_before_after_get_type ())
GType          ft_before_after_get_type (void) G_GNUC_CONST;
FtBeforeAfter *ft_before_after_copy     (const FtBeforeAfter *before_after);
void           ft_before_after_free     (FtBeforeAfter       *before_after);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtBeforeAfter, ft_before_after_free)

/* Compares the days around @event. @window: 7 to 42, else
 * FT_ERROR_INVALID. @events: (nullable) (element-type FtTrendEvent): the
 * changes to look for overlaps in; NULL reads them from @journal. */
FtBeforeAfter *ft_before_after_compute  (FtJournal           *journal,
                                         const FtTrendEvent  *event,
                                         guint                window,
                                         FtFootFilter         foot,
                                         GPtrArray           *events,
                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* The verdict's words on their own: "Too few rated days to tell.", "A
 * difference this size could be chance.", "A difference this large is
 * unlikely to be chance." */
const char    *ft_verdict_describe      (FtVerdict            verdict);

G_END_DECLS
