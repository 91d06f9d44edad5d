/* ft-routine-card.h — one routine on the Routines page: its exercises'
 * pictures, how long it takes, how it is going, and a Start button.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-exercise-catalog.h"
#include "ft-routine.h"
#include "ft-session-log.h"

G_BEGIN_DECLS

/* Pictures shown on a card before "+N" stands for the rest. */
#define FT_ROUTINE_CARD_MAX_THUMBNAILS 5

#define FT_TYPE_ROUTINE_CARD (ft_routine_card_get_type ())

G_DECLARE_FINAL_TYPE (FtRoutineCard, ft_routine_card, FT, ROUTINE_CARD, AdwBin)

GtkWidget     *ft_routine_card_new             (FtRoutine         *routine,
                                                FtExerciseCatalog *catalog) G_GNUC_WARN_UNUSED_RESULT;
FtRoutine     *ft_routine_card_get_routine     (FtRoutineCard     *self);
/* @adherence: (nullable): NULL when it could not be counted. */
void           ft_routine_card_set_adherence   (FtRoutineCard     *self,
                                                const FtAdherence *adherence);
/* The shown words, for tests and screen readers. */
const char    *ft_routine_card_get_progress_text (FtRoutineCard   *self);
const char    *ft_routine_card_get_streak_text (FtRoutineCard     *self);
GtkMenuButton *ft_routine_card_get_menu_button (FtRoutineCard     *self);
GtkButton     *ft_routine_card_get_start_button (FtRoutineCard    *self);

G_END_DECLS
