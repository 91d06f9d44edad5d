/* ui-test-fixture.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-test-fixture.h"

#include "ft-demo.h"
#include "sql-query.h"
#include "temp-folder.h"

/* Set by ui_test_fixture_add () in main, before the tests fork. */
static const char *suite_name;

/* Set by the fixture for each test. */
static char *folder;
static char *database_path;

static void
fixture_setup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("footing-%s-XXXXXX", suite_name);

  folder = g_dir_make_tmp (template, &error);
  ck_assert_msg (folder != NULL, "%s", error ? error->message : "");
  ui_driver_use_private_environment (folder);
  database_path = g_build_filename (folder, "data", "footing", "footing.db", NULL);
}

static void
fixture_teardown (void)
{
  temp_folder_remove (folder, NULL);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&database_path, g_free);
}

/**
 * ui_test_fixture_add:
 * @tcase: a test case of a UI suite
 * @name: the suite's name, for its temporary folders
 *
 * Gives each test of @tcase a fresh temporary folder with private settings
 * and data folders (see ui_driver_use_private_environment ()), and removes
 * it afterwards. The journal then lives at ui_test_database_path ().
 */
void
ui_test_fixture_add (TCase      *tcase,
                     const char *name)
{
  suite_name = name;
  tcase_add_checked_fixture (tcase, fixture_setup, fixture_teardown);
}

/* The running test's temporary folder. */
const char *
ui_test_folder (void)
{
  return folder;
}

/* Where the running test's journal is: the default place inside its
 * private data folder. */
const char *
ui_test_database_path (void)
{
  return database_path;
}

/* Writes @weeks of the demo journal, ending today, where the test's app
 * will open it. */
void
ui_test_fill_demo (guint weeks)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_path_get_dirname (database_path);

  ck_assert_int_eq (g_mkdir_with_parents (dir, 0700), 0);
  database = ft_database_open (database_path, &error);
  ck_assert_msg (database != NULL, "%s", error ? error->message : "");
  ck_assert_msg (ft_demo_fill (database, FT_DEMO_DEFAULT_SEED, weeks, now, &error), "%s",
                 error ? error->message : "");
}

/* The first value of @sql in the test's journal, read from outside the app. */
gint64
ui_test_query_int (const char *sql)
{
  return sql_query_file_int64 (database_path, sql);
}

char *
ui_test_query_text (const char *sql)
{
  return sql_query_file_text (database_path, sql);
}

/* As ui_driver_find (), but the test stops when nothing matches. */
GtkWidget *
ui_test_find (GtkWidget  *root,
              GType       type,
              const char *text)
{
  GtkWidget *found = ui_driver_find (root, type, text);

  ck_assert_msg (found != NULL, "no %s “%s”", g_type_name (type), text ? text : "");

  return found;
}

/* Clicks @button as a person would; use ui_test_click (). */
void
ui_test_click_at (GtkWidget *button,
                  int        line)
{
  ck_assert_msg (button != NULL, "no button to click at line %d", line);
  ck_assert_msg (gtk_widget_is_sensitive (button), "the button at line %d cannot be clicked", line);
  g_signal_emit_by_name (button, "clicked");
  ui_driver_spin (50);
}

/* As ui_driver_press_key (), but something must have the focus. */
gboolean
ui_test_press_key (FtWindow        *window,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  ck_assert_msg (gtk_root_get_focus (GTK_ROOT (window)) != NULL, "nothing has the focus");

  return ui_driver_press_key (GTK_WIDGET (window), keyval, modifiers);
}

/* Picks @choice in the combo row titled @title, as from its list. */
void
ui_test_select_in_combo (GtkWidget  *root,
                         const char *title,
                         const char *choice)
{
  GtkWidget *row = ui_test_find (root, ADW_TYPE_COMBO_ROW, title);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), choice) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
          ui_driver_spin (20);
          return;
        }
    }

  ck_abort_msg ("%s offers no %s", title, choice);
}

/* Shows the page of @type with its key, such as "<Alt>4", and waits until
 * it is drawn. */
GtkWidget *
ui_test_show_page (FtApplication *app,
                   FtWindow      *window,
                   const char    *accel,
                   GType          type)
{
  GtkWidget *page;

  ck_assert (ui_driver_press_accel (app, window, accel));
  page = ui_test_find (GTK_WIDGET (window), type, NULL);
  ui_driver_wait_for_frame (page);

  return page;
}
