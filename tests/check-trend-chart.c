/* check-trend-chart.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-error.h"
#include "ft-trend-chart.h"
#include "temp-folder.h"
#include "test-support.h"

#include <check.h>
#include <math.h>
#include <string.h>

#define DAYS_PER_WEEK 7

typedef enum
{
  DATA_EMPTY,          /* no series at all */
  DATA_ONE_POINT,      /* one rating on one day */
  DATA_ALL_GAPS,       /* series, but no rating */
  DATA_TEN_YEARS,      /* 520 weeks, 5 series, events, pauses */
  DATA_TWELVE_WEEKS,   /* 12 weeks, 5 series, events, a pause */
  N_DATA
} Data;

typedef struct
{
  int width;
  int height;
} Size;

static const Size sizes[] = {
  { 1200, 400 },
  { 360, 240 },
  { 100, 60 },
};

static const double scales[] = { 1.0, 2.0, 1.5 };

static const FtChartStyle styles[] = {
  FT_CHART_STYLE_LIGHT,
  FT_CHART_STYLE_DARK,
  FT_CHART_STYLE_HIGH_CONTRAST,
  FT_CHART_STYLE_HIGH_CONTRAST_DARK,
};

static const char * const keys[] = {
  "tingling", "burning", "numbness", "night_pain", "first_step_pain",
};

/* Data */

static FtTrend *
new_trend (guint n_weeks)
{
  GDate first = test_support_day (2025, 10, 20);   /* a Monday */
  GDate today = first;

  g_date_add_days (&today, n_weeks * DAYS_PER_WEEK - 3);

  return ft_trend_new_empty (&first, &today, G_DATE_MONDAY, n_weeks);
}

static void
add_event (FtTrend          *trend,
           FtTrendEventKind  kind,
           guint             day,
           const char       *label)
{
  FtTrendEvent *event = g_new0 (FtTrendEvent, 1);

  event->kind = kind;
  event->source_id = trend->events->len + 1;
  event->day = trend->first_day;
  g_date_add_days (&event->day, day);
  event->label = g_strdup (label);
  event->detail = g_strdup_printf ("%s, in detail", label);
  g_ptr_array_add (trend->events, event);
}

static void
add_pause (FtTrend *trend,
           guint    first,
           guint    last)
{
  FtTrendSpan span = { first, last, 1 };

  g_array_append_val (trend->pauses, span);
}

/* Values wander smoothly with a little deterministic noise; every 13th day
 * has no rating. */
static void
fill_series (FtTrend *trend,
             guint    n_series)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint n_days = trend->n_weeks * DAYS_PER_WEEK - 3;

  for (guint s = 0; s < n_series; s++)
    {
      FtTrendSeries *series = ft_trend_add_series (trend, s + 1, keys[s], keys[s]);

      series->builtin = TRUE;
      series->position = s + 1;
      for (guint day = 0; day < n_days; day++)
        {
          double t = (double) day / n_days;
          double value = 5.0 + 3.0 * sin (t * 7.0 + s) + g_rand_double_range (rand, -1.0, 1.0);

          if (day % 13 == s)
            continue;
          ft_trend_series_set_day (series, day, round (CLAMP (value, 0.0, 10.0)));
        }
    }

  for (guint week = 0; week < trend->n_weeks; week++)
    {
      FtTrendWeekSessions *sessions = &g_array_index (trend->sessions, FtTrendWeekSessions, week);

      sessions->sessions = g_rand_int_range (rand, 0, 12);
      sessions->target = week % 10 == 0 ? 0.0 : 7.0;
    }
}

static FtTrend *
make_data (Data data)
{
  FtTrend *trend;

  switch (data)
    {
    case DATA_EMPTY:
      return new_trend (12);

    case DATA_ONE_POINT:
      trend = new_trend (4);
      ft_trend_series_set_day (ft_trend_add_series (trend, 1, "night_pain", "Night pain"), 9, 6.0);
      return trend;

    case DATA_ALL_GAPS:
      trend = new_trend (26);
      for (guint s = 0; s < G_N_ELEMENTS (keys); s++)
        ft_trend_add_series (trend, s + 1, keys[s], keys[s]);
      return trend;

    case DATA_TEN_YEARS:
      trend = new_trend (520);
      fill_series (trend, 5);
      for (guint e = 0; e < 40; e++)
        add_event (trend, (FtTrendEventKind) (e % 4), 30 + e * 90,
                   e % 3 == 0 ? "New insoles with a much longer name" : "PT visit");
      add_pause (trend, 400, 430);
      add_pause (trend, 2000, 2100);
      return trend;

    case DATA_TWELVE_WEEKS:
      trend = new_trend (12);
      fill_series (trend, 5);
      add_event (trend, FT_TREND_EVENT_GEAR, 10, "New insoles");
      add_event (trend, FT_TREND_EVENT_VISIT, 12, "PT visit");
      add_event (trend, FT_TREND_EVENT_CHANGE, 50, "More running");
      add_pause (trend, 30, 44);
      return trend;

    case N_DATA:
    default:
      g_assert_not_reached ();
    }
}

