/* ft-trend-chart.c — draws a trend with cairo, for the screen, PNG, SVG and PDF.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-trend-chart.h"

#include "ft-error.h"

#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#define DAYS_PER_WEEK 7
#define VALUE_MAX 10.0
#define DEFAULT_FONT "Adwaita Sans, Cantarell, Sans 11"
#define DEFAULT_FONT_SIZE 11.0
/* Labels are set a little smaller than the text around the chart, like
 * libadwaita's caption style. */
#define CAPTION_SCALE 0.82
/* Event labels longer than this are cut short even where there is room. */
#define EVENT_LABEL_MAX_CHARS 36
#define LAYOUT_CACHE_MAX 512
#define N_STYLES (FT_CHART_STYLE_HIGH_CONTRAST_DARK + 1)
#define N_COLOURS 8
#define N_DASHES 7
#define N_MARKS (FT_MARK_CROSS + 1)

/* Daily marks: their shapes down to this many units a day, tiny squares
 * below it, and none below DAILY_SKIP_DAY_WIDTH (see the header). */
#define DAILY_SHAPE_DAY_WIDTH 1.5
#define DAILY_SKIP_DAY_WIDTH 0.5
/* Weekly means get a mark of their own in columns at least this wide. */
#define WEEKLY_MARK_WEEK_WIDTH 14.0
/* Weekly lines in columns narrower than this are drawn with cairo's fast
 * antialiasing. */
#define DENSE_WEEK_WIDTH 12.0
/* Targets are ticks in columns at least this wide, else a step line. */
#define TARGET_TICK_WEEK_WIDTH 8.0
/* How near (in units) a point must be to an event line to hit it. */
#define EVENT_HIT_SLOP 4.0

typedef struct
{
  double red;
  double green;
  double blue;
} Rgb;

/* What a style paints besides the series. Alphas apply to the foreground. */
typedef struct
{
  Rgb      background;
  Rgb      foreground;
  Rgb      bars;
  Rgb      bars_focus;
  double   text_alpha;
  double   grid_alpha;
  double   baseline_alpha;
  double   tick_alpha;
  double   event_alpha;
  double   event_focus_alpha;
  double   pause_alpha;
  double   hatch_alpha;
  double   focus_alpha;
  double   target_alpha;
  double   daily_alpha;
  double   line_width;
  gboolean focus_outline;
} Theme;

typedef struct
{
  int      event;             /* index into the trend's events */
  double   x;                 /* the line */
  double   top;
  double   bottom;
  gboolean labelled;
  double   label_limit;       /* the widest its label may be */
  double   label_x;
  double   label_y;
  double   label_width;
  double   label_height;
} EventMark;

/* Where the last draw put things, for hit testing. */
typedef struct
{
  gboolean valid;
  double   plot_x;
  double   plot_width;
  double   plot_top;          /* the symptom band */
  double   plot_bottom;
  double   sessions_top;      /* the session band */
  double   sessions_bottom;
  guint    n_weeks;
  double   week_width;
  GArray  *events;            /* EventMark */
} Geometry;

/* The plan of one draw. */
typedef struct
{
  const Theme *theme;
  double       width;
  double       height;
  double       line_height;   /* of a caption */
  gboolean     y_labels;
  gboolean     x_labels;
  gboolean     event_labels;
  gboolean     session_caption;
  double       events_top;
  double       plot_x;
  double       plot_width;
  double       plot_top;
  double       plot_bottom;
  double       sessions_top;
  double       sessions_bottom;
  guint        n_weeks;
  double       week_width;
  double       day_width;
  int          y_step;        /* 2, or 5 when the band is low */
  double       unit;          /* one device pixel, in user units */
} Frame;

typedef enum
{
  TICK_WEEKS,
  TICK_MONTHS,
  TICK_YEARS,
} TickUnit;

typedef struct
{
  TickUnit unit;
  guint    step;
} TickPlan;

typedef struct
{
  guint  day;
  char  *text;
} Tick;

struct _FtTrendChart
{
  GObject               parent_instance;

  FtTrend              *trend;
  FtChartStyle          style;
  GHashTable           *hidden;          /* keys of hidden series */
  gboolean              compact;
  int                   focus_week;
  int                   focus_event;
  char                 *font;

  /* One Pango context for every draw, so the layouts (and their shaping)
   * survive from frame to frame; pango_cairo_update_context() tells the
   * layouts when a draw's target needs them laid out anew. */
  PangoFontMap         *font_map;
  PangoContext         *context;
  PangoFontDescription *caption_font;
  GHashTable           *layouts;         /* role + text → PangoLayout */

  /* The x axis labels, kept while the trend, the plot's place and width
   * and the font stay the same. */
  GArray               *ticks;           /* Tick */
  double                ticks_x;
  double                ticks_width;
  gboolean              ticks_valid;

  Geometry              geometry;
};

G_DEFINE_FINAL_TYPE (FtTrendChart, ft_trend_chart, G_TYPE_OBJECT)

/* Colours were chosen by their CIEDE2000 distances after simulating
 * protanopia, deuteranopia and tritanopia (Machado et al., 2009, full
 * severity): the first five stay at least 13 apart in the light style and
 * at least 9 in the others, while keeping 3:1 contrast against the
 * background (4.5:1 in high contrast). The last three serve custom
 * symptoms, whose dashes and marks tell them apart from the first. */
static const guint32 palettes[N_STYLES][N_COLOURS] = {
  [FT_CHART_STYLE_LIGHT] = {
    0x1c71d8, 0xc64600, 0x613583, 0x26a269, 0xd56199, 0x865e3c, 0x1b6b7a, 0x9c6f00,
  },
  [FT_CHART_STYLE_DARK] = {
    0x99c1f1, 0xff7800, 0xa48cf0, 0x57e389, 0xf28dbd, 0xcdab8f, 0x5bc8af, 0xf8e45c,
  },
  [FT_CHART_STYLE_HIGH_CONTRAST] = {
    0x1c71d8, 0xc64600, 0x613583, 0x26804e, 0xa3346a, 0x63452c, 0x0b5563, 0x7a5600,
  },
  [FT_CHART_STYLE_HIGH_CONTRAST_DARK] = {
    0xb8d5f6, 0xffbe6f, 0xcd9ef7, 0xa8f5b8, 0xf28dbd, 0xe3cbb5, 0x93ddc2, 0xf9f06b,
  },
};

/* In line widths, for round caps: a cap adds half a width at each end of a
 * dash, so a zero-length dash is a dot. */
static const double dashes_dashed[] = { 2.5, 3.0 };
static const double dashes_dotted[] = { 0.0, 2.25 };
static const double dashes_dash_dot[] = { 2.5, 2.5, 0.0, 2.5 };
static const double dashes_long[] = { 6.0, 3.0 };
static const double dashes_short[] = { 1.0, 2.5 };
static const double dashes_dash_dot_dot[] = { 3.5, 2.5, 0.0, 2.5, 0.0, 2.5 };

static const struct
{
  const double *dashes;
  int           n_dashes;
} dash_styles[N_DASHES] = {
  { NULL, 0 },
  { dashes_dashed, G_N_ELEMENTS (dashes_dashed) },
  { dashes_dotted, G_N_ELEMENTS (dashes_dotted) },
  { dashes_dash_dot, G_N_ELEMENTS (dashes_dash_dot) },
  { dashes_long, G_N_ELEMENTS (dashes_long) },
  { dashes_short, G_N_ELEMENTS (dashes_short) },
  { dashes_dash_dot_dot, G_N_ELEMENTS (dashes_dash_dot_dot) },
};

/* Backgrounds are libadwaita's view colours; the foregrounds its text. */
static const Theme themes[N_STYLES] = {
  [FT_CHART_STYLE_LIGHT] = {
    .background = { 1.0, 1.0, 1.0 },
    .foreground = { 0.0, 0.0, 6 / 255.0 },
    .bars = { 0xc0 / 255.0, 0xbf / 255.0, 0xbc / 255.0 },
    .bars_focus = { 0x9a / 255.0, 0x99 / 255.0, 0x96 / 255.0 },
    .text_alpha = 0.62,
    .grid_alpha = 0.08,
    .baseline_alpha = 0.22,
    .tick_alpha = 0.25,
    .event_alpha = 0.30,
    .event_focus_alpha = 0.80,
    .pause_alpha = 0.035,
    .hatch_alpha = 0.08,
    .focus_alpha = 0.06,
    .target_alpha = 0.70,
    .daily_alpha = 0.25,
    .line_width = 2.0,
    .focus_outline = FALSE,
  },
  [FT_CHART_STYLE_DARK] = {
    .background = { 0x1d / 255.0, 0x1d / 255.0, 0x20 / 255.0 },
    .foreground = { 1.0, 1.0, 1.0 },
    .bars = { 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0 },
    .bars_focus = { 0x8a / 255.0, 0x89 / 255.0, 0x90 / 255.0 },
    .text_alpha = 0.68,
    .grid_alpha = 0.09,
    .baseline_alpha = 0.25,
    .tick_alpha = 0.28,
    .event_alpha = 0.32,
    .event_focus_alpha = 0.85,
    .pause_alpha = 0.045,
    .hatch_alpha = 0.10,
    .focus_alpha = 0.08,
    .target_alpha = 0.75,
    .daily_alpha = 0.30,
    .line_width = 2.0,
    .focus_outline = FALSE,
  },
  [FT_CHART_STYLE_HIGH_CONTRAST] = {
    .background = { 1.0, 1.0, 1.0 },
    .foreground = { 0.0, 0.0, 0.0 },
    .bars = { 0x77 / 255.0, 0x76 / 255.0, 0x7b / 255.0 },
    .bars_focus = { 0x3d / 255.0, 0x38 / 255.0, 0x46 / 255.0 },
    .text_alpha = 1.0,
    .grid_alpha = 0.28,
    .baseline_alpha = 0.8,
    .tick_alpha = 0.8,
    .event_alpha = 0.65,
    .event_focus_alpha = 1.0,
    .pause_alpha = 0.05,
    .hatch_alpha = 0.40,
    .focus_alpha = 0.10,
    .target_alpha = 1.0,
    .daily_alpha = 0.50,
    .line_width = 3.0,
    .focus_outline = TRUE,
  },
  [FT_CHART_STYLE_HIGH_CONTRAST_DARK] = {
    .background = { 0x1d / 255.0, 0x1d / 255.0, 0x20 / 255.0 },
    .foreground = { 1.0, 1.0, 1.0 },
    .bars = { 0x9a / 255.0, 0x99 / 255.0, 0x96 / 255.0 },
    .bars_focus = { 0xde / 255.0, 0xdd / 255.0, 0xda / 255.0 },
    .text_alpha = 1.0,
    .grid_alpha = 0.30,
    .baseline_alpha = 0.8,
    .tick_alpha = 0.8,
    .event_alpha = 0.65,
    .event_focus_alpha = 1.0,
    .pause_alpha = 0.07,
    .hatch_alpha = 0.40,
    .focus_alpha = 0.14,
    .target_alpha = 1.0,
    .daily_alpha = 0.50,
    .line_width = 3.0,
    .focus_outline = TRUE,
  },
};

/* Finest first: the first plan whose labels fit is used. */
static const TickPlan tick_plans[] = {
  { TICK_WEEKS, 1 },
  { TICK_WEEKS, 2 },
  { TICK_MONTHS, 1 },
  { TICK_MONTHS, 2 },
  { TICK_MONTHS, 3 },
  { TICK_MONTHS, 6 },
  { TICK_YEARS, 1 },
  { TICK_YEARS, 2 },
  { TICK_YEARS, 5 },
  { TICK_YEARS, 10 },
};

