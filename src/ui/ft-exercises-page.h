/* ft-exercises-page.h — the illustrated exercise cards, to browse, search
 * and filter, and the person's own exercises.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-page.h"

G_BEGIN_DECLS

#define FT_TYPE_EXERCISES_PAGE (ft_exercises_page_get_type ())

G_DECLARE_FINAL_TYPE (FtExercisesPage, ft_exercises_page, FT, EXERCISES_PAGE, FtPage)

/* Pushes the detail page of exercise @id, as activating its card does.
 * Returns FALSE when no exercise has that id. */
gboolean ft_exercises_page_show_exercise (FtExercisesPage *self,
                                          const char      *id);

G_END_DECLS