/* Pixels */

static cairo_surface_t *
draw (FtTrendChart *chart,
      int           width,
      int           height,
      double        scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  ft_trend_chart_draw (chart, cr, width, height);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  ck_assert_int_eq (cairo_surface_status (surface), CAIRO_STATUS_SUCCESS);

  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (gpointer) (data + y * stride + x * 4);
}

static gboolean
near_colour (guint32 argb,
             double  red,
             double  green,
             double  blue,
             int     tolerance)
{
  int r = (argb >> 16) & 0xff;
  int g = (argb >> 8) & 0xff;
  int b = argb & 0xff;

  return ABS (r - (int) round (red * 255)) <= tolerance &&
         ABS (g - (int) round (green * 255)) <= tolerance &&
         ABS (b - (int) round (blue * 255)) <= tolerance;
}

/* Pixels of the look's colour in device rows @y0 to @y1 and columns @x0 to
 * @x1 (both included, clamped to the surface). */
static guint
count_colour (cairo_surface_t    *surface,
              const FtSeriesLook *look,
              int                 x0,
              int                 x1,
              int                 y0,
              int                 y1)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n = 0;

  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, width - 1);
  y1 = MIN (y1, height - 1);
  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      if (near_colour (pixel (surface, x, y), look->red, look->green, look->blue, 24))
        n++;

  return n;
}

static int
channel_difference (guint32 a,
                    guint32 b)
{
  int worst = 0;

  for (int shift = 0; shift < 32; shift += 8)
    worst = MAX (worst, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));

  return worst;
}

/* Pixels that are not the first pixel's colour (the background's). */
static guint
count_drawn (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint32 background = pixel (surface, 0, 0);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixel (surface, x, y) != background)
        n++;

  return n;
}

static gboolean
all_opaque (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((pixel (surface, x, y) >> 24) != 0xff)
        return FALSE;

  return TRUE;
}

/* The device row where the look's colour is densest in column @x, or -1. */
static int
find_colour_row (cairo_surface_t    *surface,
                 const FtSeriesLook *look,
                 int                 x)
{
  int height = cairo_image_surface_get_height (surface);

  for (int y = 0; y < height; y++)
    if (near_colour (pixel (surface, x, y), look->red, look->green, look->blue, 24))
      return y;

  return -1;
}

static char *
read_start (const char *path,
            gsize       n)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  ck_assert (g_file_get_contents (path, &contents, &length, NULL));
  ck_assert_uint_ge (length, n);

  return g_strndup (contents, n);
}

/* Tests */

START_TEST (test_draws_at_every_size_and_scale)
{
  Data data = (Data) _i;
  g_autoptr(FtTrend) trend = make_data (data);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();

  ft_trend_chart_set_trend (chart, trend);
  if (data == DATA_TEN_YEARS || data == DATA_TWELVE_WEEKS)
    {
      ft_trend_chart_set_focus_week (chart, trend->n_weeks / 2);
      ft_trend_chart_set_focus_event (chart, 1);
    }

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
      for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
        for (int compact = 0; compact <= 1; compact++)
          {
            cairo_surface_t *surface;
            guint drawn;

            ft_trend_chart_set_style (chart, styles[s]);
            ft_trend_chart_set_compact (chart, compact);
            surface = draw (chart, sizes[z].width, sizes[z].height, scales[k]);
            drawn = count_drawn (surface);

            /* The background covers everything, and there is more on it
             * (at least the grid) even without a rating. */
            ck_assert (all_opaque (surface));
            ck_assert_msg (drawn > (guint) (sizes[z].width * scales[k]),
                           "data %d at %d×%d ×%.1f style %d drew only %u pixels", data,
                           sizes[z].width, sizes[z].height, scales[k], styles[s], drawn);
            cairo_surface_destroy (surface);
          }
}
END_TEST

