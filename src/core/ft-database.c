/* ft-database.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "footing-core-resources.h"
#include "ft-error.h"

/* Marks a file as a Footing journal in the SQLite header ("Foot"). */
#define FOOTING_APPLICATION_ID 0x466F6F74

#define BUSY_TIMEOUT_MS 5000
#define MIGRATIONS_PATH RESOURCE_BASE_PATH "/core/migrations/"

struct _FtDatabase
{
  GObject  parent_instance;

  sqlite3 *handle;
  char    *path;
  guint    schema_version;
};

G_DEFINE_FINAL_TYPE (FtDatabase, ft_database, G_TYPE_OBJECT)

/* Applied in order; the journal's user_version counts how many have run. */
static const char * const migrations[] = {
  "0001-initial.sql",
  "0002-gear.sql",
  "0003-routines.sql",
  "0004-routine-events.sql",
};

static gboolean
is_in_memory (const char *path)
{
  return g_strcmp0 (path, ":memory:") == 0;
}

static gboolean
set_error_from_code (GError     **error,
                     const char  *path,
                     int          rc,
                     const char  *detail)
{
  const char *shown_path = is_in_memory (path) ? _("the journal") : path;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, FT_ERROR, FT_ERROR_DISK_FULL,
                   _("The disk is full, so nothing was saved to %s. Free some space and try again."),
                   shown_path);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, FT_ERROR, FT_ERROR_READ_ONLY,
                   _("Footing cannot write to %s. Check that the file and its folder can be written."),
                   shown_path);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, FT_ERROR, FT_ERROR_NOT_A_DATABASE,
                   _("%s is not a Footing journal: it is not a database, or it is damaged. "
                     "Footing left it untouched."),
                   shown_path);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A value was refused by the journal: %s"), detail);
      break;

    default:
      g_set_error (error, FT_ERROR, FT_ERROR_STORAGE,
                   _("The journal at %s could not be used: %s"), shown_path, detail);
      break;
    }

  return FALSE;
}

static gboolean
query_int (FtDatabase  *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!_ft_database_prepare (self, sql, &stmt, error))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ft_database_fail (self, rc, error);

  *value = sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

/* Refuses, without writing a byte, any file that Footing must not touch. */
static gboolean
check_file_is_ours (FtDatabase  *self,
                    GError     **error)
{
  gint64 application_id;
  gint64 user_version;
  gint64 n_objects;

  if (!query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "PRAGMA user_version", &user_version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if (application_id != FOOTING_APPLICATION_ID && (application_id != 0 || n_objects > 0))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_NOT_FOOTING,
                   _("%s is a database of another program, not a Footing journal. "
                     "Footing left it untouched."),
                   self->path);
      return FALSE;
    }

  if (user_version > (gint64) G_N_ELEMENTS (migrations))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_TOO_NEW,
                   _("%s was saved by a newer version of Footing (journal version %u; this "
                     "version reads up to %u). Update Footing to open it; the file was left "
                     "untouched."),
                   self->path, (guint) user_version, (guint) G_N_ELEMENTS (migrations));
      return FALSE;
    }

  if (sqlite3_db_readonly (self->handle, "main") == 1)
    return set_error_from_code (error, self->path, SQLITE_READONLY, NULL);

  self->schema_version = (guint) user_version;

  return TRUE;
}

static gboolean
apply_migration (FtDatabase  *self,
                 guint        index,
                 GError     **error)
{
  g_autofree char *resource_path = g_strconcat (MIGRATIONS_PATH, migrations[index], NULL);
  g_autofree char *set_version = NULL;
  g_autoptr(GBytes) script = NULL;
  g_autofree char *sql = NULL;

  script = g_resource_lookup_data (footing_core_get_resource (), resource_path,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (script != NULL);
  sql = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));

  /* Pragma values cannot be bound; both numbers are ours, never input. */
  set_version = g_strdup_printf ("PRAGMA user_version = %u; PRAGMA application_id = %d;",
                                 index + 1, FOOTING_APPLICATION_ID);

  if (!_ft_database_begin (self, error))
    return FALSE;

  if (!_ft_database_exec (self, sql, error) ||
      !_ft_database_exec (self, set_version, error) ||
      !_ft_database_commit (self, error))
    {
      _ft_database_rollback (self);
      return FALSE;
    }

  self->schema_version = index + 1;

  return TRUE;
}

