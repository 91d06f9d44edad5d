/* ft-trend-chart-view.h — a trend chart on screen: hover, touch and keys
 * show a week's numbers; compact, it is one button.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-trend.h"
#include "ft-trend-chart.h"

G_BEGIN_DECLS

#define FT_TYPE_TREND_CHART_VIEW (ft_trend_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (FtTrendChartView, ft_trend_chart_view, FT, TREND_CHART_VIEW, GtkWidget)

GtkWidget    *ft_trend_chart_view_new                (void) G_GNUC_WARN_UNUSED_RESULT;
void          ft_trend_chart_view_set_trend          (FtTrendChartView *self,
                                                      FtTrend          *trend);
FtTrend      *ft_trend_chart_view_get_trend          (FtTrendChartView *self);
/* The renderer, to hide series or read hit areas. After changing it
 * directly, call gtk_widget_queue_draw(); the summary follows by itself. */
FtTrendChart *ft_trend_chart_view_get_chart          (FtTrendChartView *self);
/* The chart style for libadwaita's dark and high-contrast settings. */
FtChartStyle  ft_trend_chart_view_get_desktop_style  (void);
gboolean      ft_trend_chart_view_get_compact        (FtTrendChartView *self);
void          ft_trend_chart_view_set_compact        (FtTrendChartView *self,
                                                      gboolean          compact);
/* Shows or hides a series, then updates the summary and redraws. */
void          ft_trend_chart_view_set_series_visible (FtTrendChartView *self,
                                                      const char       *key,
                                                      gboolean          visible);
/* One ft_trend_describe_series() sentence per visible series, a line
 * each; also the accessible description. "" without a trend. */
const char   *ft_trend_chart_view_get_summary        (FtTrendChartView *self);
/* Moves the focus week (-1 for none); with @show_details the popover
 * shows its numbers. */
void          ft_trend_chart_view_set_focus_week     (FtTrendChartView *self,
                                                      int               week,
                                                      gboolean          show_details);
/* The text the popover shows now, or NULL when it is closed. */
const char   *ft_trend_chart_view_get_details        (FtTrendChartView *self);

/* Words shared with the table of the Trends page. "3–9 March 2026", or
 * "3–9 Mar 2026" when @abbreviated. */
char *ft_trend_chart_view_format_week     (const FtTrend *trend,
                                           guint          week,
                                           gboolean       abbreviated) G_GNUC_WARN_UNUSED_RESULT;
/* "2.3" with one decimal, "—" for a week with no rating. */
char *ft_trend_chart_view_format_value    (double         value) G_GNUC_WARN_UNUSED_RESULT;
/* "5 / 7", or "5" when no routine has a target. */
char *ft_trend_chart_view_format_sessions (const FtTrend *trend,
                                           guint          week) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
