/* ft-trend-chart-view.c — a trend chart on screen: hover, touch and keys
 * show a week's numbers; compact, it is one button.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is the core renderer's, in widget units: the snapshot's
 * cairo node carries the scale factor, so lines stay crisp on any screen.
 * The view adds what only a screen has: a focus week moved by the pointer,
 * a touch or the arrow keys, a popover with that week's numbers, the
 * desktop's style and font, and a text summary for screen readers.
 */

#include "config.h"

#include "ft-trend-chart-view.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ft-pause-dialog.h"

#define DAYS_PER_WEEK 7

struct _FtTrendChartView
{
  GtkWidget      parent_instance;

  FtTrendChart  *chart;
  FtTrend       *trend;
  gboolean       compact;

  /* The summary and the visible series it was written for. */
  char          *summary;
  GString       *summary_mask;
  guint          summary_idle_id;

  GtkPopover    *popover;
  GtkLabel      *popover_title;
  GtkGrid       *popover_grid;
  GtkBox        *popover_notes;
  char          *details;
  /* What the popover shows: a week, an event, or nothing (both -1). */
  int            shown_week;
  int            shown_event;
  /* The keys or a touch opened it, so the pointer leaving keeps it. */
  gboolean       sticky;
  /* A week to show again once a new trend is drawn, or -1. */
  int            pending_week;
  guint          pending_id;

  GtkSettings   *settings;
  gulong         font_handler;
};

enum {
  PROP_0,
  PROP_COMPACT,
  PROP_SUMMARY,
  N_PROPS
};

enum {
  SIGNAL_ACTIVATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FtTrendChartView, ft_trend_chart_view, GTK_TYPE_WIDGET)

/* Words */

static GDateTime *
date_time_new (const GDate *day)
{
  return g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                              g_date_get_day (day), 12, 0, 0);
}

static char *
format_day (const GDate *day,
            const char  *format)
{
  g_autoptr(GDateTime) time = date_time_new (day);

  return g_date_time_format (time, format);
}

static gboolean
week_is_valid (const FtTrend *trend,
               int            week)
{
  return trend != NULL && week >= 0 && (guint) week < trend->n_weeks;
}

static gboolean
series_is_visible (FtTrendChartView    *self,
                   const FtTrendSeries *series)
{
  return ft_trend_chart_get_series_visible (self->chart, series->key);
}

static double
series_week_value (const FtTrendSeries *series,
                   guint                week)
{
  if (week >= series->weekly->len)
    return NAN;

  return g_array_index (series->weekly, double, week);
}

static guint
series_week_days (const FtTrendSeries *series,
                  guint                week)
{
  if (series->weekly_days == NULL || week >= series->weekly_days->len)
    return 0;

  return g_array_index (series->weekly_days, guint, week);
}

/* A target as a person counts it: whole when it is whole. */
static char *
format_target (double target)
{
  if (fabs (target - round (target)) < 0.05)
    return g_strdup_printf ("%.0f", round (target));

  return g_strdup_printf ("%.1f", target);
}

/* The paused days of @week, and the reason of the first. */
static guint
count_paused_days (const FtTrend *trend,
                   guint          week,
                   int           *reason)
{
  gboolean paused[DAYS_PER_WEEK] = { FALSE };
  guint first = week * DAYS_PER_WEEK;
  guint n = 0;

  *reason = -1;
  for (guint i = 0; trend->pauses != NULL && i < trend->pauses->len; i++)
    {
      const FtTrendSpan *span = &g_array_index (trend->pauses, FtTrendSpan, i);

      for (guint day = MAX (span->first, first);
           day <= span->last && day < first + DAYS_PER_WEEK;
           day++)
        {
          if (!paused[day - first])
            {
              paused[day - first] = TRUE;
              n++;
            }
          if (*reason < 0)
            *reason = span->reason;
        }
    }

  return n;
}

/* The popover's rows: a name, a number and a note in columns; or, with
 * no value, a sentence under them. */
