/* ft-check-in.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_CHECK_IN (ft_check_in_get_type ())

G_DECLARE_FINAL_TYPE (FtCheckIn, ft_check_in, FT, CHECK_IN, AdwBin)

GtkWidget *ft_check_in_new      (FtJournal   *journal,
                                 GSettings   *settings) G_GNUC_WARN_UNUSED_RESULT;
void       ft_check_in_get_day  (FtCheckIn   *self,
                                 GDate       *day);
void       ft_check_in_set_day  (FtCheckIn   *self,
                                 const GDate *day);
FtFoot     ft_check_in_get_foot (FtCheckIn   *self);
void       ft_check_in_set_foot (FtCheckIn   *self,
                                 FtFoot       foot);
void       ft_check_in_set_follows_today (FtCheckIn *self,
                                          gboolean   follows_today);
void       ft_check_in_flush    (FtCheckIn   *self);

G_END_DECLS