/* A "×" of unit size, clockwise like every other mark so that marks in one
 * path unite instead of cutting holes in each other. */
static const double cross_points[12][2] = {
  { -0.40, -1.25 }, { 0.40, -1.25 }, { 0.40, -0.40 }, { 1.25, -0.40 },
  { 1.25, 0.40 }, { 0.40, 0.40 }, { 0.40, 1.25 }, { -0.40, 1.25 },
  { -0.40, 0.40 }, { -1.25, 0.40 }, { -1.25, -0.40 }, { -0.40, -0.40 },
};

/* Helpers */

static void
tick_clear (gpointer data)
{
  Tick *tick = data;

  g_free (tick->text);
}

static void
rgb_from_hex (guint32  hex,
              Rgb     *rgb)
{
  rgb->red = ((hex >> 16) & 0xff) / 255.0;
  rgb->green = ((hex >> 8) & 0xff) / 255.0;
  rgb->blue = (hex & 0xff) / 255.0;
}

static void
set_rgb (cairo_t   *cr,
         const Rgb *rgb,
         double     alpha)
{
  if (alpha >= 1.0)
    cairo_set_source_rgb (cr, rgb->red, rgb->green, rgb->blue);
  else
    cairo_set_source_rgba (cr, rgb->red, rgb->green, rgb->blue, alpha);
}

static void
set_look (cairo_t            *cr,
          const FtSeriesLook *look,
          double              alpha)
{
  if (alpha >= 1.0)
    cairo_set_source_rgb (cr, look->red, look->green, look->blue);
  else
    cairo_set_source_rgba (cr, look->red, look->green, look->blue, alpha);
}

static void
set_dashes (cairo_t            *cr,
            const FtSeriesLook *look,
            double              line_width)
{
  double dashes[8];

  g_assert (look->n_dashes <= (int) G_N_ELEMENTS (dashes));

  for (int i = 0; i < look->n_dashes; i++)
    dashes[i] = look->dashes[i] * line_width;

  cairo_set_dash (cr, dashes, look->n_dashes, 0.0);
}

/* Adds a mark of about radius @r centred on (@x, @y) to the path. The
 * shapes are sized to look equally heavy. */
static void
add_mark (cairo_t     *cr,
          FtMarkShape  shape,
          double       x,
          double       y,
          double       r)
{
  double h;

  switch (shape)
    {
    case FT_MARK_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0.0, 2 * G_PI);
      cairo_close_path (cr);
      break;

    case FT_MARK_SQUARE:
      h = r * 0.886;
      cairo_rectangle (cr, x - h, y - h, 2 * h, 2 * h);
      break;

    case FT_MARK_TRIANGLE:
      h = r * 1.3;
      cairo_move_to (cr, x, y - h);
      cairo_line_to (cr, x + h * 0.866, y + h * 0.5);
      cairo_line_to (cr, x - h * 0.866, y + h * 0.5);
      cairo_close_path (cr);
      break;

    case FT_MARK_DIAMOND:
      h = r * 1.25;
      cairo_move_to (cr, x, y - h);
      cairo_line_to (cr, x + h, y);
      cairo_line_to (cr, x, y + h);
      cairo_line_to (cr, x - h, y);
      cairo_close_path (cr);
      break;

    case FT_MARK_CROSS:
      /* The plus rotated by 45°. */
      for (guint i = 0; i < G_N_ELEMENTS (cross_points); i++)
        {
          double px = (cross_points[i][0] - cross_points[i][1]) * G_SQRT2 / 2 * r;
          double py = (cross_points[i][0] + cross_points[i][1]) * G_SQRT2 / 2 * r;

          if (i == 0)
            cairo_move_to (cr, x + px, y + py);
          else
            cairo_line_to (cr, x + px, y + py);
        }
      cairo_close_path (cr);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* A bar with rounded top corners when it is wide enough to show them. */
static void
add_bar (cairo_t *cr,
         double   x,
         double   y,
         double   width,
         double   height)
{
  double r = MIN (2.0, MIN (width / 3.0, height));

  if (width < 6.0 || r <= 0.5)
    {
      cairo_rectangle (cr, x, y, width, height);
      return;
    }

  cairo_move_to (cr, x, y + height);
  cairo_arc (cr, x + r, y + r, r, G_PI, 1.5 * G_PI);
  cairo_arc (cr, x + width - r, y + r, r, 1.5 * G_PI, 2 * G_PI);
  cairo_line_to (cr, x + width, y + height);
  cairo_close_path (cr);
}

/* A bar on whole device pixels, at least one pixel wide. */
static void
add_snapped_bar (cairo_t *cr,
                 double   x,
                 double   y,
                 double   width,
                 double   height)
{
  double x0 = x;
  double y0 = y;
  double x1 = x + width;
  double y1 = y + height;

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  x0 = round (x0);
  x1 = MAX (round (x1), x0 + 1.0);
  y0 = round (y0);
  y1 = MAX (round (y1), y0 + 1.0);
  cairo_device_to_user (cr, &x0, &y0);
  cairo_device_to_user (cr, &x1, &y1);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
}

static void
add_rounded_rect (cairo_t *cr,
                  double   x,
                  double   y,
                  double   width,
                  double   height,
                  double   r)
{
  r = MIN (r, MIN (width, height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + r, y + r, r, G_PI, 1.5 * G_PI);
  cairo_arc (cr, x + width - r, y + r, r, 1.5 * G_PI, 2 * G_PI);
  cairo_arc (cr, x + width - r, y + height - r, r, 0, 0.5 * G_PI);
  cairo_arc (cr, x + r, y + height - r, r, 0.5 * G_PI, G_PI);
  cairo_close_path (cr);
}

/* Where a line @width wide (in user units) across @position (a device
 * coordinate) covers whole device pixels. */
static double
snap_device (double position,
             double device_width)
{
  if ((int) round (device_width) % 2 == 1)
    return floor (position) + 0.5;

  return round (position);
}

/* Where a line of @width through (@x, @y) lies on whole device pixels:
 * its x for a vertical line, its y for a horizontal one. */
static double
snap_across (cairo_t  *cr,
             double    x,
             double    y,
             double    width,
             gboolean  vertical)
{
  double dx = x;
  double dy = y;
  double across = width;
  double along = 0.0;

  if (vertical)
    cairo_user_to_device_distance (cr, &across, &along);
  else
    cairo_user_to_device_distance (cr, &along, &across);

  cairo_user_to_device (cr, &dx, &dy);
  if (vertical)
    dx = snap_device (dx, fabs (across));
  else
    dy = snap_device (dy, fabs (across));
  cairo_device_to_user (cr, &dx, &dy);

  return vertical ? dx : dy;
}

/* A horizontal line of @width, on device pixel rows. */
static void
add_hline (cairo_t *cr,
           double   x0,
           double   x1,
           double   y,
           double   width)
{
  double snapped = snap_across (cr, x0, y, width, FALSE);

  cairo_move_to (cr, x0, snapped);
  cairo_line_to (cr, x1, snapped);
}

/* A vertical line of @width, on device pixel columns. */
static void
add_vline (cairo_t *cr,
           double   x,
           double   y0,
           double   y1,
           double   width)
{
  double snapped = snap_across (cr, x, y0, width, TRUE);

  cairo_move_to (cr, snapped, y0);
  cairo_line_to (cr, snapped, y1);
}

/* One device pixel in user units; the charts are drawn unrotated. */
static double
device_unit (cairo_t *cr)
{
  double dx = 1.0;
  double dy = 0.0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  dx = hypot (dx, dy);

  return dx > 0.0 ? 1.0 / dx : 1.0;
}

static PangoFontDescription *
caption_font_new (const char *font)
{
  PangoFontDescription *desc = pango_font_description_from_string (font != NULL ? font
                                                                                : DEFAULT_FONT);
  double size = DEFAULT_FONT_SIZE * PANGO_SCALE;

  if (pango_font_description_get_set_fields (desc) & PANGO_FONT_MASK_SIZE)
    size = pango_font_description_get_size (desc);
  if (size <= 0)
    size = DEFAULT_FONT_SIZE * PANGO_SCALE;

  if (pango_font_description_get_size_is_absolute (desc))
    pango_font_description_set_absolute_size (desc, size * CAPTION_SCALE);
  else
    pango_font_description_set_size (desc, (int) (size * CAPTION_SCALE));

  return desc;
}

static void
layout_get_size (PangoLayout *layout,
                 double      *width,
                 double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = logical.width / (double) PANGO_SCALE;
  if (height != NULL)
    *height = logical.height / (double) PANGO_SCALE;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static char *
truncate_label (const char *label)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (label, -1) <= EVENT_LABEL_MAX_CHARS)
    return g_strdup (label);

  start = g_utf8_substring (label, 0, EVENT_LABEL_MAX_CHARS - 1);
  g_strchomp (start);

  return g_strconcat (start, "…", NULL);
}

static void
geometry_reset (Geometry *geometry)
{
  GArray *events = geometry->events;

  memset (geometry, 0, sizeof *geometry);
  geometry->events = events;
  if (events != NULL)
    g_array_set_size (events, 0);
}

static void
geometry_clear (Geometry *geometry)
{
  g_clear_pointer (&geometry->events, g_array_unref);
}

/* Text */

static void
clear_text_cache (FtTrendChart *self)
{
  g_hash_table_remove_all (self->layouts);
  self->ticks_valid = FALSE;
}

static void
prepare_text (FtTrendChart *self,
              cairo_t      *cr)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();

  /* The default font map is per thread: an export drawn in a worker
   * thread gets layouts of its own. */
  if (self->context == NULL || self->font_map != font_map)
    {
      clear_text_cache (self);
      g_set_object (&self->font_map, font_map);
      g_clear_object (&self->context);
      self->context = pango_font_map_create_context (font_map);
    }

  /* Emptied between draws only, as a draw holds on to the layouts it got. */
  if (g_hash_table_size (self->layouts) >= LAYOUT_CACHE_MAX)
    g_hash_table_remove_all (self->layouts);

  pango_cairo_update_context (cr, self->context);
}

/* @key_prefix tells layouts of the same text apart: "r" a plain label, "e"
 * an event label (cut short when very long; see get_event_layout() for
 * labels cut to a width). */
static PangoLayout *
get_layout (FtTrendChart *self,
            const char   *key_prefix,
            const char   *text)
{
  g_autofree char *key = g_strconcat (key_prefix, text, NULL);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);

  if (layout != NULL)
    return layout;

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->caption_font);
  if (key_prefix[0] == 'e')
    {
      g_autofree char *shown = truncate_label (text);

      pango_layout_set_single_paragraph_mode (layout, TRUE);
      pango_layout_set_text (layout, shown, -1);
    }
  else
    {
      pango_layout_set_text (layout, text, -1);
    }
  g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);

  return layout;
}

/* An event's label: whole when it is at most @max_width wide, else cut
 * short to that width with an ellipsis. */
static PangoLayout *
get_event_layout (FtTrendChart *self,
                  const char   *text,
                  double        max_width)
{
  PangoLayout *whole = get_layout (self, "e", text);
  PangoLayout *layout;
  g_autofree char *key = NULL;
  double width;
  int limit;

  layout_get_size (whole, &width, NULL);
  if (width <= max_width)
    return whole;

  limit = MAX ((int) floor (max_width), 1);
  key = g_strdup_printf ("w%d:%s", limit, text);
  layout = g_hash_table_lookup (self->layouts, key);
  if (layout != NULL)
    return layout;

  layout = pango_layout_copy (whole);
  pango_layout_set_width (layout, limit * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);

  return layout;
}