static void
add_row (FtTrendChartView *self,
         int              *row,
         const char       *name,
         const char       *value,
         const char       *note,
         gboolean          dim_value)
{
  GtkGrid *grid = self->popover_grid;
  GtkWidget *label;

  if (row == NULL)
    return;

  if (value == NULL)
    {
      label = gtk_label_new (name);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
      gtk_box_append (self->popover_notes, label);
      return;
    }

  label = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (grid, label, 0, *row, 1, 1);

  label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  if (dim_value)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, 1, *row, 1, 1);

  label = gtk_label_new (note);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (grid, label, 2, *row, 1, 1);

  (*row)++;
}

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* The week's numbers as one text, for screen readers and tests, and, with
 * @fill, as the popover's rows. */
static char *
format_week_details (FtTrendChartView *self,
                     guint             week,
                     gboolean          fill)
{
  const FtTrend *trend = self->trend;
  g_autoptr(GString) text = g_string_new (NULL);
  int rows = 0;
  int *row = fill ? &rows : NULL;
  int reason;
  guint paused;

  for (guint i = 0; i < trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (trend->series, i);
      double value = series_week_value (series, week);
      guint days = series_week_days (series, week);
      g_autofree char *line = NULL;

      if (!series_is_visible (self, series))
        continue;

      if (isnan (value))
        {
          /* Translators: a symptom in a week without a rating of it */
          line = g_strdup_printf (_("%s: no rating"), series->name);
          /* Translators: in a week's numbers, for a symptom not rated that week */
          add_row (self, row, series->name, "—", _("no rating"), TRUE);
        }
      else
        {
          g_autofree char *number = ft_trend_chart_view_format_value (value);
          g_autofree char *rated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day",
                                                                 "%u days", days), days);

          /* Translators: a symptom, its weekly average and the number of
           * days it was rated, as in “Night pain 2.3 (6 days)” */
          line = g_strdup_printf (_("%s %s (%s)"), series->name, number, rated);
          add_row (self, row, series->name, number, rated, FALSE);
        }
      append_line (text, line);
    }

  if (week < trend->sessions->len)
    {
      const FtTrendWeekSessions *sessions = &g_array_index (trend->sessions,
                                                            FtTrendWeekSessions, week);
      g_autofree char *done = g_strdup_printf ("%u", sessions->sessions);
      g_autofree char *line = NULL;

      if (sessions->target > 0)
        {
          g_autofree char *target = format_target (sessions->target);
          /* Translators: after the sessions done in a week: the routines' target */
          g_autofree char *of = g_strdup_printf (_("of %s"), target);

          /* Translators: stretch sessions done in a week and the routines' target */
          line = g_strdup_printf (_("Sessions: %u of %s"), sessions->sessions, target);
          add_row (self, row, _("Sessions"), done, of, FALSE);
        }
      else
        {
          /* Translators: stretch sessions done in a week, with no target set */
          line = g_strdup_printf (_("Sessions: %u"), sessions->sessions);
          add_row (self, row, _("Sessions"), done, "", FALSE);
        }
      append_line (text, line);
    }

  paused = count_paused_days (trend, week, &reason);
  if (paused > 0)
    {
      /* Translators: the paused days of a week and why, as in “Paused 3 days (Holiday)” */
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Paused %u day (%s)",
                                                            "Paused %u days (%s)", paused),
                                               paused,
                                               ft_pause_reason_get_label ((FtPauseReason) reason));

      append_line (text, line);
      add_row (self, row, line, NULL, NULL, FALSE);
    }

  for (guint i = 0; trend->events != NULL && i < trend->events->len; i++)
    {
      const FtTrendEvent *event = g_ptr_array_index (trend->events, i);
      int day = ft_trend_get_day_index (trend, &event->day);
      const char *line = event->detail != NULL ? event->detail : event->label;

      if (day < 0 || (guint) day / DAYS_PER_WEEK != week)
        continue;

      append_line (text, line);
      add_row (self, row, line, NULL, NULL, FALSE);
    }

  return g_string_free_and_steal (g_steal_pointer (&text));
}

