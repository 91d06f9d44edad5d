/* ft-database-private.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ft-database.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The value of an INSERT's id column that puts a restored row back under its
 * old id (bound as ?1) when @table has no row with it, and under a new id
 * (NULL) when something took it meanwhile. */
#define FT_DATABASE_OLD_ID_IF_FREE(table)                                  \
  "(SELECT CASE WHEN EXISTS (SELECT 1 FROM " table " WHERE id = ?1) "      \
  " THEN NULL ELSE ?1 END)"

sqlite3  *_ft_database_get_handle (FtDatabase    *self);
gboolean  _ft_database_prepare    (FtDatabase    *self,
                                   const char    *sql,
                                   sqlite3_stmt **stmt,
                                   GError       **error);
gboolean  _ft_database_step_done  (FtDatabase    *self,
                                   sqlite3_stmt  *stmt,
                                   GError       **error);
gboolean  _ft_database_step_row   (FtDatabase    *self,
                                   sqlite3_stmt  *stmt,
                                   gboolean      *found,
                                   GError       **error);
gboolean  _ft_database_exec       (FtDatabase    *self,
                                   const char    *sql,
                                   GError       **error);
gboolean  _ft_database_begin      (FtDatabase    *self,
                                   GError       **error);
gboolean  _ft_database_commit     (FtDatabase    *self,
                                   GError       **error);
void      _ft_database_rollback   (FtDatabase    *self);
gboolean  _ft_database_finish     (FtDatabase    *self,
                                   gboolean       ok,
                                   GError       **error);
gboolean  _ft_database_fail       (FtDatabase    *self,
                                   int            rc,
                                   GError       **error);

char     *_ft_database_column_strdup (sqlite3_stmt *stmt,
                                      int           column);
/* Binds NULL for NAN. */
void      _ft_database_bind_number   (sqlite3_stmt *stmt,
                                      int           index,
                                      double        value);

/* Enum keys as a column stores them: @keys[value] is the key of a value. */
const char *_ft_database_key_for_value (const char * const *keys,
                                        guint               n_keys,
                                        guint               value);
gboolean    _ft_database_value_for_key (const char * const *keys,
                                        guint               n_keys,
                                        const char         *key,
                                        guint              *value);

G_END_DECLS
