/* ft-trends-page.c — the Trends page: symptoms, sessions and changes week
 * by week, as a chart or a table, and what changed after each change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page reads its trend when it is first shown, not at start-up, and
 * again when it is shown after anything it draws changed: ratings,
 * symptoms, sessions, pauses, gear and routines. Range and foot filter are
 * remembered in the settings.
 */

#include "config.h"

#include "ft-trends-page.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ft-application.h"
#include "ft-before-after-panel.h"
#include "ft-feet-time-view.h"
#include "ft-trend-chart.h"
#include "ft-window.h"

/* Exported pictures, in logical pixels; PNGs are drawn at twice that. */
#define EXPORT_WIDTH 1200
#define EXPORT_HEIGHT 600
#define EXPORT_PNG_SCALE 2.0

typedef enum
{
  COLUMN_WEEK,
  COLUMN_SERIES,
  COLUMN_SESSIONS,
} ColumnKind;

struct _FtTrendsPage
{
  FtPage             parent_instance;

  FtJournal         *journal;
  GSettings         *settings;
  FtTrend           *trend;
  /* The keys of the series a person hid; they stay hidden across ranges. */
  GHashTable        *hidden;
  /* The series the legend was built for: "key\tname\n" each. */
  char              *legend_signature;

  gboolean           stale;
  gboolean           table_stale;
  gboolean           feet_stale;
  gboolean           show_table;
  gboolean           narrow;
  guint              requery_id;
  GDate              queried_today;

  GtkWidget         *changes_panel;
  GtkWidget         *feet_view;

  /* Template children */
  AdwBreakpoint     *narrow_breakpoint;
  AdwHeaderBar      *header_bar;
  GtkDropDown       *foot_dropdown;
  AdwToggleGroup    *range_group;
  GtkMenuButton     *export_button;
  GtkToggleButton   *table_button;
  AdwWrapBox        *narrow_bar;
  GtkStack          *main_stack;
  AdwViewStack      *view_stack;
  AdwWrapBox        *legend_box;
  GtkStack          *chart_stack;
  FtTrendChartView  *chart_view;
  GtkScrolledWindow *table_scroller;
  GtkColumnView     *table_view;
  GtkBox            *changes_slot;
  GtkBox            *feet_slot;
};

enum {
  PROP_0,
  PROP_SHOW_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FtTrendsPage, ft_trends_page, FT_TYPE_PAGE)

static void rebuild_table (FtTrendsPage *self);

static const char * const foot_keys[] = { "all", "left", "right", "both" };
/* On a narrow window the button says only the foot; its list says all. */
static const char * const foot_short_labels[] = {
  NC_("a short foot filter", "All feet"),
  NC_("a short foot filter", "Left"),
  NC_("a short foot filter", "Right"),
  NC_("a short foot filter", "Both"),
};

/* Ranges: the toggles' names are the settings' keys. */
static const struct
{
  const char *key;
  const char *label;
  const char *short_label;
} ranges[] = {
  { "4w", N_("4 Weeks"), NC_("a short range", "4 wk") },
  { "12w", N_("12 Weeks"), NC_("a short range", "12 wk") },
  { "6m", N_("6 Months"), NC_("a short range", "6 mo") },
  { "1y", N_("1 Year"), NC_("a short range", "1 yr") },
  { "all", N_("All"), NC_("a short range", "All") },
};

/* Helpers */

static FtTrendRange
get_range (FtTrendsPage *self)
{
  FtTrendRange range = FT_TREND_RANGE_12_WEEKS;

  if (!ft_trend_range_from_key (adw_toggle_group_get_active_name (self->range_group), &range))
    return FT_TREND_RANGE_12_WEEKS;

  return range;
}

static FtFootFilter
get_foot (FtTrendsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->foot_dropdown);

  if (selected >= G_N_ELEMENTS (foot_keys))
    return FT_FOOT_FILTER_ALL;

  return (FtFootFilter) selected;
}

static GDateWeekday
get_week_start (FtTrendsPage *self)
{
  return (GDateWeekday) g_settings_get_enum (self->settings, "week-start");
}

