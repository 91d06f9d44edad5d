/* ft-player-view.h — the guided player: a routine run hands-free over the
 * whole window, with its before and after ratings and a summary.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-application.h"
#include "ft-routine-run.h"

G_BEGIN_DECLS

#define FT_TYPE_PLAYER_VIEW (ft_player_view_get_type ())

G_DECLARE_FINAL_TYPE (FtPlayerView, ft_player_view, FT, PLAYER_VIEW, AdwBreakpointBin)

GtkWidget    *ft_player_view_new            (FtApplication *application) G_GNUC_WARN_UNUSED_RESULT;
gboolean      ft_player_view_start_routine  (FtPlayerView  *self,
                                             gint64         routine_id,
                                             GError       **error);
gboolean      ft_player_view_start_exercise (FtPlayerView  *self,
                                             const char    *exercise_id,
                                             GError       **error);
gboolean      ft_player_view_is_active      (FtPlayerView  *self);
void          ft_player_view_stop           (FtPlayerView  *self);

/* For tests and screenshots. */
FtRoutineRun *ft_player_view_get_run        (FtPlayerView  *self);
gint64        ft_player_view_get_session_id (FtPlayerView  *self);
void          ft_player_view_skip_time      (FtPlayerView  *self,
                                             guint          seconds);

G_END_DECLS