/* Summary */

/* One character per series: whether it is shown. */
static void
write_mask (FtTrendChartView *self,
            GString          *mask)
{
  g_string_truncate (mask, 0);
  for (guint i = 0; self->trend != NULL && i < self->trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (self->trend->series, i);

      g_string_append_c (mask, series_is_visible (self, series) ? '1' : '0');
    }
}

static void
update_summary (FtTrendChartView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_clear_handle_id (&self->summary_idle_id, g_source_remove);
  write_mask (self, self->summary_mask);

  for (guint i = 0; self->trend != NULL && i < self->trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (self->trend->series, i);
      g_autofree char *sentence = NULL;

      if (!series_is_visible (self, series))
        continue;

      sentence = ft_trend_describe_series (self->trend, series);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, sentence);
    }

  if (g_strcmp0 (self->summary, text->str) == 0)
    return;

  g_free (self->summary);
  self->summary = g_string_free_and_steal (g_steal_pointer (&text));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static gboolean
update_summary_idle_cb (gpointer user_data)
{
  FtTrendChartView *self = user_data;

  self->summary_idle_id = 0;
  update_summary (self);

  return G_SOURCE_REMOVE;
}

/* Someone hid or showed a series on the chart itself: the summary follows
 * after the frame, not during it. */
static void
check_summary (FtTrendChartView *self)
{
  g_autoptr(GString) mask = g_string_new (NULL);

  write_mask (self, mask);
  if (!g_string_equal (mask, self->summary_mask) && self->summary_idle_id == 0)
    self->summary_idle_id = g_idle_add (update_summary_idle_cb, self);
}

/* Style */

/**
 * ft_trend_chart_view_get_desktop_style:
 *
 * Returns: the chart style matching libadwaita's dark and high-contrast
 *   settings, for anything else that draws with the chart's looks
 */
FtChartStyle
ft_trend_chart_view_get_desktop_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    return dark ? FT_CHART_STYLE_HIGH_CONTRAST_DARK : FT_CHART_STYLE_HIGH_CONTRAST;

  return dark ? FT_CHART_STYLE_DARK : FT_CHART_STYLE_LIGHT;
}

static void
style_changed_cb (FtTrendChartView *self)
{
  ft_trend_chart_set_style (self->chart, ft_trend_chart_view_get_desktop_style ());
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
font_changed_cb (FtTrendChartView *self)
{
  g_autofree char *font = NULL;

  if (self->settings != NULL)
    g_object_get (self->settings, "gtk-font-name", &font, NULL);

  ft_trend_chart_set_font (self->chart, font);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Popover */

static void
hide_details (FtTrendChartView *self)
{
  self->shown_week = -1;
  self->shown_event = -1;
  self->sticky = FALSE;
  g_clear_pointer (&self->details, g_free);
  ft_trend_chart_set_focus_week (self->chart, -1);
  ft_trend_chart_set_focus_event (self->chart, -1);
  gtk_popover_popdown (self->popover);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
point_popover (FtTrendChartView *self,
               double           x,
               double           y,
               double           width,
               double           height)
{
  GdkRectangle rect;

  rect.x = (int) floor (x);
  rect.y = (int) floor (y);
  rect.width = MAX (1, (int) ceil (x + width) - rect.x);
  rect.height = MAX (1, (int) ceil (y + height) - rect.y);
  gtk_popover_set_pointing_to (self->popover, &rect);
}

static void
clear_grid (FtTrendChartView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->popover_grid))) != NULL)
    gtk_grid_remove (self->popover_grid, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->popover_notes))) != NULL)
    gtk_box_remove (self->popover_notes, child);
}

