/* ft-feet-time-view.c — the "nerve or fascia?" view: night pain beside
 * first-step pain, and time on feet against the next morning, as data.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A therapist tells nerve pain from fascia pain partly by when it comes:
 * burning at night and after long days on the feet, or a sharp pull with the
 * first steps of the morning. This view puts those numbers side by side and
 * leaves the reading to the person and their therapist; it names no cause.
 */

#include "config.h"

#include "ft-feet-time-view.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ft-trend-chart.h"
#include "ft-trend-chart-view.h"

/* 0–2 h up to 22–24 h. */
#define N_BUCKETS (24 / FT_FEET_TIME_BUCKET_HOURS)

typedef struct
{
  guint  days;
  guint  n_first_step;
  double sum_first_step;
  guint  n_night;
  double sum_night;
} Bucket;

struct _FtFeetTimeView
{
  AdwBin             parent_instance;

  FtTrend           *trend;
  GArray            *pairs;

  FtTrendChartView  *pain_chart;
  GtkLabel          *night_summary;
  GtkLabel          *first_step_summary;
  GtkWidget         *feet_chart_card;
  GtkDrawingArea    *feet_chart;
  GtkWidget         *table_card;
  GtkGrid           *table;
  GtkLabel          *feet_empty;
};

G_DEFINE_FINAL_TYPE (FtFeetTimeView, ft_feet_time_view, ADW_TYPE_BIN)

static gboolean
is_shown_series (const char *key)
{
  return g_strcmp0 (key, "night_pain") == 0 || g_strcmp0 (key, "first_step_pain") == 0;
}

static void
draw_feet_chart (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  FtFeetTimeView *self = user_data;
  g_autofree char *font = NULL;

  if (self->pairs == NULL)
    return;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (area)), "gtk-font-name", &font, NULL);
  ft_feet_time_chart_draw (cr, self->pairs, ft_trend_chart_view_get_desktop_style (), font, width, height);
}

static void
style_changed_cb (FtFeetTimeView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->feet_chart));
}

static GtkWidget *
make_cell (const char *text,
           gboolean    header,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (header)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_END);
    }
  else
    {
      gtk_widget_add_css_class (label, "numeric");
    }

  return label;
}

static char *
format_mean (double sum,
             guint  n)
{
  if (n == 0)
    /* Translators: in a table, no rating to average */
    return g_strdup (C_("mean", "—"));

  return g_strdup_printf ("%.1f", sum / n);
}

static void
fill_table (FtFeetTimeView *self)
{
  Bucket buckets[N_BUCKETS] = { { 0 } };
  GtkWidget *child;
  int row = 1;

  while ((child = gtk_grid_get_child_at (self->table, 0, 1)) != NULL)
    gtk_grid_remove_row (self->table, 1);

  for (guint i = 0; self->pairs != NULL && i < self->pairs->len; i++)
    {
      const FtFeetTimePair *pair = &g_array_index (self->pairs, FtFeetTimePair, i);
      int index = (int) floor (pair->hours / FT_FEET_TIME_BUCKET_HOURS);
      Bucket *bucket = &buckets[CLAMP (index, 0, N_BUCKETS - 1)];

      bucket->days++;
      if (pair->first_step >= 0)
        {
          bucket->n_first_step++;
          bucket->sum_first_step += pair->first_step;
        }
      if (pair->night >= 0)
        {
          bucket->n_night++;
          bucket->sum_night += pair->night;
        }
    }

  for (int i = 0; i < N_BUCKETS; i++)
    {
      const Bucket *bucket = &buckets[i];
      g_autofree char *hours = NULL;
      g_autofree char *days = NULL;
      g_autofree char *first_step = NULL;
      g_autofree char *night = NULL;

      if (bucket->days == 0)
        continue;

      /* Translators: a range of hours on feet in a table, "2–4 h" */
      hours = g_strdup_printf (_("%d–%d h"), i * FT_FEET_TIME_BUCKET_HOURS,
                               (i + 1) * FT_FEET_TIME_BUCKET_HOURS);
      days = g_strdup_printf ("%u", bucket->days);
      first_step = format_mean (bucket->sum_first_step, bucket->n_first_step);
      night = format_mean (bucket->sum_night, bucket->n_night);

      gtk_grid_attach (self->table, make_cell (hours, FALSE, 0), 0, row, 1, 1);
      gtk_grid_attach (self->table, make_cell (days, FALSE, 1), 1, row, 1, 1);
      gtk_grid_attach (self->table, make_cell (first_step, FALSE, 1), 2, row, 1, 1);
      gtk_grid_attach (self->table, make_cell (night, FALSE, 1), 3, row, 1, 1);
      row++;
    }
}

