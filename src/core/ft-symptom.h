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

/* The words of the scale: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe. */
typedef enum
{
  FT_SEVERITY_NOT_RATED,
  FT_SEVERITY_NONE,
  FT_SEVERITY_MILD,
  FT_SEVERITY_MODERATE,
  FT_SEVERITY_SEVERE,
} FtSeverity;

FtSeverity  ft_rating_get_severity    (int        value);
const char *ft_rating_get_word        (int        value);

G_END_DECLS
