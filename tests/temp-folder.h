/* temp-folder.h — removing the folders that tests and tools make.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean temp_folder_remove (const char  *path,
                             GError     **error);

G_END_DECLS