START_TEST (test_no_trend_paints_background)
{
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  cairo_surface_t *surface;

  ck_assert_ptr_null (ft_trend_chart_get_trend (chart));
  surface = draw (chart, 300, 200, 1.0);
  ck_assert (all_opaque (surface));
  ck_assert_uint_eq (count_drawn (surface), 0);
  ck_assert_int_eq (ft_trend_chart_get_week_at (chart, 150, 100), -1);
  cairo_surface_destroy (surface);
}
END_TEST

/* A line sits at its value: 10 at the top of the band, 5 lower down. */
START_TEST (test_line_at_its_value)
{
  g_autoptr(FtTrend) trend = new_trend (12);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  FtTrendSeries *high = ft_trend_add_series (trend, 1, "tingling", "Tingling");
  FtTrendSeries *middle = ft_trend_add_series (trend, 2, "burning", "Burning");
  FtSeriesLook high_look, middle_look;
  cairo_surface_t *surface;
  double x, y, width, height;
  int high_row, middle_row;

  for (guint day = 0; day < 12 * DAYS_PER_WEEK; day++)
    {
      ft_trend_series_set_day (high, day, 10.0);
      ft_trend_series_set_day (middle, day, 5.0);
    }

  ft_trend_chart_set_trend (chart, trend);
  surface = draw (chart, 1200, 400, 1.0);
  ft_trend_chart_get_series_look (0, FT_CHART_STYLE_LIGHT, &high_look);
  ft_trend_chart_get_series_look (1, FT_CHART_STYLE_LIGHT, &middle_look);
  ck_assert (ft_trend_chart_get_week_area (chart, 3, &x, &y, &width, &height));

  high_row = find_colour_row (surface, &high_look, (int) (x + width / 2));
  middle_row = find_colour_row (surface, &middle_look, (int) (x + width / 2));
  ck_assert_int_ge (high_row, 0);
  ck_assert_int_ge (middle_row, 0);

  /* The week's area starts at the top of the symptom band, where 10 is. */
  ck_assert_int_le (ABS (high_row - (int) y), 4);
  ck_assert_int_gt (middle_row, high_row + 40);
  ck_assert_int_lt (middle_row, (int) (y + height));

  cairo_surface_destroy (surface);
}
END_TEST

/* Weeks without a value are gaps, never zeros, and a lone week shows. */
START_TEST (test_gap_weeks_stay_empty)
{
  g_autoptr(FtTrend) trend = new_trend (12);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  FtTrendSeries *series = ft_trend_add_series (trend, 1, "night_pain", "Night pain");
  FtSeriesLook look;
  cairo_surface_t *surface;
  double x, y, width, height;

  for (guint day = 0; day < 12 * DAYS_PER_WEEK; day++)
    {
      guint week = day / DAYS_PER_WEEK;

      /* Week 5 is a gap; week 8 stands alone between gaps. */
      if (week == 5 || week == 7 || week == 9)
        continue;
      ft_trend_series_set_day (series, day, 4.0);
    }

  ft_trend_chart_set_trend (chart, trend);
  surface = draw (chart, 1200, 400, 1.0);
  ft_trend_chart_get_series_look (0, FT_CHART_STYLE_LIGHT, &look);

  ck_assert (ft_trend_chart_get_week_area (chart, 5, &x, &y, &width, &height));
  ck_assert_uint_eq (count_colour (surface, &look, (int) x + 1, (int) (x + width) - 1, (int) y,
                                   (int) (y + height)), 0);

  ck_assert (ft_trend_chart_get_week_area (chart, 4, &x, &y, &width, &height));
  ck_assert_uint_gt (count_colour (surface, &look, (int) x, (int) (x + width), (int) y,
                                   (int) (y + height)), 20);

  ck_assert (ft_trend_chart_get_week_area (chart, 8, &x, &y, &width, &height));
  ck_assert_uint_gt (count_colour (surface, &look, (int) x, (int) (x + width), (int) y,
                                   (int) (y + height)), 8);

  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_hidden_series_not_drawn)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TWELVE_WEEKS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  FtSeriesLook look;
  cairo_surface_t *surface;

  ft_trend_chart_set_trend (chart, trend);
  ft_trend_chart_get_series_look (2, FT_CHART_STYLE_LIGHT, &look);

  ck_assert (ft_trend_chart_get_series_visible (chart, "numbness"));
  surface = draw (chart, 1200, 400, 1.0);
  ck_assert_uint_gt (count_colour (surface, &look, 0, 1199, 0, 399), 100);
  cairo_surface_destroy (surface);

  ft_trend_chart_set_series_visible (chart, "numbness", FALSE);
  ck_assert (!ft_trend_chart_get_series_visible (chart, "numbness"));
  surface = draw (chart, 1200, 400, 1.0);
  ck_assert_uint_eq (count_colour (surface, &look, 0, 1199, 0, 399), 0);
  cairo_surface_destroy (surface);

  ft_trend_chart_set_series_visible (chart, "numbness", TRUE);
  ck_assert (ft_trend_chart_get_series_visible (chart, "numbness"));
}
END_TEST