/* Ticks */

static void
format_day (const GDate *day,
            const char  *format,
            char        *buffer,
            gsize        size)
{
  if (g_date_strftime (buffer, size, format, day) == 0)
    buffer[0] = '\0';
  g_strstrip (buffer);
}

static void
plan_ticks (const FtTrend  *trend,
            const TickPlan *plan,
            GArray         *ticks)
{
  guint n_days = trend->n_weeks * DAYS_PER_WEEK;
  char buffer[64];
  GDate day;

  g_array_set_size (ticks, 0);

  if (plan->unit == TICK_WEEKS)
    {
      for (guint week = 0; week < trend->n_weeks; week += plan->step)
        {
          Tick tick = { week * DAYS_PER_WEEK, NULL };

          ft_trend_get_week_day (trend, week, &day);
          /* Translators: a day on a chart's time axis, in strftime format
           * ("3 Mar"); keep it short. */
          /* xgettext:no-c-format */
          format_day (&day, C_("chart axis", "%e %b"), buffer, sizeof buffer);
          tick.text = g_strdup (buffer);
          g_array_append_val (ticks, tick);
        }
      return;
    }

  /* The first of the month on or after the first day. */
  day = trend->first_day;
  if (g_date_get_day (&day) != 1)
    {
      g_date_set_day (&day, 1);
      g_date_add_months (&day, 1);
    }

  for (gboolean first = TRUE;;)
    {
      int index = g_date_days_between (&trend->first_day, &day);
      guint month = g_date_get_month (&day) - 1;
      gboolean wanted;
      const char *format;
      Tick tick;

      if (index < 0 || (guint) index >= n_days)
        break;

      if (plan->unit == TICK_MONTHS)
        {
          wanted = month % plan->step == 0;
          /* Translators: a month on a chart's time axis, in strftime
           * format ("Mar"), and the same with its year ("Jan 2026"), used
           * for the first label and each January. */
          /* xgettext:no-c-format */
          format = first || month == 0 ? C_("chart axis", "%b %Y") : C_("chart axis", "%b");
        }
      else
        {
          wanted = month == 0 && g_date_get_year (&day) % plan->step == 0;
          /* Translators: a year on a chart's time axis, in strftime format. */
          /* xgettext:no-c-format */
          format = C_("chart axis", "%Y");
        }

      if (wanted)
        {
          format_day (&day, format, buffer, sizeof buffer);
          tick.day = (guint) index;
          tick.text = g_strdup (buffer);
          g_array_append_val (ticks, tick);
          first = FALSE;
        }

      g_date_add_months (&day, 1);
    }
}

/* Whether the ticks' labels fit inside the chart, @gap apart at least. */
static gboolean
ticks_fit (FtTrendChart *self,
           const Frame  *frame,
           GArray       *ticks,
           double        gap)
{
  double end = -G_MAXDOUBLE;

  if (ticks->len == 0)
    return FALSE;

  for (guint i = 0; i < ticks->len; i++)
    {
      const Tick *tick = &g_array_index (ticks, Tick, i);
      PangoLayout *layout = get_layout (self, "r", tick->text);
      double x = frame->plot_x + tick->day * frame->day_width;
      double width;
      double left;

      layout_get_size (layout, &width, NULL);
      left = CLAMP (x - width / 2, 0.0, MAX (0.0, frame->width - width));
      if (left < end + gap)
        return FALSE;
      end = left + width;
    }

  return TRUE;
}

static GArray *
get_ticks (FtTrendChart *self,
           const Frame  *frame)
{
  double gap = self->compact ? 20.0 : 14.0;
  g_autoptr(GArray) candidate = NULL;

  if (self->ticks_valid && self->ticks_x == frame->plot_x &&
      self->ticks_width == frame->plot_width)
    return self->ticks;

  candidate = g_array_new (FALSE, FALSE, sizeof (Tick));
  g_array_set_clear_func (candidate, tick_clear);
  g_array_set_size (self->ticks, 0);

  for (guint i = 0; i < G_N_ELEMENTS (tick_plans); i++)
    {
      plan_ticks (self->trend, &tick_plans[i], candidate);
      if (ticks_fit (self, frame, candidate, gap))
        {
          GArray *kept = self->ticks;

          self->ticks = g_steal_pointer (&candidate);
          candidate = kept;
          break;
        }
    }

  self->ticks_x = frame->plot_x;
  self->ticks_width = frame->plot_width;
  self->ticks_valid = TRUE;

  return self->ticks;
}

/* Planning */

static gboolean
series_is_visible (FtTrendChart        *self,
                   const FtTrendSeries *series)
{
  return !g_hash_table_contains (self->hidden, series->key);
}

static gboolean
trend_has_events_in_range (const FtTrend *trend)
{
  for (guint i = 0; i < trend->events->len; i++)
    {
      const FtTrendEvent *event = g_ptr_array_index (trend->events, i);

      if (g_date_valid (&event->day) && ft_trend_get_day_index (trend, &event->day) >= 0)
        return TRUE;
    }

  return FALSE;
}

/* Lays the chart out, dropping labels while the bands are too low. */
static gboolean
plan_frame (FtTrendChart *self,
            double        width,
            double        height,
            Frame        *frame)
{
  PangoLayout *digits = get_layout (self, "r", "10");
  double pad = self->compact ? 4.0 : 8.0;
  double min_band = self->compact ? 30.0 : 80.0;
  gboolean thin_sessions = self->compact;
  double digits_width;
  double session_height = 0.0;
  double session_gap = 0.0;
  double band = 0.0;
  double top = 0.0;
  double bottom = 0.0;
  double left = 0.0;
  double right = 0.0;

  frame->width = width;
  frame->height = height;
  layout_get_size (digits, &digits_width, &frame->line_height);

  frame->y_labels = TRUE;
  frame->x_labels = TRUE;
  frame->event_labels = !self->compact && trend_has_events_in_range (self->trend);
  frame->session_caption = !self->compact;

  for (;;)
    {
      double available;

      top = pad + (frame->event_labels ? 2 * frame->line_height + 6.0
                                       : frame->y_labels ? frame->line_height / 2 + 2.0 : 2.0);
      bottom = pad + (frame->x_labels ? frame->line_height + 6.0 : 0.0);
      left = pad + (frame->y_labels ? digits_width + 8.0 : 0.0);
      right = pad + (self->compact ? 2.0 : 6.0);

      available = height - top - bottom;
      if (thin_sessions)
        session_height = CLAMP (round (available * 0.08), 6.0, 12.0);
      else
        session_height = CLAMP (round (available * 0.17), 24.0, 56.0);
      session_gap = frame->session_caption ? frame->line_height + 8.0 : thin_sessions ? 6.0 : 10.0;
      band = available - session_height - session_gap;

      if (band >= min_band)
        break;

      if (frame->event_labels)
        frame->event_labels = FALSE;
      else if (frame->session_caption)
        frame->session_caption = FALSE;
      else if (!thin_sessions)
        thin_sessions = TRUE;
      else if (frame->x_labels)
        frame->x_labels = FALSE;
      else if (frame->y_labels)
        frame->y_labels = FALSE;
      else
        break;
    }

  frame->plot_x = left;
  frame->plot_width = width - left - right;
  frame->events_top = pad;
  frame->plot_top = top;
  frame->plot_bottom = top + band;
  frame->sessions_top = frame->plot_bottom + session_gap;
  frame->sessions_bottom = frame->sessions_top + session_height;
  frame->n_weeks = self->trend->n_weeks;
  frame->week_width = frame->plot_width / MAX (frame->n_weeks, 1);
  frame->day_width = frame->week_width / DAYS_PER_WEEK;

  if (band / 5 >= frame->line_height * (self->compact ? 2.0 : 1.4))
    frame->y_step = 2;
  else
    frame->y_step = 5;

  return band >= 4.0 && frame->plot_width >= 4.0 && frame->n_weeks > 0;
}

static double
value_y (const Frame *frame,
         double       value)
{
  return frame->plot_bottom - value / VALUE_MAX * (frame->plot_bottom - frame->plot_top);
}

static double
week_centre (const Frame *frame,
             guint        week)
{
  return frame->plot_x + (week + 0.5) * frame->week_width;
}

static double
day_x (const Frame *frame,
       double       day)
{
  return frame->plot_x + day * frame->day_width;
}

/* Drawing */

static void
add_hatch (cairo_t *cr,
           double   x0,
           double   x1,
           double   top,
           double   bottom)
{
  double rise = bottom - top;
  double step = 7.0;

  /* 45° lines from a grid that starts at x = 0, so every span hatches
   * alike; each is cut to the span here instead of by a clip, which costs
   * more than the lines. */
  for (double x = floor ((x0 - rise) / step) * step; x < x1; x += step)
    {
      double t0 = MAX (0.0, x0 - x);
      double t1 = MIN (rise, x1 - x);

      if (t1 <= t0)
        continue;
      cairo_move_to (cr, x + t0, bottom - t0);
      cairo_line_to (cr, x + t1, bottom - t1);
    }
}

