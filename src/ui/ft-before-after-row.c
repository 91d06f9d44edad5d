/* ft-before-after-row.c — one change as an expander row: a one-line gist of
 * how the symptoms compared before and after it, and each symptom's numbers
 * when opened.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-before-after-row.h"

#include <glib/gi18n.h>
#include <math.h>

struct _FtBeforeAfterRow
{
  AdwExpanderRow  parent_instance;

  FtTrendEvent   *event;
  char           *lead;

  FtJournal      *journal;
  guint           window;
  FtFootFilter    foot;
  GPtrArray      *events;

  FtBeforeAfter  *result;
  char           *gist;
  gboolean        failed;
  gboolean        queued;

  /* The rows shown when opened, owned by the expander. */
  GPtrArray      *content_rows;
  gboolean        content_built;
};

G_DEFINE_FINAL_TYPE (FtBeforeAfterRow, ft_before_after_row, ADW_TYPE_EXPANDER_ROW)

/* The rows waiting to be worked out, oldest request first. The queue holds
 * no reference: a row leaves it when disposed. */
static GQueue pending = G_QUEUE_INIT;
static guint pending_id;

/* Idle work is cut into slices of about this long, so a frame is never late. */
#define SLICE_USEC 6000

static char *
format_number (double value)
{
  /* Medians of day means are often whole; "5" reads better than "5.0". */
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", round (value));

  return g_strdup_printf ("%.1f", value);
}

static gboolean
pending_cb (gpointer user_data)
{
  gint64 started = g_get_monotonic_time ();

  while (!g_queue_is_empty (&pending))
    {
      FtBeforeAfterRow *row = g_queue_pop_head (&pending);

      row->queued = FALSE;
      ft_before_after_row_compute (row);

      if (g_get_monotonic_time () - started > SLICE_USEC)
        break;
    }

  if (g_queue_is_empty (&pending))
    {
      pending_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
dequeue (FtBeforeAfterRow *self)
{
  if (!self->queued)
    return;

  g_queue_remove (&pending, self);
  self->queued = FALSE;
  if (g_queue_is_empty (&pending))
    g_clear_handle_id (&pending_id, g_source_remove);
}

static void
enqueue (FtBeforeAfterRow *self)
{
  if (self->queued)
    return;

  g_queue_push_tail (&pending, self);
  self->queued = TRUE;
  if (pending_id == 0)
    {
      pending_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, pending_cb, NULL, NULL);
      g_source_set_name_by_id (pending_id, "[footing] before-after rows");
    }
}

static void
clear_content (FtBeforeAfterRow *self)
{
  for (guint i = 0; i < self->content_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->content_rows, i));
  g_ptr_array_set_size (self->content_rows, 0);
  self->content_built = FALSE;
}

/* The numbers changed under the row: forget them and work them out again. */
static void
invalidate (FtBeforeAfterRow *self)
{
  g_clear_pointer (&self->result, ft_before_after_free);
  g_clear_pointer (&self->gist, g_free);
  self->failed = FALSE;

  if (self->journal == NULL)
    return;

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    {
      ft_before_after_row_compute (self);
      return;
    }

  clear_content (self);
  enqueue (self);
}

static void
update_subtitle (FtBeforeAfterRow *self)
{
  g_autoptr(GString) subtitle = g_string_new (self->lead);
  const char *gist = self->gist;

  /* While waiting, the row shows only its day; a placeholder would flicker. */
  if (gist == NULL && self->failed)
    gist = _("The days around this change could not be read");

  if (gist != NULL)
    {
      if (subtitle->len > 0)
        /* Translators: between a change's day and how the symptoms compared */
        g_string_append (subtitle, _(" · "));
      g_string_append (subtitle, gist);
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
}

static GtkWidget *
make_symptom_row (const FtSymptomChange *change)
{
  g_autofree char *numbers = ft_before_after_format_numbers (change);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->sentence);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), numbers);
  gtk_widget_add_css_class (row, "numeric");
  gtk_widget_set_name (row, change->key);

  return row;
}

static GtkWidget *
make_overlap_row (const char *sentence)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "dialog-information-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);

  gtk_widget_add_css_class (icon, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sentence);
  gtk_widget_set_name (row, "overlap");

  return row;
}

