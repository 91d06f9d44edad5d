/* sql-query.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sql-query.h"

#include <check.h>

/* Runs @sql and stops the test unless it gives a first row with a value. */
static sqlite3_stmt *
query_first_row (sqlite3    *handle,
                 const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  ck_assert_msg (rc == SQLITE_OK, "cannot prepare %s: %s", sql, sqlite3_errmsg (handle));

  rc = sqlite3_step (stmt);
  ck_assert_msg (rc == SQLITE_ROW, "%s gave no row: %s", sql, sqlite3_errmsg (handle));
  ck_assert_msg (sqlite3_column_type (stmt, 0) != SQLITE_NULL, "%s gave NULL", sql);

  return stmt;
}

gint64
sql_query_int64 (sqlite3    *handle,
                 const char *sql)
{
  sqlite3_stmt *stmt = query_first_row (handle, sql);
  gint64 value = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);

  return value;
}

double
sql_query_double (sqlite3    *handle,
                  const char *sql)
{
  sqlite3_stmt *stmt = query_first_row (handle, sql);
  double value = sqlite3_column_double (stmt, 0);

  sqlite3_finalize (stmt);

  return value;
}

char *
sql_query_text (sqlite3    *handle,
                const char *sql)
{
  sqlite3_stmt *stmt = query_first_row (handle, sql);
  char *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);

  return value;
}

/* Opens the journal at @path to read only, as a look from outside the app. */
static sqlite3 *
open_read_only (const char *path)
{
  sqlite3 *handle = NULL;

  ck_assert_int_eq (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);

  return handle;
}

gint64
sql_query_file_int64 (const char *path,
                      const char *sql)
{
  sqlite3 *handle = open_read_only (path);
  gint64 value = sql_query_int64 (handle, sql);

  sqlite3_close (handle);

  return value;
}

char *
sql_query_file_text (const char *path,
                     const char *sql)
{
  sqlite3 *handle = open_read_only (path);
  char *value = sql_query_text (handle, sql);

  sqlite3_close (handle);

  return value;
}
