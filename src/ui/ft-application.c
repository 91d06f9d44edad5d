/* ft-application.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-application.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ft-bench-probe.h"
#include "ft-demo.h"
#include "ft-pages.h"
#include "ft-preferences-dialog.h"
#include "ft-shortcuts-dialog.h"
#include "ft-window.h"

struct _FtApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  FtDatabase     *database;
  FtJournal      *journal;
  FtExerciseCatalog *exercise_catalog;   /* made on first use */
  FtGear         *gear;                  /* made on first use */
  FtRoutineBook  *routine_book;          /* made on first use */
  FtSessionLog   *session_log;           /* made on first use */
  GError         *database_error;
  char           *database_path;

  /* --demo without --database: a throw-away folder, removed at shutdown. */
  char           *demo_folder;
  gboolean        demo;
  guint           demo_weeks;
};

G_DEFINE_FINAL_TYPE (FtApplication, ft_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the journal at PATH instead of the usual one"), N_("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a throw-away journal filled with demo data; with --database, create PATH with it"),
    NULL },
  /* A string, because GApplication drops an integer option given as 0. */
  { "demo-weeks", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("How many weeks of demo data to write (1 to 1040)"), N_("N") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

static void
remove_demo_folder (FtApplication *self)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  if (self->demo_folder == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (self->database_path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (self->demo_folder);
  g_clear_pointer (&self->demo_folder, g_free);
}

/* Days in the journal are the person's local calendar days. */
static GDateTime *
local_now (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

static void
open_database (FtApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtDatabase) database = NULL;

  database = ft_database_open (self->database_path, &error);

  if (database != NULL && self->demo)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      if (!ft_demo_fill (database, FT_DEMO_DEFAULT_SEED, self->demo_weeks, now, &error))
        {
          /* The file was made for the demo alone; nothing of the person's is lost. */
          g_clear_object (&database);
          remove_demo_folder (self);
        }
    }

  if (database == NULL)
    {
      g_warning ("%s", error->message);
      self->database_error = g_steal_pointer (&error);
      return;
    }

  self->database = g_steal_pointer (&database);
  self->journal = ft_journal_new (self->database, local_now, NULL, NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  FtApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows first lets each one save its size. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  FtApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_dialog_present (ft_preferences_dialog_new (self->settings, self->journal),
                      GTK_WIDGET (window));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  FtApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_dialog_present (ft_shortcuts_dialog_new (GTK_APPLICATION (self)), GTK_WIDGET (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  FtApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwDialog *about;

  about = adw_about_dialog_new_from_appdata (RESOURCE_BASE_PATH "/metainfo.xml", PACKAGE_VERSION);
  adw_about_dialog_set_application_icon (ADW_ABOUT_DIALOG (about), APP_ID);
  adw_about_dialog_set_comments (ADW_ABOUT_DIALOG (about),
                                 _("A journal and coach for your physical-therapy home program: "
                                   "rate symptoms, follow illustrated routines, log shoes and "
                                   "insoles, and see the trend over weeks.\n\n"
                                   "Footing shows your data; it does not give medical advice."));
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (about), "© 2026 The Footing authors");
  adw_about_dialog_set_license_type (ADW_ABOUT_DIALOG (about), GTK_LICENSE_GPL_3_0);
  adw_dialog_present (about, GTK_WIDGET (window));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "shortcuts", shortcuts_action },
  { "about", about_action },
};

static int
ft_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  FtApplication *self = FT_APPLICATION (application);
  const char *path = NULL;
  const char *weeks = NULL;
  guint64 weeks_value = FT_DEMO_DEFAULT_WEEKS;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_application_name (), PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "database", "^&ay", &path);
  self->demo = g_variant_dict_contains (options, "demo");
  if (g_variant_dict_lookup (options, "demo-weeks", "&s", &weeks))
    {
      if (!self->demo)
        {
          g_printerr (_("footing: --demo-weeks goes with --demo\n"));
          return 1;
        }

      if (!g_ascii_string_to_unsigned (weeks, 10, 1, FT_DEMO_MAX_WEEKS, &weeks_value, NULL))
        {
          g_printerr (_("footing: --demo-weeks takes a number from 1 to %d, not “%s”\n"),
                      FT_DEMO_MAX_WEEKS, weeks);
          return 1;
        }
    }
  self->demo_weeks = (guint) weeks_value;

  if (self->demo && path != NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("footing: %s already exists; --demo only creates a new journal, so name a "
                    "file that does not exist yet\n"),
                  path);
      return 1;
    }

  if (self->demo && path == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->demo_folder = g_dir_make_tmp ("footing-demo-XXXXXX", &error);
      if (self->demo_folder == NULL)
        {
          g_printerr (_("footing: cannot make a folder for the demo journal: %s\n"), error->message);
          return 1;
        }
      self->database_path = g_build_filename (self->demo_folder, "footing.db", NULL);
    }
  else if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      self->database_path = g_file_get_path (file);
    }

  /* Another journal means another window of its own, not the running one. */
  if (self->database_path != NULL)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
ft_application_startup (GApplication *application)
{
  FtApplication *self = FT_APPLICATION (application);
  GtkApplication *gtk_app = GTK_APPLICATION (application);
  const FtPageInfo *pages;
  guint n_pages;

  G_APPLICATION_CLASS (ft_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (gtk_app, "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.shortcuts",
                                         (const char *[]) { "F1", "<Control>question", NULL });
  gtk_application_set_accels_for_action (gtk_app, "window.close",
                                         (const char *[]) { "<Control>w", NULL });

  /* Alt+1…7 follow the sidebar's order. */
  pages = ft_pages_get_all (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *action = g_strconcat ("win.show-page::", pages[i].name, NULL);
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);

      gtk_application_set_accels_for_action (gtk_app, action, (const char *[]) { accel, NULL });
    }

  self->settings = g_settings_new (SCHEMA_ID);

  if (self->database_path == NULL)
    self->database_path = ft_database_default_path (g_get_user_data_dir ());

  open_database (self);
}

