/* ft-before-after-panel.c — what the symptoms did in the days before and
 * after each change of a trend, for the Trends page.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One expander row per change, newest first. Each row works out its own
 * comparison when the main loop is idle (see ft-before-after-row.h), so a
 * year of changes shows at once and fills in a moment later.
 */

#include "config.h"

#include "ft-before-after-panel.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ft-application.h"
#include "ft-before-after-row.h"
#include "ft-day-format.h"

struct _FtBeforeAfterPanel
{
  AdwBin         parent_instance;

  GSettings     *settings;
  FtJournal     *journal;
  FtTrend       *trend;

  GtkSpinButton *window_spin;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (FtBeforeAfterPanel, ft_before_after_panel, ADW_TYPE_BIN)

static const char *
event_icon (FtTrendEventKind kind)
{
  switch (kind)
    {
    case FT_TREND_EVENT_GEAR:
      return "ft-shoes-symbolic";
    case FT_TREND_EVENT_VISIT:
      return "ft-visits-symbolic";
    case FT_TREND_EVENT_ROUTINE:
      return "ft-routines-symbolic";
    case FT_TREND_EVENT_CHANGE:
    default:
      return "ft-change-symbolic";
    }
}

static guint
get_window (FtBeforeAfterPanel *self)
{
  int days = g_settings_get_int (self->settings, "compare-days");

  return (guint) CLAMP (days, FT_BEFORE_AFTER_MIN_WINDOW, FT_BEFORE_AFTER_MAX_WINDOW);
}

static gboolean
same_event (const FtTrendEvent *a,
            const FtTrendEvent *b)
{
  return a->kind == b->kind && a->source_id == b->source_id;
}

static gboolean
was_expanded (GPtrArray          *expanded,
              const FtTrendEvent *event)
{
  for (guint i = 0; i < expanded->len; i++)
    {
      if (same_event (g_ptr_array_index (expanded, i), event))
        return TRUE;
    }

  return FALSE;
}

/* The event's sentence makes a fuller title than its chart label, which is
 * shortened to fit a marker: "Moved Arch-support insoles into Road runners". */
static char *
make_title (const FtTrendEvent *event)
{
  gsize length;

  if (event->detail == NULL || *event->detail == '\0')
    return g_strdup (event->label);

  length = strlen (event->detail);
  if (length > 1 && event->detail[length - 1] == '.' && event->detail[length - 2] != '.')
    return g_strndup (event->detail, length - 1);

  return g_strdup (event->detail);
}

static GtkWidget *
create_row (FtBeforeAfterPanel *self,
            const FtTrendEvent *event,
            guint               window)
{
  g_autofree char *title = make_title (event);
  GtkWidget *row = ft_before_after_row_new (event, title);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", event_icon (event->kind),
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  g_autofree char *day = ft_day_format_near (&event->day, &self->trend->today);

  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
  ft_before_after_row_set_lead (FT_BEFORE_AFTER_ROW (row), day);
  ft_before_after_row_set_context (FT_BEFORE_AFTER_ROW (row), self->journal, window,
                                   self->trend->foot, NULL);
  return row;
}

static void
rebuild (FtBeforeAfterPanel *self)
{
  g_autoptr(GPtrArray) expanded = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_trend_event_free);
  guint window = get_window (self);
  GtkWidget *child;