/* @body is what the rows of the grid say, in one text. */
static void
present_details (FtTrendChartView *self,
                 const char       *title,
                 const char       *body,
                 gboolean          announce)
{
  gtk_label_set_label (self->popover_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->popover_grid),
                          gtk_widget_get_first_child (GTK_WIDGET (self->popover_grid)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->popover_notes),
                          gtk_widget_get_first_child (GTK_WIDGET (self->popover_notes)) != NULL);

  g_free (self->details);
  self->details = body != NULL && *body != '\0' ? g_strconcat (title, "\n", body, NULL)
                                                : g_strdup (title);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)) &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_popover_popup (self->popover);

  /* The popover never takes the focus, so a screen reader hears it here. */
  if (announce)
    gtk_accessible_announce (GTK_ACCESSIBLE (self), self->details,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
show_week (FtTrendChartView *self,
           int               week,
           gboolean          from_keys)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  double x, y, width, height;

  if (!week_is_valid (self->trend, week))
    {
      hide_details (self);
      return;
    }

  if (self->shown_week == week && self->shown_event < 0 && self->details != NULL &&
      gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return;

  self->shown_week = week;
  self->shown_event = -1;
  ft_trend_chart_set_focus_week (self->chart, week);
  ft_trend_chart_set_focus_event (self->chart, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  title = ft_trend_chart_view_format_week (self->trend, (guint) week, FALSE);
  clear_grid (self);
  body = format_week_details (self, (guint) week, TRUE);

  if (ft_trend_chart_get_week_area (self->chart, week, &x, &y, &width, &height))
    point_popover (self, x, y, width, height);
  else
    point_popover (self, 0, 0, gtk_widget_get_width (GTK_WIDGET (self)), 1);

  present_details (self, title, body, from_keys);
}

static void
show_event (FtTrendChartView *self,
            int               event)
{
  const FtTrendEvent *shown;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  double x, y, width, height;

  if (self->trend == NULL || event < 0 || (guint) event >= self->trend->events->len)
    return;

  if (self->shown_event == event && gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return;

  shown = g_ptr_array_index (self->trend->events, event);
  self->shown_event = event;
  self->shown_week = -1;
  ft_trend_chart_set_focus_event (self->chart, event);
  ft_trend_chart_set_focus_week (self->chart, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  /* Translators: a day in a chart's popover; see g_date_time_format() */
  day = format_day (&shown->day, _("%-d %B %Y"));
  /* Translators: a change and its day, as in “New insoles · 3 March 2026” */
  title = g_strdup_printf (_("%s · %s"), shown->label, day);

  if (ft_trend_chart_get_event_area (self->chart, event, &x, &y, &width, &height))
    point_popover (self, x, y, width, height);

  clear_grid (self);
  if (shown->detail != NULL)
    {
      int row = 0;

      add_row (self, &row, shown->detail, NULL, NULL, FALSE);
    }
  present_details (self, title, shown->detail, FALSE);
}

/* The pointer and touch */

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           FtTrendChartView         *self)
{
  int event;
  int week;

  if (self->compact || self->trend == NULL)
    return;

  event = ft_trend_chart_get_event_at (self->chart, x, y);
  if (event >= 0)
    {
      self->sticky = FALSE;
      show_event (self, event);
      return;
    }

  week = ft_trend_chart_get_week_at (self->chart, x, y);
  if (week >= 0)
    {
      self->sticky = FALSE;
      show_week (self, week, FALSE);
    }
  else if (!self->sticky && (self->shown_week >= 0 || self->shown_event >= 0))
    {
      hide_details (self);
    }
}

static void
leave_cb (GtkEventControllerMotion *motion,
          FtTrendChartView         *self)
{
  if (!self->sticky && (self->shown_week >= 0 || self->shown_event >= 0))
    hide_details (self);
}

static void
pressed_cb (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            FtTrendChartView *self)
{
  int event;
  int week;

  if (self->compact)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }

  if (self->trend == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  event = ft_trend_chart_get_event_at (self->chart, x, y);
  week = ft_trend_chart_get_week_at (self->chart, x, y);

  if (event >= 0)
    show_event (self, event);
  else if (week >= 0)
    show_week (self, week, FALSE);
  else
    {
      hide_details (self);
      return;
    }

  /* A finger does not hover: what it touched stays until the next touch. */
  self->sticky = TRUE;
}

static void
released_cb (GtkGestureClick  *gesture,
             int               n_press,
             double            x,
             double            y,
             FtTrendChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (!self->compact || n_press != 1)
    return;

  if (x >= 0 && y >= 0 && x < gtk_widget_get_width (widget) && y < gtk_widget_get_height (widget))
    g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

/* Keys */

static int
last_week_with_data (FtTrendChartView *self)
{
  const FtTrend *trend = self->trend;

  for (int week = (int) trend->n_weeks - 1; week >= 0; week--)
    {
      for (guint i = 0; i < trend->series->len; i++)
        {
          const FtTrendSeries *series = g_ptr_array_index (trend->series, i);

          if (series_is_visible (self, series) && !isnan (series_week_value (series, (guint) week)))
            return week;
        }
    }

  return (int) trend->n_weeks - 1;
}

static void
move_focus_week (FtTrendChartView *self,
                 int               week)
{
  if (self->trend == NULL || self->trend->n_weeks == 0)
    return;

  week = CLAMP (week, 0, (int) self->trend->n_weeks - 1);
  self->shown_event = -1;
  show_week (self, week, TRUE);
  self->sticky = TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FtTrendChartView      *self)
{
  int week;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  if (self->compact)
    {
      switch (keyval)
        {
        case GDK_KEY_Return:
        case GDK_KEY_ISO_Enter:
        case GDK_KEY_KP_Enter:
        case GDK_KEY_space:
        case GDK_KEY_KP_Space:
          g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
          return TRUE;

        default:
          return FALSE;
        }
    }

  if (self->trend == NULL || self->trend->n_weeks == 0)
    return FALSE;

  week = self->shown_week;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus_week (self, week < 0 ? last_week_with_data (self) : week - 1);
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus_week (self, week < 0 ? last_week_with_data (self) : week + 1);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_focus_week (self, 0);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_focus_week (self, (int) self->trend->n_weeks - 1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      move_focus_week (self, week < 0 ? last_week_with_data (self) : week);
      return TRUE;

    case GDK_KEY_Escape:
      if (self->shown_week < 0 && self->shown_event < 0)
        return FALSE;
      hide_details (self);
      return TRUE;

    default:
      return FALSE;
    }
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                FtTrendChartView        *self)
{
  if (self->sticky)
    hide_details (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_enter_cb (GtkEventControllerFocus *controller,
                FtTrendChartView        *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Compact mode */

static void
apply_compact (FtTrendChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  ft_trend_chart_set_compact (self->chart, self->compact);
  gtk_widget_set_cursor_from_name (widget, self->compact ? "pointer" : NULL);

  if (self->compact)
    {
      hide_details (self);
      gtk_widget_add_css_class (widget, "compact");
    }
  else
    {
      gtk_widget_remove_css_class (widget, "compact");
    }

  /* A role is settled once a screen reader has seen the widget. */
  if (!gtk_widget_get_realized (widget))
    g_object_set (self, "accessible-role",
                  self->compact ? GTK_ACCESSIBLE_ROLE_BUTTON : GTK_ACCESSIBLE_ROLE_IMG,
                  NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->compact ? _("Symptom trends, open Trends")
                                                : _("Symptom trends by week"),
                                  -1);
}

/* GtkWidget */

static void
ft_trend_chart_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->compact ? 160 : 240;
      *natural = 640;
    }
  else
    {
      *minimum = self->compact ? 120 : 200;
      *natural = self->compact ? 200 : 360;
    }
}

static void
ft_trend_chart_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (widget);

  gtk_popover_present (self->popover);
}

static gboolean
show_pending_idle_cb (gpointer user_data)
{
  FtTrendChartView *self = user_data;
  int week = self->pending_week;

  self->pending_id = 0;
  self->pending_week = -1;

  if (week_is_valid (self->trend, week) && self->sticky && self->shown_week == week)
    {
      self->shown_week = -1;
      show_week (self, week, FALSE);
      self->sticky = TRUE;
    }

  return G_SOURCE_REMOVE;
}

static void
append_focus_ring (FtTrendChartView *self,
                   GtkSnapshot      *snapshot,
                   int               width,
                   int               height)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GdkRGBA) accent = adw_style_manager_get_accent_color_rgba (manager);
  GskRoundedRect outline;
  GdkRGBA color = *accent;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];

  color.alpha = 0.5f;
  for (guint i = 0; i < 4; i++)
    colors[i] = color;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, 1, width - 2, height - 2), 11);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
