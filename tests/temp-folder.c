/* temp-folder.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "temp-folder.h"

#include <errno.h>
#include <glib/gstdio.h>

static gboolean
set_error_from_errno (GError     **error,
                      const char  *action,
                      const char  *path)
{
  int saved_errno = errno;

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "cannot %s %s: %s", action, path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * temp_folder_remove:
 * @path: a file, or a folder this program made
 *
 * Removes @path with everything in it. g_lstat () so that a link is
 * removed, never followed out of the folder.
 *
 * Returns: %TRUE when all of it is gone
 */
gboolean
temp_folder_remove (const char  *path,
             GError     **error)
{
  GStatBuf info;

  if (g_lstat (path, &info) != 0)
    return set_error_from_errno (error, "look at", path);

  if (S_ISDIR (info.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, error);
      const char *name;

      if (dir == NULL)
        return FALSE;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (!temp_folder_remove (child, error))
            return FALSE;
        }

      if (g_rmdir (path) != 0)
        return set_error_from_errno (error, "remove", path);
    }
  else if (g_unlink (path) != 0)
    {
      return set_error_from_errno (error, "remove", path);
    }

  return TRUE;
}
