/* sql-query.h — one-value SQL queries for the test suites.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

gint64  sql_query_int64  (sqlite3    *handle,
                          const char *sql);
double  sql_query_double (sqlite3    *handle,
                          const char *sql);
char   *sql_query_text   (sqlite3    *handle,
                          const char *sql);

gint64  sql_query_file_int64 (const char *path,
                              const char *sql);
char   *sql_query_file_text  (const char *path,
                              const char *sql);

G_END_DECLS
