/* ui-driver.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-driver.h"

#include <glib/gstdio.h>

#define WAIT_LIMIT_US (10 * G_USEC_PER_SEC)

typedef struct
{
  UiDriverBody body;
  gpointer     user_data;
} Run;

/* Gives each run its own settings and data folders, so nothing of the
 * person's own Footing is read or touched. */
void
ui_driver_use_private_environment (const char *folder)
{
  g_autofree char *config = g_build_filename (folder, "config", NULL);
  g_autofree char *data = g_build_filename (folder, "data", NULL);

  g_mkdir_with_parents (config, 0700);
  g_mkdir_with_parents (data, 0700);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
}

void
ui_driver_spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until @widget is on screen and a frame with it has been painted. */
gboolean
ui_driver_wait_for_frame (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + WAIT_LIMIT_US;
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  return painted;
}

static gboolean
widget_has_text (GtkWidget  *widget,
                 const char *text)
{
  if (text == NULL)
    return TRUE;
  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
  if (ADW_IS_PREFERENCES_ROW (widget))
    return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) == 0;
  if (ADW_IS_STATUS_PAGE (widget))
    return g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), text) == 0;
  if (ADW_IS_NAVIGATION_PAGE (widget))
    return g_strcmp0 (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (widget)), text) == 0;
  if (GTK_IS_BUTTON (widget))
    return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0;

  return g_strcmp0 (gtk_widget_get_name (widget), text) == 0;
}

/**
 * ui_driver_find:
 * @root: where to start
 * @type: the type of widget wanted
 * @text: (nullable): its label, title or widget name
 *
 * Returns: (transfer none) (nullable): the first visible match, depth first
 */
GtkWidget *
ui_driver_find (GtkWidget  *root,
                GType       type,
                const char *text)
{
  if (root == NULL)
    return NULL;

  if (g_type_is_a (G_OBJECT_TYPE (root), type) && widget_has_text (root, text))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_driver_find (child, type, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Does what the key combination does: runs the actions the application
 * bound to it, on the window, as GTK's shortcut controller would. */
gboolean
ui_driver_press_accel (FtApplication *app,
                       FtWindow      *window,
                       const char    *accel)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);
  gboolean activated = FALSE;

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      if (!g_action_parse_detailed_name (actions[i], &name, &target, NULL))
        continue;

      activated |= gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target);
    }

  ui_driver_spin (50);

  return activated;
}

/* Moves the focus as the Tab key does. */
gboolean
ui_driver_press_tab (GtkWidget *window)
{
  gboolean moved = gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);

  ui_driver_spin (10);

  return moved;
}

/* Moves to the next row of the list in focus, as the Down key does. */
gboolean
ui_driver_press_down (GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *list = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX) : NULL;

  if (list == NULL)
    return FALSE;

  g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  ui_driver_spin (10);

  return TRUE;
}

/* Runs what one widget's controllers in @phase do with @keyval: its key
 * controllers (only for a key without modifiers) and, when @with_shortcuts,
 * its shortcuts, key bindings included. */
static gboolean
run_key_controllers (GtkWidget           *widget,
                     GtkPropagationPhase  phase,
                     guint                keyval,
                     GdkModifierType      modifiers,
                     gboolean             with_shortcuts)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

      if (gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && modifiers == 0)
        {
          gboolean handled = FALSE;

          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          if (handled)
            return TRUE;
        }

      if (with_shortcuts && GTK_IS_SHORTCUT_CONTROLLER (controller))
        {
          GListModel *shortcuts = G_LIST_MODEL (controller);

          for (guint s = 0; s < g_list_model_get_n_items (shortcuts); s++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, s);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != modifiers)
                continue;

              if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Offers a key press to the widgets around the focus in GTK's order:
 * capture from the window down, then bubbling back up. */
static gboolean
deliver_key (GtkWidget       *window,
             guint            keyval,
             GdkModifierType  modifiers,
             gboolean         with_shortcuts)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  gboolean handled = FALSE;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);

  for (guint i = 0; i < chain->len && !handled; i++)
    handled = run_key_controllers (g_ptr_array_index (chain, chain->len - 1 - i),
                                   GTK_PHASE_CAPTURE, keyval, modifiers, with_shortcuts);
  for (guint i = 0; i < chain->len && !handled; i++)
    handled = run_key_controllers (g_ptr_array_index (chain, i),
                                   GTK_PHASE_BUBBLE, keyval, modifiers, with_shortcuts);

  return handled;
}