START_TEST (test_week_hit_testing)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TWELVE_WEEKS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  double x, y, width, height;
  cairo_surface_t *surface;

  ft_trend_chart_set_trend (chart, trend);

  /* Nothing to hit before the first draw. */
  ck_assert_int_eq (ft_trend_chart_get_week_at (chart, 600, 200), -1);
  ck_assert (!ft_trend_chart_get_week_area (chart, 0, &x, &y, &width, &height));

  for (guint z = 0; z < 2; z++)
    {
      surface = draw (chart, sizes[z].width, sizes[z].height, 2.0);

      for (int week = 0; week < 12; week++)
        {
          ck_assert (ft_trend_chart_get_week_area (chart, week, &x, &y, &width, &height));
          ck_assert (width > 0 && height > 0);
          ck_assert_int_eq (ft_trend_chart_get_week_at (chart, x + width / 2, y + height / 2),
                            week);
          ck_assert_int_eq (ft_trend_chart_get_week_at (chart, x + 0.5, y + 1), week);
        }

      ck_assert (!ft_trend_chart_get_week_area (chart, -1, NULL, NULL, NULL, NULL));
      ck_assert (!ft_trend_chart_get_week_area (chart, 12, NULL, NULL, NULL, NULL));

      /* Outside the plot: the left margin, above and below the bands, and
       * right of the last week. */
      ck_assert (ft_trend_chart_get_week_area (chart, 0, &x, &y, &width, &height));
      ck_assert_int_eq (ft_trend_chart_get_week_at (chart, x - 2, y + 10), -1);
      ck_assert_int_eq (ft_trend_chart_get_week_at (chart, x + 2, y - 2), -1);
      ck_assert_int_eq (ft_trend_chart_get_week_at (chart, x + 2, y + height + 2), -1);
      ck_assert (ft_trend_chart_get_week_area (chart, 11, &x, &y, &width, &height));
      ck_assert_int_eq (ft_trend_chart_get_week_at (chart, x + width + 1, y + 10), -1);
      ck_assert_int_eq (ft_trend_chart_get_week_at (chart, -5, -5), -1);

      cairo_surface_destroy (surface);
    }
}
END_TEST

START_TEST (test_event_hit_testing)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TWELVE_WEEKS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  double x, y, width, height;
  double week_x, week_y, week_width, week_height;
  cairo_surface_t *surface;

  /* One event outside the trend: never drawn, never hit. */
  add_event (trend, FT_TREND_EVENT_CHANGE, 400, "Far away");

  ft_trend_chart_set_trend (chart, trend);
  ck_assert (!ft_trend_chart_get_event_area (chart, 0, &x, &y, &width, &height));
  surface = draw (chart, 1200, 400, 1.0);
  ck_assert (ft_trend_chart_get_week_area (chart, 0, &week_x, &week_y, &week_width,
                                           &week_height));

  for (int event = 0; event < 3; event++)
    {
      ck_assert (ft_trend_chart_get_event_area (chart, event, &x, &y, &width, &height));
      ck_assert (width > 0 && height > 0);
      /* The label, at the top of the area, hits. */
      ck_assert_int_eq (ft_trend_chart_get_event_at (chart, x + width - 3, y + 3), event);
    }

  /* The line of "More running" (day 50, far from the others) hits within
   * a few units, down in the bands. */
  {
    double line_x = week_x + 50.5 * week_width / DAYS_PER_WEEK;
    double mid = week_y + week_height / 2;

    ck_assert_int_eq (ft_trend_chart_get_event_at (chart, line_x, mid), 2);
    ck_assert_int_eq (ft_trend_chart_get_event_at (chart, line_x + 2.5, mid), 2);
    ck_assert_int_eq (ft_trend_chart_get_event_at (chart, line_x - 2.5, mid), 2);
    ck_assert_int_eq (ft_trend_chart_get_event_at (chart, line_x + 30, mid), -1);
  }

  /* Two events two days apart: the nearer line wins. */
  {
    double first = week_x + 10.5 * week_width / DAYS_PER_WEEK;
    double second = week_x + 12.5 * week_width / DAYS_PER_WEEK;
    double mid = week_y + week_height / 2;

    ck_assert_int_eq (ft_trend_chart_get_event_at (chart, first + 1, mid), 0);
    ck_assert_int_eq (ft_trend_chart_get_event_at (chart, second - 1, mid), 1);
  }

  ck_assert (!ft_trend_chart_get_event_area (chart, 3, NULL, NULL, NULL, NULL));
  ck_assert (!ft_trend_chart_get_event_area (chart, 99, NULL, NULL, NULL, NULL));
  ck_assert_int_eq (ft_trend_chart_get_event_at (chart, 2, 2), -1);

  cairo_surface_destroy (surface);
}
END_TEST