static gboolean
trend_has_ratings (const FtTrend *trend)
{
  for (guint i = 0; i < trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (trend->series, i);

      if (series->daily != NULL && series->daily->len > 0)
        return TRUE;
    }

  return FALSE;
}

static void
report_error (FtTrendsPage *self,
              const GError *error)
{
  ft_window_add_toast_for (GTK_WIDGET (self), adw_toast_new (error->message));
}

/* The before/after panel and the "nerve or fascia?" view follow the trend.
 * The second is only worked out while it is shown. */
static void
update_companions (FtTrendsPage *self)
{
  ft_before_after_panel_set_trend (FT_BEFORE_AFTER_PANEL (self->changes_panel), self->journal,
                                   self->trend);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "feet") == 0)
    {
      ft_feet_time_view_set_trend (FT_FEET_TIME_VIEW (self->feet_view), self->journal, self->trend);
      self->feet_stale = FALSE;
    }
  else
    {
      self->feet_stale = TRUE;
    }
}

static void
create_companions (FtTrendsPage *self)
{
  self->changes_panel = ft_before_after_panel_new ();
  gtk_box_append (self->changes_slot, self->changes_panel);

  self->feet_view = ft_feet_time_view_new ();
  gtk_box_append (self->feet_slot, self->feet_view);
}

/* Legend */

static void
draw_mark (cairo_t     *cr,
           FtMarkShape  mark,
           double       x,
           double       y,
           double       r)
{
  switch (mark)
    {
    case FT_MARK_SQUARE:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;

    case FT_MARK_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.15, y + r * 0.85);
      cairo_line_to (cr, x - r * 1.15, y + r * 0.85);
      cairo_close_path (cr);
      break;

    case FT_MARK_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;

    case FT_MARK_CROSS:
      cairo_move_to (cr, x - r, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_move_to (cr, x + r, y - r);
      cairo_line_to (cr, x - r, y + r);
      break;

    case FT_MARK_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

/* The series' line, dash and mark, as the chart draws them; faint while
 * the series is hidden. */
static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  GtkToggleButton *chip = GTK_TOGGLE_BUTTON (user_data);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "ft-index"));
  double alpha = gtk_toggle_button_get_active (chip) ? 1.0 : 0.35;
  double y = height / 2.0;
  double dashes[8];
  FtSeriesLook look;

  ft_trend_chart_get_series_look (index, ft_trend_chart_view_get_desktop_style (), &look);
  cairo_set_source_rgba (cr, look.red, look.green, look.blue, alpha);

  cairo_set_line_width (cr, 2.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (int i = 0; i < look.n_dashes && i < (int) G_N_ELEMENTS (dashes); i++)
    dashes[i] = look.dashes[i] * 2.0;
  cairo_set_dash (cr, dashes, MIN (look.n_dashes, (int) G_N_ELEMENTS (dashes)), 0);
  cairo_move_to (cr, 1, y);
  cairo_line_to (cr, width - 1, y);
  cairo_stroke (cr);

  cairo_set_dash (cr, NULL, 0, 0);
  draw_mark (cr, look.mark, width / 2.0, y, 3.5);
  if (look.mark == FT_MARK_CROSS)
    cairo_stroke (cr);
  else
    cairo_fill (cr);
}

static void
chip_toggled_cb (GtkToggleButton *chip,
                 FtTrendsPage    *self)
{
  const char *key = g_object_get_data (G_OBJECT (chip), "ft-key");
  gboolean visible = gtk_toggle_button_get_active (chip);
  GtkWidget *swatch = g_object_get_data (G_OBJECT (chip), "ft-swatch");
  GtkWidget *label = g_object_get_data (G_OBJECT (chip), "ft-label");

  if (visible)
    g_hash_table_remove (self->hidden, key);
  else
    g_hash_table_add (self->hidden, g_strdup (key));

  if (visible)
    gtk_widget_remove_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_queue_draw (swatch);

  ft_trend_chart_view_set_series_visible (self->chart_view, key, visible);

  self->table_stale = TRUE;
  if (self->show_table)
    rebuild_table (self);
}