static void
draw_pauses (FtTrendChart *self,
             cairo_t      *cr,
             const Frame  *frame)
{
  const Theme *theme = frame->theme;
  GArray *pauses = self->trend->pauses;
  double top = frame->plot_top;
  double bottom = frame->sessions_bottom;
  gboolean any = FALSE;

  if (pauses == NULL || pauses->len == 0)
    return;

  for (guint i = 0; i < pauses->len; i++)
    {
      const FtTrendSpan *span = &g_array_index (pauses, FtTrendSpan, i);
      double x0, x1;

      if (span->last < span->first)
        continue;

      x0 = day_x (frame, span->first);
      x1 = day_x (frame, span->last + 1.0);
      cairo_rectangle (cr, x0, top, x1 - x0, bottom - top);
      any = TRUE;
    }

  if (!any)
    return;

  set_rgb (cr, &theme->foreground, theme->pause_alpha);
  cairo_fill (cr);

  for (guint i = 0; i < pauses->len; i++)
    {
      const FtTrendSpan *span = &g_array_index (pauses, FtTrendSpan, i);

      if (span->last >= span->first)
        add_hatch (cr, day_x (frame, span->first), day_x (frame, span->last + 1.0), top, bottom);
    }
  set_rgb (cr, &theme->foreground, theme->hatch_alpha);
  cairo_set_line_width (cr, 1.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (cr);
}

static void
draw_focus_column (FtTrendChart *self,
                   cairo_t      *cr,
                   const Frame  *frame)
{
  const Theme *theme = frame->theme;
  double x, width, top, bottom;

  if (self->focus_week < 0 || (guint) self->focus_week >= frame->n_weeks)
    return;

  width = MAX (frame->week_width, 3.0);
  x = week_centre (frame, self->focus_week) - width / 2;
  top = frame->plot_top - 4.0;
  bottom = frame->sessions_bottom + 2.0;

  add_rounded_rect (cr, x, top, width, bottom - top, MIN (6.0, width / 4));
  set_rgb (cr, &theme->foreground, theme->focus_alpha);
  if (theme->focus_outline)
    {
      cairo_fill_preserve (cr);
      set_rgb (cr, &theme->foreground, 0.8);
      cairo_set_line_width (cr, frame->unit);
      cairo_stroke (cr);
    }
  else
    {
      cairo_fill (cr);
    }
}

static void
draw_grid (FtTrendChart *self,
           cairo_t      *cr,
           const Frame  *frame)
{
  const Theme *theme = frame->theme;
  double x0 = frame->plot_x;
  double x1 = frame->plot_x + frame->plot_width;

  cairo_set_line_width (cr, frame->unit);

  for (int value = frame->y_step; value <= VALUE_MAX; value += frame->y_step)
    add_hline (cr, x0, x1, value_y (frame, value), frame->unit);
  set_rgb (cr, &theme->foreground, theme->grid_alpha);
  cairo_stroke (cr);

  /* The zero lines of both bands are a little stronger. */
  add_hline (cr, x0, x1, frame->plot_bottom, frame->unit);
  add_hline (cr, x0, x1, frame->sessions_bottom, frame->unit);
  set_rgb (cr, &theme->foreground, theme->baseline_alpha);
  cairo_stroke (cr);
}

static gboolean
has_targets (const FtTrend *trend)
{
  guint n = MIN (trend->n_weeks, trend->sessions->len);

  for (guint week = 0; week < n; week++)
    {
      double target = g_array_index (trend->sessions, FtTrendWeekSessions, week).target;

      if (isfinite (target) && target > 0.0)
        return TRUE;
    }

  return FALSE;
}

/* Targets are ticks over wide columns; over narrow ones, where ticks would
 * run together, a dashed step line. */
static void
set_target_stroke (cairo_t     *cr,
                   const Frame *frame)
{
  static const double dashes[] = { 3.0, 2.0 };

  if (frame->week_width >= TARGET_TICK_WEEK_WIDTH)
    {
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_width (cr, frame->theme->line_width);
    }
  else
    {
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_line_width (cr, frame->theme->line_width * 0.75);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
}

static double
sessions_scale_max (const FtTrend *trend)
{
  double max = 1.0;
  guint n = MIN (trend->n_weeks, trend->sessions->len);

  for (guint week = 0; week < n; week++)
    {
      const FtTrendWeekSessions *s = &g_array_index (trend->sessions, FtTrendWeekSessions, week);

      max = MAX (max, s->sessions);
      if (isfinite (s->target))
        max = MAX (max, ceil (s->target));
    }

  return max;
}

static void
draw_sessions (FtTrendChart *self,
               cairo_t      *cr,
               const Frame  *frame,
               double        max)
{
  const Theme *theme = frame->theme;
  const FtTrend *trend = self->trend;
  guint n = MIN (frame->n_weeks, trend->sessions->len);
  double height = frame->sessions_bottom - frame->sessions_top;
  double bar_width = MIN (frame->week_width * 0.62, 28.0);
  double scale = height / max;
  gboolean focus_bar = FALSE;
  gboolean snap;

  if (height < 1.0)
    return;

  if (frame->week_width >= 3.0)
    bar_width = MAX (bar_width, 1.5);
  else
    bar_width = MAX (frame->week_width * 0.7, 0.5);

  /* Narrow bars on whole pixels stay crisp, and cairo fills such boxes
   * without rasterising them. */
  snap = bar_width < 4.0;

  for (guint week = 0; week < n; week++)
    {
      const FtTrendWeekSessions *s = &g_array_index (trend->sessions, FtTrendWeekSessions, week);
      double h;

      if (s->sessions == 0)
        continue;
      if ((int) week == self->focus_week)
        {
          focus_bar = TRUE;
          continue;
        }

      h = MAX (s->sessions * scale, 1.0);
      if (snap)
        add_snapped_bar (cr, week_centre (frame, week) - bar_width / 2, frame->sessions_bottom - h,
                         bar_width, h);
      else
        add_bar (cr, week_centre (frame, week) - bar_width / 2, frame->sessions_bottom - h,
                 bar_width, h);
    }
  set_rgb (cr, &theme->bars, 1.0);
  cairo_fill (cr);

  if (focus_bar)
    {
      const FtTrendWeekSessions *s = &g_array_index (trend->sessions, FtTrendWeekSessions,
                                                     self->focus_week);
      double h = MAX (s->sessions * scale, 1.0);

      add_bar (cr, week_centre (frame, self->focus_week) - bar_width / 2,
               frame->sessions_bottom - h, bar_width, h);
      set_rgb (cr, &theme->bars_focus, 1.0);
      cairo_fill (cr);
    }

  /* Targets: a tick over each bar, or a dashed step line when the columns
   * are too narrow for ticks to read. */
  if (frame->week_width >= TARGET_TICK_WEEK_WIDTH)
    {
      double tick_width = bar_width + MIN (8.0, frame->week_width * 0.2);

      for (guint week = 0; week < n; week++)
        {
          double target = g_array_index (trend->sessions, FtTrendWeekSessions, week).target;
          double y;

          if (!isfinite (target) || target <= 0.0)
            continue;

          y = frame->sessions_bottom - target * scale;
          cairo_move_to (cr, week_centre (frame, week) - tick_width / 2, y);
          cairo_line_to (cr, week_centre (frame, week) + tick_width / 2, y);
        }
    }
  else
    {
      gboolean drawing = FALSE;

      for (guint week = 0; week < n; week++)
        {
          double target = g_array_index (trend->sessions, FtTrendWeekSessions, week).target;
          double x = frame->plot_x + week * frame->week_width;
          double y;

          if (!isfinite (target) || target <= 0.0)
            {
              drawing = FALSE;
              continue;
            }

          y = frame->sessions_bottom - target * scale;
          if (drawing)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + frame->week_width, y);
          drawing = TRUE;
        }
    }
  set_rgb (cr, &theme->foreground, theme->target_alpha);
  set_target_stroke (cr, frame);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);
}

/* What a label (or a line rising to a label above) takes of a row. */
typedef struct
{
  double   start;
  double   end;
  gboolean line;
} RowSpan;

static gboolean
row_is_free (GArray   *row,
             double    start,
             double    end,
             gboolean  line,
             double    gap)
{
  for (guint i = 0; i < row->len; i++)
    {
      const RowSpan *span = &g_array_index (row, RowSpan, i);

      /* Lines may pass near each other; only words need room. */
      if (line && span->line)
        continue;
      if (start < span->end + gap && span->start < end + gap)
        return FALSE;
    }

  return TRUE;
}

/* Gives @mark's label (measured already) a place: right of its line's shape,
 * else left of it, in the upper row or else the lower one. A line rises
 * through the lower row to reach a label in the upper one, so the upper
 * row is only used where the lower row is free at the line too. A label
 * that fits beside its line on neither side slides along inside the plot,
 * over the line, which then ends with its shape just under the label. */
static void
place_label (const Frame *frame,
             EventMark   *mark,
             GArray      *rows[2])
{
  double width = mark->label_width;
  double left = frame->plot_x;
  double right = frame->plot_x + frame->plot_width;
  double gap = 10.0;
  double x0[2];
  gboolean beside[2];
  gboolean over;

  x0[0] = mark->x + 5.0;
  beside[0] = x0[0] + width <= right;
  x0[1] = mark->x - 5.0 - width;
  beside[1] = x0[1] >= left;
  over = !beside[0] && !beside[1];
  if (over)
    x0[0] = CLAMP (mark->x - width / 2, left, MAX (left, right - width));

  for (int side = 0; side < (over ? 1 : 2); side++)
    {
      RowSpan span;

      if (!beside[side] && !over)
        continue;

      span.start = MIN (x0[side], mark->x - 4.0);
      span.end = MAX (x0[side] + width, mark->x + 4.0);
      span.line = FALSE;

      for (int row = 0; row < 2; row++)
        {
          if (!row_is_free (rows[row], span.start, span.end, FALSE, gap))
            continue;
          if (row == 0 && !row_is_free (rows[1], mark->x, mark->x, TRUE, gap))
            continue;

          g_array_append_val (rows[row], span);
          if (row == 0)
            {
              RowSpan line = { mark->x, mark->x, TRUE };

              g_array_append_val (rows[1], line);
            }

          mark->labelled = TRUE;
          mark->label_x = x0[side];
          mark->label_y = frame->events_top + row * (frame->line_height + 2.0);
          mark->label_width = width;
          mark->label_height = frame->line_height;
          mark->top = mark->label_y + (over ? frame->line_height + 4.0
                                            : frame->line_height / 2);
          return;
        }
    }
}

/* Places the event markers and their labels; fills @geometry->events. */
static void
place_events (FtTrendChart *self,
              const Frame  *frame,
              Geometry     *geometry)
{
  const FtTrend *trend = self->trend;
  GArray *rows[2] = { NULL, NULL };
  int last = -1;

  for (guint i = 0; i < trend->events->len; i++)
    {
      const FtTrendEvent *event = g_ptr_array_index (trend->events, i);
      EventMark mark = { 0 };
      int day;

      if (!g_date_valid (&event->day))
        continue;
      day = ft_trend_get_day_index (trend, &event->day);
      if (day < 0)
        continue;

      mark.event = i;
      mark.x = day_x (frame, day + 0.5);
      mark.top = frame->plot_top;
      mark.bottom = frame->sessions_bottom;

      /* Labels are only measured here, then placed below. Only a label
       * wider than the whole plot is cut short. */
      if (frame->event_labels && event->label != NULL && event->label[0] != '\0')
        {
          mark.label_limit = frame->plot_width;
          layout_get_size (get_event_layout (self, event->label, mark.label_limit),
                           &mark.label_width, NULL);
        }

      g_array_append_val (geometry->events, mark);
    }

  if (!frame->event_labels || geometry->events->len == 0)
    return;

  /* Labels are placed from the left, as they prefer the right of their
   * lines, except that the last change's label goes first: it has the
   * least room, and is often the one a person looks for. */
  for (guint i = 0; i < geometry->events->len; i++)
    {
      const EventMark *mark = &g_array_index (geometry->events, EventMark, i);

      if (mark->label_limit > 0.0 &&
          (last < 0 || mark->x >= g_array_index (geometry->events, EventMark, last).x))
        last = i;
    }

  rows[0] = g_array_new (FALSE, FALSE, sizeof (RowSpan));
  rows[1] = g_array_new (FALSE, FALSE, sizeof (RowSpan));
  if (last >= 0)
    place_label (frame, &g_array_index (geometry->events, EventMark, last), rows);
  for (guint i = 0; i < geometry->events->len; i++)
    {
      EventMark *mark = &g_array_index (geometry->events, EventMark, i);

      if (mark->label_limit > 0.0 && (int) i != last)
        place_label (frame, mark, rows);
    }

  g_array_unref (rows[0]);
  g_array_unref (rows[1]);
}

static void
add_event_dot (cairo_t          *cr,
               FtTrendEventKind  kind,
               double            x,
               double            y,
               double            r)
{
  static const FtMarkShape shapes[] = {
    [FT_TREND_EVENT_GEAR] = FT_MARK_CIRCLE,
    [FT_TREND_EVENT_CHANGE] = FT_MARK_DIAMOND,
    [FT_TREND_EVENT_VISIT] = FT_MARK_SQUARE,
    [FT_TREND_EVENT_ROUTINE] = FT_MARK_TRIANGLE,
  };

  add_mark (cr, (guint) kind < G_N_ELEMENTS (shapes) ? shapes[kind] : FT_MARK_CIRCLE, x, y, r);
}