/* The width of the area of a lone event labelled @label, a third of the way
 * along a chart of @width × @height, where its label has room. */
static double
open_label_width (const char *label,
                  int         width,
                  int         height)
{
  g_autoptr(FtTrend) trend = new_trend (12);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  double area_width = 0.0;

  fill_series (trend, 5);
  add_event (trend, FT_TREND_EVENT_GEAR, 30, label);
  ft_trend_chart_set_trend (chart, trend);
  cairo_surface_destroy (draw (chart, width, height, 1.0));
  ck_assert (ft_trend_chart_get_event_area (chart, 0, NULL, NULL, &area_width, NULL));

  return area_width;
}

START_TEST (test_edge_labels_whole)
{
  static const Size edge_sizes[] = { { 1200, 400 }, { 360, 240 } };

  for (guint i = 0; i < G_N_ELEMENTS (edge_sizes); i++)
    {
      int width = edge_sizes[i].width;
      int height = edge_sizes[i].height;
      g_autoptr(FtTrend) trend = new_trend (12);
      g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
      double plot_x, plot_top, week_width;
      double whole = open_label_width ("Trail runners retired", width, height);

      /* Labels are no longer cut at a number of characters. */
      ck_assert_double_gt (whole, open_label_width ("Trail runners ret…", width, height));

      fill_series (trend, 5);
      add_event (trend, FT_TREND_EVENT_GEAR, 1, "Trail runners added");
      add_event (trend, FT_TREND_EVENT_VISIT, 5, "PT visit");
      add_event (trend, FT_TREND_EVENT_GEAR, 80, "Trail runners retired");
      ft_trend_chart_set_trend (chart, trend);
      cairo_surface_destroy (draw (chart, width, height, 1.0));
      ck_assert (ft_trend_chart_get_week_area (chart, 0, &plot_x, &plot_top, &week_width, NULL));

      /* The changes of the first and last weeks are labelled, inside the
       * plot, and the last one's label is whole at the right edge. */
      for (int event = 0; event <= 2; event += 2)
        {
          double x, y, area_width;

          ck_assert (ft_trend_chart_get_event_area (chart, event, &x, &y, &area_width, NULL));
          ck_assert_double_lt (y, plot_top);
          ck_assert_double_ge (x, plot_x - 4.5);
          ck_assert_double_le (x + area_width, plot_x + 12 * week_width + 4.5);
          if (event == 2)
            ck_assert_double_eq_tol (area_width, whole, 0.01);
        }
    }
}
END_TEST

/* Compact charts draw changes as bare lines: no shape over the plot's
 * top, where it would sit by the value labels like a stray dot. */
