/* ft-journal-page.c — every day rated, newest first, to look back on and edit.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-journal-page.h"

#include <glib/gi18n.h>

#include "ft-day-dialog.h"
#include "ft-journal-history.h"
#include "ft-journal-row.h"
#include "ft-window.h"

struct _FtJournalPage
{
  FtPage             parent_instance;

  FtJournal         *journal;
  GSettings         *settings;
  FtJournalHistory  *history;
  GPtrArray         *symptoms;
  /* The list items bound now, so a change can refresh their neighbours. */
  GPtrArray         *bound_items;

  /* Template children */
  GtkMenuButton     *past_day_button;
  GtkCalendar       *calendar;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkToggleButton   *therapist_button;
  GtkStack          *content_stack;
  GtkListView       *list_view;
};

G_DEFINE_FINAL_TYPE (FtJournalPage, ft_journal_page, FT_TYPE_PAGE)

static GDateWeekday
week_start (FtJournalPage *self)
{
  return (GDateWeekday) g_settings_get_enum (self->settings, "week-start");
}

static void
load_symptoms (FtJournalPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->symptoms, g_ptr_array_unref);
  self->symptoms = ft_journal_list_symptoms (self->journal, TRUE, &error);
  if (self->symptoms == NULL)
    {
      g_warning ("%s", error->message);
      self->symptoms = g_ptr_array_new ();
    }
}

static void
update_content (FtJournalPage *self)
{
  gboolean filtered = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
                      gtk_toggle_button_get_active (self->therapist_button);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->history)) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->content_stack, filtered ? "no-results" : "empty");
}

static void
open_day (FtJournalPage *self,
          const GDate   *day,
          FtFoot         foot)
{
  adw_dialog_present (ft_day_dialog_new (self->journal, self->settings, day, foot),
                      GTK_WIDGET (self));
}

static void
factory_setup_cb (GtkListItemFactory *factory,
                  GtkListItem        *item,
                  FtJournalPage      *self)
{
  gtk_list_item_set_child (item, ft_journal_row_new ());
}

static void
bind_row (FtJournalPage *self,
          GtkListItem   *item)
{
  FtJournalEntry *entry = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  g_autoptr(FtJournalEntry) newer = NULL;
  GDate today;

  if (position > 0)
    newer = g_list_model_get_item (G_LIST_MODEL (self->history), position - 1);

  ft_journal_get_today (self->journal, &today);
  ft_journal_row_bind (FT_JOURNAL_ROW (gtk_list_item_get_child (item)), entry, newer, &today,
                       week_start (self), self->symptoms);
}

static void
factory_bind_cb (GtkListItemFactory *factory,
                 GtkListItem        *item,
                 FtJournalPage      *self)
{
  bind_row (self, item);
  g_ptr_array_add (self->bound_items, item);
}

static void
factory_unbind_cb (GtkListItemFactory *factory,
                   GtkListItem        *item,
                   FtJournalPage      *self)
{
  /* The list may let go of its rows after the page has. */
  if (self->bound_items != NULL)
    g_ptr_array_remove_fast (self->bound_items, item);
}

/* A day added or removed changes the week heading and the gap shown on
 * the day below it, which the list view does not rebind by itself. */
static void
history_items_changed_cb (FtJournalPage *self)
{
  for (guint i = 0; i < self->bound_items->len; i++)
    {
      GtkListItem *item = g_ptr_array_index (self->bound_items, i);

      if (gtk_list_item_get_item (item) != NULL)
        bind_row (self, item);
    }

  update_content (self);
}

static void
list_view_activate_cb (FtJournalPage *self,
                       guint          position)
{
  g_autoptr(FtJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->history), position);
  GDate day;

  if (entry == NULL)
    return;

  ft_journal_entry_get_day (entry, &day);
  open_day (self, &day, ft_journal_entry_get_foot (entry));
}