static GtkWidget *
create_chip (FtTrendsPage        *self,
             const FtTrendSeries *series,
             guint                index)
{
  GtkWidget *chip = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (series->name);
  gboolean visible = !g_hash_table_contains (self->hidden, series->key);
  /* Translators: the tooltip of a legend chip; %s is a symptom */
  g_autofree char *tooltip = g_strdup_printf (_("Show or hide %s"), series->name);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 22);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (swatch), "ft-index", GUINT_TO_POINTER (index));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, chip, NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (chip), box);
  gtk_widget_set_tooltip_text (chip, tooltip);
  gtk_widget_add_css_class (chip, "flat");
  gtk_widget_set_name (chip, series->key);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, series->name,
                                  -1);

  g_object_set_data_full (G_OBJECT (chip), "ft-key", g_strdup (series->key), g_free);
  g_object_set_data (G_OBJECT (chip), "ft-swatch", swatch);
  g_object_set_data (G_OBJECT (chip), "ft-label", label);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), visible);
  if (!visible)
    gtk_widget_add_css_class (label, "dim-label");
  g_signal_connect_object (chip, "toggled", G_CALLBACK (chip_toggled_cb), self, 0);

  return chip;
}

static char *
legend_signature (const FtTrend *trend)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (trend->series, i);

      g_string_append_printf (signature, "%s\t%s\n", series->key, series->name);
    }

  return g_string_free_and_steal (signature);
}

/* Rebuilt only when the symptoms change, so a chip keeps the focus while
 * the range or the foot changes. */
static void
update_legend (FtTrendsPage *self)
{
  g_autofree char *signature = legend_signature (self->trend);
  GtkWidget *child;

  if (g_strcmp0 (signature, self->legend_signature) == 0)
    return;

  g_free (self->legend_signature);
  self->legend_signature = g_steal_pointer (&signature);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))) != NULL)
    adw_wrap_box_remove (self->legend_box, child);

  for (guint i = 0; i < self->trend->series->len; i++)
    adw_wrap_box_append (self->legend_box,
                         create_chip (self, g_ptr_array_index (self->trend->series, i), i));
}

static void
style_changed_cb (FtTrendsPage *self)
{
  for (GtkWidget *chip = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box));
       chip != NULL;
       chip = gtk_widget_get_next_sibling (chip))
    gtk_widget_queue_draw (g_object_get_data (G_OBJECT (chip), "ft-swatch"));
}

/* Table */

static guint
item_week (GtkListItem *item)
{
  GtkStringObject *object = gtk_list_item_get_item (item);

  return (guint) g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "ft-kind"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), kind == COLUMN_WEEK ? 0.0f : 1.0f);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              FtTrendsPage             *self)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "ft-kind"));
  const char *key = g_object_get_data (G_OBJECT (factory), "ft-key");
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  guint week = item_week (item);
  g_autofree char *text = NULL;

  if (self->trend == NULL || week >= self->trend->n_weeks)
    {
      gtk_label_set_label (label, "");
      return;
    }

  switch (kind)
    {
    case COLUMN_WEEK:
      text = ft_trend_chart_view_format_week (self->trend, week, TRUE);
      break;

    case COLUMN_SERIES:
      {
        const FtTrendSeries *series = ft_trend_find_series (self->trend, key);

        text = ft_trend_chart_view_format_value (series != NULL && week < series->weekly->len
                                                 ? g_array_index (series->weekly, double, week)
                                                 : NAN);
      }
      break;

    case COLUMN_SESSIONS:
    default:
      text = ft_trend_chart_view_format_sessions (self->trend, week);
      break;
    }

  gtk_label_set_label (label, text);
}

static void
append_column (FtTrendsPage *self,
               const char   *title,
               ColumnKind    kind,
               const char   *key)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "ft-kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (factory), "ft-key", g_strdup (key), g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (cell_bind_cb), self, 0);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (kind == COLUMN_WEEK)
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->table_view, column);
}