START_TEST (test_compact_events_bare)
{
  g_autoptr(FtTrend) trend = new_trend (12);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  double plot_x, plot_top;
  cairo_surface_t *surface;
  guint32 background;

  fill_series (trend, 0);
  add_event (trend, FT_TREND_EVENT_GEAR, 1, "Trail runners added");
  add_event (trend, FT_TREND_EVENT_CHANGE, 42, "Moved insoles");
  ft_trend_chart_set_trend (chart, trend);
  ft_trend_chart_set_compact (chart, TRUE);
  surface = draw (chart, 430, 200, 1.0);
  background = pixel (surface, 0, 0);
  ck_assert (ft_trend_chart_get_week_area (chart, 0, &plot_x, &plot_top, NULL, NULL));

  for (int event = 0; event < 2; event++)
    {
      double x, y, area_width;
      int line_x;

      ck_assert (ft_trend_chart_get_event_area (chart, event, &x, &y, &area_width, NULL));
      ck_assert_double_ge (y, plot_top);
      line_x = (int) floor (x + area_width / 2);
      for (int dx = -3; dx <= 3; dx++)
        ck_assert_uint_eq (pixel (surface, line_x + dx, (int) floor (plot_top) - 2), background);
    }

  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_focus_week_drawn)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TWELVE_WEEKS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  cairo_surface_t *plain, *focused;
  double x, y, width, height;
  guint differing = 0;

  ft_trend_chart_set_trend (chart, trend);
  ck_assert_int_eq (ft_trend_chart_get_focus_week (chart), -1);
  plain = draw (chart, 1200, 400, 1.0);

  ft_trend_chart_set_focus_week (chart, 6);
  ck_assert_int_eq (ft_trend_chart_get_focus_week (chart), 6);
  focused = draw (chart, 1200, 400, 1.0);
  ck_assert (ft_trend_chart_get_week_area (chart, 6, &x, &y, &width, &height));

  /* The highlight changes the focused column and nothing far from it
   * (antialiasing may shift an edge pixel by a level or two). */
  for (int py = 0; py < 400; py++)
    for (int px = 0; px < 1200; px++)
      {
        gboolean near = px >= x - 12 && px <= x + width + 12;

        if (channel_difference (pixel (plain, px, py), pixel (focused, px, py)) <= 8)
          continue;
        if (near)
          differing++;
        else
          ck_abort_msg ("focus changed pixel %d, %d outside week 6", px, py);
      }
  ck_assert_uint_gt (differing, 200);

  ft_trend_chart_set_focus_week (chart, -4);
  ck_assert_int_eq (ft_trend_chart_get_focus_week (chart), -1);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (focused);
}
END_TEST

START_TEST (test_cairo_state_kept)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TEN_YEARS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *source = cairo_pattern_create_rgb (0.1, 0.2, 0.3);
  cairo_matrix_t before, after;

  cairo_translate (cr, 10, 20);
  cairo_set_source (cr, source);
  cairo_set_line_width (cr, 3.0);
  cairo_get_matrix (cr, &before);

  ft_trend_chart_set_trend (chart, trend);
  ft_trend_chart_draw (chart, cr, 500, 250);

  cairo_get_matrix (cr, &after);
  ck_assert (memcmp (&before, &after, sizeof before) == 0);
  ck_assert_ptr_eq (cairo_get_source (cr), source);
  ck_assert_double_eq (cairo_get_line_width (cr), 3.0);
  ck_assert_int_eq (cairo_get_antialias (cr), CAIRO_ANTIALIAS_DEFAULT);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);

  /* Nothing outside the box it was given. */
  cairo_surface_flush (surface);
  ck_assert_uint_eq (pixel (surface, 5, 5), 0);
  ck_assert_uint_eq (pixel (surface, 515, 275), 0);
  ck_assert_uint_ne (pixel (surface, 15, 25), 0);

  cairo_pattern_destroy (source);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_series_looks)
{
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      FtSeriesLook looks[12];

      for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
        {
          ft_trend_chart_get_series_look (i, styles[s], &looks[i]);
          ck_assert (looks[i].red >= 0 && looks[i].red <= 1);
          ck_assert (looks[i].n_dashes == 0 || looks[i].dashes != NULL);
        }

      /* The first is solid; the first five differ in colour, dash and mark. */
      ck_assert_int_eq (looks[0].n_dashes, 0);
      for (guint i = 0; i < 5; i++)
        for (guint j = i + 1; j < 5; j++)
          {
            ck_assert (looks[i].red != looks[j].red || looks[i].green != looks[j].green ||
                       looks[i].blue != looks[j].blue);
            ck_assert (looks[i].mark != looks[j].mark);
            ck_assert (looks[i].n_dashes != looks[j].n_dashes ||
                       (looks[i].n_dashes > 0 &&
                        memcmp (looks[i].dashes, looks[j].dashes,
                                looks[i].n_dashes * sizeof (double)) != 0));
          }

      /* No two of the first twelve look alike. */
      for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
        for (guint j = i + 1; j < G_N_ELEMENTS (looks); j++)
          ck_assert (looks[i].red != looks[j].red || looks[i].green != looks[j].green ||
                     looks[i].blue != looks[j].blue || looks[i].mark != looks[j].mark ||
                     looks[i].dashes != looks[j].dashes);
    }
}
END_TEST