/**
 * ui_driver_type_key:
 * @window: the window with the focus
 * @keyval: the key to press, as a GDK key value
 *
 * Delivers a key press to the key controllers around the focused widget in
 * GTK's order: capture from the window down, then bubble back up.
 *
 * Returns: whether a controller handled it
 */
gboolean
ui_driver_type_key (GtkWidget *window,
                    guint      keyval)
{
  gboolean handled = deliver_key (window, keyval, 0, FALSE);

  ui_driver_spin (10);

  return handled;
}

/**
 * ui_driver_press_key:
 * @window: the window with the focus
 * @keyval: the key to press, as a GDK key value
 * @modifiers: the modifier keys held with it
 *
 * Delivers a key press as GTK does: to the key controllers and the
 * shortcuts (key bindings included) around the focused widget, capture
 * from the window down, then bubbling back up.
 *
 * Returns: whether a controller or shortcut handled it
 */
gboolean
ui_driver_press_key (GtkWidget       *window,
                     guint            keyval,
                     GdkModifierType  modifiers)
{
  gboolean handled = deliver_key (window, keyval, modifiers, TRUE);

  ui_driver_spin (50);

  return handled;
}

/**
 * ui_driver_find_action_button:
 * @root: where to start
 * @action: the detailed action name, such as "exercises.add"
 *
 * Returns: (transfer none) (nullable): the first visible button that runs
 *   @action, the way a click reaches it, depth first
 */
GtkWidget *
ui_driver_find_action_button (GtkWidget  *root,
                              const char *action)
{
  if (root == NULL)
    return NULL;

  if (GTK_IS_BUTTON (root) && gtk_widget_get_visible (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_driver_find_action_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

AdwDialog *
ui_driver_wait_for_dialog (FtWindow *window)
{
  gint64 end = g_get_monotonic_time () + WAIT_LIMIT_US;
  AdwDialog *dialog = NULL;

  while (g_get_monotonic_time () < end)
    {
      dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
      if (dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)))
        break;
      dialog = NULL;
      g_main_context_iteration (NULL, FALSE);
    }

  if (dialog != NULL)
    ui_driver_wait_for_frame (GTK_WIDGET (dialog));

  return dialog;
}

static void
activate_cb (FtApplication *app,
             Run           *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert (FT_IS_WINDOW (window));
  if (!ui_driver_wait_for_frame (GTK_WIDGET (window)))
    g_error ("the window was never drawn");

  run->body (app, FT_WINDOW (window), run->user_data);

  /* Leave as a person does, with Ctrl+Q, so the window saves its state. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

/**
 * ui_driver_run_command_line:
 * @argv: (array zero-terminated=1): the command line, "footing" first
 * @body: (nullable): what to do once the window is on screen
 *
 * Starts Footing as `footing ARGS…` would, runs @body with its window if
 * one opens, then quits it with Ctrl+Q.
 *
 * Returns: the application's exit status
 */
int
ui_driver_run_command_line (char         **argv,
                            UiDriverBody   body,
                            gpointer       user_data)
{
  g_autoptr(FtApplication) app = NULL;
  Run run = { body, user_data };

  app = ft_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  if (body != NULL)
    g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), &run);

  return g_application_run (G_APPLICATION (app), (int) g_strv_length (argv), argv);
}

/**
 * ui_driver_run:
 * @database_path: the journal to open
 * @body: what to do once the window is on screen
 *
 * Starts Footing with `--database PATH`, runs @body with its window, then
 * quits it with Ctrl+Q.
 *
 * Returns: the application's exit status
 */
int
ui_driver_run (const char   *database_path,
               UiDriverBody  body,
               gpointer      user_data)
{
  char *argv[] = { (char *) "footing", (char *) "--database", (char *) database_path, NULL };

  return ui_driver_run_command_line (argv, body, user_data);
}
