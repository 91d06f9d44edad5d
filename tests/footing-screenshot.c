/* footing-screenshot.c — renders Footing's window to a PNG, for screenshots/.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "ft-before-after-row.h"
#include "ft-demo.h"
#include "ft-exercises-page.h"
#include "ft-player-view.h"
#include "ft-rating-scale.h"
#include "ft-routines-page.h"
#include "ft-session-history-page.h"
#include "ft-shoes-page.h"
#include "ft-trends-page.h"
#include "temp-folder.h"
#include "ui-driver.h"

typedef struct
{
  char     *preferences_page;
  gboolean  open_day;
  int       width;
  int       height;
  char     *output;
  char     *style;
  char     *dialog;
  gboolean  sidebar;
  char     *exercise;
  gboolean  mirrored;
  char     *shoes_action;
  char     *player;
  int       player_seconds;
  gboolean  player_summary;
  gboolean  history;
  int       expand_change;
  char     *scroll_to;
  char     *trends_view;
  gboolean  trends_table;
} Shot;

static void
save_png (GtkWidget  *window,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  /* Cairo draws the same picture on every machine. */
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    g_error ("nothing was drawn for %s", path);

  if (!gsk_renderer_realize_for_display (renderer, gtk_widget_get_display (window), NULL))
    g_error ("cannot draw %s", path);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("cannot write %s", path);
}

/* Without a compositor GTK draws a flat frame inside the window's size; a
 * GNOME session draws none there, so it is taken away for the picture. */
static void
remove_frame (GtkWidget *window,
              int        width,
              int        height)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *content = gtk_widget_get_first_child (window);

  gtk_css_provider_load_from_string (provider,
                                     "window.solid-csd { margin: 0; padding: 0; border: none; "
                                     "box-shadow: none; border-radius: 0; }");
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (window),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  for (int i = 0; i < 100 && gtk_widget_get_width (content) != width; i++)
    ui_driver_spin (20);

  if (gtk_widget_get_width (content) != width || gtk_widget_get_height (content) != height)
    g_error ("the window content is %d × %d, not %d × %d", gtk_widget_get_width (content),
             gtk_widget_get_height (content), width, height);
}

static void
pick_rating (GtkWidget *player,
             int        value)
{
  GtkWidget *scale = ui_driver_find (player, FT_TYPE_RATING_SCALE, NULL);

  if (scale == NULL)
    g_error ("no rating to pick in the player");
  g_signal_emit_by_name (scale, "picked", value);
  ui_driver_spin (100);
}

static void
show_player (FtApplication *app,
             FtWindow      *window,
             Shot          *shot)
{
  FtExerciseCatalog *catalog = ft_application_get_exercise_catalog (app);
  FtRoutineBook *book = ft_application_get_routine_book (app);
  g_autoptr(FtRoutine) routine = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *player;

  if (!ft_exercise_catalog_load (catalog, NULL, &error) ||
      (g_list_model_get_n_items (G_LIST_MODEL (book)) == 0 && !ft_routine_book_load (book, &error)))
    g_error ("cannot load the routines: %s", error->message);

  routine = ft_routine_book_get_builtin (book, shot->player);
  if (routine == NULL)
    g_error ("no built-in routine %s", shot->player);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", "x",
                              ft_routine_get_id (routine));
  player = ui_driver_find (GTK_WIDGET (window), FT_TYPE_PLAYER_VIEW, NULL);
  if (player == NULL)
    g_error ("the player did not open");
  ui_driver_wait_for_frame (player);

  pick_rating (player, 4);
  ft_player_view_skip_time (FT_PLAYER_VIEW (player), (guint) shot->player_seconds);

  if (shot->player_summary)
    {
      /* Long enough for any built-in routine to end. */
      ft_player_view_skip_time (FT_PLAYER_VIEW (player), 3600);
      ui_driver_spin (200);
      pick_rating (player, 2);
    }
}

/* As scrolling down to it does. */
static void
scroll_to (FtWindow   *window,
           const char *name)
{
  GtkWidget *widget = NULL;
  GtkWidget *scrolled;
  graphene_point_t point;

  for (int i = 0; i < 100 && (widget == NULL || !gtk_widget_get_mapped (widget)); i++)
    {
      ui_driver_spin (20);
      widget = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_WIDGET, name);
    }
  scrolled = widget != NULL ? gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  if (scrolled == NULL)
    g_error ("nothing named %s to scroll to", name);

  ui_driver_spin (200);
  if (!gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                 &GRAPHENE_POINT_INIT (0, 0), &point))
    g_error ("cannot place %s", name);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            point.y - 12);
}

