/* ft-window.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-window.h"

#include <glib/gi18n.h>

#include "ft-pages.h"
#include "ft-player-view.h"

struct _FtWindow
{
  AdwApplicationWindow   parent_instance;

  GSettings             *settings;

  /* Template children */
  AdwToastOverlay       *toast_overlay;
  GtkStack              *main_stack;
  AdwNavigationSplitView *split_view;
  GtkListBox            *sidebar_list;
  AdwNavigationPage     *content_page;
  GtkStack              *page_stack;
  GMenuModel            *primary_menu;

  /* The guided player, made on first use, over the whole window. */
  FtPlayerView          *player;
  GWeakRef               player_return_focus;
};

G_DEFINE_FINAL_TYPE (FtWindow, ft_window, ADW_TYPE_APPLICATION_WINDOW)

static FtApplication *
get_application (FtWindow *self)
{
  return FT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static void
select_sidebar_row (FtWindow   *self,
                    const char *name)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);

      if (row == NULL)
        break;

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
        {
          gtk_list_box_select_row (self->sidebar_list, row);
          break;
        }
    }
}

static GtkWidget *
create_sidebar_row (const FtPageInfo *page)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The label says it all; the icon is decoration to a screen reader. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", page->icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *label = gtk_label_new (_(page->title));

  gtk_widget_set_name (row, page->name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* Pages are built when first shown, so start-up pays only for the one
 * on screen. A page whose feature has not landed says what it will hold. */
static GtkWidget *
create_page (FtWindow         *self,
             const FtPageInfo *page)
{
  FtApplication *app = get_application (self);
  GtkWidget *toolbar_view;
  GtkWidget *status;

  if (page->get_type != NULL)
    return g_object_new (page->get_type (),
                         "journal", ft_application_get_journal (app),
                         "settings", ft_application_get_settings (app),
                         NULL);

  toolbar_view = adw_toolbar_view_new ();
  status = adw_status_page_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), page->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _(page->status_title));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _(page->status_description));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), status);

  return toolbar_view;
}

/* Shows a page by name; returns FALSE for a name no page has. */
static gboolean
show_page (FtWindow   *self,
           const char *name)
{
  const FtPageInfo *page = ft_pages_lookup (name);
  GtkWidget *child;

  if (page == NULL)
    return FALSE;

  child = gtk_stack_get_child_by_name (self->page_stack, page->name);
  if (child == NULL)
    {
      child = create_page (self, page);
      gtk_stack_add_titled (self->page_stack, child, page->name, _(page->title));
    }

  gtk_stack_set_visible_child (self->page_stack, child);
  adw_navigation_page_set_title (self->content_page, _(page->title));
  select_sidebar_row (self, page->name);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  g_settings_set_string (self->settings, "last-page", page->name);

  return TRUE;
}

/* Built only when needed: most starts never show it. The core's message
 * already names the file and says it was left alone. */
static void
show_database_error (FtWindow     *self,
                     const GError *error)
{
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *header_bar = adw_header_bar_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Show in Folder"));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "open-menu-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), self->primary_menu);
  gtk_menu_button_set_primary (GTK_MENU_BUTTON (menu_button), TRUE);
  gtk_widget_set_tooltip_text (menu_button, _("Main Menu"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header_bar), menu_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header_bar);

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-journal-folder");

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Journal Could Not Be Opened"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), status);

  gtk_stack_add_named (self->main_stack, toolbar_view, "error");
  gtk_stack_set_visible_child (self->main_stack, toolbar_view);
}

static void
sidebar_list_row_activated_cb (FtWindow      *self,
                               GtkListBoxRow *row)
{
  show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FtWindow *self = FT_WINDOW (widget);

  show_page (self, g_variant_get_string (parameter, NULL));
  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->page_stack));
}

static void
show_journal_folder_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  FtWindow *self = FT_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_path (ft_application_get_database_path (get_application (self)));
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_open_containing_folder (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
}

/* Runs once the window belongs to its application, which holds the
 * settings and the journal. */
static void
restore_state (FtWindow *self)
{
  FtApplication *app = get_application (self);
  g_autofree char *last_page = NULL;

  self->settings = g_object_ref (ft_application_get_settings (app));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (ft_application_get_database (app) == NULL)
    {
      show_database_error (self, ft_application_get_database_error (app));
      return;
    }

  last_page = g_settings_get_string (self->settings, "last-page");
  if (!show_page (self, last_page))
    show_page (self, "today");
}

