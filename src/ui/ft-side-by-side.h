/* ft-side-by-side.h — two children side by side on a wide allocation, one
 * above the other on a narrow one.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unlike a breakpoint, the choice follows the width the widget itself is
 * given, in one layout pass, so it works inside a scrolled window and a
 * clamp. The start child comes first in both layouts and in focus order.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FT_TYPE_SIDE_BY_SIDE (ft_side_by_side_get_type ())

G_DECLARE_FINAL_TYPE (FtSideBySide, ft_side_by_side, FT, SIDE_BY_SIDE, GtkWidget)

GtkWidget *ft_side_by_side_new             (void) G_GNUC_WARN_UNUSED_RESULT;

void       ft_side_by_side_set_start_child (FtSideBySide *self,
                                            GtkWidget    *child);
GtkWidget *ft_side_by_side_get_start_child (FtSideBySide *self);
void       ft_side_by_side_set_end_child   (FtSideBySide *self,
                                            GtkWidget    *child);
GtkWidget *ft_side_by_side_get_end_child   (FtSideBySide *self);

/* The narrowest width, in pixels, at which the children sit side by side. */
void       ft_side_by_side_set_threshold   (FtSideBySide *self,
                                            int           threshold);
int        ft_side_by_side_get_threshold   (FtSideBySide *self);
void       ft_side_by_side_set_spacing     (FtSideBySide *self,
                                            int           spacing);
int        ft_side_by_side_get_spacing     (FtSideBySide *self);

/* Whether the last allocation put the children side by side. */
gboolean   ft_side_by_side_get_wide        (FtSideBySide *self);

G_END_DECLS