static gboolean
configure_and_migrate (FtDatabase  *self,
                       GError     **error)
{
  sqlite3_busy_timeout (self->handle, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->handle, 1);

  if (!check_file_is_ours (self, error))
    return FALSE;

  /* WAL lets the window and the command line share the file. */
  if (!is_in_memory (self->path) &&
      !_ft_database_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;

  if (!_ft_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  for (guint i = self->schema_version; i < G_N_ELEMENTS (migrations); i++)
    {
      if (!apply_migration (self, i, error))
        return FALSE;
    }

  return TRUE;
}

/* Makes the folder (0700) and the file (0600) before SQLite sees them, so the
 * journal is never readable by others, not even for a moment. */
static gboolean
prepare_file (const char  *path,
              gboolean    *created,
              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  struct stat st;
  int fd;

  *created = FALSE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, FT_ERROR, FT_ERROR_READ_ONLY,
                   _("Footing cannot create the folder %s: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    {
      *created = TRUE;
      close (fd);
      return TRUE;
    }

  if (errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, FT_ERROR, FT_ERROR_READ_ONLY,
                   _("Footing cannot create %s: %s. Check that the folder can be written."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_NOT_A_DATABASE,
                   _("%s is not a Footing journal: it is not a regular file."), path);
      return FALSE;
    }

  if (g_access (path, R_OK | W_OK) != 0 || g_access (folder, W_OK | X_OK) != 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_READ_ONLY,
                   _("Footing cannot write to %s. Check that the file and its folder can be written."),
                   path);
      return FALSE;
    }

  return TRUE;
}

/* A journal copied in with looser permissions is made private again, but
 * only once it is known to be ours: a refused file keeps even its mode. */
static void
tighten_mode (const char *path)
{
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd < 0)
    return;

  if (fstat (fd, &st) == 0 && st.st_uid == geteuid () && (st.st_mode & 0077) != 0)
    fchmod (fd, 0600);

  close (fd);
}

static void
ft_database_finalize (GObject *object)
{
  FtDatabase *self = FT_DATABASE (object);

  g_clear_pointer (&self->handle, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (ft_database_parent_class)->finalize (object);
}

static void
ft_database_class_init (FtDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_database_finalize;
}

static void
ft_database_init (FtDatabase *self)
{
}

/**
 * ft_database_open:
 * @path: a file path, or ":memory:" for a journal that lives in memory
 * @error: return location for an #FtError
 *
 * Opens the journal at @path, creating it and bringing its schema up to date.
 * A file that is not a Footing journal, or one from a newer Footing, is
 * refused and left exactly as it was.
 *
 * Returns: (transfer full): the open journal, or %NULL with @error set
 */
FtDatabase *
ft_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(FtDatabase) self = NULL;
  gboolean created = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!is_in_memory (path) && !prepare_file (path, &created, error))
    return NULL;

  self = g_object_new (FT_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK || !configure_and_migrate (self, error))
    {
      if (rc != SQLITE_OK)
        set_error_from_code (error, path, rc, sqlite3_errstr (rc));

      g_clear_pointer (&self->handle, sqlite3_close_v2);

      /* A journal this call created and could not set up is no one's data. */
      if (created)
        {
          g_autofree char *wal = g_strconcat (path, "-wal", NULL);
          g_autofree char *shm = g_strconcat (path, "-shm", NULL);

          g_unlink (wal);
          g_unlink (shm);
          g_unlink (path);
        }

      return NULL;
    }

  if (!is_in_memory (path) && !created)
    tighten_mode (path);

  return g_steal_pointer (&self);
}

/**
 * ft_database_default_path:
 * @user_data_dir: the user's data folder, as g_get_user_data_dir() gives it
 *
 * Returns: (transfer full): where the journal lives by default
 */
char *
ft_database_default_path (const char *user_data_dir)
{
  g_return_val_if_fail (user_data_dir != NULL, NULL);

  return g_build_filename (user_data_dir, "footing", "footing.db", NULL);
}

const char *
ft_database_get_path (FtDatabase *self)
{
  g_return_val_if_fail (FT_IS_DATABASE (self), NULL);

  return self->path;
}

guint
ft_database_get_schema_version (FtDatabase *self)
{
  g_return_val_if_fail (FT_IS_DATABASE (self), 0);

  return self->schema_version;
}

guint
ft_database_get_latest_schema_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/**
 * ft_database_has_user_data:
 * @self: a #FtDatabase
 * @has_data: (out): whether anything a person recorded is stored
 * @error: return location for an #FtError
 *
 * Tells a fresh journal from one that holds records, so that demo data is
 * never mixed into a real journal.
 *
 * Returns: %TRUE if @has_data was set
 */