/* One row per week, newest first; a column per visible series. */
static void
rebuild_table (FtTrendsPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->table_view);
  g_autoptr(GtkStringList) weeks = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  self->table_stale = FALSE;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->table_view, column);
    }

  if (self->trend == NULL)
    {
      gtk_column_view_set_model (self->table_view, NULL);
      return;
    }

  /* Translators: the heading of the table's column of weeks */
  append_column (self, _("Week"), COLUMN_WEEK, NULL);
  for (guint i = 0; i < self->trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (self->trend->series, i);

      if (!g_hash_table_contains (self->hidden, series->key))
        append_column (self, series->name, COLUMN_SERIES, series->key);
    }
  /* Translators: the heading of the table's column of sessions done and their target */
  append_column (self, _("Sessions"), COLUMN_SESSIONS, NULL);

  for (guint week = self->trend->n_weeks; week > 0; week--)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", week - 1);
      gtk_string_list_append (weeks, number);
    }

  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&weeks)));
  gtk_column_view_set_model (self->table_view, GTK_SELECTION_MODEL (selection));
}

static void
update_view_actions (FtTrendsPage *self)
{
  gboolean symptoms = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                                 "symptoms") == 0;
  const char *shown = gtk_stack_get_visible_child_name (self->main_stack);
  gboolean have_trend = self->trend != NULL && g_strcmp0 (shown, "trends") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trends.export", symptoms && have_trend);
  /* A menu button stays clickable when its items are not: say it here. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), symptoms && have_trend);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trends.show-table", symptoms && have_trend);
}

static void
set_controls_visible (FtTrendsPage *self,
                      gboolean      visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->range_group), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->foot_dropdown), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->table_button), visible);
}

/* Querying */

static void
requery (FtTrendsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtTrend) trend = NULL;
  gboolean empty = FALSE;

  g_clear_handle_id (&self->requery_id, g_source_remove);
  self->stale = FALSE;
  ft_journal_get_today (self->journal, &self->queried_today);

  trend = ft_trend_query (self->journal, get_range (self), get_foot (self), get_week_start (self),
                          &error);
  if (trend == NULL)
    {
      report_error (self, error);
      return;
    }

  /* Nothing in this range: the empty page only when nothing is anywhere. */
  if (!trend_has_ratings (trend))
    {
      g_autoptr(FtTrend) all = ft_trend_query (self->journal, FT_TREND_RANGE_ALL,
                                               FT_FOOT_FILTER_ALL, get_week_start (self), NULL);

      empty = all != NULL && !trend_has_ratings (all);
    }

  g_clear_pointer (&self->trend, ft_trend_unref);
  self->trend = g_steal_pointer (&trend);

  for (guint i = 0; i < self->trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (self->trend->series, i);

      ft_trend_chart_set_series_visible (ft_trend_chart_view_get_chart (self->chart_view),
                                         series->key,
                                         !g_hash_table_contains (self->hidden, series->key));
    }
  ft_trend_chart_view_set_trend (self->chart_view, self->trend);
  update_legend (self);

  self->table_stale = TRUE;
  if (self->show_table)
    rebuild_table (self);

  update_companions (self);

  gtk_stack_set_visible_child_name (self->main_stack, empty ? "empty" : "trends");
  set_controls_visible (self, !empty);
  update_view_actions (self);
}

static gboolean
requery_idle_cb (gpointer user_data)
{
  FtTrendsPage *self = user_data;

  self->requery_id = 0;
  requery (self);

  return G_SOURCE_REMOVE;
}

/* Something the chart draws changed: read it again now if the page is on
 * screen (once, after the burst of changes), else when it is shown. */
static void
queue_requery (FtTrendsPage *self)
{
  self->stale = TRUE;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->requery_id == 0)
    self->requery_id = g_idle_add (requery_idle_cb, self);
}

/* A choice the person made: the new frame shows it. */
static void
choice_changed_cb (FtTrendsPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    requery (self);
  else
    self->stale = TRUE;
}

static void
view_changed_cb (FtTrendsPage *self)
{
  if (self->feet_stale && self->trend != NULL &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "feet") == 0)
    {
      ft_feet_time_view_set_trend (FT_FEET_TIME_VIEW (self->feet_view), self->journal, self->trend);
      self->feet_stale = FALSE;
    }

  update_view_actions (self);
}