static void
draw_event_lines (FtTrendChart   *self,
                  cairo_t        *cr,
                  const Frame    *frame,
                  const Geometry *geometry)
{
  const Theme *theme = frame->theme;
  double width = MAX (frame->unit, theme->line_width / 2.0);
  const EventMark *focused = NULL;

  if (geometry->events->len == 0)
    return;

  cairo_set_line_width (cr, width);

  /* Where labels are shown, lines without one (no room for it) step back
   * a little, so that many changes close together do not bar the chart. */
  for (int labelled = 0; labelled <= 1; labelled++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < geometry->events->len; i++)
        {
          const EventMark *mark = &g_array_index (geometry->events, EventMark, i);

          if (mark->event == self->focus_event)
            {
              focused = mark;
              continue;
            }
          if (frame->event_labels && mark->labelled != labelled)
            continue;
          if (!frame->event_labels && labelled)
            continue;

          add_vline (cr, mark->x, mark->top, mark->bottom, width);
          any = TRUE;
        }

      if (any)
        {
          set_rgb (cr, &theme->foreground,
                   frame->event_labels && !labelled ? theme->event_alpha * 0.55
                                                    : theme->event_alpha);
          cairo_stroke (cr);
        }
    }

  if (focused != NULL)
    {
      add_vline (cr, focused->x, focused->top, focused->bottom, theme->line_width);
      cairo_set_line_width (cr, theme->line_width);
      set_rgb (cr, &theme->foreground, theme->event_focus_alpha);
      cairo_stroke (cr);
    }
}

static void
draw_event_labels (FtTrendChart   *self,
                   cairo_t        *cr,
                   const Frame    *frame,
                   const Geometry *geometry)
{
  const Theme *theme = frame->theme;

  /* A small shape at the top of each labelled line says which kind of
   * change. Compact charts have no labels and so no shapes, which would
   * only look like stray dots by the value labels there. */
  for (guint i = 0; i < geometry->events->len; i++)
    {
      const EventMark *mark = &g_array_index (geometry->events, EventMark, i);
      const FtTrendEvent *event = g_ptr_array_index (self->trend->events, mark->event);

      if (mark->labelled)
        add_event_dot (cr, event->kind, mark->x, mark->top,
                       mark->event == self->focus_event ? 3.5 : 2.5);
    }
  set_rgb (cr, &theme->foreground, MIN (1.0, theme->event_alpha + 0.3));
  cairo_fill (cr);

  for (guint i = 0; i < geometry->events->len; i++)
    {
      const EventMark *mark = &g_array_index (geometry->events, EventMark, i);
      const FtTrendEvent *event = g_ptr_array_index (self->trend->events, mark->event);
      gboolean focused = mark->event == self->focus_event;

      if (!mark->labelled)
        continue;

      /* The focused label gets a chip behind it rather than a bolder face,
       * which would move the labels around as the focus moves. */
      if (focused)
        {
          add_rounded_rect (cr, mark->label_x - 3.0, mark->label_y, mark->label_width + 6.0,
                            mark->label_height, 4.0);
          set_rgb (cr, &theme->foreground, theme->focus_alpha * 2);
          cairo_fill (cr);
        }

      set_rgb (cr, &theme->foreground, focused ? 1.0 : theme->text_alpha);
      show_layout (cr, get_event_layout (self, event->label, mark->label_limit), mark->label_x,
                   mark->label_y);
    }
}

/* The faint daily values. */
static void
draw_daily (FtTrendChart        *self,
            cairo_t             *cr,
            const Frame         *frame,
            const FtTrendSeries *series,
            const FtSeriesLook  *look,
            int                 *columns,
            guint                n_rows)
{
  const Theme *theme = frame->theme;
  GArray *daily = series->daily;
  double unit = frame->unit;

  if (daily == NULL || daily->len == 0 || frame->day_width < DAILY_SKIP_DAY_WIDTH)
    return;

  /* Thousands of small faint marks: cairo's faster 4 × 4 antialiasing
   * draws them as well at a third of the cost. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  if (frame->day_width >= DAILY_SHAPE_DAY_WIDTH)
    {
      double r = CLAMP (frame->day_width * 0.35, 1.25, 2.0);

      for (guint i = 0; i < daily->len; i++)
        {
          const FtTrendPoint *point = &g_array_index (daily, FtTrendPoint, i);

          if (point->day >= frame->n_weeks * DAYS_PER_WEEK || !isfinite (point->value))
            continue;
          add_mark (cr, look->mark, day_x (frame, point->day + 0.5), value_y (frame, point->value),
                    r);
        }
    }
  else
    {
      /* Tiny squares, one a device pixel: many days share a pixel here.
       * The points come in day order, so a pixel column is done once the
       * next point is right of it; @columns remembers, per pixel row, the
       * last column marked there. */
      double size = MAX (1.5, 2 * unit);

      for (guint row = 0; row < n_rows; row++)
        columns[row] = -1;

      for (guint i = 0; i < daily->len; i++)
        {
          const FtTrendPoint *point = &g_array_index (daily, FtTrendPoint, i);
          double x, y;
          int column, row;

          if (point->day >= frame->n_weeks * DAYS_PER_WEEK || !isfinite (point->value))
            continue;

          x = day_x (frame, point->day + 0.5);
          y = value_y (frame, point->value);
          column = (int) ((x - frame->plot_x) / unit);
          row = (int) ((y - frame->plot_top) / unit);
          if (row < 0 || (guint) row >= n_rows || columns[row] == column)
            continue;
          columns[row] = column;
          cairo_rectangle (cr, x - size / 2, y - size / 2, size, size);
        }
    }

  /* Squares pile up into rows at whole ratings: fainter still. */
  set_look (cr, look, frame->day_width >= DAILY_SHAPE_DAY_WIDTH ? theme->daily_alpha
                                                                : theme->daily_alpha * 0.7);
  cairo_fill (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
}

static void
draw_weekly (FtTrendChart        *self,
             cairo_t             *cr,
             const Frame         *frame,
             const FtTrendSeries *series,
             const FtSeriesLook  *look)
{
  const Theme *theme = frame->theme;
  guint n = MIN (frame->n_weeks, series->weekly->len);
  const double *weekly = (const double *) (gpointer) series->weekly->data;
  double line_width = theme->line_width;
  gboolean marks = frame->week_width >= WEEKLY_MARK_WEEK_WIDTH;
  double mark_r = line_width + 1.0;
  gboolean dense;
  guint run = 0;

  for (guint week = 0; week < n; week++)
    {
      double x, y;

      if (!isfinite (weekly[week]))
        {
          run = 0;
          continue;
        }

      x = week_centre (frame, week);
      y = value_y (frame, CLAMP (weekly[week], 0.0, VALUE_MAX));
      if (run == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      run++;
    }

  /* A line of a hundred or more short zigzags is costly to rasterise with
   * full antialiasing (every pixel row crosses it many times); with cairo's
   * faster 4 × 4 sampling, coarser curves and bevelled joins it looks the
   * same at that density and takes half the time. */
  dense = frame->week_width < DENSE_WEEK_WIDTH;
  if (dense)
    {
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
      cairo_set_tolerance (cr, 0.25);
    }
  set_look (cr, look, 1.0);
  set_dashes (cr, look, line_width);
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, dense ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);
  if (dense)
    {
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
      cairo_set_tolerance (cr, 0.1);
    }

  /* Marks on every week when there is room, and always on a week whose
   * neighbours have no value, which a line cannot show. */
  for (guint week = 0; week < n; week++)
    {
      gboolean alone;

      if (!isfinite (weekly[week]) || (int) week == self->focus_week)
        continue;

      alone = (week == 0 || !isfinite (weekly[week - 1])) &&
              (week + 1 >= n || !isfinite (weekly[week + 1]));
      if (marks || alone)
        add_mark (cr, look->mark, week_centre (frame, week),
                  value_y (frame, CLAMP (weekly[week], 0.0, VALUE_MAX)),
                  alone && !marks ? mark_r + 0.5 : mark_r);
    }
  cairo_fill (cr);
}

static void
draw_focus_marks (FtTrendChart *self,
                  cairo_t      *cr,
                  const Frame  *frame)
{
  const Theme *theme = frame->theme;
  GPtrArray *all = self->trend->series;
  double r = theme->line_width + 2.5;

  if (self->focus_week < 0 || (guint) self->focus_week >= frame->n_weeks)
    return;

  for (guint i = 0; i < all->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (all, i);
      FtSeriesLook look;
      double value, x, y;

      if (!series_is_visible (self, series) || (guint) self->focus_week >= series->weekly->len)
        continue;
      value = g_array_index (series->weekly, double, self->focus_week);
      if (!isfinite (value))
        continue;

      ft_trend_chart_get_series_look (i, self->style, &look);
      x = week_centre (frame, self->focus_week);
      y = value_y (frame, CLAMP (value, 0.0, VALUE_MAX));

      /* A ring of background lifts the mark off the lines beneath. */
      add_mark (cr, look.mark, x, y, r + 2.0);
      set_rgb (cr, &theme->background, 1.0);
      cairo_fill (cr);
      add_mark (cr, look.mark, x, y, r);
      set_look (cr, &look, 1.0);
      cairo_fill (cr);
    }
}

/* The key to the session band: a bar and the target's mark, each with its
 * word, at the right end of the gap over the band, away from the value
 * labels on the left. It sits on a patch of background, so that change
 * lines and pause hatching do not cross the words, and under the series,
 * which may dip into the gap at 0. */
static void
draw_session_key (FtTrendChart *self,
                  cairo_t      *cr,
                  const Frame  *frame)
{
  const Theme *theme = frame->theme;
  /* Translators: the key to the bars of stretch sessions per week in a
   * chart. */
  PangoLayout *sessions = get_layout (self, "r", _("Sessions"));
  PangoLayout *target = NULL;
  double swatch_width = 7.0;
  double mark_width = 14.0;
  double sessions_width;
  double target_width = 0.0;
  double width, x, y, middle;

  if (!frame->session_caption)
    return;

  layout_get_size (sessions, &sessions_width, NULL);
  width = swatch_width + 5.0 + sessions_width;

  if (has_targets (self->trend))
    {
      /* Translators: the key to the mark for a week's target of
       * sessions in a chart. */
      target = get_layout (self, "r", _("Target"));
      layout_get_size (target, &target_width, NULL);
      target_width += 14.0 + mark_width + 5.0;
      if (width + target_width > frame->plot_width)
        {
          target = NULL;
          target_width = 0.0;
        }
    }

  if (width > frame->plot_width)
    return;

  width += target_width;
  x = frame->plot_x + frame->plot_width - width;
  y = frame->sessions_top - frame->line_height - 3.0;
  middle = y + frame->line_height / 2;

  add_rounded_rect (cr, x - 4.0, y, width + 8.0, frame->line_height, 4.0);
  set_rgb (cr, &theme->background, 1.0);
  cairo_fill (cr);

  add_bar (cr, x, middle - 4.5, swatch_width, 9.0);
  set_rgb (cr, &theme->bars, 1.0);
  cairo_fill (cr);

  set_rgb (cr, &theme->foreground, theme->text_alpha);
  x += swatch_width + 5.0;
  show_layout (cr, sessions, x, y);
  x += sessions_width;

  if (target != NULL)
    {
      x += 14.0;
      show_layout (cr, target, x + mark_width + 5.0, y);

      cairo_move_to (cr, x, middle);
      cairo_line_to (cr, x + mark_width, middle);
      set_rgb (cr, &theme->foreground, theme->target_alpha);
      set_target_stroke (cr, frame);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.0);
    }
}

