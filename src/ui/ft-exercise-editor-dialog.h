/* ft-exercise-editor-dialog.h — the form for a person's own exercise, new
 * or to change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-exercise-catalog.h"

G_BEGIN_DECLS

#define FT_TYPE_EXERCISE_EDITOR_DIALOG (ft_exercise_editor_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtExerciseEditorDialog, ft_exercise_editor_dialog, FT, EXERCISE_EDITOR_DIALOG,
                      AdwDialog)

/* @exercise: the custom exercise to change, or NULL for a new one. The
 * dialog emits "saved" (FtExercise *stored) once the catalog took it. */
AdwDialog *ft_exercise_editor_dialog_new            (FtExerciseCatalog      *catalog,
                                                     FtExercise             *exercise) G_GNUC_WARN_UNUSED_RESULT;
/* What the file chooser calls with the picked file: checks and copies it
 * through the catalog and shows it. Tests call it directly, as the file
 * chooser cannot be driven headless. */
gboolean   ft_exercise_editor_dialog_set_image_file (FtExerciseEditorDialog *self,
                                                     GFile                  *file,
                                                     GError                **error);

G_END_DECLS
