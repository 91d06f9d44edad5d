/* ft-trends-page.h — the Trends page: symptoms, sessions and changes week
 * by week, as a chart or a table, and what changed after each change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-page.h"
#include "ft-trend-chart-view.h"

G_BEGIN_DECLS

#define FT_TYPE_TRENDS_PAGE (ft_trends_page_get_type ())

G_DECLARE_FINAL_TYPE (FtTrendsPage, ft_trends_page, FT, TRENDS_PAGE, FtPage)

/* The chart, and the trend it shows (NULL before the page was first shown). */
FtTrendChartView *ft_trends_page_get_chart_view (FtTrendsPage *self);
FtTrend          *ft_trends_page_get_trend      (FtTrendsPage *self);
/* The table of the "Show as Table" view, for tests. */
GtkColumnView    *ft_trends_page_get_table      (FtTrendsPage *self);
gboolean          ft_trends_page_export         (FtTrendsPage *self,
                                                 GFile        *file,
                                                 gboolean      svg,
                                                 GError      **error);

G_END_DECLS
