/* ft-database.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FT_TYPE_DATABASE (ft_database_get_type ())

G_DECLARE_FINAL_TYPE (FtDatabase, ft_database, FT, DATABASE, GObject)

FtDatabase *ft_database_open                      (const char  *path,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;
char       *ft_database_default_path              (const char  *user_data_dir);
const char *ft_database_get_path                  (FtDatabase  *self);
guint       ft_database_get_schema_version        (FtDatabase  *self);
guint       ft_database_get_latest_schema_version (void);
gboolean    ft_database_has_user_data             (FtDatabase  *self,
                                                   gboolean    *has_data,
                                                   GError     **error);

G_END_DECLS
