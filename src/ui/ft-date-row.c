/* ft-date-row.c — a row for picking a day, today or earlier, from a calendar.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-date-row.h"

#include <glib/gi18n.h>

#include "ft-day-format.h"

struct _FtDateRow
{
  AdwActionRow   parent_instance;

  GDate          day;
  GDate          latest;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkLabel      *hint_label;
};

G_DEFINE_FINAL_TYPE (FtDateRow, ft_date_row, ADW_TYPE_ACTION_ROW)

enum {
  SIGNAL_DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GDateTime *
date_time_for_day (const GDate *day)
{
  return g_date_time_new_local (g_date_get_year (day), g_date_get_month (day),
                                g_date_get_day (day), 12, 0, 0);
}

static void
update_label (FtDateRow *self)
{
  const char *name = ft_day_format_near_name (&self->day, &self->latest);
  g_autofree char *text = NULL;

  if (name == NULL)
    /* Translators: a day picked in a form, see strftime() */
    text = ft_day_format (&self->day, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->button, name != NULL ? name : text);
}

static void
select_in_calendar (FtDateRow *self)
{
  g_autoptr(GDateTime) shown = date_time_for_day (&self->day);

  gtk_calendar_select_day (self->calendar, shown);
}

static void
calendar_day_selected_cb (FtDateRow *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));

  /* Nothing is recorded for days to come: the calendar goes back. */
  if (g_date_compare (&day, &self->latest) > 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);
      g_signal_handlers_block_by_func (self->calendar, calendar_day_selected_cb, self);
      select_in_calendar (self);
      g_signal_handlers_unblock_by_func (self->calendar, calendar_day_selected_cb, self);
      return;
    }

  ft_date_row_set_day (self, &day);
  gtk_menu_button_popdown (self->button);
}

static void
button_notify_active_cb (FtDateRow *self)
{
  if (!gtk_menu_button_get_active (self->button))
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
  g_signal_handlers_block_by_func (self->calendar, calendar_day_selected_cb, self);
  select_in_calendar (self);
  g_signal_handlers_unblock_by_func (self->calendar, calendar_day_selected_cb, self);
}

static void
ft_date_row_class_init (FtDateRowClass *klass)
{
  /**
   * FtDateRow::day-changed:
   *
   * Another day was picked or set.
   */
  signals[SIGNAL_DAY_CHANGED] = g_signal_new ("day-changed",
                                              G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 0);
}

static void
ft_date_row_init (FtDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  g_date_clear (&self->day, 1);
  g_date_clear (&self->latest, 1);
  g_date_set_dmy (&self->latest, 1, 1, 2000);
  self->day = self->latest;

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  self->hint_label = GTK_LABEL (gtk_label_new (_("Only today and earlier days can be chosen.")));
  gtk_label_set_wrap (self->hint_label, TRUE);
  gtk_label_set_max_width_chars (self->hint_label, 30);
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hint_label));
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, popover);
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Day"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));

  g_signal_connect_swapped (self->calendar, "day-selected",
                            G_CALLBACK (calendar_day_selected_cb), self);
  g_signal_connect_swapped (self->button, "notify::active",
                            G_CALLBACK (button_notify_active_cb), self);

  update_label (self);
}

/**
 * ft_date_row_new:
 * @title: the row's title, with a mnemonic
 * @latest: the last day that can be picked, the journal's today
 *
 * Returns: a row showing @latest
 */
GtkWidget *
ft_date_row_new (const char  *title,
                 const GDate *latest)
{
  FtDateRow *self;

  g_return_val_if_fail (latest != NULL && g_date_valid (latest), NULL);

  self = g_object_new (FT_TYPE_DATE_ROW,
                       "title", title,
                       "use-underline", TRUE,
                       NULL);
  self->latest = *latest;
  self->day = *latest;
  update_label (self);

  return GTK_WIDGET (self);
}

void
ft_date_row_set_latest (FtDateRow   *self,
                        const GDate *latest)
{
  g_return_if_fail (FT_IS_DATE_ROW (self));
  g_return_if_fail (latest != NULL && g_date_valid (latest));

  self->latest = *latest;
  if (g_date_compare (&self->day, &self->latest) > 0)
    ft_date_row_set_day (self, &self->latest);
  else
    update_label (self);
}

void
ft_date_row_set_day (FtDateRow   *self,
                     const GDate *day)
{
  GDate clamped;

  g_return_if_fail (FT_IS_DATE_ROW (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  clamped = g_date_compare (day, &self->latest) > 0 ? self->latest : *day;
  if (g_date_compare (&clamped, &self->day) == 0)
    return;

  self->day = clamped;
  update_label (self);
  g_signal_emit (self, signals[SIGNAL_DAY_CHANGED], 0);
}

void
ft_date_row_get_day (FtDateRow *self,
                     GDate     *day)
{
  g_return_if_fail (FT_IS_DATE_ROW (self));
  g_return_if_fail (day != NULL);

  *day = self->day;
}
