/* ft-pause-dialog.h — the form for a pause of the program: why, from when, until when.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-application.h"

G_BEGIN_DECLS

#define FT_TYPE_PAUSE_DIALOG (ft_pause_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtPauseDialog, ft_pause_dialog, FT, PAUSE_DIALOG, AdwDialog)

/* @pause: (nullable): the pause to change, or NULL for a new one. */
GtkWidget  *ft_pause_dialog_new       (FtApplication *app,
                                       const FtPause *pause) G_GNUC_WARN_UNUSED_RESULT;

/* "Flare-up", "Holiday"… */
const char *ft_pause_reason_get_label (FtPauseReason  reason);
/* "Mon 16 Nov – Thu 19 Nov", "From Mon 16 Nov". (transfer full) */
char       *ft_pause_format_days      (const FtPause *pause,
                                       const GDate   *today);

G_END_DECLS