static void
add_content_row (FtBeforeAfterRow *self,
                 GtkWidget        *row)
{
  g_ptr_array_add (self->content_rows, row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
build_content (FtBeforeAfterRow *self)
{
  if (self->content_built)
    return;

  clear_content (self);
  self->content_built = TRUE;

  if (self->result == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     self->failed
                                     ? _("The days around this change could not be read.")
                                     : _("Nothing to compare yet."));
      add_content_row (self, row);
      return;
    }

  if (self->result->overlap_sentence != NULL)
    add_content_row (self, make_overlap_row (self->result->overlap_sentence));

  for (guint i = 0; i < self->result->symptoms->len; i++)
    add_content_row (self, make_symptom_row (g_ptr_array_index (self->result->symptoms, i)));
}

static void
expanded_cb (FtBeforeAfterRow *self)
{
  if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    return;

  ft_before_after_row_compute (self);
  build_content (self);
}

static void
journal_changed_cb (FtBeforeAfterRow *self)
{
  invalidate (self);
}

static void
ft_before_after_row_dispose (GObject *object)
{
  FtBeforeAfterRow *self = FT_BEFORE_AFTER_ROW (object);

  dequeue (self);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_before_after_row_parent_class)->dispose (object);
}

static void
ft_before_after_row_finalize (GObject *object)
{
  FtBeforeAfterRow *self = FT_BEFORE_AFTER_ROW (object);

  g_clear_pointer (&self->event, ft_trend_event_free);
  g_clear_pointer (&self->result, ft_before_after_free);
  g_clear_pointer (&self->content_rows, g_ptr_array_unref);
  g_free (self->lead);
  g_free (self->gist);

  G_OBJECT_CLASS (ft_before_after_row_parent_class)->finalize (object);
}

static void
ft_before_after_row_class_init (FtBeforeAfterRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ft_before_after_row_dispose;
  object_class->finalize = ft_before_after_row_finalize;
}

static void
ft_before_after_row_init (FtBeforeAfterRow *self)
{
  self->content_rows = g_ptr_array_new ();
  self->window = FT_BEFORE_AFTER_DEFAULT_WINDOW;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

GtkWidget *
ft_before_after_row_new (const FtTrendEvent *event,
                         const char         *title)
{
  FtBeforeAfterRow *self;

  g_return_val_if_fail (event != NULL, NULL);

  self = g_object_new (FT_TYPE_BEFORE_AFTER_ROW, NULL);
  self->event = ft_trend_event_copy (event);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 title != NULL ? title : (event->label != NULL ? event->label : ""));

  return GTK_WIDGET (self);
}

const FtTrendEvent *
ft_before_after_row_get_event (FtBeforeAfterRow *self)
{
  g_return_val_if_fail (FT_IS_BEFORE_AFTER_ROW (self), NULL);

  return self->event;
}

