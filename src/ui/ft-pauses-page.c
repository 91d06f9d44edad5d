/* ft-pauses-page.c — the pauses of the program, to add, change and delete.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-pauses-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ft-pause-dialog.h"
#include "ft-window.h"

struct _FtPausesPage
{
  AdwNavigationPage    parent_instance;

  FtApplication       *app;
  FtSessionLog        *session_log;
  /* The pauses shown, latest start first, and their rows. */
  GPtrArray           *pauses;
  GPtrArray           *rows;

  /* Template children */
  GtkStack            *content_stack;
  AdwPreferencesGroup *pauses_group;
};

G_DEFINE_FINAL_TYPE (FtPausesPage, ft_pauses_page, ADW_TYPE_NAVIGATION_PAGE)

static const FtPause *
find_pause (FtPausesPage *self,
            gint64        id)
{
  for (guint i = 0; self->pauses != NULL && i < self->pauses->len; i++)
    {
      const FtPause *pause = g_ptr_array_index (self->pauses, i);

      if (pause->id == id)
        return pause;
    }

  return NULL;
}

static GtkWidget *
make_row (FtPausesPage  *self,
          const FtPause *pause,
          const GDate   *today)
{
  g_autofree char *days = ft_pause_format_days (pause, today);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  if (pause->note != NULL)
    {
      g_autofree char *first_line = g_strndup (pause->note, strcspn (pause->note, "\n"));

      subtitle = g_strdup_printf ("%s · %s", days, first_line);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ft_pause_reason_get_label (pause->reason));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : days);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "pauses.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", pause->id);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Delete Pause"));
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "pauses.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", pause->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
reload (FtPausesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pauses = NULL;
  GDate today;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->pauses_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  pauses = ft_session_log_list_pauses (self->session_log, &error);
  if (pauses == NULL)
    {
      g_warning ("Could not read the pauses: %s", error->message);
      pauses = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_pause_free);
    }
  g_clear_pointer (&self->pauses, g_ptr_array_unref);
  self->pauses = g_steal_pointer (&pauses);

  ft_journal_get_today (ft_application_get_journal (self->app), &today);
  for (guint i = 0; i < self->pauses->len; i++)
    {
      GtkWidget *row = make_row (self, g_ptr_array_index (self->pauses, i), &today);

      adw_preferences_group_add (self->pauses_group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_stack_set_visible_child_name (self->content_stack, self->pauses->len > 0 ? "list" : "empty");
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FtPausesPage *self = FT_PAUSES_PAGE (widget);

  adw_dialog_present (ADW_DIALOG (ft_pause_dialog_new (self->app, NULL)), widget);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtPausesPage *self = FT_PAUSES_PAGE (widget);
  const FtPause *pause = find_pause (self, g_variant_get_int64 (parameter));

  if (pause != NULL)
    adw_dialog_present (ADW_DIALOG (ft_pause_dialog_new (self->app, pause)), widget);
}

static void
undo_delete_cb (AdwToast *toast)
{
  FtSessionLog *session_log = g_object_get_data (G_OBJECT (toast), "session-log");
  FtPause *pause = g_object_get_data (G_OBJECT (toast), "pause");
  g_autoptr(GError) error = NULL;

  if (!ft_session_log_restore_pause (session_log, pause, &error))
    g_warning ("Could not bring the pause back: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtPausesPage *self = FT_PAUSES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  FtPause *deleted;
  AdwToast *toast;

  deleted = ft_session_log_delete_pause (self->session_log, g_variant_get_int64 (parameter),
                                         &error);
  if (deleted == NULL)
    {
      ft_window_add_toast_for (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  toast = adw_toast_new (_("Pause deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "session-log", g_object_ref (self->session_log),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "pause", deleted, (GDestroyNotify) ft_pause_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_delete_cb), NULL);
  ft_window_add_toast_for (GTK_WIDGET (self), toast);
}

static void
ft_pauses_page_dispose (GObject *object)
{
  FtPausesPage *self = FT_PAUSES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_PAUSES_PAGE);
  g_clear_object (&self->session_log);
  g_clear_object (&self->app);
  g_clear_pointer (&self->pauses, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_pauses_page_parent_class)->dispose (object);
}

static void
ft_pauses_page_class_init (FtPausesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_pauses_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-pauses-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtPausesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FtPausesPage, pauses_group);
  gtk_widget_class_install_action (widget_class, "pauses.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "pauses.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "pauses.delete", "x", delete_action);
}

static void
ft_pauses_page_init (FtPausesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * ft_pauses_page_new:
 * @app: the application, for its session log
 *
 * Returns: (transfer floating): the page, to push on a navigation view
 */
AdwNavigationPage *
ft_pauses_page_new (FtApplication *app)
{
  FtPausesPage *self;

  g_return_val_if_fail (FT_IS_APPLICATION (app), NULL);

  self = g_object_new (FT_TYPE_PAUSES_PAGE, NULL);
  self->app = g_object_ref (app);
  self->session_log = g_object_ref (ft_application_get_session_log (app));
  g_signal_connect_object (self->session_log, "changed", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  reload (self);

  return ADW_NAVIGATION_PAGE (self);
}
