/* ft-rating-row.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-symptom.h"

G_BEGIN_DECLS

#define FT_TYPE_RATING_ROW (ft_rating_row_get_type ())

G_DECLARE_FINAL_TYPE (FtRatingRow, ft_rating_row, FT, RATING_ROW, AdwPreferencesRow)

GtkWidget *ft_rating_row_new         (FtSymptom   *symptom) G_GNUC_WARN_UNUSED_RESULT;
FtSymptom *ft_rating_row_get_symptom (FtRatingRow *self);
int        ft_rating_row_get_value   (FtRatingRow *self);
void       ft_rating_row_set_value   (FtRatingRow *self,
                                      int          value);

G_END_DECLS
