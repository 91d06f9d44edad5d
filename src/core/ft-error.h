/* ft-error.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FT_ERROR (ft_error_quark ())

/**
 * FtError:
 * @FT_ERROR_INVALID: a value a person gave is out of range or malformed
 * @FT_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @FT_ERROR_NOT_FOOTING: the file is a database of another program
 * @FT_ERROR_TOO_NEW: the journal was written by a newer Footing
 * @FT_ERROR_READ_ONLY: the journal or its folder cannot be written
 * @FT_ERROR_DISK_FULL: the disk (or the journal's size limit) is full
 * @FT_ERROR_EXISTS: the thing to create is already there
 * @FT_ERROR_STORAGE: any other failure of the store
 * @FT_ERROR_IN_USE: the thing is still used elsewhere (a routine, a shoe)
 * @FT_ERROR_BAD_FILE: a file to read is missing, malformed or not what it claims
 *
 * Errors a person can cause, each carrying a message they can act on.
 */
typedef enum
{
  FT_ERROR_INVALID,
  FT_ERROR_NOT_A_DATABASE,
  FT_ERROR_NOT_FOOTING,
  FT_ERROR_TOO_NEW,
  FT_ERROR_READ_ONLY,
  FT_ERROR_DISK_FULL,
  FT_ERROR_EXISTS,
  FT_ERROR_STORAGE,
  FT_ERROR_IN_USE,
  FT_ERROR_BAD_FILE,
} FtError;

GQuark ft_error_quark (void);

G_END_DECLS
