/* ft-preferences-dialog.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_PREFERENCES_DIALOG (ft_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtPreferencesDialog, ft_preferences_dialog, FT, PREFERENCES_DIALOG,
                      AdwPreferencesDialog)

AdwDialog *ft_preferences_dialog_new (GSettings *settings,
                                      FtJournal *journal) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