static void
foot_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
foot_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  guint position = gtk_list_item_get_position (item);
  GtkStringObject *object = gtk_list_item_get_item (item);
  const char *text = gtk_string_object_get_string (object);

  if (user_data != NULL && position < G_N_ELEMENTS (foot_short_labels))
    text = g_dpgettext2 (GETTEXT_PACKAGE, "a short foot filter", foot_short_labels[position]);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static GtkListItemFactory *
foot_factory_new (gboolean abbreviated)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (foot_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (foot_bind_cb),
                    abbreviated ? GINT_TO_POINTER (TRUE) : NULL);

  return factory;
}

/* Narrow windows: the range and the foot go to a row of their own. */

static void
move_controls (FtTrendsPage *self,
               gboolean      narrow)
{
  GtkWidget *range = GTK_WIDGET (self->range_group);
  GtkWidget *foot = GTK_WIDGET (self->foot_dropdown);
  gboolean had_focus = gtk_widget_has_focus (range) || gtk_widget_get_focus_child (range) != NULL;

  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  g_object_ref (range);
  g_object_ref (foot);

  if (narrow)
    {
      adw_header_bar_set_title_widget (self->header_bar, NULL);
      adw_header_bar_remove (self->header_bar, foot);
      adw_wrap_box_append (self->narrow_bar, range);
      adw_wrap_box_append (self->narrow_bar, foot);
    }
  else
    {
      adw_wrap_box_remove (self->narrow_bar, range);
      adw_wrap_box_remove (self->narrow_bar, foot);
      adw_header_bar_set_title_widget (self->header_bar, range);
      adw_header_bar_pack_start (self->header_bar, foot);
    }

  {
    g_autoptr(GtkListItemFactory) factory = foot_factory_new (narrow);

    gtk_drop_down_set_factory (self->foot_dropdown, factory);
  }

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      AdwToggle *toggle = adw_toggle_group_get_toggle_by_name (self->range_group, ranges[i].key);

      adw_toggle_set_label (toggle, narrow ? g_dpgettext2 (GETTEXT_PACKAGE, "a short range",
                                                           ranges[i].short_label)
                                           : _(ranges[i].label));
    }

  if (had_focus)
    gtk_widget_grab_focus (range);

  g_object_unref (range);
  g_object_unref (foot);
}

static void
narrow_apply_cb (FtTrendsPage *self)
{
  move_controls (self, TRUE);
}

static void
narrow_unapply_cb (FtTrendsPage *self)
{
  move_controls (self, FALSE);
}

/* Settings glue */

static gboolean
foot_from_setting (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  FtFootFilter foot = FT_FOOT_FILTER_ALL;

  if (!ft_foot_filter_from_key (g_variant_get_string (variant, NULL), &foot))
    foot = FT_FOOT_FILTER_ALL;
  g_value_set_uint (value, (guint) foot);

  return TRUE;
}

static GVariant *
foot_to_setting (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (foot_keys))
    return NULL;

  return g_variant_new_string (foot_keys[selected]);
}

/* Export */

static void
open_exported_cb (AdwToast *toast,
                  GFile    *file)
{
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);
  GtkWidget *widget = g_object_get_data (G_OBJECT (toast), "ft-widget");
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  gtk_file_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL,
                            NULL);
}

