/* ft-exercise-detail-page.h — one exercise in full: its picture, steps,
 * dose, equipment and cautions.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-exercise-catalog.h"

G_BEGIN_DECLS

#define FT_TYPE_EXERCISE_DETAIL_PAGE (ft_exercise_detail_page_get_type ())

G_DECLARE_FINAL_TYPE (FtExerciseDetailPage, ft_exercise_detail_page, FT, EXERCISE_DETAIL_PAGE,
                      AdwNavigationPage)

AdwNavigationPage *ft_exercise_detail_page_new          (FtExerciseCatalog    *catalog,
                                                         FtExercise           *exercise) G_GNUC_WARN_UNUSED_RESULT;
FtExercise        *ft_exercise_detail_page_get_exercise (FtExerciseDetailPage *self);
void               ft_exercise_detail_page_set_exercise (FtExerciseDetailPage *self,
                                                         FtExercise           *exercise);

G_END_DECLS
