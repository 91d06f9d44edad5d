/* ft-day-dialog.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_DAY_DIALOG (ft_day_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtDayDialog, ft_day_dialog, FT, DAY_DIALOG, AdwDialog)

AdwDialog *ft_day_dialog_new (FtJournal   *journal,
                              GSettings   *settings,
                              const GDate *day,
                              FtFoot       foot) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