static void
show_export_error (FtTrendsPage *self,
                   const GError *error)
{
  AdwDialog *dialog = adw_alert_dialog_new (_("The Chart Could Not Be Exported"), error->message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/**
 * ft_trends_page_export:
 * @self: the page, once shown
 * @file: a local file to write
 * @svg: SVG rather than PNG
 * @error: why it was not written
 *
 * Writes the chart as shown — its range, foot and visible series — as the
 * Export menu does after its save dialog. The picture is for paper and for
 * the therapist's screen: the light style, whatever the desktop shows.
 *
 * Returns: whether the file was written
 */
gboolean
ft_trends_page_export (FtTrendsPage  *self,
                       GFile         *file,
                       gboolean       svg,
                       GError       **error)
{
  FtTrendChart *chart = ft_trend_chart_view_get_chart (self->chart_view);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *path = g_file_get_path (file);
  gboolean written;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The chart can only be saved to a folder on this computer"));
      return FALSE;
    }

  ft_trend_chart_set_style (chart, adw_style_manager_get_high_contrast (manager)
                                   ? FT_CHART_STYLE_HIGH_CONTRAST : FT_CHART_STYLE_LIGHT);
  ft_trend_chart_set_focus_week (chart, -1);
  ft_trend_chart_set_focus_event (chart, -1);

  if (svg)
    written = ft_trend_chart_write_svg (chart, path, EXPORT_WIDTH, EXPORT_HEIGHT, error);
  else
    written = ft_trend_chart_write_png (chart, path, EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_PNG_SCALE,
                                        error);

  ft_trend_chart_set_style (chart, ft_trend_chart_view_get_desktop_style ());
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_view));

  return written;
}