gboolean
ft_database_has_user_data (FtDatabase  *self,
                           gboolean    *has_data,
                           GError     **error)
{
  gint64 found;

  g_return_val_if_fail (FT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (has_data != NULL, FALSE);

  if (!query_int (self,
                  "SELECT EXISTS (SELECT 1 FROM journal_entry) OR EXISTS (SELECT 1 FROM session) "
                  "OR EXISTS (SELECT 1 FROM gear) OR EXISTS (SELECT 1 FROM gear_event) "
                  "OR EXISTS (SELECT 1 FROM pt_visit) OR EXISTS (SELECT 1 FROM exercise) "
                  "OR EXISTS (SELECT 1 FROM routine WHERE builtin_key IS NULL) OR EXISTS (SELECT 1 FROM reminder_event) "
                  "OR EXISTS (SELECT 1 FROM pause) OR EXISTS (SELECT 1 FROM routine_event) "
                  "OR EXISTS (SELECT 1 FROM symptom_kind WHERE builtin = 0)",
                  &found, error))
    return FALSE;

  *has_data = found != 0;

  return TRUE;
}

sqlite3 *
_ft_database_get_handle (FtDatabase *self)
{
  g_return_val_if_fail (FT_IS_DATABASE (self), NULL);

  return self->handle;
}

gboolean
_ft_database_fail (FtDatabase  *self,
                   int          rc,
                   GError     **error)
{
  const char *detail = self->handle != NULL ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);

  return set_error_from_code (error, self->path, rc, detail);
}

gboolean
_ft_database_prepare (FtDatabase    *self,
                      const char    *sql,
                      sqlite3_stmt **stmt,
                      GError       **error)
{
  int rc;

  g_return_val_if_fail (FT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (stmt != NULL && *stmt == NULL, FALSE);

  rc = sqlite3_prepare_v2 (self->handle, sql, -1, stmt, NULL);
  if (rc != SQLITE_OK)
    return _ft_database_fail (self, rc, error);

  return TRUE;
}

gboolean
_ft_database_step_done (FtDatabase    *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _ft_database_fail (self, rc, error);

  return TRUE;
}

/* Steps a statement that gives at most one row; @found says whether it did. */
gboolean
_ft_database_step_row (FtDatabase    *self,
                       sqlite3_stmt  *stmt,
                       gboolean      *found,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *found = TRUE;
      return TRUE;
    }

  if (rc == SQLITE_DONE)
    {
      *found = FALSE;
      return TRUE;
    }

  return _ft_database_fail (self, rc, error);
}

gboolean
_ft_database_exec (FtDatabase  *self,
                   const char  *sql,
                   GError     **error)
{
  int rc;

  g_return_val_if_fail (FT_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _ft_database_fail (self, rc, error);

  return TRUE;
}

gboolean
_ft_database_begin (FtDatabase  *self,
                    GError     **error)
{
  /* IMMEDIATE takes the write lock now, so a busy journal waits here rather
   * than failing halfway through a change. */
  return _ft_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_ft_database_commit (FtDatabase  *self,
                     GError     **error)
{
  return _ft_database_exec (self, "COMMIT", error);
}

void
_ft_database_rollback (FtDatabase *self)
{
  g_return_if_fail (FT_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

/* Ends a transaction begun with _ft_database_begin(): commits it if @ok,
 * rolls it back if not or if the commit fails. Returns whether it was
 * committed. */
gboolean
_ft_database_finish (FtDatabase  *self,
                     gboolean     ok,
                     GError     **error)
{
  ok = ok && _ft_database_commit (self, error);
  if (!ok)
    _ft_database_rollback (self);

  return ok;
}

/* Returns: (transfer full) (nullable): the column's text, %NULL for NULL */
char *
_ft_database_column_strdup (sqlite3_stmt *stmt,
                            int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
_ft_database_bind_number (sqlite3_stmt *stmt,
                          int           index,
                          double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

/* Returns: (nullable): the key of @value, %NULL for a value past the table */
const char *
_ft_database_key_for_value (const char * const *keys,
                            guint               n_keys,
                            guint               value)
{
  return value < n_keys ? keys[value] : NULL;
}

/* Returns: %TRUE and @value if @key (nullable) is in the table */
gboolean
_ft_database_value_for_key (const char * const *keys,
                            guint               n_keys,
                            const char         *key,
                            guint              *value)
{
  for (guint i = 0; key != NULL && i < n_keys; i++)
    {
      if (g_str_equal (keys[i], key))
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}
