/* ft-illustration-view.h — an exercise's drawing, or the picture a person
 * picked for their own exercise, drawn crisply at any size.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ft-exercise.h"

G_BEGIN_DECLS

#define FT_TYPE_ILLUSTRATION_VIEW (ft_illustration_view_get_type ())

G_DECLARE_FINAL_TYPE (FtIllustrationView, ft_illustration_view, FT, ILLUSTRATION_VIEW, GtkWidget)

GtkWidget  *ft_illustration_view_new          (void);
FtExercise *ft_illustration_view_get_exercise (FtIllustrationView *self);
void        ft_illustration_view_set_exercise (FtIllustrationView *self,
                                               FtExercise         *exercise);
gboolean    ft_illustration_view_get_mirrored (FtIllustrationView *self);
void        ft_illustration_view_set_mirrored (FtIllustrationView *self,
                                               gboolean            mirrored);
/* Whether the drawing or picture could not be shown and the calm
 * placeholder stands in for it. */
gboolean    ft_illustration_view_is_fallback  (FtIllustrationView *self);

G_END_DECLS