static void
update_summaries (FtFeetTimeView *self)
{
  struct {
    const char *key;
    GtkLabel   *label;
  } summaries[] = {
    { "night_pain", self->night_summary },
    { "first_step_pain", self->first_step_summary },
  };

  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    {
      FtTrendSeries *series = self->trend != NULL ? ft_trend_find_series (self->trend, summaries[i].key)
                                                  : NULL;
      g_autofree char *text = series != NULL ? ft_trend_describe_series (self->trend, series) : NULL;

      gtk_label_set_label (summaries[i].label, text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (summaries[i].label), text != NULL);
    }
}

static void
update_feet_chart (FtFeetTimeView *self)
{
  gboolean any = self->pairs != NULL && self->pairs->len > 0;
  g_autofree char *description = NULL;

  gtk_widget_set_visible (self->feet_chart_card, any);
  gtk_widget_set_visible (self->table_card, any);
  gtk_widget_set_visible (GTK_WIDGET (self->feet_empty), !any);

  if (any)
    /* Translators: read by screen readers for the time-on-feet chart */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Hours on feet against the next morning's "
                                                "first-step pain and night pain, %u day. The "
                                                "table below lists the means.",
                                                "Hours on feet against the next morning's "
                                                "first-step pain and night pain, %u days. The "
                                                "table below lists the means.",
                                                self->pairs->len),
                                   self->pairs->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->feet_chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description != NULL ? description : "",
                                  -1);

  fill_table (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->feet_chart));
}

static GtkWidget *
make_heading (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkWidget *
make_text (const char *text,
           gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static GtkWidget *
make_card (GtkWidget *child)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_overflow (card, GTK_OVERFLOW_HIDDEN);
  gtk_box_append (GTK_BOX (card), child);

  return card;
}

static GtkWidget *
build_pain_section (FtFeetTimeView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *chart = ft_trend_chart_view_new ();

  self->pain_chart = FT_TREND_CHART_VIEW (chart);
  gtk_widget_set_size_request (chart, -1, 240);
  gtk_widget_set_name (chart, "pain-chart");

  gtk_box_append (GTK_BOX (box), make_heading (_("Night Pain and First-Step Pain")));
  gtk_box_append (GTK_BOX (box), make_card (chart));

  self->night_summary = GTK_LABEL (make_text (NULL, FALSE));
  self->first_step_summary = GTK_LABEL (make_text (NULL, FALSE));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->night_summary));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->first_step_summary));

  return box;
}

