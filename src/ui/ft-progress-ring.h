/* ft-progress-ring.h — a large drawn ring that empties as a hold counts down.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FT_TYPE_PROGRESS_RING (ft_progress_ring_get_type ())

G_DECLARE_FINAL_TYPE (FtProgressRing, ft_progress_ring, FT, PROGRESS_RING, GtkWidget)

GtkWidget *ft_progress_ring_new          (void) G_GNUC_WARN_UNUSED_RESULT;
double     ft_progress_ring_get_fraction (FtProgressRing *self);
void       ft_progress_ring_set_fraction (FtProgressRing *self,
                                          double          fraction);

G_END_DECLS
