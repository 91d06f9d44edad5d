/* ft-shortcuts-dialog.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FT_TYPE_SHORTCUTS_DIALOG (ft_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtShortcutsDialog, ft_shortcuts_dialog, FT, SHORTCUTS_DIALOG, AdwDialog)

AdwDialog *ft_shortcuts_dialog_new (GtkApplication *application) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
