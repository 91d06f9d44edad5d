/* ft-exercise-private.h — what the catalog needs of an exercise beyond the
 * public setters.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-exercise.h"

G_BEGIN_DECLS

void      _ft_exercise_set_id              (FtExercise *self,
                                            const char *id);
void      _ft_exercise_set_name            (FtExercise *self,
                                            const char *name);
gint64    _ft_exercise_get_created_us      (FtExercise *self);
void      _ft_exercise_set_created_us      (FtExercise *self,
                                            gint64      created_us);
/* "custom:12" for 12. */
char     *_ft_exercise_custom_id_to_string (gint64      custom_id);
/* TRUE and the row id for "custom:12"; FALSE for anything else. */
gboolean  _ft_exercise_parse_custom_id     (const char *id,
                                            gint64     *custom_id);

G_END_DECLS
