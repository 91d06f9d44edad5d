/* ft-today-page.c — the day at a glance: the check-in comes first, then the
 * routine due next beside the trend of the last twelve weeks.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-today-page.h"

#include <glib/gi18n.h>

#include "ft-application.h"
#include "ft-check-in.h"
#include "ft-exercise-card.h"
#include "ft-routine-format.h"
#include "ft-side-by-side.h"
#include "ft-trend-chart-view.h"

/* Ratings typed in the check-in arrive a few at a time; the chart follows
 * once they settle. */
#define TREND_REFRESH_DELAY_MS 300

struct _FtTodayPage
{
  FtPage             parent_instance;

  FtRoutineBook     *book;
  FtExerciseCatalog *catalog;
  FtSessionLog      *session_log;
  FtRoutine         *next_routine;
  GtkWidget         *chart;
  guint              load_id;
  guint              trend_id;
  guint              next_id;
  gboolean           loaded;

  /* Template children */
  AdwBin            *check_in_bin;
  GtkWidget         *next_section;
  GtkLabel          *next_title;
  GtkLabel          *next_subtitle;
  GtkButton         *start_button;
  AdwBin            *chart_bin;
  GtkWidget         *chart_note;
  GtkFlowBox        *cards_box;
};

G_DEFINE_FINAL_TYPE (FtTodayPage, ft_today_page, FT_TYPE_PAGE)

static FtApplication *
get_application (void)
{
  GApplication *app = g_application_get_default ();

  return FT_IS_APPLICATION (app) ? FT_APPLICATION (app) : NULL;
}

/* The trend */

static gboolean
trend_has_ratings (const FtTrend *trend)
{
  for (guint i = 0; i < trend->series->len; i++)
    {
      const FtTrendSeries *series = g_ptr_array_index (trend->series, i);

      if (series->daily->len > 0)
        return TRUE;
    }

  return FALSE;
}

static void
refresh_trend (FtTodayPage *self)
{
  FtJournal *journal = ft_page_get_journal (FT_PAGE (self));
  GSettings *settings = ft_page_get_settings (FT_PAGE (self));
  g_autoptr(FtTrend) trend = NULL;
  g_autoptr(GError) error = NULL;
  GDateWeekday week_start = (GDateWeekday) g_settings_get_enum (settings, "week-start");

  g_clear_handle_id (&self->trend_id, g_source_remove);

  trend = ft_trend_query (journal, FT_TREND_RANGE_12_WEEKS, FT_FOOT_FILTER_ALL, week_start, &error);
  if (trend == NULL)
    {
      g_debug ("Could not read the trend: %s", error->message);
      gtk_label_set_label (GTK_LABEL (self->chart_note), error->message);
      gtk_widget_set_visible (self->chart_note, TRUE);
      return;
    }

  ft_trend_chart_view_set_trend (FT_TREND_CHART_VIEW (self->chart), trend);
  gtk_label_set_label (GTK_LABEL (self->chart_note),
                       _("Each check-in above adds a day to this trend."));
  gtk_widget_set_visible (self->chart_note, !trend_has_ratings (trend));
}

static gboolean
refresh_trend_cb (gpointer user_data)
{
  FtTodayPage *self = user_data;

  self->trend_id = 0;
  refresh_trend (self);

  return G_SOURCE_REMOVE;
}

static void
queue_trend_refresh (FtTodayPage *self)
{
  if (!self->loaded || self->trend_id != 0)
    return;

  self->trend_id = g_timeout_add (TREND_REFRESH_DELAY_MS, refresh_trend_cb, self);
  g_source_set_name_by_id (self->trend_id, "[footing] today trend");
}

static void
chart_activate_cb (FtTodayPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "trends");
}

/* The routine due next */

static gboolean
has_target (FtRoutine *routine)
{
  return ft_routine_get_target_period (routine) != FT_TARGET_NONE &&
         ft_routine_get_target_count (routine) > 0;
}

/* The first routine, in the person's order, whose target is not met yet;
 * else the first with a target; else the first. The adherence of the one
 * picked is kept for its subtitle. */
static FtRoutine *
pick_next_routine (FtTodayPage *self,
                   FtAdherence *adherence,
                   gboolean    *counted)
{
  GListModel *routines = G_LIST_MODEL (self->book);
  guint n_routines = g_list_model_get_n_items (routines);
  FtRoutine *first_with_target = NULL;
  FtAdherence first_adherence = { 0 };
  gboolean first_counted = FALSE;
  GDate today;

  *counted = FALSE;
  ft_journal_get_today (ft_page_get_journal (FT_PAGE (self)), &today);

  for (guint i = 0; i < n_routines; i++)
    {
      g_autoptr(FtRoutine) routine = g_list_model_get_item (routines, i);
      g_autoptr(GError) error = NULL;
      FtAdherence this = { 0 };
      gboolean ok;

      if (!has_target (routine))
        continue;

      ok = ft_session_log_get_adherence (self->session_log, routine, &today, &this, &error);
      if (!ok)
        g_debug ("Could not count sessions: %s", error->message);

      if (ok && !this.met)
        {
          *adherence = this;
          *counted = TRUE;
          g_clear_object (&first_with_target);
          return g_steal_pointer (&routine);
        }

      if (first_with_target == NULL)
        {
          first_with_target = g_steal_pointer (&routine);
          first_adherence = this;
          first_counted = ok;
        }
    }

  if (first_with_target != NULL)
    {
      *adherence = first_adherence;
      *counted = first_counted;
      return first_with_target;
    }

  return n_routines > 0 ? g_list_model_get_item (routines, 0) : NULL;
}