START_TEST (test_dark_differs_from_light)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TWELVE_WEEKS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  cairo_surface_t *light, *dark;
  guint32 light_bg, dark_bg;

  ft_trend_chart_set_trend (chart, trend);
  light = draw (chart, 400, 200, 1.0);
  ft_trend_chart_set_style (chart, FT_CHART_STYLE_DARK);
  dark = draw (chart, 400, 200, 1.0);

  light_bg = pixel (light, 0, 0);
  dark_bg = pixel (dark, 0, 0);
  ck_assert_uint_eq (light_bg, 0xffffffff);
  ck_assert_uint_lt ((dark_bg >> 16) & 0xff, 0x40);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}
END_TEST

START_TEST (test_font_and_compact)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TWELVE_WEEKS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  cairo_surface_t *surface;

  ft_trend_chart_set_trend (chart, trend);
  ft_trend_chart_set_font (chart, "Cantarell 14");
  surface = draw (chart, 800, 300, 1.0);
  cairo_surface_destroy (surface);
  ft_trend_chart_set_font (chart, "Sans");
  ft_trend_chart_set_compact (chart, TRUE);
  surface = draw (chart, 400, 200, 1.0);
  cairo_surface_destroy (surface);
  ft_trend_chart_set_font (chart, NULL);
  surface = draw (chart, 400, 200, 1.0);
  ck_assert_uint_gt (count_drawn (surface), 1000);
  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_write_png_and_svg)
{
  g_autoptr(FtTrend) trend = make_data (DATA_TWELVE_WEEKS);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("footing-chart-XXXXXX", &error);
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *start = NULL;
  cairo_surface_t *surface;
  double x, y, width, height;
  double x_after, y_after, width_after, height_after;

  ck_assert_msg (folder != NULL, "g_dir_make_tmp: %s", error != NULL ? error->message : "?");
  png = g_build_filename (folder, "chart.png", NULL);
  svg = g_build_filename (folder, "chart.svg", NULL);

  ft_trend_chart_set_trend (chart, trend);
  surface = draw (chart, 1200, 400, 1.0);
  ck_assert (ft_trend_chart_get_week_area (chart, 4, &x, &y, &width, &height));

  ck_assert_msg (ft_trend_chart_write_png (chart, png, 600, 300, 2.0, &error), "%s",
                 error != NULL ? error->message : "?");
  start = read_start (png, 8);
  ck_assert (memcmp (start, "\211PNG\r\n\032\n", 8) == 0);
  g_clear_pointer (&start, g_free);

  {
    cairo_surface_t *image = cairo_image_surface_create_from_png (png);

    ck_assert_int_eq (cairo_surface_status (image), CAIRO_STATUS_SUCCESS);
    ck_assert_int_eq (cairo_image_surface_get_width (image), 1200);
    ck_assert_int_eq (cairo_image_surface_get_height (image), 600);
    cairo_surface_destroy (image);
  }

  ck_assert_msg (ft_trend_chart_write_svg (chart, svg, 800, 300, &error), "%s",
                 error != NULL ? error->message : "?");
  start = read_start (svg, 5);
  ck_assert (g_str_equal (start, "<?xml") || g_str_has_prefix (start, "<svg"));

  /* Exports leave the geometry of the last draw on screen. */
  ck_assert (ft_trend_chart_get_week_area (chart, 4, &x_after, &y_after, &width_after,
                                           &height_after));
  ck_assert_double_eq (x, x_after);
  ck_assert_double_eq (width, width_after);
  ck_assert_double_eq (height, height_after);

  /* Writing again replaces the file. */
  ck_assert (ft_trend_chart_write_png (chart, png, 300, 200, 1.0, NULL));

  cairo_surface_destroy (surface);
  ck_assert (temp_folder_remove (folder, NULL));
}
END_TEST

