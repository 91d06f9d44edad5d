/* ft-exercise-card.h — one exercise in the Exercises grid: its picture,
 * name, kind and dose.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-exercise.h"

G_BEGIN_DECLS

#define FT_TYPE_EXERCISE_CARD (ft_exercise_card_get_type ())

G_DECLARE_FINAL_TYPE (FtExerciseCard, ft_exercise_card, FT, EXERCISE_CARD, AdwBin)

GtkWidget  *ft_exercise_card_new          (void);
FtExercise *ft_exercise_card_get_exercise (FtExerciseCard *self);
void        ft_exercise_card_set_exercise (FtExerciseCard *self,
                                           FtExercise     *exercise);

G_END_DECLS