static GtkWidget *
create_card (FtExercise *exercise)
{
  GtkWidget *card = ft_exercise_card_new ();
  g_autofree char *dose = ft_exercise_format_dose (exercise);
  g_autofree char *label = NULL;

  ft_exercise_card_set_exercise (FT_EXERCISE_CARD (card), exercise);
  /* Translators: read by screen readers for a card: name, kind, dose */
  label = g_strdup_printf (_("%s, %s, %s"), ft_exercise_get_name (exercise),
                           ft_exercise_kind_get_label (ft_exercise_get_kind (exercise)), dose);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return card;
}

static void
fill_cards (FtTodayPage *self,
            FtRoutine   *routine)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new ();

  gtk_flow_box_remove_all (self->cards_box);

  /* Each exercise once, in the order the routine does them. */
  for (guint i = 0; i < ft_routine_get_n_steps (routine); i++)
    {
      const FtRoutineStep *step = ft_routine_get_step (routine, i);
      FtExercise *exercise;
      GtkFlowBoxChild *child;

      if (g_ptr_array_find_with_equal_func (refs, step->exercise_ref, g_str_equal, NULL))
        continue;
      g_ptr_array_add (refs, step->exercise_ref);

      exercise = ft_exercise_catalog_lookup (self->catalog, step->exercise_ref);
      if (exercise == NULL)
        continue;

      gtk_flow_box_append (self->cards_box, create_card (exercise));
      /* The cards show what the routine holds; Start is what to press. */
      child = gtk_flow_box_get_child_at_index (self->cards_box, (int) refs->len - 1);
      if (child != NULL)
        gtk_widget_set_focusable (GTK_WIDGET (child), FALSE);
    }
}

static void
refresh_next (FtTodayPage *self)
{
  g_autoptr(FtRoutine) routine = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *duration = NULL;
  FtAdherence adherence = { 0 };
  gboolean counted = FALSE;

  g_clear_handle_id (&self->next_id, g_source_remove);

  routine = self->book != NULL ? pick_next_routine (self, &adherence, &counted) : NULL;
  gtk_widget_set_visible (self->next_section, routine != NULL);
  if (routine == NULL)
    {
      g_clear_object (&self->next_routine);
      gtk_flow_box_remove_all (self->cards_box);
      return;
    }

  /* Translators: the heading over the routine due next on the Today page */
  title = g_strdup_printf (_("Next: %s"), ft_routine_get_name (routine));
  gtk_label_set_label (self->next_title, title);

  duration = ft_routine_format_duration (ft_routine_estimate_seconds (routine));
  g_string_append (subtitle, duration);
  if (counted)
    {
      g_autofree char *progress = ft_routine_format_progress (&adherence);

      /* Translators: between how long a routine takes and how it is going, "About 2 min · 1 of 5 today" */
      g_string_append_printf (subtitle, _(" · %s"), progress);
    }
  gtk_label_set_label (self->next_subtitle, subtitle->str);

  /* The target first: the action takes a routine id, never nothing. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->start_button),
                                          g_variant_new_int64 (ft_routine_get_id (routine)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "win.start-routine");
  g_free (title);
  /* Translators: read by screen readers for the Start button, with the routine's name */
  title = g_strdup_printf (_("Start %s"), ft_routine_get_name (routine));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  if (self->next_routine == NULL || !ft_routine_equal (self->next_routine, routine))
    fill_cards (self, routine);
  g_set_object (&self->next_routine, routine);
}

static gboolean
refresh_next_cb (gpointer user_data)
{
  FtTodayPage *self = user_data;

  self->next_id = 0;
  refresh_next (self);

  return G_SOURCE_REMOVE;
}

/* After the change that caused it, so a card is never replaced mid-click. */
static void
queue_next_refresh (FtTodayPage *self)
{
  if (!self->loaded || self->next_id != 0)
    return;

  self->next_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_next_cb, self, NULL);
  g_source_set_name_by_id (self->next_id, "[footing] today next routine");
}

/* A person's own exercise renamed or given a new picture shows on the cards. */
static void
catalog_changed_cb (FtTodayPage *self)
{
  g_clear_object (&self->next_routine);
  queue_next_refresh (self);
}