START_TEST (test_write_to_bad_path)
{
  g_autoptr(FtTrend) trend = make_data (DATA_ONE_POINT);
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("footing-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "no such folder", "chart.png", NULL);

  ft_trend_chart_set_trend (chart, trend);

  ck_assert (!ft_trend_chart_write_png (chart, path, 400, 200, 1.0, &error));
  ck_assert_ptr_nonnull (error);
  ck_assert (error->domain == FT_ERROR);
  ck_assert_msg (strstr (error->message, "chart.png") != NULL, "%s", error->message);
  ck_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  ck_assert (!ft_trend_chart_write_svg (chart, path, 400, 200, &error));
  ck_assert (error->domain == FT_ERROR);
  ck_assert_msg (strstr (error->message, "chart.png") != NULL, "%s", error->message);
  g_clear_error (&error);

  /* A folder is not a file to replace. */
  ck_assert (!ft_trend_chart_write_png (chart, folder, 400, 200, 1.0, &error));
  ck_assert (error->domain == FT_ERROR);

  ck_assert (temp_folder_remove (folder, NULL));
}
END_TEST

START_TEST (test_feet_time_chart)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (FtFeetTimePair));
  FtSeriesLook first_step;
  cairo_surface_t *surface;
  cairo_t *cr;

  ft_trend_chart_get_series_look (4, FT_CHART_STYLE_LIGHT, &first_step);

  for (guint n = 0; n <= 60; n += n < 5 ? 1 : 28)
    {
      guint n_rated = 0;

      while (pairs->len < n)
        {
          FtFeetTimePair pair;
          guint i = pairs->len;

          pair.day = test_support_day (2026, 1, 1);
          g_date_add_days (&pair.day, i);
          pair.hours = (i * 7) % 15;
          pair.first_step = i % 5 == 0 ? -1.0 : (double) ((i * 3) % 11);
          pair.night = i % 4 == 0 ? -1.0 : (double) ((i * 5) % 11);
          g_array_append_val (pairs, pair);
        }
      for (guint i = 0; i < pairs->len; i++)
        {
          const FtFeetTimePair *pair = &g_array_index (pairs, FtFeetTimePair, i);

          if (pair->first_step >= 0 || pair->night >= 0)
            n_rated++;
        }

      for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
        for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
          {
            int width = sizes[z].width;
            int height = sizes[z].height;

            surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * 2, height * 2);
            cairo_surface_set_device_scale (surface, 2, 2);
            cr = cairo_create (surface);
            ft_feet_time_chart_draw (cr, pairs, styles[s], NULL, width, height);
            ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
            cairo_destroy (cr);
            cairo_surface_flush (surface);

            ck_assert (all_opaque (surface));
            ck_assert_uint_gt (count_drawn (surface), 0);

            /* Points and means only from three days on. */
            if (styles[s] == FT_CHART_STYLE_LIGHT && z == 0)
              {
                guint n_colour = count_colour (surface, &first_step, 0, width * 2 - 1, 0,
                                               height * 2 - 1);

                if (n_rated >= 3)
                  ck_assert_uint_gt (n_colour, 50);
                else
                  ck_assert_uint_eq (n_colour, 0);
              }
            cairo_surface_destroy (surface);
          }
    }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("trend-chart");
  TCase *tc;

  tc = tcase_create ("drawing");
  tcase_set_timeout (tc, 120);
  tcase_add_loop_test (tc, test_draws_at_every_size_and_scale, 0, N_DATA);
  tcase_add_test (tc, test_no_trend_paints_background);
  tcase_add_test (tc, test_line_at_its_value);
  tcase_add_test (tc, test_gap_weeks_stay_empty);
  tcase_add_test (tc, test_hidden_series_not_drawn);
  tcase_add_test (tc, test_focus_week_drawn);
  tcase_add_test (tc, test_cairo_state_kept);
  tcase_add_test (tc, test_series_looks);
  tcase_add_test (tc, test_dark_differs_from_light);
  tcase_add_test (tc, test_font_and_compact);
  tcase_add_test (tc, test_feet_time_chart);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("hit testing");
  tcase_add_test (tc, test_week_hit_testing);
  tcase_add_test (tc, test_event_hit_testing);
  tcase_add_test (tc, test_edge_labels_whole);
  tcase_add_test (tc, test_compact_events_bare);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("files");
  tcase_add_test (tc, test_write_png_and_svg);
  tcase_add_test (tc, test_write_to_bad_path);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