static void
draw_labels (FtTrendChart *self,
             cairo_t      *cr,
             const Frame  *frame,
             double        sessions_max)
{
  const Theme *theme = frame->theme;
  double session_height = frame->sessions_bottom - frame->sessions_top;

  set_rgb (cr, &theme->foreground, theme->text_alpha);

  if (frame->y_labels)
    {
      for (int value = 0; value <= VALUE_MAX; value += frame->y_step)
        {
          char text[8];
          PangoLayout *layout;
          double width;

          g_snprintf (text, sizeof text, "%d", value);
          layout = get_layout (self, "r", text);
          layout_get_size (layout, &width, NULL);
          show_layout (cr, layout, frame->plot_x - 8.0 - width,
                       value_y (frame, value) - frame->line_height / 2);
        }

      /* The session band's scale, at its top, where it stays clear of the
       * symptom band's 0. */
      if (!self->compact && session_height >= frame->line_height &&
          frame->sessions_top - frame->plot_bottom >= frame->line_height + 6.0)
        {
          char text[16];
          PangoLayout *layout;
          double width;

          g_snprintf (text, sizeof text, "%.0f", sessions_max);
          layout = get_layout (self, "r", text);
          layout_get_size (layout, &width, NULL);
          show_layout (cr, layout, frame->plot_x - 8.0 - width,
                       frame->sessions_top - frame->line_height / 2);
        }
    }

  /* "Paused" inside each pause wide enough for it, in the session band. */
  if (!self->compact && session_height >= frame->line_height + 2.0)
    {
      /* Translators: a label on a span of paused days in a chart. */
      PangoLayout *layout = get_layout (self, "r", _("Paused"));
      GArray *pauses = self->trend->pauses;
      double width;

      layout_get_size (layout, &width, NULL);
      for (guint i = 0; pauses != NULL && i < pauses->len; i++)
        {
          const FtTrendSpan *span = &g_array_index (pauses, FtTrendSpan, i);
          double x0, x1, label_x, label_y;

          if (span->last < span->first)
            continue;
          x0 = day_x (frame, span->first);
          x1 = day_x (frame, span->last + 1.0);
          if (x1 - x0 < width + 12.0)
            continue;

          /* On a patch of background, so the hatch does not cross it. */
          label_x = (x0 + x1 - width) / 2;
          label_y = frame->sessions_top + (session_height - frame->line_height) / 2;
          add_rounded_rect (cr, label_x - 4.0, label_y, width + 8.0, frame->line_height, 4.0);
          set_rgb (cr, &theme->background, 1.0);
          cairo_fill (cr);
          set_rgb (cr, &theme->foreground, theme->text_alpha);
          show_layout (cr, layout, label_x, label_y);
        }
    }

  if (frame->x_labels)
    {
      GArray *ticks = get_ticks (self, frame);
      double label_y = frame->sessions_bottom + 6.0;

      for (guint i = 0; i < ticks->len; i++)
        {
          const Tick *tick = &g_array_index (ticks, Tick, i);
          PangoLayout *layout = get_layout (self, "r", tick->text);
          double x = day_x (frame, tick->day);
          double width;

          layout_get_size (layout, &width, NULL);
          show_layout (cr, layout, CLAMP (x - width / 2, 0.0, MAX (0.0, frame->width - width)),
                       label_y);
          add_vline (cr, x, frame->sessions_bottom, frame->sessions_bottom + 4.0, frame->unit);
        }

      set_rgb (cr, &theme->foreground, theme->tick_alpha);
      cairo_set_line_width (cr, frame->unit);
      cairo_stroke (cr);
    }
}

static gboolean
any_value (FtTrendChart *self)
{
  GPtrArray *all = self->trend->series;

  for (guint i = 0; i < all->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (all, i);

      if (!series_is_visible (self, series))
        continue;

      for (guint week = 0; week < series->weekly->len; week++)
        {
          if (isfinite (g_array_index (series->weekly, double, week)))
            return TRUE;
        }
    }

  return FALSE;
}

static void
draw_message (FtTrendChart *self,
              cairo_t      *cr,
              const Frame  *frame,
              const char   *text)
{
  PangoLayout *layout = get_layout (self, "r", text);
  double width, height;

  layout_get_size (layout, &width, &height);
  if (width > frame->plot_width)
    return;

  set_rgb (cr, &frame->theme->foreground, frame->theme->text_alpha);
  show_layout (cr, layout, frame->plot_x + (frame->plot_width - width) / 2,
               (frame->plot_top + frame->plot_bottom - height) / 2);
}

static void
draw_chart (FtTrendChart *self,
            cairo_t      *cr,
            double        width,
            double        height,
            Geometry     *geometry)
{
  Frame frame = { 0 };
  g_autofree int *columns = NULL;
  GPtrArray *all;
  double sessions_max;
  guint n_rows = 0;

  frame.theme = &themes[self->style];
  geometry_reset (geometry);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  set_rgb (cr, &frame.theme->background, 1.0);
  cairo_paint (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  cairo_set_dash (cr, NULL, 0, 0.0);

  if (self->trend == NULL || width < 1.0 || height < 1.0)
    {
      cairo_restore (cr);
      return;
    }

  prepare_text (self, cr);
  frame.unit = device_unit (cr);
  if (!plan_frame (self, width, height, &frame))
    {
      cairo_restore (cr);
      return;
    }

  geometry->valid = TRUE;
  geometry->plot_x = frame.plot_x;
  geometry->plot_width = frame.plot_width;
  geometry->plot_top = frame.plot_top;
  geometry->plot_bottom = frame.plot_bottom;
  geometry->sessions_top = frame.sessions_top;
  geometry->sessions_bottom = frame.sessions_bottom;
  geometry->n_weeks = frame.n_weeks;
  geometry->week_width = frame.week_width;
  place_events (self, &frame, geometry);

  sessions_max = sessions_scale_max (self->trend);

  draw_pauses (self, cr, &frame);
  draw_focus_column (self, cr, &frame);
  draw_grid (self, cr, &frame);
  draw_sessions (self, cr, &frame, sessions_max);
  draw_event_lines (self, cr, &frame, geometry);
  draw_session_key (self, cr, &frame);

  all = self->trend->series;
  if (frame.day_width >= DAILY_SKIP_DAY_WIDTH && frame.day_width < DAILY_SHAPE_DAY_WIDTH)
    {
      n_rows = (guint) ceil ((frame.plot_bottom - frame.plot_top) / frame.unit) + 2;
      columns = g_new (int, n_rows);
    }

  for (guint i = 0; i < all->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (all, i);
      FtSeriesLook look;

      if (!series_is_visible (self, series))
        continue;
      ft_trend_chart_get_series_look (i, self->style, &look);
      draw_daily (self, cr, &frame, series, &look, columns, n_rows);
    }

  /* Later series are drawn first, so the first (most used) ones stay on
   * top where lines cross. */
  for (guint i = all->len; i > 0; i--)
    {
      const FtTrendSeries *series = g_ptr_array_index (all, i - 1);
      FtSeriesLook look;

      if (!series_is_visible (self, series))
        continue;
      ft_trend_chart_get_series_look (i - 1, self->style, &look);
      draw_weekly (self, cr, &frame, series, &look);
    }

  draw_focus_marks (self, cr, &frame);
  draw_labels (self, cr, &frame, sessions_max);
  draw_event_labels (self, cr, &frame, geometry);

  if (!any_value (self))
    {
      /* Translators: shown across an empty trend chart. */
      draw_message (self, cr, &frame, _("No ratings in these weeks"));
    }

  cairo_restore (cr);
}

/* Files */

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_cairo_error (GError         **error,
                 const char      *path,
                 cairo_status_t   status)
{
  g_autofree char *name = g_filename_display_name (path);

  if (status == CAIRO_STATUS_INVALID_SIZE)
    g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                 /* Translators: the file name of a chart image. */
                 _("The chart could not be saved as “%s”: the image would be too large"), name);
  else
    g_set_error (error, FT_ERROR, FT_ERROR_STORAGE,
                 /* Translators: the file name of a chart image, then the reason. */
                 _("The chart could not be saved as “%s”: %s"), name,
                 cairo_status_to_string (status));

  return FALSE;
}

/* Replaces @path in one step, so a failed save leaves the old file. */
static gboolean
save_bytes (const char  *path,
            GByteArray  *bytes,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  int code;

  /* The picture shows health data: only its owner may read it. */
  if (g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                               G_FILE_CREATE_PRIVATE, NULL, NULL, &local_error))
    return TRUE;

  name = g_filename_display_name (path);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    code = FT_ERROR_DISK_FULL;
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    code = FT_ERROR_READ_ONLY;
  else
    code = FT_ERROR_STORAGE;

  g_set_error (error, FT_ERROR, code, _("The chart could not be saved as “%s”: %s"), name,
               local_error->message);

  return FALSE;
}

/* GObject */

static void
ft_trend_chart_finalize (GObject *object)
{
  FtTrendChart *self = FT_TREND_CHART (object);

  g_clear_pointer (&self->trend, ft_trend_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->font, g_free);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->caption_font, pango_font_description_free);
  g_clear_pointer (&self->ticks, g_array_unref);
  geometry_clear (&self->geometry);

  G_OBJECT_CLASS (ft_trend_chart_parent_class)->finalize (object);
}

static void
ft_trend_chart_class_init (FtTrendChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_trend_chart_finalize;
}

static void
ft_trend_chart_init (FtTrendChart *self)
{
  self->style = FT_CHART_STYLE_LIGHT;
  self->focus_week = -1;
  self->focus_event = -1;
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->caption_font = caption_font_new (NULL);
  self->ticks = g_array_new (FALSE, FALSE, sizeof (Tick));
  g_array_set_clear_func (self->ticks, tick_clear);
  self->geometry.events = g_array_new (FALSE, FALSE, sizeof (EventMark));
}

/* Public API */

/**
 * ft_trend_chart_get_series_look:
 * @index: the series' index in its trend
 * @style: the style drawn in
 * @look: (out caller-allocates): where to put the look
 *
 * Colours, dashes and marks cycle with different periods (8, 7 and 5), so
 * no two of the first 280 series look alike.
 */
void
ft_trend_chart_get_series_look (guint          index,
                                FtChartStyle   style,
                                FtSeriesLook  *look)
{
  Rgb rgb;

  g_return_if_fail ((guint) style < N_STYLES);
  g_return_if_fail (look != NULL);

  rgb_from_hex (palettes[style][index % N_COLOURS], &rgb);
  look->red = rgb.red;
  look->green = rgb.green;
  look->blue = rgb.blue;
  look->dashes = dash_styles[index % N_DASHES].dashes;
  look->n_dashes = dash_styles[index % N_DASHES].n_dashes;
  look->mark = (FtMarkShape) (index % N_MARKS);
}

/**
 * ft_trend_chart_new:
 *
 * Returns: (transfer full): a chart with no trend, in the light style
 */
FtTrendChart *
ft_trend_chart_new (void)
{
  return g_object_new (FT_TYPE_TREND_CHART, NULL);
}

/**
 * ft_trend_chart_set_trend:
 * @self: an #FtTrendChart
 * @trend: (nullable): the trend to draw
 */
void
ft_trend_chart_set_trend (FtTrendChart *self,
                          FtTrend      *trend)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));

  if (self->trend == trend)
    return;

  if (trend != NULL)
    ft_trend_ref (trend);
  g_clear_pointer (&self->trend, ft_trend_unref);
  self->trend = trend;
  self->ticks_valid = FALSE;
  geometry_reset (&self->geometry);
}

/**
 * ft_trend_chart_get_trend:
 * @self: an #FtTrendChart
 *
 * Returns: (transfer none) (nullable): the trend drawn
 */
FtTrend *
ft_trend_chart_get_trend (FtTrendChart *self)
{
  g_return_val_if_fail (FT_IS_TREND_CHART (self), NULL);

  return self->trend;
}