/* Loading */

static void
load (FtTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  FtApplication *app = get_application ();
  FtJournal *journal = ft_page_get_journal (FT_PAGE (self));
  FtExerciseCatalog *catalog = app != NULL ? ft_application_get_exercise_catalog (app) : NULL;
  FtRoutineBook *book = app != NULL ? ft_application_get_routine_book (app) : NULL;
  FtSessionLog *session_log = app != NULL ? ft_application_get_session_log (app) : NULL;

  self->loaded = TRUE;

  self->chart = ft_trend_chart_view_new ();
  ft_trend_chart_view_set_compact (FT_TREND_CHART_VIEW (self->chart), TRUE);
  gtk_widget_set_size_request (self->chart, -1, 200);
  gtk_widget_set_name (self->chart, "today-trend");
  g_signal_connect_object (self->chart, "activate", G_CALLBACK (chart_activate_cb), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (self->chart_bin, self->chart);

  g_signal_connect_object (journal, "entry-changed", G_CALLBACK (queue_trend_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (journal, "symptoms-changed", G_CALLBACK (queue_trend_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (ft_page_get_settings (FT_PAGE (self)), "changed::week-start",
                           G_CALLBACK (queue_trend_refresh), self, G_CONNECT_SWAPPED);
  refresh_trend (self);

  if (catalog == NULL || book == NULL || session_log == NULL)
    return;

  /* Loading again only reads again; other pages may have done it. */
  if (!ft_exercise_catalog_load (catalog, NULL, &error) ||
      (g_list_model_get_n_items (G_LIST_MODEL (book)) == 0 && !ft_routine_book_load (book, &error)))
    {
      g_debug ("Could not read the routines: %s", error->message);
      return;
    }

  self->catalog = g_object_ref (catalog);
  self->book = g_object_ref (book);
  self->session_log = g_object_ref (session_log);

  g_signal_connect_object (self->book, "changed", G_CALLBACK (queue_next_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->book, "items-changed", G_CALLBACK (queue_next_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_log, "changed", G_CALLBACK (queue_next_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->catalog, "items-changed", G_CALLBACK (catalog_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh_next (self);
}

static gboolean
load_cb (gpointer user_data)
{
  FtTodayPage *self = user_data;

  self->load_id = 0;
  load (self);

  return G_SOURCE_REMOVE;
}

/* After the page's first frame is on screen: the check-in is what a person
 * came for, and the section below waits until it shows. */
static void
after_first_paint_cb (GdkFrameClock *clock,
                      FtTodayPage   *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_first_paint_cb, self);

  if (self->loaded || self->load_id != 0)
    return;

  self->load_id = g_idle_add (load_cb, self);
  g_source_set_name_by_id (self->load_id, "[footing] today load");
}

static void
ft_today_page_map (GtkWidget *widget)
{
  FtTodayPage *self = FT_TODAY_PAGE (widget);

  GTK_WIDGET_CLASS (ft_today_page_parent_class)->map (widget);

  /* The check-in shows first; the rest follows after its first frame. The
   * day may have turned since the page was last shown. */
  if (!self->loaded)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

      if (self->load_id == 0 && clock != NULL)
        g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_first_paint_cb), self,
                                 0);
    }
  else
    {
      queue_trend_refresh (self);
      queue_next_refresh (self);
    }
}

static void
ft_today_page_constructed (GObject *object)
{
  FtTodayPage *self = FT_TODAY_PAGE (object);
  GtkWidget *check_in;

  G_OBJECT_CLASS (ft_today_page_parent_class)->constructed (object);

  check_in = ft_check_in_new (ft_page_get_journal (FT_PAGE (self)),
                              ft_page_get_settings (FT_PAGE (self)));
  ft_check_in_set_follows_today (FT_CHECK_IN (check_in), TRUE);
  adw_bin_set_child (self->check_in_bin, check_in);
}

static void
ft_today_page_dispose (GObject *object)
{
  FtTodayPage *self = FT_TODAY_PAGE (object);

  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_handle_id (&self->trend_id, g_source_remove);
  g_clear_handle_id (&self->next_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_TODAY_PAGE);
  g_clear_object (&self->next_routine);
  g_clear_object (&self->book);
  g_clear_object (&self->catalog);
  g_clear_object (&self->session_log);
  self->chart = NULL;

  G_OBJECT_CLASS (ft_today_page_parent_class)->dispose (object);
}

static void
ft_today_page_class_init (FtTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ft_today_page_constructed;
  object_class->dispose = ft_today_page_dispose;
  widget_class->map = ft_today_page_map;

  g_type_ensure (FT_TYPE_SIDE_BY_SIDE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, check_in_bin);
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, next_section);
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, next_title);
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, next_subtitle);
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, chart_bin);
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, chart_note);
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, cards_box);
}

static void
ft_today_page_init (FtTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
