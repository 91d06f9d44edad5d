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

sqlite3  *_ft_database_get_handle (FtDatabase    *self);
gboolean  _ft_database_prepare    (FtDatabase    *self,
                                   const char    *sql,
                                   sqlite3_stmt **stmt,
                                   GError       **error);
gboolean  _ft_database_step_done  (FtDatabase    *self,
                                   sqlite3_stmt  *stmt,
                                   GError       **error);
gboolean  _ft_database_exec       (FtDatabase    *self,
                                   const char    *sql,
                                   GError       **error);
gboolean  _ft_database_begin      (FtDatabase    *self,
                                   GError       **error);
gboolean  _ft_database_commit     (FtDatabase    *self,
                                   GError       **error);
void      _ft_database_rollback   (FtDatabase    *self);
gboolean  _ft_database_fail       (FtDatabase    *self,
                                   int            rc,
                                   GError       **error);

G_END_DECLS