void
ft_trend_chart_set_style (FtTrendChart *self,
                          FtChartStyle  style)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));
  g_return_if_fail ((guint) style < N_STYLES);

  self->style = style;
}

void
ft_trend_chart_set_series_visible (FtTrendChart *self,
                                   const char   *key,
                                   gboolean      visible)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));
  g_return_if_fail (key != NULL);

  if (visible)
    g_hash_table_remove (self->hidden, key);
  else
    g_hash_table_add (self->hidden, g_strdup (key));
}

gboolean
ft_trend_chart_get_series_visible (FtTrendChart *self,
                                   const char   *key)
{
  g_return_val_if_fail (FT_IS_TREND_CHART (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  return !g_hash_table_contains (self->hidden, key);
}

void
ft_trend_chart_set_compact (FtTrendChart *self,
                            gboolean      compact)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  self->ticks_valid = FALSE;
}

void
ft_trend_chart_set_focus_week (FtTrendChart *self,
                               int           week)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));

  self->focus_week = week >= 0 ? week : -1;
}

int
ft_trend_chart_get_focus_week (FtTrendChart *self)
{
  g_return_val_if_fail (FT_IS_TREND_CHART (self), -1);

  return self->focus_week;
}

void
ft_trend_chart_set_focus_event (FtTrendChart *self,
                                int           event)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));

  self->focus_event = event >= 0 ? event : -1;
}

/**
 * ft_trend_chart_set_font:
 * @self: an #FtTrendChart
 * @font: (nullable): a Pango font description, such as "Cantarell 11"
 *
 * Labels are drawn at 82% of its size.
 */
void
ft_trend_chart_set_font (FtTrendChart *self,
                         const char   *font)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));

  if (!g_set_str (&self->font, font))
    return;

  g_clear_pointer (&self->caption_font, pango_font_description_free);
  self->caption_font = caption_font_new (font);
  clear_text_cache (self);
}

/**
 * ft_trend_chart_draw:
 * @self: an #FtTrendChart
 * @cr: where to draw
 * @width: the width, in @cr's user units
 * @height: the height
 *
 * Draws in the light style's colours unless set otherwise; without a trend
 * it paints the background only.
 */
void
ft_trend_chart_draw (FtTrendChart *self,
                     cairo_t      *cr,
                     double        width,
                     double        height)
{
  g_return_if_fail (FT_IS_TREND_CHART (self));
  g_return_if_fail (cr != NULL);

  draw_chart (self, cr, width, height, &self->geometry);
}

int
ft_trend_chart_get_week_at (FtTrendChart *self,
                            double        x,
                            double        y)
{
  const Geometry *geometry;
  double week;

  g_return_val_if_fail (FT_IS_TREND_CHART (self), -1);

  geometry = &self->geometry;
  if (!geometry->valid || geometry->week_width <= 0.0)
    return -1;

  if (x < geometry->plot_x || x >= geometry->plot_x + geometry->plot_width ||
      y < geometry->plot_top || y > geometry->sessions_bottom)
    return -1;

  week = floor ((x - geometry->plot_x) / geometry->week_width);

  return (int) CLAMP (week, 0, geometry->n_weeks - 1);
}

int
ft_trend_chart_get_event_at (FtTrendChart *self,
                             double        x,
                             double        y)
{
  const Geometry *geometry;
  double best = EVENT_HIT_SLOP;
  int found = -1;

  g_return_val_if_fail (FT_IS_TREND_CHART (self), -1);

  geometry = &self->geometry;
  if (!geometry->valid)
    return -1;

  /* A label is a sure hit; otherwise the nearest line within reach. */
  for (guint i = 0; i < geometry->events->len; i++)
    {
      const EventMark *mark = &g_array_index (geometry->events, EventMark, i);
      double distance;

      if (mark->labelled &&
          x >= mark->label_x - 2.0 && x <= mark->label_x + mark->label_width + 2.0 &&
          y >= mark->label_y - 1.0 && y <= mark->label_y + mark->label_height + 1.0)
        return mark->event;

      if (y < mark->top - EVENT_HIT_SLOP || y > mark->bottom + EVENT_HIT_SLOP)
        continue;

      distance = fabs (x - mark->x);
      if (distance <= best)
        {
          best = distance;
          found = mark->event;
        }
    }

  return found;
}

/**
 * ft_trend_chart_get_week_area:
 * @self: an #FtTrendChart
 * @week: a week of the trend
 * @x: (out) (optional): the column's left edge
 * @y: (out) (optional): its top, the top of the symptom band
 * @width: (out) (optional): its width
 * @height: (out) (optional): down to the bottom of the session band
 *
 * Returns: whether @week was drawn by the last draw
 */
gboolean
ft_trend_chart_get_week_area (FtTrendChart *self,
                              int           week,
                              double       *x,
                              double       *y,
                              double       *width,
                              double       *height)
{
  const Geometry *geometry;

  g_return_val_if_fail (FT_IS_TREND_CHART (self), FALSE);

  geometry = &self->geometry;
  if (!geometry->valid || week < 0 || (guint) week >= geometry->n_weeks)
    return FALSE;

  if (x != NULL)
    *x = geometry->plot_x + week * geometry->week_width;
  if (y != NULL)
    *y = geometry->plot_top;
  if (width != NULL)
    *width = geometry->week_width;
  if (height != NULL)
    *height = geometry->sessions_bottom - geometry->plot_top;

  return TRUE;
}

/**
 * ft_trend_chart_get_event_area:
 * @self: an #FtTrendChart
 * @event: an index into the trend's events
 * @x: (out) (optional): the left edge
 * @y: (out) (optional): the top
 * @width: (out) (optional): the width
 * @height: (out) (optional): the height
 *
 * The area is the event's line, widened to a few units, together with its
 * label when it has one.
 *
 * Returns: whether @event was drawn by the last draw
 */
gboolean
ft_trend_chart_get_event_area (FtTrendChart *self,
                               int           event,
                               double       *x,
                               double       *y,
                               double       *width,
                               double       *height)
{
  const Geometry *geometry;

  g_return_val_if_fail (FT_IS_TREND_CHART (self), FALSE);

  geometry = &self->geometry;
  if (!geometry->valid)
    return FALSE;

  for (guint i = 0; i < geometry->events->len; i++)
    {
      const EventMark *mark = &g_array_index (geometry->events, EventMark, i);
      double x0, x1, y0;

      if (mark->event != event)
        continue;

      x0 = mark->x - EVENT_HIT_SLOP;
      x1 = mark->x + EVENT_HIT_SLOP;
      y0 = mark->top;
      if (mark->labelled)
        {
          x0 = MIN (x0, mark->label_x);
          x1 = MAX (x1, mark->label_x + mark->label_width);
          y0 = MIN (y0, mark->label_y);
        }

      if (x != NULL)
        *x = x0;
      if (y != NULL)
        *y = y0;
      if (width != NULL)
        *width = x1 - x0;
      if (height != NULL)
        *height = mark->bottom - y0;

      return TRUE;
    }

  return FALSE;
}

/**
 * ft_trend_chart_write_png:
 * @self: an #FtTrendChart
 * @path: the file to write (replaced when it exists)
 * @width: the chart's width, in logical pixels
 * @height: its height
 * @scale: the pixels per logical pixel (2 for a sharp picture on HiDPI)
 * @error: return location for an #FtError
 *
 * The file is readable by its owner only. A folder that cannot be written
 * fails with %FT_ERROR_READ_ONLY, a full disk with %FT_ERROR_DISK_FULL, a
 * picture too large for cairo with %FT_ERROR_INVALID, anything else with
 * %FT_ERROR_STORAGE. The geometry for hit testing stays that of the last
 * draw on screen.
 *
 * Returns: whether the file was written
 */