/* As a click on a change's row does, once the rows have their numbers. */
static void
expand_change (FtWindow *window,
               int       n)
{
  GtkWidget *row = ui_driver_find (GTK_WIDGET (window), FT_TYPE_BEFORE_AFTER_ROW, NULL);

  for (int i = 1; row != NULL && i < n; i++)
    {
      do
        row = gtk_widget_get_next_sibling (row);
      while (row != NULL && !FT_IS_BEFORE_AFTER_ROW (row));
    }
  if (row == NULL)
    g_error ("no change %d to open", n);

  for (int i = 0; i < 500 && ft_before_after_row_is_pending (); i++)
    ui_driver_spin (10);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  ui_driver_spin (100);
  gtk_widget_grab_focus (row);
}

static void
shot_body (FtApplication *app,
           FtWindow      *window,
           gpointer       user_data)
{
  Shot *shot = user_data;

  /* Look as the app does in a GNOME session: its interface font, and the
   * released app rather than the striped development build. */
  g_object_set (gtk_settings_get_default (),
                "gtk-font-name", "Cantarell 11",
                "gtk-decoration-layout", "appmenu:close",
                NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (window), "devel");
  remove_frame (GTK_WIDGET (window), shot->width, shot->height);

  if (shot->sidebar)
    {
      GtkWidget *split = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL);

      adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (split), FALSE);
    }

  if (shot->dialog != NULL)
    {
      g_autofree char *action = g_strdup (shot->dialog);

      g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
      if (ui_driver_wait_for_dialog (window) == NULL)
        g_error ("the %s dialog did not open", shot->dialog);
    }

  if (shot->preferences_page != NULL)
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

      adw_preferences_dialog_set_visible_page_name (ADW_PREFERENCES_DIALOG (dialog),
                                                    shot->preferences_page);
    }

  /* As a click on the newest day of the Journal does. */
  if (shot->open_day)
    {
      GtkWidget *list = ui_driver_find (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, NULL);

      if (list == NULL)
        g_error ("no list to open a day from");
      g_signal_emit_by_name (list, "activate", 0);
      if (ui_driver_wait_for_dialog (window) == NULL)
        g_error ("the day did not open");
    }

  /* As activating the exercise's card does; Left as a click on it does. */
  if (shot->exercise != NULL)
    {
      GtkWidget *page = ui_driver_find (GTK_WIDGET (window), FT_TYPE_EXERCISES_PAGE, NULL);
      GtkWidget *sides;

      if (page == NULL || !ft_exercises_page_show_exercise (FT_EXERCISES_PAGE (page), shot->exercise))
        g_error ("no exercise %s to open on the Exercises page", shot->exercise);
      ui_driver_spin (600);
      sides = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_TOGGLE_GROUP, NULL);
      if (shot->mirrored && sides != NULL)
        adw_toggle_group_set_active_name (ADW_TOGGLE_GROUP (sides), "left");
    }

  /* As choosing the action on the Shoes & Insoles page does. */
  if (shot->shoes_action != NULL)
    {
      GtkWidget *page = ui_driver_find (GTK_WIDGET (window), FT_TYPE_SHOES_PAGE, NULL);
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      if (page == NULL || !g_action_parse_detailed_name (shot->shoes_action, &name, &target, NULL) ||
          !gtk_widget_activate_action_variant (page, name, target) ||
          ui_driver_wait_for_dialog (window) == NULL)
        g_error ("%s opened nothing on the Shoes & Insoles page", shot->shoes_action);
    }

  /* As the Routines page's History button does. */
  if (shot->history)
    {
      GtkWidget *page = ui_driver_find (GTK_WIDGET (window), FT_TYPE_ROUTINES_PAGE, NULL);

      if (page == NULL || !gtk_widget_activate_action (page, "routines.show-history", NULL) ||
          ui_driver_find (page, FT_TYPE_SESSION_HISTORY_PAGE, NULL) == NULL)
        g_error ("the Routines page showed no history");
    }

  /* As the routine's Start button does; then its clock moves on. */
  if (shot->player != NULL)
    show_player (app, window, shot);

  /* As the Trends page's view switcher does. */
  if (shot->trends_view != NULL)
    {
      GtkWidget *stack = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);

      if (stack == NULL || adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), shot->trends_view) == NULL)
        g_error ("no view %s on the page", shot->trends_view);
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), shot->trends_view);
      ui_driver_spin (200);
    }

  /* As the Trends page's Show as Table button does. */
  if (shot->trends_table)
    {
      GtkWidget *page = ui_driver_find (GTK_WIDGET (window), FT_TYPE_TRENDS_PAGE, NULL);

      if (page == NULL || !gtk_widget_activate_action (page, "trends.show-table", NULL))
        g_error ("the Trends page showed no table");
    }

  if (shot->expand_change > 0)
    expand_change (window, shot->expand_change);

  if (shot->scroll_to != NULL)
    scroll_to (window, shot->scroll_to);

  /* Let transitions finish, then draw the final state. */
  ui_driver_spin (600);
  ui_driver_wait_for_frame (GTK_WIDGET (window));
  save_png (GTK_WIDGET (window), shot->output);
}

