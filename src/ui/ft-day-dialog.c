/* ft-day-dialog.c — any past day's check-in, to fix or delete.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-day-dialog.h"

#include <glib/gi18n.h>

#include "ft-check-in.h"
#include "ft-window.h"

struct _FtDayDialog
{
  AdwDialog  parent_instance;

  FtJournal *journal;
  FtCheckIn *check_in;

  /* Template children */
  AdwBin    *check_in_bin;
};

G_DEFINE_FINAL_TYPE (FtDayDialog, ft_day_dialog, ADW_TYPE_DIALOG)

static void
update_actions (FtDayDialog *self)
{
  g_autoptr(FtJournalEntry) entry = NULL;
  GDate day;

  ft_check_in_get_day (self->check_in, &day);
  entry = ft_journal_get_entry (self->journal, &day, ft_check_in_get_foot (self->check_in), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "day.delete", entry != NULL);
}

static void
undo_clicked_cb (AdwToast       *toast,
                 FtJournalEntry *entry)
{
  FtJournal *journal = g_object_get_data (G_OBJECT (toast), "journal");
  g_autoptr(GError) error = NULL;

  if (!ft_journal_restore_entry (journal, entry, &error))
    g_warning ("%s", error->message);
}

/* Deleting asks nothing; the toast's Undo puts the day back exactly. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtDayDialog *self = FT_DAY_DIALOG (widget);
  g_autoptr(FtJournalEntry) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *message = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast;
  GDate day;

  ft_check_in_flush (self->check_in);
  ft_check_in_get_day (self->check_in, &day);
  deleted = ft_journal_delete_entry (self->journal, &day, ft_check_in_get_foot (self->check_in),
                                     &error);
  if (deleted == NULL)
    {
      if (error != NULL && FT_IS_WINDOW (root))
        ft_window_add_toast (FT_WINDOW (root), adw_toast_new (error->message));
      return;
    }

  date = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                g_date_get_day (&day), 12, 0, 0);
  /* Translators: see g_date_time_format() */
  date_text = g_date_time_format (date, _("%-d %B"));
  /* Translators: %s is a date such as "3 November" */
  message = g_strdup_printf (_("Check-in of %s deleted"), date_text);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "journal", g_object_ref (self->journal),
                          g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         g_steal_pointer (&deleted), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);

  adw_dialog_close (ADW_DIALOG (self));
  if (FT_IS_WINDOW (root))
    ft_window_add_toast (FT_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static void
ft_day_dialog_dispose (GObject *object)
{
  FtDayDialog *self = FT_DAY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_DAY_DIALOG);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (ft_day_dialog_parent_class)->dispose (object);
}

static void
ft_day_dialog_class_init (FtDayDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_day_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-day-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtDayDialog, check_in_bin);
  gtk_widget_class_install_action (widget_class, "day.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK,
                                       "day.delete", NULL);
}

static void
ft_day_dialog_init (FtDayDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
ft_day_dialog_new (FtJournal   *journal,
                   GSettings   *settings,
                   const GDate *day,
                   FtFoot       foot)
{
  FtDayDialog *self;
  GtkWidget *check_in;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  self = g_object_new (FT_TYPE_DAY_DIALOG, NULL);
  self->journal = g_object_ref (journal);
  adw_dialog_set_title (ADW_DIALOG (self), _("Check-In"));

  check_in = ft_check_in_new (journal, settings);
  self->check_in = FT_CHECK_IN (check_in);
  ft_check_in_set_day (self->check_in, day);
  ft_check_in_set_foot (self->check_in, foot);
  adw_bin_set_child (self->check_in_bin, check_in);

  g_signal_connect_object (journal, "entry-changed", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (check_in, "shown-changed", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);

  return ADW_DIALOG (self);
}