gboolean
ft_trend_chart_write_png (FtTrendChart  *self,
                          const char    *path,
                          int            width,
                          int            height,
                          double         scale,
                          GError       **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  Geometry geometry = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (FT_IS_TREND_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (scale > 0.0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return set_cairo_error (error, path, status);
    }

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  geometry.events = g_array_new (FALSE, FALSE, sizeof (EventMark));
  draw_chart (self, cr, width, height, &geometry);
  geometry_clear (&geometry);
  status = cairo_status (cr);
  cairo_destroy (cr);

  bytes = g_byte_array_new ();
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    return set_cairo_error (error, path, status);

  return save_bytes (path, bytes, error);
}

/**
 * ft_trend_chart_write_svg:
 * @self: an #FtTrendChart
 * @path: the file to write (replaced when it exists)
 * @width: the chart's width, in pixels
 * @height: its height
 * @error: return location for an #FtError
 *
 * Errors as for ft_trend_chart_write_png().
 *
 * Returns: whether the file was written
 */
gboolean
ft_trend_chart_write_svg (FtTrendChart  *self,
                          const char    *path,
                          double         width,
                          double         height,
                          GError       **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  Geometry geometry = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (FT_IS_TREND_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_byte_array_new ();
  surface = cairo_svg_surface_create_for_stream (append_bytes_cb, bytes, width, height);
  /* Plain numbers are pixels in SVG; cairo would otherwise pick points. */
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_USER);
  cr = cairo_create (surface);
  geometry.events = g_array_new (FALSE, FALSE, sizeof (EventMark));
  draw_chart (self, cr, width, height, &geometry);
  geometry_clear (&geometry);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    return set_cairo_error (error, path, status);

  return save_bytes (path, bytes, error);
}

/* The "nerve or fascia?" scatter */

#define FEET_BUCKET_HOURS 2
#define FEET_MIN_PAIRS 3
/* The two ratings take the looks of their series in a trend (night pain is
 * the fourth built-in symptom, first-step pain the fifth). */
#define FEET_NIGHT_LOOK 3
#define FEET_FIRST_STEP_LOOK 4

typedef struct
{
  cairo_t              *cr;
  PangoFontDescription *font;
  const Theme          *theme;
} Painter;

static PangoLayout *
painter_layout (Painter    *painter,
                const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (painter->cr);

  pango_layout_set_font_description (layout, painter->font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* A small offset from -0.5 to 0.5 that depends on the day only, so points
 * on the same hours and rating separate, and stay put between draws. */
static double
jitter (guint32 seed,
        guint   salt)
{
  guint32 h = seed * 2654435761u + salt * 40503u;

  h ^= h >> 15;
  h *= 2246822519u;
  h ^= h >> 13;

  return (h & 0xffff) / 65535.0 - 0.5;
}

static void
draw_feet_series (Painter            *painter,
                  GArray             *pairs,
                  gboolean            night,
                  const FtSeriesLook *look,
                  double              plot_x,
                  double              plot_width,
                  double              plot_top,
                  double              plot_bottom,
                  double              hours_max,
                  double              daily_alpha)
{
  cairo_t *cr = painter->cr;
  guint n_buckets = (guint) (hours_max / FEET_BUCKET_HOURS);
  g_autofree double *sums = g_new0 (double, n_buckets);
  g_autofree guint *counts = g_new0 (guint, n_buckets);
  double line_width = painter->theme->line_width;
  gboolean drawing = FALSE;

#define FEET_X(h) (plot_x + (h) / hours_max * plot_width)
#define FEET_Y(v) (plot_bottom - (v) / VALUE_MAX * (plot_bottom - plot_top))

  for (guint i = 0; i < pairs->len; i++)
    {
      const FtFeetTimePair *pair = &g_array_index (pairs, FtFeetTimePair, i);
      double value = night ? pair->night : pair->first_step;
      guint32 seed = g_date_valid (&pair->day) ? g_date_get_julian (&pair->day) : i;
      double hours, jittered_hours, jittered_value;
      guint bucket;

      if (value < 0 || !isfinite (value) || !isfinite (pair->hours) || pair->hours < 0)
        continue;

      hours = MIN (pair->hours, hours_max);
      bucket = MIN ((guint) (hours / FEET_BUCKET_HOURS), n_buckets - 1);
      sums[bucket] += value;
      counts[bucket]++;

      jittered_hours = CLAMP (hours + 0.3 * jitter (seed, night ? 1 : 3), 0.0, hours_max);
      jittered_value = CLAMP (value + 0.3 * jitter (seed, night ? 2 : 4), 0.0, VALUE_MAX);
      add_mark (cr, look->mark, FEET_X (jittered_hours), FEET_Y (jittered_value), 2.5);
    }
  set_look (cr, look, daily_alpha);
  cairo_fill (cr);

  /* The mean of each 2-hour bucket, joined where neighbours have one. */
  for (guint bucket = 0; bucket < n_buckets; bucket++)
    {
      double x, y;

      if (counts[bucket] == 0)
        {
          drawing = FALSE;
          continue;
        }

      x = FEET_X ((bucket + 0.5) * FEET_BUCKET_HOURS);
      y = FEET_Y (sums[bucket] / counts[bucket]);
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
  set_look (cr, look, 1.0);
  set_dashes (cr, look, line_width);
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);

  for (guint bucket = 0; bucket < n_buckets; bucket++)
    {
      if (counts[bucket] > 0)
        add_mark (cr, look->mark, FEET_X ((bucket + 0.5) * FEET_BUCKET_HOURS),
                  FEET_Y (sums[bucket] / counts[bucket]), line_width + 1.5);
    }
  cairo_fill (cr);

#undef FEET_X
#undef FEET_Y
}

static void
draw_feet_legend (Painter     *painter,
                  FtChartStyle style,
                  double       left,
                  double       right,
                  double       top)
{
  cairo_t *cr = painter->cr;
  const Theme *theme = painter->theme;
  const char *names[2];
  guint looks[2] = { FEET_FIRST_STEP_LOOK, FEET_NIGHT_LOOK };
  PangoLayout *layouts[2];
  double swatch = 24.0;
  double pad = 6.0;
  double text_width = 0.0;
  double line_height = 0.0;
  double box_width, box_height, x, y;

  /* Translators: legend entries of the hours-on-feet chart. */
  names[0] = _("Next morning’s first-step pain");
  names[1] = _("Next day’s night pain");

  for (guint i = 0; i < 2; i++)
    {
      double w, h;

      layouts[i] = painter_layout (painter, names[i]);
      layout_get_size (layouts[i], &w, &h);
      text_width = MAX (text_width, w);
      line_height = MAX (line_height, h);
    }

  box_width = pad + swatch + 6.0 + text_width + pad;
  box_height = pad + 2 * line_height + pad;
  x = right - box_width - 4.0;
  y = top + 4.0;

  if (x < left)
    {
      g_object_unref (layouts[0]);
      g_object_unref (layouts[1]);
      return;
    }

  add_rounded_rect (cr, x, y, box_width, box_height, 6.0);
  set_rgb (cr, &theme->background, 0.9);
  cairo_fill_preserve (cr);
  set_rgb (cr, &theme->foreground, theme->grid_alpha * 1.5);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  for (guint i = 0; i < 2; i++)
    {
      FtSeriesLook look;
      double row_y = y + pad + i * line_height;
      double mid = row_y + line_height / 2;

      ft_trend_chart_get_series_look (looks[i], style, &look);
      cairo_move_to (cr, x + pad, mid);
      cairo_line_to (cr, x + pad + swatch, mid);
      set_look (cr, &look, 1.0);
      set_dashes (cr, &look, theme->line_width);
      cairo_set_line_width (cr, theme->line_width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.0);
      add_mark (cr, look.mark, x + pad + swatch / 2, mid, theme->line_width + 1.5);
      cairo_fill (cr);

      set_rgb (cr, &theme->foreground, theme->text_alpha);
      show_layout (cr, layouts[i], x + pad + swatch + 6.0, row_y);
      g_object_unref (layouts[i]);
    }
}

static char *
format_hours (guint hours)
{
  /* Translators: hours on the hours-on-feet chart's axis ("8 h"). */
  return g_strdup_printf (C_("hours on feet", "%u h"), hours);
}

static void
draw_feet_labels (Painter     *painter,
                  double       plot_x,
                  double       plot_width,
                  double       plot_top,
                  double       plot_bottom,
                  double       hours_max,
                  int          y_step,
                  double       line_height,
                  PangoLayout *title,
                  double       width)
{
  static const guint steps[] = { 2, 4, 6, 12 };
  cairo_t *cr = painter->cr;
  guint hour_step = steps[0];
  double widest = 0.0;

  set_rgb (cr, &painter->theme->foreground, painter->theme->text_alpha);

  for (int value = 0; value <= VALUE_MAX; value += y_step)
    {
      g_autoptr(PangoLayout) layout = NULL;
      char text[8];
      double w;

      g_snprintf (text, sizeof text, "%d", value);
      layout = painter_layout (painter, text);
      layout_get_size (layout, &w, NULL);
      show_layout (cr, layout, plot_x - 8.0 - w,
                   plot_bottom - value / VALUE_MAX * (plot_bottom - plot_top) - line_height / 2);
    }

  /* Hour labels every 2, 4, 6 or 12 hours, as many as fit. */
  for (guint h = 0; h <= (guint) hours_max; h += 2)
    {
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *text = format_hours (h);
      double w;

      layout = painter_layout (painter, text);
      layout_get_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      hour_step = steps[i];
      if (plot_width / hours_max * hour_step >= widest + 12.0)
        break;
    }

  for (guint h = 0; h <= (guint) hours_max; h += hour_step)
    {
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *text = format_hours (h);
      double x = plot_x + h / hours_max * plot_width;
      double w;

      layout = painter_layout (painter, text);
      layout_get_size (layout, &w, NULL);
      show_layout (cr, layout, CLAMP (x - w / 2, 0.0, MAX (0.0, width - w)), plot_bottom + 6.0);
    }

  if (title != NULL)
    {
      double title_width;

      layout_get_size (title, &title_width, NULL);
      show_layout (cr, title, plot_x + (plot_width - title_width) / 2,
                   plot_bottom + 6.0 + line_height + 2.0);
    }
}

/**
 * ft_feet_time_chart_draw:
 * @cr: where to draw
 * @pairs: (element-type FtFeetTimePair): the days, as from
 *   ft_trend_query_feet_time()
 * @style: the style to draw in
 * @font: (nullable): the desktop's font, as for ft_trend_chart_set_font()
 * @width: the width, in @cr's user units
 * @height: the height
 *
 * Draws the whole chart into (0, 0, @width, @height), background included.
 * Hours run from 0 to the largest hours rounded up to an even number (at
 * least 4, at most 24); with fewer than three days to show it says so
 * instead of drawing points.
 */
void
ft_feet_time_chart_draw (cairo_t      *cr,
                         GArray       *pairs,
                         FtChartStyle  style,
                         const char   *font,
                         double        width,
                         double        height)
{
  const Theme *theme;
  Painter painter;
  g_autoptr(PangoLayout) digits = NULL;
  g_autoptr(PangoLayout) title = NULL;
  double pad = 8.0;
  double line_height, digits_width, unit;
  double hours_max = 4.0;
  double plot_x, plot_right, plot_top, plot_bottom, plot_width;
  gboolean show_title;
  gboolean show_labels;
  guint n_pairs = 0;
  int y_step;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (pairs != NULL);
  g_return_if_fail ((guint) style < N_STYLES);

  theme = &themes[style];
  painter.cr = cr;
  painter.theme = theme;
  painter.font = caption_font_new (font);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  set_rgb (cr, &theme->background, 1.0);
  cairo_paint (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);

  for (guint i = 0; i < pairs->len; i++)
    {
      const FtFeetTimePair *pair = &g_array_index (pairs, FtFeetTimePair, i);

      if (!isfinite (pair->hours) || pair->hours < 0 || (pair->first_step < 0 && pair->night < 0))
        continue;
      n_pairs++;
      hours_max = MAX (hours_max, pair->hours);
    }
  hours_max = MIN (24.0, ceil (hours_max / FEET_BUCKET_HOURS) * FEET_BUCKET_HOURS);

  digits = painter_layout (&painter, "10");
  layout_get_size (digits, &digits_width, &line_height);
  /* Translators: the title of the x axis of the hours-on-feet chart. */
  title = painter_layout (&painter, _("Hours on feet"));

  show_title = height >= 160.0;
  show_labels = TRUE;
  plot_x = pad + digits_width + 8.0;
  plot_right = width - pad - 8.0;
  plot_top = pad + line_height / 2 + 2.0;
  plot_bottom = height - pad - line_height - 6.0 - (show_title ? line_height + 2.0 : 0.0);

  /* Too small for labels: the points alone. */
  if (plot_right - plot_x < 80.0 || plot_bottom - plot_top < 40.0)
    {
      show_labels = show_title = FALSE;
      plot_x = pad;
      plot_right = width - pad;
      plot_top = pad;
      plot_bottom = height - pad;
    }
  plot_width = plot_right - plot_x;

  if (plot_width < 8.0 || plot_bottom - plot_top < 8.0)
    goto out;

  y_step = (plot_bottom - plot_top) / 5 >= line_height * 1.4 ? 2 : 5;

  /* Grid and axes. */
  unit = device_unit (cr);
  cairo_set_line_width (cr, unit);
  for (int value = y_step; value <= VALUE_MAX; value += y_step)
    add_hline (cr, plot_x, plot_right, plot_bottom - value / VALUE_MAX * (plot_bottom - plot_top),
               unit);
  set_rgb (cr, &theme->foreground, theme->grid_alpha);
  cairo_stroke (cr);
  add_hline (cr, plot_x, plot_right, plot_bottom, unit);
  set_rgb (cr, &theme->foreground, theme->baseline_alpha);
  cairo_stroke (cr);

  if (show_labels)
    draw_feet_labels (&painter, plot_x, plot_width, plot_top, plot_bottom, hours_max, y_step,
                      line_height, show_title ? title : NULL, width);

  if (n_pairs < FEET_MIN_PAIRS)
    {
      g_autoptr(PangoLayout) message = NULL;
      double w, h;

      /* Translators: shown on the hours-on-feet chart with under three days. */
      message = painter_layout (&painter, _("Not enough days yet"));
      layout_get_size (message, &w, &h);
      set_rgb (cr, &theme->foreground, theme->text_alpha);
      if (w <= plot_width)
        show_layout (cr, message, plot_x + (plot_width - w) / 2, (plot_top + plot_bottom - h) / 2);
      goto out;
    }

  for (guint i = 0; i < 2; i++)
    {
      FtSeriesLook look;
      gboolean night = i == 1;

      ft_trend_chart_get_series_look (night ? FEET_NIGHT_LOOK : FEET_FIRST_STEP_LOOK, style, &look);
      draw_feet_series (&painter, pairs, night, &look, plot_x, plot_width, plot_top, plot_bottom,
                        hours_max, MIN (1.0, theme->daily_alpha + 0.1));
    }

  if (show_labels)
    draw_feet_legend (&painter, style, plot_x, plot_right, plot_top);

out:
  pango_font_description_free (painter.font);
  cairo_restore (cr);
}