static void
ft_application_activate (GApplication *application)
{
  FtApplication *self = FT_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (ft_window_new (self));
      ft_bench_probe_attach (window);
    }

  gtk_window_present (window);
}

static void
ft_application_shutdown (GApplication *application)
{
  FtApplication *self = FT_APPLICATION (application);

  g_clear_object (&self->session_log);
  g_clear_object (&self->routine_book);
  g_clear_object (&self->exercise_catalog);
  g_clear_object (&self->gear);
  g_clear_object (&self->journal);
  g_clear_object (&self->database);
  remove_demo_folder (self);

  G_APPLICATION_CLASS (ft_application_parent_class)->shutdown (application);
}

static void
ft_application_finalize (GObject *object)
{
  FtApplication *self = FT_APPLICATION (object);

  g_clear_object (&self->session_log);
  g_clear_object (&self->routine_book);
  g_clear_object (&self->exercise_catalog);
  g_clear_object (&self->gear);
  g_clear_object (&self->journal);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_error (&self->database_error);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->demo_folder, g_free);

  G_OBJECT_CLASS (ft_application_parent_class)->finalize (object);
}

static void
ft_application_class_init (FtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ft_application_finalize;
  app_class->handle_local_options = ft_application_handle_local_options;
  app_class->startup = ft_application_startup;
  app_class->activate = ft_application_activate;
  app_class->shutdown = ft_application_shutdown;
}

static void
ft_application_init (FtApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Footing — a journal and coach for foot and nerve pain"));
}

FtApplication *
ft_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (FT_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * ft_application_get_database:
 *
 * Returns: (transfer none) (nullable): the open journal, or %NULL when it
 *   could not be opened (ft_application_get_database_error() says why)
 */
FtDatabase *
ft_application_get_database (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  return self->database;
}

/**
 * ft_application_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal, or %NULL when the
 *   database could not be opened
 */
FtJournal *
ft_application_get_journal (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  return self->journal;
}

const GError *
ft_application_get_database_error (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  return self->database_error;
}

const char *
ft_application_get_database_path (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  return self->database_path;
}

GSettings *
ft_application_get_settings (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * ft_application_set_database_path:
 * @path: the journal to open at startup
 *
 * For tests and embedders: the same as `--database PATH`.
 */
void
ft_application_set_database_path (FtApplication *self,
                                  const char    *path)
{
  g_return_if_fail (FT_IS_APPLICATION (self));

  g_set_str (&self->database_path, path);
}

/**
 * ft_application_get_exercise_catalog:
 *
 * The exercise cards, made on first use and not yet loaded: the page that
 * shows them calls ft_exercise_catalog_load(). Pictures people pick are
 * kept in an "images" folder beside the journal, so another journal (or a
 * test's) keeps its own.
 *
 * Returns: (transfer none) (nullable): the catalog, or %NULL when the
 *   database could not be opened
 */
FtExerciseCatalog *
ft_application_get_exercise_catalog (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  if (self->exercise_catalog == NULL && self->database != NULL)
    {
      g_autofree char *folder = g_path_get_dirname (self->database_path);
      g_autofree char *images = g_build_filename (folder, "images", NULL);

      self->exercise_catalog = ft_exercise_catalog_new (self->database, images);
      ft_exercise_catalog_set_now_func (self->exercise_catalog, local_now, NULL, NULL);
    }

  return self->exercise_catalog;
}

/**
 * ft_application_get_gear:
 *
 * The shoes and insoles, made on first use; the Shoes & Insoles page and
 * the check-in share it.
 *
 * Returns: (transfer none) (nullable): the store, or %NULL when the
 *   database could not be opened
 */
FtGear *
ft_application_get_gear (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  if (self->gear == NULL && self->journal != NULL)
    self->gear = ft_gear_new (self->journal);

  return self->gear;
}

/**
 * ft_application_get_routine_book:
 *
 * The routines, made on first use and not yet loaded: the page or player
 * that needs them loads the exercise catalog (the book checks steps
 * against it) and then calls ft_routine_book_load().
 *
 * Returns: (transfer none) (nullable): the routines, or %NULL when the
 *   database could not be opened
 */
FtRoutineBook *
ft_application_get_routine_book (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  if (self->routine_book == NULL && self->journal != NULL)
    {
      self->routine_book = ft_routine_book_new (self->journal);
      ft_routine_book_set_catalog (self->routine_book,
                                   ft_application_get_exercise_catalog (self));
    }

  return self->routine_book;
}

/**
 * ft_application_get_session_log:
 *
 * The log of sessions done, made on first use. A run that was still going
 * when Footing last stopped is closed then, as partial, with the steps it
 * had stored.
 *
 * Returns: (transfer none) (nullable): the log, or %NULL when the database
 *   could not be opened
 */
FtSessionLog *
ft_application_get_session_log (FtApplication *self)
{
  g_return_val_if_fail (FT_IS_APPLICATION (self), NULL);

  if (self->session_log == NULL && self->journal != NULL)
    {
      g_autoptr(GError) error = NULL;
      guint n_closed = 0;

      self->session_log = ft_session_log_new (self->journal);
      if (!ft_session_log_close_abandoned (self->session_log, g_get_real_time (), &n_closed,
                                           &error))
        g_warning ("Could not close the sessions left running: %s", error->message);
    }

  return self->session_log;
}
