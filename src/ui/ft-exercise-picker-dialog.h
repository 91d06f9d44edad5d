/* ft-exercise-picker-dialog.h — choose an exercise from the catalog, to add
 * to a routine.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-exercise-catalog.h"

G_BEGIN_DECLS

#define FT_TYPE_EXERCISE_PICKER_DIALOG (ft_exercise_picker_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtExercisePickerDialog, ft_exercise_picker_dialog, FT, EXERCISE_PICKER_DIALOG,
                      AdwDialog)

/* Emits ::picked (FtExercise) and closes when a row is activated. */
AdwDialog *ft_exercise_picker_dialog_new        (FtExerciseCatalog      *catalog) G_GNUC_WARN_UNUSED_RESULT;
void       ft_exercise_picker_dialog_set_search (FtExercisePickerDialog *self,
                                                 const char             *text);
/* The exercises the search leaves. (transfer none) */
GListModel *ft_exercise_picker_dialog_get_shown (FtExercisePickerDialog *self);
void       ft_exercise_picker_dialog_pick       (FtExercisePickerDialog *self,
                                                 FtExercise             *exercise);

G_END_DECLS
