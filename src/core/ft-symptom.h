/* ft-symptom.h — a kind of symptom the journal rates, built in or the person's own.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FT_TYPE_SYMPTOM (ft_symptom_get_type ())

G_DECLARE_FINAL_TYPE (FtSymptom, ft_symptom, FT, SYMPTOM, GObject)

gint64      ft_symptom_get_id         (FtSymptom *self);
const char *ft_symptom_get_key        (FtSymptom *self);
const char *ft_symptom_get_name       (FtSymptom *self);
gboolean    ft_symptom_get_builtin    (FtSymptom *self);
gboolean    ft_symptom_get_hidden     (FtSymptom *self);
int         ft_symptom_get_position   (FtSymptom *self);

/* Ratings run 0–10; a symptom left out of a day is not rated, which is
 * not the same as 0. */
#define FT_NOT_RATED (-1)
#define FT_RATING_MAX 10

const char *ft_rating_get_word        (int        value);

G_END_DECLS