static void
calendar_day_selected_cb (FtJournalPage *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  g_autoptr(GPtrArray) entries = NULL;
  GDate today;
  GDate day;
  FtFoot foot = FT_FOOT_LEFT;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  ft_journal_get_today (self->journal, &today);

  if (g_date_compare (&day, &today) > 0)
    {
      ft_window_add_toast_for (GTK_WIDGET (self),
                               adw_toast_new (_("That day has not come yet; you can rate today "
                                                "and the days before it.")));
      return;
    }

  gtk_menu_button_popdown (self->past_day_button);

  /* Open the foot that was rated that day, if only one was. */
  entries = ft_journal_list_range (self->journal, &day, &day, NULL);
  if (entries != NULL && entries->len > 0)
    foot = ft_journal_entry_get_foot (g_ptr_array_index (entries, 0));

  open_day (self, &day, foot);
}

static void
filter_changed_cb (FtJournalPage *self)
{
  ft_journal_history_set_filter (self->history,
                                 gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                 gtk_toggle_button_get_active (self->therapist_button));
  update_content (self);
}

static void
symptoms_changed_cb (FtJournalPage *self)
{
  load_symptoms (self);
}

/* Days with a check-in are marked, so the missing ones stand out. */
static void
mark_rated_days (FtJournalPage *self)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->calendar);
  g_autoptr(GPtrArray) entries = NULL;
  GDate first;
  GDate last;

  gtk_calendar_clear_marks (self->calendar);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_time_get_month (shown), g_date_time_get_year (shown));
  last = first;
  g_date_add_months (&last, 1);
  g_date_subtract_days (&last, 1);

  entries = ft_journal_list_range (self->journal, &first, &last, NULL);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      GDate day;

      ft_journal_entry_get_day (g_ptr_array_index (entries, i), &day);
      gtk_calendar_mark_day (self->calendar, g_date_get_day (&day));
    }
}

static void
past_day_button_notify_active_cb (FtJournalPage *self)
{
  g_autoptr(GDateTime) today_time = NULL;
  GDate today;

  if (!gtk_menu_button_get_active (self->past_day_button))
    return;

  /* The calendar opens on today, whatever was picked before. */
  ft_journal_get_today (self->journal, &today);
  today_time = g_date_time_new_local (g_date_get_year (&today), g_date_get_month (&today),
                                      g_date_get_day (&today), 12, 0, 0);
  g_signal_handlers_block_by_func (self->calendar, calendar_day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, today_time);
  g_signal_handlers_unblock_by_func (self->calendar, calendar_day_selected_cb, self);
  mark_rated_days (self);
}

/* Ctrl+F opens the search, as in other GNOME apps. */
static gboolean
start_search (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  FtJournalPage *self = FT_JOURNAL_PAGE (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return TRUE;
}

static void
ft_journal_page_constructed (GObject *object)
{
  FtJournalPage *self = FT_JOURNAL_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSelectionModel) selection = NULL;

  G_OBJECT_CLASS (ft_journal_page_parent_class)->constructed (object);

  /* Borrowed from the page, which holds them for the page's life. */
  self->journal = ft_page_get_journal (FT_PAGE (self));
  self->settings = ft_page_get_settings (FT_PAGE (self));

  load_symptoms (self);
  self->history = ft_journal_history_new (self->journal);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->history))));

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, selection);

  g_signal_connect_object (self->history, "items-changed",
                           G_CALLBACK (history_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->journal, "symptoms-changed", G_CALLBACK (symptoms_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "notify::month", G_CALLBACK (mark_rated_days), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "notify::year", G_CALLBACK (mark_rated_days), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->past_day_button, "notify::active",
                           G_CALLBACK (past_day_button_notify_active_cb), self,
                           G_CONNECT_SWAPPED);

  update_content (self);
}

static void
ft_journal_page_dispose (GObject *object)
{
  FtJournalPage *self = FT_JOURNAL_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_JOURNAL_PAGE);
  g_clear_object (&self->history);
  g_clear_pointer (&self->symptoms, g_ptr_array_unref);
  g_clear_pointer (&self->bound_items, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_journal_page_parent_class)->dispose (object);
}

static void
ft_journal_page_class_init (FtJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ft_journal_page_constructed;
  object_class->dispose = ft_journal_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtJournalPage, past_day_button);
  gtk_widget_class_bind_template_child (widget_class, FtJournalPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, FtJournalPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FtJournalPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FtJournalPage, therapist_button);
  gtk_widget_class_bind_template_child (widget_class, FtJournalPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FtJournalPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, start_search, NULL);
}

static void
ft_journal_page_init (FtJournalPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound_items = g_ptr_array_new ();
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}