ft_trend_chart_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ft_trend_chart_draw (self->chart, cr, width, height);
  cairo_destroy (cr);

  if (gtk_widget_has_visible_focus (widget))
    append_focus_ring (self, snapshot, width, height);

  check_summary (self);

  /* The popover points at the week as drawn: after the frame. */
  if (self->pending_week >= 0 && self->pending_id == 0)
    self->pending_id = g_idle_add (show_pending_idle_cb, self);
}

static void
ft_trend_chart_view_root (GtkWidget *widget)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (ft_trend_chart_view_parent_class)->root (widget);

  self->settings = g_object_ref (gtk_widget_get_settings (widget));
  self->font_handler = g_signal_connect_swapped (self->settings, "notify::gtk-font-name",
                                                 G_CALLBACK (font_changed_cb), self);
  font_changed_cb (self);
}

static void
ft_trend_chart_view_unroot (GtkWidget *widget)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (widget);

  g_clear_signal_handler (&self->font_handler, self->settings);
  g_clear_object (&self->settings);

  GTK_WIDGET_CLASS (ft_trend_chart_view_parent_class)->unroot (widget);
}

static void
ft_trend_chart_view_unmap (GtkWidget *widget)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (widget);

  if (self->shown_week >= 0 || self->shown_event >= 0)
    hide_details (self);

  GTK_WIDGET_CLASS (ft_trend_chart_view_parent_class)->unmap (widget);
}

