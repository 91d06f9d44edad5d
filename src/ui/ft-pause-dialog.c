/* ft-pause-dialog.c — the form for a pause of the program: why, from when, until when.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pause may lie ahead (a holiday next week) as well as behind, so its
 * days can be chosen up to a few years from today.
 */

#include "config.h"

#include "ft-pause-dialog.h"

#include <glib/gi18n.h>

#include "ft-date-row.h"
#include "ft-day-format.h"

#define YEARS_AHEAD 5

/* The reasons in the reason row's order. */
static const FtPauseReason reasons[] = {
  FT_PAUSE_FLARE_UP,
  FT_PAUSE_INJURY,
  FT_PAUSE_HOLIDAY,
  FT_PAUSE_REST,
  FT_PAUSE_OTHER,
};

struct _FtPauseDialog
{
  AdwDialog        parent_instance;

  FtSessionLog    *session_log;
  /* The pause being changed, or NULL for a new one. */
  FtPause         *pause;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwComboRow     *reason_row;
  GtkStringList   *reason_list;
  FtDateRow       *start_row;
  AdwSwitchRow    *open_row;
  FtDateRow       *end_row;
  AdwEntryRow     *note_row;
};

G_DEFINE_FINAL_TYPE (FtPauseDialog, ft_pause_dialog, ADW_TYPE_DIALOG)

static void
open_row_active_cb (FtPauseDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->end_row),
                          !adw_switch_row_get_active (self->open_row));
}

static void
note_activated_cb (FtPauseDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "pause.save", NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtPauseDialog *self = FT_PAUSE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  guint selected = adw_combo_row_get_selected (self->reason_row);
  FtPauseReason reason = selected < G_N_ELEMENTS (reasons) ? reasons[selected] : FT_PAUSE_OTHER;
  gboolean open = adw_switch_row_get_active (self->open_row);
  GDate start;
  GDate end;
  gboolean ok;

  ft_date_row_get_day (self->start_row, &start);
  ft_date_row_get_day (self->end_row, &end);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));

  if (self->pause != NULL)
    ok = ft_session_log_edit_pause (self->session_log, self->pause->id, reason, &start,
                                    open ? NULL : &end, *note != '\0' ? note : NULL, &error);
  else
    {
      g_autoptr(FtPause) added = ft_session_log_add_pause (self->session_log, reason, &start,
                                                           open ? NULL : &end,
                                                           *note != '\0' ? note : NULL, &error);

      ok = added != NULL;
    }

  if (!ok)
    {
      AdwToast *toast = adw_toast_new (error->message);

      /* The form stays as filled in, so the person can correct it. */
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  adw_dialog_close (ADW_DIALOG (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
ft_pause_dialog_dispose (GObject *object)
{
  FtPauseDialog *self = FT_PAUSE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_PAUSE_DIALOG);
  g_clear_object (&self->session_log);
  g_clear_pointer (&self->pause, ft_pause_free);

  G_OBJECT_CLASS (ft_pause_dialog_parent_class)->dispose (object);
}

static void
ft_pause_dialog_class_init (FtPauseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_pause_dialog_dispose;

  g_type_ensure (FT_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-pause-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtPauseDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FtPauseDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, FtPauseDialog, reason_list);
  gtk_widget_class_bind_template_child (widget_class, FtPauseDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, FtPauseDialog, open_row);
  gtk_widget_class_bind_template_child (widget_class, FtPauseDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, FtPauseDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, open_row_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_activated_cb);
  gtk_widget_class_install_action (widget_class, "pause.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "pause.cancel", NULL, cancel_action);
}

static void
ft_pause_dialog_init (FtPauseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    gtk_string_list_append (self->reason_list, ft_pause_reason_get_label (reasons[i]));
}

/**
 * ft_pause_dialog_new:
 * @app: the application, for its session log
 * @pause: (nullable): the pause to change, or %NULL for a new one
 *
 * Returns: (transfer floating): an #AdwDialog
 */
GtkWidget *
ft_pause_dialog_new (FtApplication *app,
                     const FtPause *pause)
{
  FtPauseDialog *self;
  GDate today;
  GDate latest;
  GDate end;

  g_return_val_if_fail (FT_IS_APPLICATION (app), NULL);

  self = g_object_new (FT_TYPE_PAUSE_DIALOG, NULL);
  self->session_log = g_object_ref (ft_application_get_session_log (app));
  self->pause = pause != NULL ? ft_pause_copy (pause) : NULL;

  ft_journal_get_today (ft_application_get_journal (app), &today);
  latest = today;
  g_date_add_years (&latest, YEARS_AHEAD);
  ft_date_row_set_latest (self->start_row, &latest);
  ft_date_row_set_latest (self->end_row, &latest);

  if (pause != NULL)
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Pause"));
      for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
        {
          if (reasons[i] == pause->reason)
            adw_combo_row_set_selected (self->reason_row, i);
        }
      ft_date_row_set_day (self->start_row, &pause->start);
      adw_switch_row_set_active (self->open_row, !g_date_valid (&pause->end));
      ft_date_row_set_day (self->end_row, g_date_valid (&pause->end) ? &pause->end : &pause->start);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), pause->note != NULL ? pause->note : "");
    }
  else
    {
      /* A flare-up usually starts today and lasts a few days. */
      adw_dialog_set_title (ADW_DIALOG (self), _("Pause the Program"));
      ft_date_row_set_day (self->start_row, &today);
      end = today;
      g_date_add_days (&end, 2);
      ft_date_row_set_day (self->end_row, &end);
    }

  open_row_active_cb (self);

  return GTK_WIDGET (self);
}

const char *
ft_pause_reason_get_label (FtPauseReason reason)
{
  switch (reason)
    {
    case FT_PAUSE_FLARE_UP:
      return _("Flare-up");

    case FT_PAUSE_HOLIDAY:
      return _("Holiday");

    case FT_PAUSE_INJURY:
      return _("Illness or injury");

    case FT_PAUSE_REST:
      return _("Rest");

    case FT_PAUSE_OTHER:
    default:
      return _("Other");
    }
}

char *
ft_pause_format_days (const FtPause *pause,
                      const GDate   *today)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (pause != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  start = ft_day_format_in_year (&pause->start, today);
  if (!g_date_valid (&pause->end))
    /* Translators: a pause without an end day, e.g. "From Mon 16 Nov" */
    return g_strdup_printf (_("From %s"), start);

  if (g_date_compare (&pause->start, &pause->end) == 0)
    return g_steal_pointer (&start);

  end = ft_day_format_in_year (&pause->end, today);
  /* Translators: the days a pause covers, e.g. "Mon 16 Nov – Thu 19 Nov" */
  return g_strdup_printf (_("%s – %s"), start, end);
}