  /* Rows opened before stay open when the range or the foot changes. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FT_IS_BEFORE_AFTER_ROW (child) &&
          adw_expander_row_get_expanded (ADW_EXPANDER_ROW (child)))
        g_ptr_array_add (expanded,
                         ft_trend_event_copy (ft_before_after_row_get_event (FT_BEFORE_AFTER_ROW (child))));
    }

  /* Row by row: gtk_list_box_remove_all() would take the placeholder too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->list, child);

  if (self->trend == NULL || self->journal == NULL)
    return;

  for (guint i = self->trend->events->len; i > 0; i--)
    {
      const FtTrendEvent *event = g_ptr_array_index (self->trend->events, i - 1);
      GtkWidget *row = create_row (self, event, window);

      gtk_list_box_append (self->list, row);
      if (was_expanded (expanded, event))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
}

static void
compare_days_changed_cb (FtBeforeAfterPanel *self)
{
  guint window = get_window (self);

  if (self->trend == NULL || self->journal == NULL)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FT_IS_BEFORE_AFTER_ROW (child))
        ft_before_after_row_set_context (FT_BEFORE_AFTER_ROW (child), self->journal, window,
                                         self->trend->foot, NULL);
    }
}

static GtkWidget *
create_placeholder (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = gtk_label_new (_("No changes in these weeks"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (_("Shoe and insole changes, therapy visits and routine changes appear "
                           "here, each with how the symptoms compared before and after."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
create_window_control (FtBeforeAfterPanel *self)
{
  GtkWidget *wrap = adw_wrap_box_new ();
  GtkWidget *before = gtk_label_new (_("Compare"));
  GtkWidget *after = gtk_label_new (_("days before and after each change"));
  GtkWidget *spin = gtk_spin_button_new_with_range (FT_BEFORE_AFTER_MIN_WINDOW,
                                                    FT_BEFORE_AFTER_MAX_WINDOW, 1);

  self->window_spin = GTK_SPIN_BUTTON (spin);
  gtk_widget_set_name (spin, "compare-days");
  gtk_spin_button_set_numeric (self->window_spin, TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Days to compare before and after each change"),
                                  -1);
  gtk_widget_add_css_class (before, "dim-label");
  gtk_widget_add_css_class (after, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (after), TRUE);
  gtk_label_set_xalign (GTK_LABEL (after), 0);

  adw_wrap_box_set_child_spacing (ADW_WRAP_BOX (wrap), 9);
  adw_wrap_box_set_line_spacing (ADW_WRAP_BOX (wrap), 6);
  adw_wrap_box_append (ADW_WRAP_BOX (wrap), before);
  adw_wrap_box_append (ADW_WRAP_BOX (wrap), spin);
  adw_wrap_box_append (ADW_WRAP_BOX (wrap), after);

  return wrap;
}

static void
ft_before_after_panel_dispose (GObject *object)
{
  FtBeforeAfterPanel *self = FT_BEFORE_AFTER_PANEL (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->trend, ft_trend_unref);

  G_OBJECT_CLASS (ft_before_after_panel_parent_class)->dispose (object);
}

static void
ft_before_after_panel_class_init (FtBeforeAfterPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_before_after_panel_dispose;

  gtk_widget_class_set_css_name (widget_class, "before-after-panel");
}

static void
ft_before_after_panel_init (FtBeforeAfterPanel *self)
{
  GApplication *app = g_application_get_default ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title;
  GtkWidget *footer;

  /* The window setting is shared with the rows of the Shoes & Insoles page. */
  if (FT_IS_APPLICATION (app) && ft_application_get_settings (FT_APPLICATION (app)) != NULL)
    self->settings = g_object_ref (ft_application_get_settings (FT_APPLICATION (app)));
  else
    self->settings = g_settings_new (SCHEMA_ID);

  title = g_object_new (GTK_TYPE_LABEL,
                        "label", _("What Changed After Each Change"),
                        "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        NULL);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), create_window_control (self));
  gtk_widget_set_margin_bottom (header, 12);
  gtk_box_append (GTK_BOX (box), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "before-after-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->list, create_placeholder ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  footer = gtk_label_new (_("Compares rated days before and after each change with a "
                            "Mann–Whitney U test. It shows what the numbers did, not why."));
  gtk_label_set_wrap (GTK_LABEL (footer), TRUE);
  gtk_label_set_xalign (GTK_LABEL (footer), 0);
  gtk_widget_set_margin_top (footer, 12);
  gtk_widget_add_css_class (footer, "caption");
  gtk_widget_add_css_class (footer, "dim-label");
  gtk_box_append (GTK_BOX (box), footer);

  adw_bin_set_child (ADW_BIN (self), box);

  g_settings_bind (self->settings, "compare-days",
                   gtk_spin_button_get_adjustment (self->window_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::compare-days",
                           G_CALLBACK (compare_days_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ft_before_after_panel_new (void)
{
  return g_object_new (FT_TYPE_BEFORE_AFTER_PANEL, NULL);
}

void
ft_before_after_panel_set_trend (FtBeforeAfterPanel *self,
                                 FtJournal          *journal,
                                 FtTrend            *trend)
{
  g_return_if_fail (FT_IS_BEFORE_AFTER_PANEL (self));
  g_return_if_fail (journal == NULL || FT_IS_JOURNAL (journal));

  g_set_object (&self->journal, journal);
  if (trend != NULL)
    ft_trend_ref (trend);
  g_clear_pointer (&self->trend, ft_trend_unref);
  self->trend = trend;

  rebuild (self);
}

/**
 * ft_before_after_panel_get_list:
 *
 * Returns: (transfer none): the list of changes
 */
GtkListBox *
ft_before_after_panel_get_list (FtBeforeAfterPanel *self)
{
  g_return_val_if_fail (FT_IS_BEFORE_AFTER_PANEL (self), NULL);

  return self->list;
}