static void
save_dialog_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(FtTrendsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean svg = GPOINTER_TO_INT (g_object_get_data (source, "ft-svg"));
  AdwToast *toast;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) &&
          !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
        show_export_error (self, error);
      return;
    }

  if (!ft_trends_page_export (self, file, svg, &error))
    {
      show_export_error (self, error);
      return;
    }

  toast = adw_toast_new (_("Chart saved"));
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data (G_OBJECT (toast), "ft-widget", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_exported_cb),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  ft_window_add_toast_for (GTK_WIDGET (self), toast);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtTrendsPage *self = FT_TRENDS_PAGE (widget);
  gboolean svg = g_strcmp0 (g_variant_get_string (parameter, NULL), "svg") == 0;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->trend == NULL)
    return;

  if (svg)
    {
      gtk_file_filter_set_name (filter, _("SVG Images"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      gtk_file_filter_add_suffix (filter, "svg");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      gtk_file_filter_add_suffix (filter, "png");
    }
  g_list_store_append (filters, filter);

  /* Translators: the suggested file name of an exported chart, without its extension */
  name = g_strdup_printf ("%s.%s", _("Symptom Trends"), svg ? "svg" : "png");

  gtk_file_dialog_set_title (dialog, svg ? _("Export as SVG") : _("Export as PNG"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_modal (dialog, TRUE);
  g_object_set_data (G_OBJECT (dialog), "ft-svg", GINT_TO_POINTER (svg));

  gtk_file_dialog_save (dialog, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                        save_dialog_done_cb, g_object_ref (self));
}

/* GtkWidget */

static void
ft_trends_page_map (GtkWidget *widget)
{
  FtTrendsPage *self = FT_TRENDS_PAGE (widget);
  GDate today;

  /* Read before the first frame, so it never shows an empty chart. */
  ft_journal_get_today (self->journal, &today);
  if (self->stale || self->trend == NULL || !g_date_valid (&self->queried_today) ||
      g_date_compare (&today, &self->queried_today) != 0)
    requery (self);

  GTK_WIDGET_CLASS (ft_trends_page_parent_class)->map (widget);
}

/* GObject */

static void
ft_trends_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FtTrendsPage *self = FT_TRENDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, self->show_table);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_show_table (FtTrendsPage *self,
                gboolean      show_table)
{
  show_table = !!show_table;
  if (self->show_table == show_table)
    return;

  self->show_table = show_table;
  if (show_table && self->table_stale)
    rebuild_table (self);
  gtk_stack_set_visible_child_name (self->chart_stack, show_table ? "table" : "chart");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

static void
ft_trends_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FtTrendsPage *self = FT_TRENDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_TABLE:
      set_show_table (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_trends_page_constructed (GObject *object)
{
  FtTrendsPage *self = FT_TRENDS_PAGE (object);
  GApplication *app = g_application_get_default ();

  G_OBJECT_CLASS (ft_trends_page_parent_class)->constructed (object);

  self->journal = ft_page_get_journal (FT_PAGE (self));
  self->settings = ft_page_get_settings (FT_PAGE (self));

  g_signal_connect_object (self->journal, "entry-changed", G_CALLBACK (queue_requery), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journal, "symptoms-changed", G_CALLBACK (queue_requery), self,
                           G_CONNECT_SWAPPED);

  /* Sessions, pauses, gear and routines live in the app's shared stores. */
  if (FT_IS_APPLICATION (app) && ft_application_get_journal (FT_APPLICATION (app)) == self->journal)
    {
      FtApplication *application = FT_APPLICATION (app);
      gpointer stores[] = {
        ft_application_get_gear (application),
        ft_application_get_routine_book (application),
        ft_application_get_session_log (application),
      };

      for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
        {
          if (stores[i] != NULL)
            g_signal_connect_object (stores[i], "changed", G_CALLBACK (queue_requery), self,
                                     G_CONNECT_SWAPPED);
        }
    }

  g_settings_bind (self->settings, "trend-range", self->range_group, "active-name",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "trend-foot", self->foot_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, foot_from_setting, foot_to_setting,
                                NULL, NULL);
  g_signal_connect_object (self->settings, "changed::week-start", G_CALLBACK (choice_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->range_group, "notify::active-name",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->foot_dropdown, "notify::selected",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);

  self->stale = TRUE;
}

static void
ft_trends_page_dispose (GObject *object)
{
  FtTrendsPage *self = FT_TRENDS_PAGE (object);

  g_clear_handle_id (&self->requery_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_TRENDS_PAGE);

  G_OBJECT_CLASS (ft_trends_page_parent_class)->dispose (object);
}

static void
ft_trends_page_finalize (GObject *object)
{
  FtTrendsPage *self = FT_TRENDS_PAGE (object);

  g_clear_pointer (&self->trend, ft_trend_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->legend_signature, g_free);

  G_OBJECT_CLASS (ft_trends_page_parent_class)->finalize (object);
}

static void
ft_trends_page_class_init (FtTrendsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ft_trends_page_get_property;
  object_class->set_property = ft_trends_page_set_property;
  object_class->constructed = ft_trends_page_constructed;
  object_class->dispose = ft_trends_page_dispose;
  object_class->finalize = ft_trends_page_finalize;
  widget_class->map = ft_trends_page_map;

  /**
   * FtTrendsPage:show-table:
   *
   * The weekly numbers as a table instead of the chart.
   */
  properties[PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FT_TYPE_TREND_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-trends-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, narrow_breakpoint);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, foot_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, range_group);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, narrow_bar);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, table_view);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, changes_slot);
  gtk_widget_class_bind_template_child (widget_class, FtTrendsPage, feet_slot);
  gtk_widget_class_bind_template_callback (widget_class, narrow_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, narrow_unapply_cb);

  gtk_widget_class_install_action (widget_class, "trends.export", "s", export_action);
  gtk_widget_class_install_property_action (widget_class, "trends.show-table", "show-table");
}

static void
ft_trends_page_init (FtTrendsPage *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  create_companions (self);

  {
    g_autoptr(GtkListItemFactory) factory = foot_factory_new (FALSE);
    g_autoptr(GtkListItemFactory) list_factory = foot_factory_new (FALSE);

    gtk_drop_down_set_factory (self->foot_dropdown, factory);
    gtk_drop_down_set_list_factory (self->foot_dropdown, list_factory);
  }

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    adw_toggle_set_label (adw_toggle_group_get_toggle_by_name (self->range_group, ranges[i].key),
                          _(ranges[i].label));

  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_view_actions (self);
}

/* Public API */

FtTrendChartView *
ft_trends_page_get_chart_view (FtTrendsPage *self)
{
  g_return_val_if_fail (FT_IS_TRENDS_PAGE (self), NULL);

  return self->chart_view;
}

/**
 * ft_trends_page_get_trend:
 *
 * Returns: (transfer none) (nullable): the trend shown
 */
FtTrend *
ft_trends_page_get_trend (FtTrendsPage *self)
{
  g_return_val_if_fail (FT_IS_TRENDS_PAGE (self), NULL);

  return self->trend;
}

GtkColumnView *
ft_trends_page_get_table (FtTrendsPage *self)
{
  g_return_val_if_fail (FT_IS_TRENDS_PAGE (self), NULL);

  return self->table_view;
}