static gboolean
make_demo_journal (const char  *path,
                   int          weeks,
                   GError     **error)
{
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  database = ft_database_open (path, error);

  return database != NULL &&
         ft_demo_fill (database, FT_DEMO_DEFAULT_SEED, (guint) weeks, now, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *database = NULL;
  g_autofree char *page = NULL;
  g_autofree char *garbage = NULL;
  int demo_weeks = 0;
  Shot shot = { .width = 1000, .height = 700 };
  int status;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Journal to show", "PATH" },
    { "demo-weeks", 0, 0, G_OPTION_ARG_INT, &demo_weeks, "Create PATH with N weeks of demo data", "N" },
    { "not-a-journal", 0, 0, G_OPTION_ARG_STRING, &garbage, "Write TEXT to PATH first", "TEXT" },
    { "width", 0, 0, G_OPTION_ARG_INT, &shot.width, "Window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &shot.height, "Window height", "PX" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "Page to show", "NAME" },
    { "sidebar", 0, 0, G_OPTION_ARG_NONE, &shot.sidebar, "Show the sidebar of a narrow window", NULL },
    { "style", 0, 0, G_OPTION_ARG_STRING, &shot.style, "light or dark", "STYLE" },
    { "dialog", 0, 0, G_OPTION_ARG_STRING, &shot.dialog, "preferences, shortcuts or about", "NAME" },
    { "preferences-page", 0, 0, G_OPTION_ARG_STRING, &shot.preferences_page, "With --dialog preferences: the page to show", "NAME" },
    { "open-day", 0, 0, G_OPTION_ARG_NONE, &shot.open_day, "With --page journal: open the newest day", NULL },
    { "exercise", 0, 0, G_OPTION_ARG_STRING, &shot.exercise, "With --page exercises: open exercise ID", "ID" },
    { "mirrored", 0, 0, G_OPTION_ARG_NONE, &shot.mirrored, "With --exercise: show the left side", NULL },
    { "shoes-action", 0, 0, G_OPTION_ARG_STRING, &shot.shoes_action, "With --page shoes: open a dialog, e.g. shoes.add-item::insole", "ACTION" },
    { "player", 0, 0, G_OPTION_ARG_STRING, &shot.player, "Start the built-in routine KEY in the player", "KEY" },
    { "player-seconds", 0, 0, G_OPTION_ARG_INT, &shot.player_seconds, "With --player: move its clock on N seconds", "N" },
    { "player-summary", 0, 0, G_OPTION_ARG_NONE, &shot.player_summary, "With --player: run it to the end and show the summary", NULL },
    { "history", 0, 0, G_OPTION_ARG_NONE, &shot.history, "With --page routines: show the session history", NULL },
    { "trends-view", 0, 0, G_OPTION_ARG_STRING, &shot.trends_view, "With --page trends: show the view NAME, e.g. feet", "NAME" },
    { "trends-table", 0, 0, G_OPTION_ARG_NONE, &shot.trends_table, "With --page trends: show the weekly numbers as a table", NULL },
    { "scroll-to", 0, 0, G_OPTION_ARG_STRING, &shot.scroll_to, "Scroll the widget named NAME to the top of its page", "NAME" },
    { "expand-change", 0, 0, G_OPTION_ARG_INT, &shot.expand_change, "Open the Nth change's comparison (1 is the newest shown)", "N" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &shot.output, "PNG to write", "FILE" },
    { NULL }
  };

  context = g_option_context_new ("— render Footing's window to a PNG");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("footing-screenshot: %s\n", error->message);
      return 2;
    }
  if (database == NULL || shot.output == NULL)
    {
      g_printerr ("footing-screenshot: --database and --output are required\n");
      return 2;
    }

  folder = g_dir_make_tmp ("footing-screenshot-XXXXXX", &error);
  if (folder == NULL)
    {
      g_printerr ("footing-screenshot: %s\n", error->message);
      return 1;
    }
  ui_driver_use_private_environment (folder);

  /* The system's preference, as a GNOME session would give it. */
  g_setenv ("ADW_DEBUG_COLOR_SCHEME",
            g_strcmp0 (shot.style, "dark") == 0 ? "prefer-dark" : "prefer-light", TRUE);

  if (garbage != NULL && !g_file_set_contents (database, garbage, -1, &error))
    {
      g_printerr ("footing-screenshot: %s\n", error->message);
      return 1;
    }

  if (demo_weeks > 0 && !g_file_test (database, G_FILE_TEST_EXISTS) &&
      !make_demo_journal (database, demo_weeks, &error))
    {
      g_printerr ("footing-screenshot: %s\n", error->message);
      return 1;
    }

  settings = g_settings_new (SCHEMA_ID);
  g_settings_set_int (settings, "window-width", shot.width);
  g_settings_set_int (settings, "window-height", shot.height);
  g_settings_set_string (settings, "last-page", page != NULL ? page : "today");
  g_settings_sync ();

  status = ui_driver_run (database, shot_body, &shot);

  temp_folder_remove (folder, NULL);

  return status;
}
