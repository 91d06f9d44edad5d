/* ft-trend-chart.h — draws a trend with cairo, for the screen, PNG, SVG and PDF.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart has two bands. The upper one plots each visible series' weekly
 * means as a line (broken at weeks without a value) with the daily values as
 * faint marks; the lower one shows sessions per week as bars with the
 * target as a tick, and shades paused days across both. Changes are
 * vertical markers with short labels along the top.
 *
 * Each series keeps its colour, dash and mark shape by its position (see
 * ft_trend_chart_get_series_look()): colours from the GNOME palette chosen
 * to stay apart in light and dark styles and for the common colour-vision
 * deficiencies, and dashes and shapes so that colour is never the only cue.
 *
 * Everything is drawn in user units, so the caller's cairo scale gives crisp
 * output at any scale factor. The chart keeps the geometry of its last draw
 * for hit testing (ft_trend_chart_get_week_at() and friends); exports do
 * not change it.
 *
 * Daily values are drawn as the series' marks while a day is at least 1.5
 * units wide (up to 6 months at 360 units, 2 years at 1200), as tiny squares
 * at most one per device pixel from 0.5 to 1.5 units, and not at all below
 * 0.5 units a day (over about 6 years at 1200 units), where they would only
 * be a haze behind the weekly lines. Daily marks, and weekly lines in
 * columns narrower than 12 units, use cairo's fast antialiasing, which
 * looks the same there at half the cost. Measured on a 2-core machine at
 * 1200 × 400 on an image surface with 5 series and 40 changes, the median
 * frame takes about 3.8 ms for 10 years (no daily marks), 3.1 ms for 3
 * years (squares), 4.3 ms for 1 year (shapes) and 2.8 ms for 12 weeks.
 *
 * Sizes: the full chart wants about 360 × 220 units or more; below that it
 * drops the change labels, then the session caption, then the axis labels.
 * Compact charts read well from 240 × 120. The chart pads itself (8 units,
 * 4 compact), so it needs no margin of its own.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ft-trend.h"

G_BEGIN_DECLS

typedef enum
{
  FT_CHART_STYLE_LIGHT,
  FT_CHART_STYLE_DARK,
  FT_CHART_STYLE_HIGH_CONTRAST,
  FT_CHART_STYLE_HIGH_CONTRAST_DARK,
} FtChartStyle;

typedef enum
{
  FT_MARK_CIRCLE,
  FT_MARK_SQUARE,
  FT_MARK_TRIANGLE,
  FT_MARK_DIAMOND,
  FT_MARK_CROSS,
} FtMarkShape;

/**
 * FtSeriesLook:
 * @red: 0 to 1
 * @green: 0 to 1
 * @blue: 0 to 1
 * @dashes: (array length=n_dashes): the line's dash pattern, in line
 *   widths, for round caps (a 0 is a dot)
 * @n_dashes: 0 for a solid line
 * @mark: the shape of its marks
 */
typedef struct
{
  double             red;
  double             green;
  double             blue;
  const double      *dashes;
  int                n_dashes;
  FtMarkShape        mark;
} FtSeriesLook;

/* The look of the series at @index of a trend's series (built-in ones keep
 * theirs whichever are hidden), in @style. */
void ft_trend_chart_get_series_look (guint          index,
                                     FtChartStyle   style,
                                     FtSeriesLook  *look);

#define FT_TYPE_TREND_CHART (ft_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (FtTrendChart, ft_trend_chart, FT, TREND_CHART, GObject)

FtTrendChart *ft_trend_chart_new                (void) G_GNUC_WARN_UNUSED_RESULT;

void          ft_trend_chart_set_trend          (FtTrendChart  *self,
                                                 FtTrend       *trend);
FtTrend      *ft_trend_chart_get_trend          (FtTrendChart  *self);
void          ft_trend_chart_set_style          (FtTrendChart  *self,
                                                 FtChartStyle   style);
/* Hidden series are left out of the drawing but keep their looks. */
void          ft_trend_chart_set_series_visible (FtTrendChart  *self,
                                                 const char    *key,
                                                 gboolean       visible);
gboolean      ft_trend_chart_get_series_visible (FtTrendChart  *self,
                                                 const char    *key);
/* Compact: no axis titles, no event labels and a smaller session band, for
 * the Today page. */
void          ft_trend_chart_set_compact        (FtTrendChart  *self,
                                                 gboolean       compact);
/* The week to highlight, or -1. */
void          ft_trend_chart_set_focus_week     (FtTrendChart  *self,
                                                 int            week);
int           ft_trend_chart_get_focus_week     (FtTrendChart  *self);
/* The event (index into the trend's events) to highlight, or -1. */
void          ft_trend_chart_set_focus_event    (FtTrendChart  *self,
                                                 int            event);
/* Font family for labels, from the desktop ("Cantarell 11", "Adwaita Sans
 * 11"); NULL for the default. */
void          ft_trend_chart_set_font           (FtTrendChart  *self,
                                                 const char    *font);

/* Draws the whole chart into (0, 0, @width, @height) of @cr, background
 * included. */
void          ft_trend_chart_draw               (FtTrendChart  *self,
                                                 cairo_t       *cr,
                                                 double         width,
                                                 double         height);

/* Hit testing against the last draw. The week whose column holds @x, or -1
 * outside the plot. */
int           ft_trend_chart_get_week_at        (FtTrendChart  *self,
                                                 double         x,
                                                 double         y);
/* The event whose marker (line or label) is within a few units of (@x, @y),
 * or -1. */
int           ft_trend_chart_get_event_at       (FtTrendChart  *self,
                                                 double         x,
                                                 double         y);
/* Where a week's column or an event's marker was drawn, for placing a
 * popover. FALSE before the first draw or out of range. */
gboolean      ft_trend_chart_get_week_area      (FtTrendChart  *self,
                                                 int            week,
                                                 double        *x,
                                                 double        *y,
                                                 double        *width,
                                                 double        *height);
gboolean      ft_trend_chart_get_event_area     (FtTrendChart  *self,
                                                 int            event,
                                                 double        *x,
                                                 double        *y,
                                                 double        *width,
                                                 double        *height);

/* Writes the chart at @width × @height to a PNG or SVG file. */
gboolean      ft_trend_chart_write_png          (FtTrendChart  *self,
                                                 const char    *path,
                                                 int            width,
                                                 int            height,
                                                 double         scale,
                                                 GError       **error);
gboolean      ft_trend_chart_write_svg          (FtTrendChart  *self,
                                                 const char    *path,
                                                 double         width,
                                                 double         height,
                                                 GError       **error);

/* The "nerve or fascia?" scatter: hours on feet (x) against the next
 * morning's first-step pain and night pain (y), with the mean of each per
 * 2-hour bucket as a line. @pairs: (element-type FtFeetTimePair). The two
 * take the looks of series 4 and 3 (first-step pain and night pain in a
 * trend's built-in order); a legend is drawn inside. */
void          ft_feet_time_chart_draw           (cairo_t       *cr,
                                                 GArray        *pairs,
                                                 FtChartStyle   style,
                                                 const char    *font,
                                                 double         width,
                                                 double         height);

G_END_DECLS