void
ft_before_after_row_set_context (FtBeforeAfterRow *self,
                                 FtJournal        *journal,
                                 guint             window,
                                 FtFootFilter      foot,
                                 GPtrArray        *events)
{
  g_return_if_fail (FT_IS_BEFORE_AFTER_ROW (self));
  g_return_if_fail (FT_IS_JOURNAL (journal));
  g_return_if_fail (window >= FT_BEFORE_AFTER_MIN_WINDOW && window <= FT_BEFORE_AFTER_MAX_WINDOW);

  if (self->journal != journal)
    {
      if (self->journal != NULL)
        g_signal_handlers_disconnect_by_data (self->journal, self);
      g_set_object (&self->journal, journal);
      g_signal_connect_object (journal, "entry-changed", G_CALLBACK (journal_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (journal, "symptoms-changed", G_CALLBACK (journal_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  self->window = window;
  self->foot = foot;
  if (events != NULL)
    g_ptr_array_ref (events);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = events;

  invalidate (self);
  update_subtitle (self);
}

void
ft_before_after_row_set_lead (FtBeforeAfterRow *self,
                              const char       *lead)
{
  g_return_if_fail (FT_IS_BEFORE_AFTER_ROW (self));

  if (g_set_str (&self->lead, lead))
    update_subtitle (self);
}

const FtBeforeAfter *
ft_before_after_row_compute (FtBeforeAfterRow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FT_IS_BEFORE_AFTER_ROW (self), NULL);

  if (self->result != NULL || self->failed || self->journal == NULL)
    return self->result;

  dequeue (self);
  self->result = ft_before_after_compute (self->journal, self->event, self->window, self->foot,
                                          self->events, &error);
  if (self->result == NULL)
    {
      g_debug ("Could not compare the days around a change: %s", error->message);
      self->failed = TRUE;
    }
  else
    {
      self->gist = ft_before_after_format_gist (self->result);
    }

  update_subtitle (self);
  self->content_built = FALSE;
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    build_content (self);
  else
    clear_content (self);

  return self->result;
}

const FtBeforeAfter *
ft_before_after_row_get_result (FtBeforeAfterRow *self)
{
  g_return_val_if_fail (FT_IS_BEFORE_AFTER_ROW (self), NULL);

  return self->result;
}

const char *
ft_before_after_row_get_gist (FtBeforeAfterRow *self)
{
  g_return_val_if_fail (FT_IS_BEFORE_AFTER_ROW (self), NULL);

  return self->gist;
}

/**
 * ft_before_after_format_gist:
 * @before_after: a comparison
 *
 * Names only the symptoms whose difference is unlikely to be chance; the
 * rest are in the opened row.
 *
 * Returns: (transfer full): "Night pain 2.1 lower · Burning 1.4 lower", "No
 *   clear difference" or "Too few rated days to tell"
 */
char *
ft_before_after_format_gist (const FtBeforeAfter *before_after)
{
  g_autoptr(GString) gist = g_string_new (NULL);
  gboolean any_verdict = FALSE;

  g_return_val_if_fail (before_after != NULL, NULL);

  for (guint i = 0; i < before_after->symptoms->len; i++)
    {
      const FtSymptomChange *change = g_ptr_array_index (before_after->symptoms, i);
      g_autofree char *amount = NULL;

      if (change->verdict != FT_VERDICT_TOO_FEW)
        any_verdict = TRUE;
      if (change->verdict != FT_VERDICT_UNLIKELY_CHANCE || isnan (change->difference))
        continue;

      amount = g_strdup_printf ("%.1f", fabs (change->difference));
      if (gist->len > 0)
        /* Translators: between two symptoms in a change's gist */
        g_string_append (gist, _(" · "));
      if (change->difference < 0)
        /* Translators: in a change's gist: a symptom, then how much its mean rating fell,
         * "Night pain 2.1 lower" */
        g_string_append_printf (gist, _("%s %s lower"), change->name, amount);
      else
        /* Translators: in a change's gist: a symptom, then how much its mean rating rose,
         * "Burning 1.4 higher" */
        g_string_append_printf (gist, _("%s %s higher"), change->name, amount);
    }

  if (gist->len > 0)
    return g_string_free_and_steal (g_steal_pointer (&gist));

  return g_strdup (any_verdict ? _("No clear difference") : _("Too few rated days to tell"));
}

/* One side's numbers: "Before 5.2 (median 5)", or that it has none. */
static char *
format_side (gboolean after,
             guint    n_days,
             double   mean,
             double   median)
{
  g_autofree char *mean_text = NULL;
  g_autofree char *median_text = NULL;

  if (n_days == 0 || isnan (mean))
    return g_strdup (after ? _("After: no rated days") : _("Before: no rated days"));

  mean_text = g_strdup_printf ("%.1f", mean);
  median_text = format_number (median);

  if (after)
    /* Translators: a symptom's mean and median rating in the days after a change */
    return g_strdup_printf (_("After %s (median %s)"), mean_text, median_text);

  /* Translators: a symptom's mean and median rating in the days before a change */
  return g_strdup_printf (_("Before %s (median %s)"), mean_text, median_text);
}

/**
 * ft_before_after_format_numbers:
 * @change: one symptom's comparison
 *
 * Returns: (transfer full): "Before 5.2 (median 5) · After 3.1 (median 3)",
 *   with "no rated days" for a side without any
 */
char *
ft_before_after_format_numbers (const FtSymptomChange *change)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (change != NULL, NULL);

  before = format_side (FALSE, change->n_before, change->mean_before, change->median_before);
  after = format_side (TRUE, change->n_after, change->mean_after, change->median_after);

  /* Translators: joins the before and after numbers of a symptom */
  return g_strdup_printf (_("%s · %s"), before, after);
}

gboolean
ft_before_after_row_is_pending (void)
{
  return !g_queue_is_empty (&pending);
}
