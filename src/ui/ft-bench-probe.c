/* ft-bench-probe.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With FOOTING_BENCH_FIRST_FRAME set, the window prints the monotonic time
 * of its first painted frame and the app quits. FOOTING_BENCH_PAGE=NAME
 * then also opens that page, prints how long it took to its first frame,
 * and, with FOOTING_BENCH_SCROLL set, scrolls the page's list half a screen
 * a frame and prints how long the frames took; with FOOTING_BENCH_RANGES
 * set, it switches the page's range (its five-way toggle group) a frame at a
 * time and prints how long each switch took to its frame. The benchmark
 * program reads these lines; a person never sees them.
 */

#include "config.h"

#include "ft-bench-probe.h"

#include <adwaita.h>

#define SCROLL_FRAMES 240
#define RANGE_SWITCHES 20
#define N_RANGES 5

typedef enum
{
  STAGE_FIRST_FRAME,
  STAGE_PAGE,
  STAGE_SCROLL,
  STAGE_RANGES,
} Stage;

typedef struct
{
  GtkWindow     *window;
  Stage          stage;
  gint64         page_start_us;
  gint64         last_frame_us;
  GtkAdjustment *adjustment;
  AdwToggleGroup *ranges;
  GArray        *frame_us;
  guint          n_frames;
} Probe;

static void
probe_free (Probe *probe)
{
  g_clear_pointer (&probe->frame_us, g_array_unref);
  g_free (probe);
}

/* The page's list, not the sidebar's: the first mapped list view. */
static GtkScrolledWindow *
find_list_scroller (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget) && gtk_widget_get_mapped (widget))
    return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_list_scroller (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The range choice: the first mapped toggle group with one toggle a range. */
static AdwToggleGroup *
find_range_group (GtkWidget *widget)
{
  if (ADW_IS_TOGGLE_GROUP (widget) && gtk_widget_get_mapped (widget) &&
      adw_toggle_group_get_n_toggles (ADW_TOGGLE_GROUP (widget)) == N_RANGES)
    return ADW_TOGGLE_GROUP (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToggleGroup *found = find_range_group (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
finish (Probe *probe)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (probe->window));

  g_application_quit (app);
}

static void
report_scroll (Probe *probe)
{
  GArray *times = probe->frame_us;
  gint64 median;
  gint64 p95;
  gint64 worst;

  if (times->len == 0)
    {
      g_print ("scroll-frames 0\n");
      return;
    }

  g_array_sort (times, compare_int64);
  median = g_array_index (times, gint64, times->len / 2);
  p95 = g_array_index (times, gint64, MIN (times->len - 1, times->len * 95 / 100));
  worst = g_array_index (times, gint64, times->len - 1);
  g_print ("scroll-frames %u median-us %" G_GINT64_FORMAT " p95-us %" G_GINT64_FORMAT
           " max-us %" G_GINT64_FORMAT "\n",
           times->len, median, p95, worst);
}

static void
report_ranges (Probe *probe)
{
  GArray *times = probe->frame_us;

  if (times->len == 0)
    {
      g_print ("range-switches 0\n");
      return;
    }

  g_array_sort (times, compare_int64);
  g_print ("range-switches %u range-switch-median-us %" G_GINT64_FORMAT
           " range-switch-max-us %" G_GINT64_FORMAT "\n",
           times->len, g_array_index (times, gint64, times->len / 2),
           g_array_index (times, gint64, times->len - 1));
}

/* Each switch queries and draws the new range before the next frame. */
static void
switch_range (Probe *probe)
{
  guint next = (adw_toggle_group_get_active (probe->ranges) + 1) % N_RANGES;

  probe->last_frame_us = g_get_monotonic_time ();
  adw_toggle_group_set_active (probe->ranges, next);
  gtk_widget_queue_draw (GTK_WIDGET (probe->window));
}

static void
after_paint_cb (GdkFrameClock *clock,
                Probe         *probe)
{
  const char *page = g_getenv ("FOOTING_BENCH_PAGE");
  gint64 now = g_get_monotonic_time ();

  switch (probe->stage)
    {
    case STAGE_FIRST_FRAME:
      g_print ("first-frame-monotonic-us %" G_GINT64_FORMAT "\n", now);
      if (page == NULL)
        {
          finish (probe);
          return;
        }
      probe->stage = STAGE_PAGE;
      probe->page_start_us = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (probe->window), "win.show-page", "s", page);
      gtk_widget_queue_draw (GTK_WIDGET (probe->window));
      return;

    case STAGE_PAGE:
      g_print ("page-frame-us %" G_GINT64_FORMAT "\n", now - probe->page_start_us);
      if (g_getenv ("FOOTING_BENCH_RANGES") != NULL)
        {
          probe->ranges = find_range_group (GTK_WIDGET (probe->window));
          if (probe->ranges == NULL)
            {
              g_print ("range-switches 0\n");
              finish (probe);
              return;
            }
          probe->stage = STAGE_RANGES;
          probe->frame_us = g_array_new (FALSE, FALSE, sizeof (gint64));
          switch_range (probe);
          return;
        }
      if (g_getenv ("FOOTING_BENCH_SCROLL") == NULL)
        {
          finish (probe);
          return;
        }
      {
        GtkScrolledWindow *scrolled = find_list_scroller (GTK_WIDGET (probe->window));

        if (scrolled == NULL)
          {
            g_print ("scroll-frames 0\n");
            finish (probe);
            return;
          }
        probe->adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
      }
      probe->stage = STAGE_SCROLL;
      probe->frame_us = g_array_new (FALSE, FALSE, sizeof (gint64));
      probe->last_frame_us = now;
      break;

    case STAGE_SCROLL:
      {
        gint64 spent = now - probe->last_frame_us;

        g_array_append_val (probe->frame_us, spent);
        probe->last_frame_us = now;
      }
      if (++probe->n_frames >= SCROLL_FRAMES)
        {
          report_scroll (probe);
          finish (probe);
          return;
        }
      break;

    case STAGE_RANGES:
      {
        gint64 spent = now - probe->last_frame_us;

        g_array_append_val (probe->frame_us, spent);
      }
      if (++probe->n_frames >= RANGE_SWITCHES)
        {
          report_ranges (probe);
          finish (probe);
          return;
        }
      switch_range (probe);
      return;

    default:
      g_assert_not_reached ();
    }

  /* One step a frame, a page at a time: faster than a person scrolls. */
  {
    double value = gtk_adjustment_get_value (probe->adjustment);
    double step = gtk_adjustment_get_page_size (probe->adjustment) * 0.5;
    double end = gtk_adjustment_get_upper (probe->adjustment) -
                 gtk_adjustment_get_page_size (probe->adjustment);

    gtk_adjustment_set_value (probe->adjustment, value + step > end ? 0 : value + step);
    /* A frame for every step, even where the list cannot move. */
    gtk_widget_queue_draw (GTK_WIDGET (probe->window));
  }
}

static void
window_realize_cb (GtkWidget *widget,
                   Probe     *probe)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (after_paint_cb), probe);
}

/**
 * ft_bench_probe_attach:
 * @window: the main window, before it is shown
 *
 * Does nothing unless FOOTING_BENCH_FIRST_FRAME is set.
 */
void
ft_bench_probe_attach (GtkWindow *window)
{
  Probe *probe;

  if (g_getenv ("FOOTING_BENCH_FIRST_FRAME") == NULL)
    return;

  probe = g_new0 (Probe, 1);
  probe->window = window;
  g_object_set_data_full (G_OBJECT (window), "ft-bench-probe", probe, (GDestroyNotify) probe_free);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), probe);
}