static GtkWidget *
build_feet_section (FtFeetTimeView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *table = gtk_grid_new ();
  const char *headers[] = {
    /* Translators: table heading: hours spent on the feet in a day */
    N_("On feet"),
    /* Translators: table heading: how many days fell in the row */
    N_("Days"),
    /* Translators: table heading: the mean first-step pain the next morning */
    N_("First steps next morning"),
    /* Translators: table heading: the mean night pain the next day */
    N_("Night pain next day"),
  };

  gtk_box_append (GTK_BOX (box), make_heading (_("Time on Feet and the Next Morning")));
  gtk_box_append (GTK_BOX (box),
                  make_text (_("Each point is a day: its hours on feet, and the first-step pain "
                               "and night pain rated the day after."), TRUE));

  self->feet_chart = GTK_DRAWING_AREA (area);
  gtk_widget_set_size_request (area, -1, 240);
  gtk_widget_set_name (area, "feet-time-chart");
  gtk_accessible_update_property (GTK_ACCESSIBLE (area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_drawing_area_set_draw_func (self->feet_chart, draw_feet_chart, self, NULL);
  self->feet_chart_card = make_card (area);
  gtk_box_append (GTK_BOX (box), self->feet_chart_card);

  self->table = GTK_GRID (table);
  gtk_widget_set_name (table, "feet-time-table");
  gtk_grid_set_column_spacing (self->table, 12);
  gtk_grid_set_column_homogeneous (self->table, TRUE);
  gtk_grid_set_row_spacing (self->table, 6);
  gtk_widget_set_margin_top (table, 12);
  gtk_widget_set_margin_bottom (table, 12);
  gtk_widget_set_margin_start (table, 12);
  gtk_widget_set_margin_end (table, 12);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      GtkWidget *cell = make_cell (_(headers[i]), TRUE, i == 0 ? 0 : 1);

      gtk_grid_attach (self->table, cell, (int) i, 0, 1, 1);
    }
  self->table_card = make_card (table);
  gtk_box_append (GTK_BOX (box), self->table_card);

  self->feet_empty = GTK_LABEL (make_text (_("No days with hours on feet in these weeks. Add the "
                                             "hours in the daily check-in to see them here."),
                                           TRUE));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->feet_empty));

  return box;
}

static void
ft_feet_time_view_dispose (GObject *object)
{
  FtFeetTimeView *self = FT_FEET_TIME_VIEW (object);

  g_clear_pointer (&self->trend, ft_trend_unref);
  g_clear_pointer (&self->pairs, g_array_unref);

  G_OBJECT_CLASS (ft_feet_time_view_parent_class)->dispose (object);
}

static void
ft_feet_time_view_class_init (FtFeetTimeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_feet_time_view_dispose;

  gtk_widget_class_set_css_name (widget_class, "feet-time-view");
}

static void
ft_feet_time_view_init (FtFeetTimeView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_box_append (GTK_BOX (box),
                  make_text (_("Night pain and first-step pain side by side, and how mornings "
                               "followed days with more or less time on your feet. Your "
                               "therapist can read these with you."), TRUE));
  gtk_box_append (GTK_BOX (box), build_pain_section (self));
  gtk_box_append (GTK_BOX (box), build_feet_section (self));
  adw_bin_set_child (ADW_BIN (self), box);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update_summaries (self);
  update_feet_chart (self);
}

GtkWidget *
ft_feet_time_view_new (void)
{
  return g_object_new (FT_TYPE_FEET_TIME_VIEW, NULL);
}

void
ft_feet_time_view_set_trend (FtFeetTimeView *self,
                             FtJournal      *journal,
                             FtTrend        *trend)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FT_IS_FEET_TIME_VIEW (self));
  g_return_if_fail (journal == NULL || FT_IS_JOURNAL (journal));

  if (trend != NULL)
    ft_trend_ref (trend);
  g_clear_pointer (&self->trend, ft_trend_unref);
  self->trend = trend;
  g_clear_pointer (&self->pairs, g_array_unref);

  ft_trend_chart_view_set_trend (self->pain_chart, trend);
  for (guint i = 0; trend != NULL && i < trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (trend->series, i);

      ft_trend_chart_view_set_series_visible (self->pain_chart, series->key,
                                              is_shown_series (series->key));
    }

  if (trend != NULL && journal != NULL)
    {
      self->pairs = ft_trend_query_feet_time (journal, trend, &error);
      if (self->pairs == NULL)
        g_debug ("Could not read the hours on feet: %s", error->message);
    }

  update_summaries (self);
  update_feet_chart (self);
}