/* GObject */

static void
ft_trend_chart_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, ft_trend_chart_view_get_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_trend_chart_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      ft_trend_chart_view_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_trend_chart_view_dispose (GObject *object)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (object);

  g_clear_handle_id (&self->summary_idle_id, g_source_remove);
  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_signal_handler (&self->font_handler, self->settings);
  g_clear_object (&self->settings);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }

  G_OBJECT_CLASS (ft_trend_chart_view_parent_class)->dispose (object);
}

static void
ft_trend_chart_view_finalize (GObject *object)
{
  FtTrendChartView *self = FT_TREND_CHART_VIEW (object);

  g_clear_object (&self->chart);
  g_clear_pointer (&self->trend, ft_trend_unref);
  g_clear_pointer (&self->summary, g_free);
  g_string_free (self->summary_mask, TRUE);
  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (ft_trend_chart_view_parent_class)->finalize (object);
}

static void
ft_trend_chart_view_class_init (FtTrendChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ft_trend_chart_view_get_property;
  object_class->set_property = ft_trend_chart_view_set_property;
  object_class->dispose = ft_trend_chart_view_dispose;
  object_class->finalize = ft_trend_chart_view_finalize;

  widget_class->measure = ft_trend_chart_view_measure;
  widget_class->size_allocate = ft_trend_chart_view_size_allocate;
  widget_class->snapshot = ft_trend_chart_view_snapshot;
  widget_class->root = ft_trend_chart_view_root;
  widget_class->unroot = ft_trend_chart_view_unroot;
  widget_class->unmap = ft_trend_chart_view_unmap;

  /**
   * FtTrendChartView:compact:
   *
   * The chart's compact drawing, with no popover: the whole view is one
   * button that emits #FtTrendChartView::activate.
   */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FtTrendChartView:summary:
   *
   * A sentence per visible series, a line each.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FtTrendChartView::activate:
   *
   * A compact view was clicked, or Enter or Space pressed on it.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static GtkWidget *
create_popover (FtTrendChartView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *notes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 34);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_name (title, "details-title");

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_set_name (grid, "details-body");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), notes);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  /* Like a tooltip: it follows the pointer and the keys and never takes
   * the focus or the clicks of the window. */
  gtk_popover_set_autohide (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_TOP);
  gtk_widget_set_can_focus (popover, FALSE);
  gtk_widget_set_can_target (popover, FALSE);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));

  self->popover_title = GTK_LABEL (title);
  self->popover_grid = GTK_GRID (grid);
  self->popover_notes = GTK_BOX (notes);

  return popover;
}