/* Back to the page the routine was started from, and to its button. */
static void
player_closed_cb (FtWindow *self)
{
  g_autoptr(GtkWidget) focus = g_weak_ref_get (&self->player_return_focus);

  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  if (focus != NULL && gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (focus);
  else
    gtk_widget_grab_focus (gtk_stack_get_visible_child (self->page_stack));
}

static FtPlayerView *
ensure_player (FtWindow *self)
{
  if (self->player == NULL)
    {
      self->player = FT_PLAYER_VIEW (ft_player_view_new (get_application (self)));
      g_signal_connect_object (self->player, "closed", G_CALLBACK (player_closed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->player), "player");
    }

  return self->player;
}

static void
start_player (FtWindow   *self,
              gint64      routine_id,
              const char *exercise_id)
{
  FtPlayerView *player = ensure_player (self);
  g_autoptr(GError) error = NULL;
  gboolean started;

  if (!ft_player_view_is_active (player))
    g_weak_ref_set (&self->player_return_focus, gtk_root_get_focus (GTK_ROOT (self)));

  /* Shown first, so the player can take the keyboard focus. */
  gtk_stack_set_visible_child (self->main_stack, GTK_WIDGET (player));

  if (exercise_id != NULL)
    started = ft_player_view_start_exercise (player, exercise_id, &error);
  else
    started = ft_player_view_start_routine (player, routine_id, &error);

  if (!started)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "pages");
      ft_window_add_toast (self, adw_toast_new (error->message));
    }
}

static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  start_player (FT_WINDOW (widget), g_variant_get_int64 (parameter), NULL);
}

static void
start_exercise_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  start_player (FT_WINDOW (widget), 0, g_variant_get_string (parameter, NULL));
}

static gboolean
ft_window_close_request (GtkWindow *window)
{
  FtWindow *self = FT_WINDOW (window);
  int width;
  int height;

  /* A routine left mid-way is kept as far as it went. */
  if (self->player != NULL)
    ft_player_view_stop (self->player);

  gtk_window_get_default_size (window, &width, &height);

  /* A maximized window keeps the size it will return to. */
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ft_window_parent_class)->close_request (window);
}

static void
ft_window_dispose (GObject *object)
{
  FtWindow *self = FT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_weak_ref_set (&self->player_return_focus, NULL);
  self->player = NULL;

  G_OBJECT_CLASS (ft_window_parent_class)->dispose (object);
}

static void
ft_window_class_init (FtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ft_window_dispose;
  window_class->close_request = ft_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/ft-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FtWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FtWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, FtWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, FtWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, FtWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, FtWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-journal-folder", NULL,
                                   show_journal_folder_action);
  gtk_widget_class_install_action (widget_class, "win.start-routine", "x", start_routine_action);
  gtk_widget_class_install_action (widget_class, "win.start-exercise", "s",
                                   start_exercise_action);
}

static void
ft_window_init (FtWindow *self)
{
  const FtPageInfo *pages;
  guint n_pages;

  gtk_widget_init_template (GTK_WIDGET (self));

  pages = ft_pages_get_all (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (&pages[i]));

  if (g_str_equal (PROFILE, "development"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

FtWindow *
ft_window_new (FtApplication *application)
{
  FtWindow *self;

  g_return_val_if_fail (FT_IS_APPLICATION (application), NULL);

  self = g_object_new (FT_TYPE_WINDOW, "application", application, NULL);
  restore_state (self);

  return self;
}

/**
 * ft_window_get_page:
 *
 * Returns: the name of the page shown in the content pane
 */
const char *
ft_window_get_page (FtWindow *self)
{
  g_return_val_if_fail (FT_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->page_stack);
}

gboolean
ft_window_is_collapsed (FtWindow *self)
{
  g_return_val_if_fail (FT_IS_WINDOW (self), FALSE);

  return adw_navigation_split_view_get_collapsed (self->split_view);
}

/**
 * ft_window_add_toast:
 * @toast: (transfer full): the toast to show
 *
 * Shows a message at the bottom of the window, for errors a person can act
 * on and for undo.
 */
void
ft_window_add_toast (FtWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (FT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * ft_window_add_toast_for:
 * @widget: a widget in a window, or in none any more
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast in the window @widget is in. A widget outside any window (a
 * dialog already closed, a page in a test) drops the toast.
 *
 * Returns: whether @toast was shown
 */
gboolean
ft_window_add_toast_for (GtkWidget *widget,
                         AdwToast  *toast)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST (toast), FALSE);

  root = gtk_widget_get_root (widget);
  if (!FT_IS_WINDOW (root))
    {
      g_object_unref (toast);
      return FALSE;
    }

  ft_window_add_toast (FT_WINDOW (root), toast);

  return TRUE;
}
