/* ft-window.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-application.h"

G_BEGIN_DECLS

#define FT_TYPE_WINDOW (ft_window_get_type ())

G_DECLARE_FINAL_TYPE (FtWindow, ft_window, FT, WINDOW, AdwApplicationWindow)

FtWindow   *ft_window_new           (FtApplication *application) G_GNUC_WARN_UNUSED_RESULT;
const char *ft_window_get_page      (FtWindow      *self);
gboolean    ft_window_is_collapsed  (FtWindow      *self);
void        ft_window_add_toast     (FtWindow      *self,
                                     AdwToast      *toast);
gboolean    ft_window_add_toast_for (GtkWidget     *widget,
                                     AdwToast      *toast);

G_END_DECLS
