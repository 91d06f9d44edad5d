/* ft-before-after-row.h — one change as an expander row: a one-line gist of
 * how the symptoms compared before and after it, and each symptom's numbers
 * when opened.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison is worked out lazily: a row given its journal queues itself,
 * and the queue runs a few rows at a time when the main loop is idle, so a
 * list of many changes never holds up a frame. Opening a row works it out at
 * once. A row follows the journal: a rating written or a symptom renamed
 * queues it again.
 */

#pragma once

#include <adwaita.h>

#include "ft-before-after.h"
#include "ft-trend.h"

G_BEGIN_DECLS

#define FT_TYPE_BEFORE_AFTER_ROW (ft_before_after_row_get_type ())

G_DECLARE_FINAL_TYPE (FtBeforeAfterRow, ft_before_after_row, FT, BEFORE_AFTER_ROW, AdwExpanderRow)

/* The row's title is @title, or the event's label when NULL. */
GtkWidget           *ft_before_after_row_new         (const FtTrendEvent *event,
                                                      const char         *title) G_GNUC_WARN_UNUSED_RESULT;
const FtTrendEvent  *ft_before_after_row_get_event   (FtBeforeAfterRow   *self);

/* What to compare with: @window days on each side, ratings kept by @foot;
 * @events: (nullable) (element-type FtTrendEvent): the changes to name as
 * overlapping, NULL to read them from @journal. Queues the row. */
void                 ft_before_after_row_set_context (FtBeforeAfterRow   *self,
                                                      FtJournal          *journal,
                                                      guint               window,
                                                      FtFootFilter        foot,
                                                      GPtrArray          *events);
/* The words shown before the gist, such as the day: "Mon 3 Mar". */
void                 ft_before_after_row_set_lead    (FtBeforeAfterRow   *self,
                                                      const char         *lead);

/* Works the comparison out now if it is not yet. Returns: (nullable): the
 * comparison, NULL before a context is set or when it could not be read. */
const FtBeforeAfter *ft_before_after_row_compute     (FtBeforeAfterRow   *self);
/* (nullable): the comparison if it has been worked out. */
const FtBeforeAfter *ft_before_after_row_get_result  (FtBeforeAfterRow   *self);
/* The one-line gist ("Night pain 2.1 lower · Burning 1.4 lower", "No clear
 * difference"), or NULL while it is not worked out. */
const char          *ft_before_after_row_get_gist    (FtBeforeAfterRow   *self);

/* The gist of @before_after on its own, as the rows show it. */
char                *ft_before_after_format_gist     (const FtBeforeAfter *before_after) G_GNUC_WARN_UNUSED_RESULT;
/* "Before 5.2 (median 5) · After 3.1 (median 3)". */
char                *ft_before_after_format_numbers  (const FtSymptomChange *change) G_GNUC_WARN_UNUSED_RESULT;

/* Whether rows are still waiting in the queue, for tests. */
gboolean             ft_before_after_row_is_pending  (void);

G_END_DECLS