static void
ft_trend_chart_view_init (FtTrendChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *click;
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->chart = ft_trend_chart_new ();
  self->summary_mask = g_string_new (NULL);
  self->shown_week = -1;
  self->shown_event = -1;
  self->pending_week = -1;
  self->popover = GTK_POPOVER (create_popover (self));

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (click), FALSE);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::accent-color-rgba", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
  ft_trend_chart_set_style (self->chart, ft_trend_chart_view_get_desktop_style ());

  apply_compact (self);
}

/* Public API */

GtkWidget *
ft_trend_chart_view_new (void)
{
  return g_object_new (FT_TYPE_TREND_CHART_VIEW, NULL);
}

/**
 * ft_trend_chart_view_set_trend:
 * @self: an #FtTrendChartView
 * @trend: (nullable): the trend to show
 *
 * Series hidden before stay hidden when the new trend has them too.
 */
void
ft_trend_chart_view_set_trend (FtTrendChartView *self,
                               FtTrend          *trend)
{
  gboolean keep = FALSE;
  GDate kept;

  g_return_if_fail (FT_IS_TREND_CHART_VIEW (self));

  if (self->trend == trend)
    return;

  /* A week read with the keys stays open when the numbers are read again,
   * found by its day since the first week may have moved. */
  if (self->sticky && self->shown_week >= 0 && self->trend != NULL &&
      gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      ft_trend_get_week_day (self->trend, (guint) self->shown_week, &kept);
      keep = TRUE;
    }

  if (trend != NULL)
    ft_trend_ref (trend);
  g_clear_pointer (&self->trend, ft_trend_unref);
  self->trend = trend;

  ft_trend_chart_set_trend (self->chart, trend);
  hide_details (self);
  update_summary (self);

  self->pending_week = -1;
  if (keep && trend != NULL)
    {
      int day = ft_trend_get_day_index (trend, &kept);

      if (day >= 0)
        {
          self->pending_week = day / DAYS_PER_WEEK;
          self->shown_week = self->pending_week;
          self->sticky = TRUE;
          ft_trend_chart_set_focus_week (self->chart, self->pending_week);
        }
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ft_trend_chart_view_get_trend:
 *
 * Returns: (transfer none) (nullable): the trend shown
 */
FtTrend *
ft_trend_chart_view_get_trend (FtTrendChartView *self)
{
  g_return_val_if_fail (FT_IS_TREND_CHART_VIEW (self), NULL);

  return self->trend;
}

/**
 * ft_trend_chart_view_get_chart:
 *
 * Returns: (transfer none): the renderer
 */
FtTrendChart *
ft_trend_chart_view_get_chart (FtTrendChartView *self)
{
  g_return_val_if_fail (FT_IS_TREND_CHART_VIEW (self), NULL);

  return self->chart;
}

gboolean
ft_trend_chart_view_get_compact (FtTrendChartView *self)
{
  g_return_val_if_fail (FT_IS_TREND_CHART_VIEW (self), FALSE);

  return self->compact;
}

void
ft_trend_chart_view_set_compact (FtTrendChartView *self,
                                 gboolean          compact)
{
  g_return_if_fail (FT_IS_TREND_CHART_VIEW (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  apply_compact (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

void
ft_trend_chart_view_set_series_visible (FtTrendChartView *self,
                                        const char       *key,
                                        gboolean          visible)
{
  g_return_if_fail (FT_IS_TREND_CHART_VIEW (self));
  g_return_if_fail (key != NULL);

  if (ft_trend_chart_get_series_visible (self->chart, key) == !!visible)
    return;

  ft_trend_chart_set_series_visible (self->chart, key, visible);
  update_summary (self);

  /* The open week's numbers list the visible series. */
  if (self->shown_week >= 0)
    {
      int week = self->shown_week;
      gboolean sticky = self->sticky;

      self->shown_week = -1;
      show_week (self, week, FALSE);
      self->sticky = sticky;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
ft_trend_chart_view_get_summary (FtTrendChartView *self)
{
  g_return_val_if_fail (FT_IS_TREND_CHART_VIEW (self), NULL);

  return self->summary != NULL ? self->summary : "";
}

void
ft_trend_chart_view_set_focus_week (FtTrendChartView *self,
                                    int               week,
                                    gboolean          show_details)
{
  g_return_if_fail (FT_IS_TREND_CHART_VIEW (self));

  if (!week_is_valid (self->trend, week))
    {
      hide_details (self);
      return;
    }

  if (show_details && !self->compact)
    {
      move_focus_week (self, week);
      return;
    }

  gtk_popover_popdown (self->popover);
  self->shown_week = week;
  self->shown_event = -1;
  ft_trend_chart_set_focus_week (self->chart, week);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
ft_trend_chart_view_get_details (FtTrendChartView *self)
{
  g_return_val_if_fail (FT_IS_TREND_CHART_VIEW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return NULL;

  return self->details;
}

char *
ft_trend_chart_view_format_week (const FtTrend *trend,
                                 guint          week,
                                 gboolean       abbreviated)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GDate first;
  GDate last;

  g_return_val_if_fail (trend != NULL, NULL);

  ft_trend_get_week_day (trend, week, &first);
  last = first;
  g_date_add_days (&last, DAYS_PER_WEEK - 1);

  /* Translators: the last day of a week, as in “9 March 2026” or, short,
   * “9 Mar 2026”; see g_date_time_format() */
  end = format_day (&last, abbreviated ? _("%-d %b %Y") : _("%-d %B %Y"));

  if (g_date_get_year (&first) != g_date_get_year (&last))
    {
      start = format_day (&first, abbreviated ? _("%-d %b %Y") : _("%-d %B %Y"));
      /* Translators: a week across two months, as in “30 March – 5 April 2026” */
      return g_strdup_printf (_("%s – %s"), start, end);
    }

  if (g_date_get_month (&first) != g_date_get_month (&last))
    {
      /* Translators: the first day of a week ending in another month, as in
       * “30 March” or, short, “30 Mar”; see g_date_time_format() */
      start = format_day (&first, abbreviated ? _("%-d %b") : _("%-d %B"));
      return g_strdup_printf (_("%s – %s"), start, end);
    }

  /* Translators: the first day of a week ending in the same month, as in
   * the “3” of “3–9 March 2026”; see g_date_time_format() */
  start = format_day (&first, _("%-d"));
  /* Translators: a week within one month, as in “3–9 March 2026” */
  return g_strdup_printf (_("%s–%s"), start, end);
}

char *
ft_trend_chart_view_format_value (double value)
{
  if (isnan (value))
    return g_strdup ("—");

  return g_strdup_printf ("%.1f", value);
}

char *
ft_trend_chart_view_format_sessions (const FtTrend *trend,
                                     guint          week)
{
  const FtTrendWeekSessions *sessions;
  g_autofree char *target = NULL;

  g_return_val_if_fail (trend != NULL, NULL);

  if (week >= trend->sessions->len)
    return g_strdup ("—");

  sessions = &g_array_index (trend->sessions, FtTrendWeekSessions, week);
  if (sessions->target <= 0)
    return g_strdup_printf ("%u", sessions->sessions);

  target = format_target (sessions->target);

  /* Translators: sessions done in a week and the target, as in “5 / 7” */
  return g_strdup_printf (_("%u / %s"), sessions->sessions, target);
}
