/* ft-routine-editor-dialog.h — the form for a routine: its name, target and
 * steps with their doses.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-exercise-catalog.h"
#include "ft-routine-book.h"

G_BEGIN_DECLS

#define FT_TYPE_ROUTINE_EDITOR_DIALOG (ft_routine_editor_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtRoutineEditorDialog, ft_routine_editor_dialog, FT, ROUTINE_EDITOR_DIALOG,
                      AdwDialog)

/* @routine: (nullable): NULL for a new routine. Emits ::saved (FtRoutine)
 * with the stored routine, then closes. */
AdwDialog *ft_routine_editor_dialog_new            (FtRoutineBook         *book,
                                                    FtExerciseCatalog     *catalog,
                                                    FtRoutine             *routine) G_GNUC_WARN_UNUSED_RESULT;
/* The steps as the form has them now. (transfer none) (element-type FtRoutineStep) */
GPtrArray *ft_routine_editor_dialog_get_steps      (FtRoutineEditorDialog *self);
/* Appends a step for @exercise with its default dose, as the picker does. */
void       ft_routine_editor_dialog_add_exercise   (FtRoutineEditorDialog *self,
                                                    FtExercise            *exercise);

G_END_DECLS
