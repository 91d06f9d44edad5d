/* ft-rating-scale.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-symptom.h"

G_BEGIN_DECLS

#define FT_TYPE_RATING_SCALE (ft_rating_scale_get_type ())

G_DECLARE_FINAL_TYPE (FtRatingScale, ft_rating_scale, FT, RATING_SCALE, GtkWidget)

GtkWidget *ft_rating_scale_new       (void) G_GNUC_WARN_UNUSED_RESULT;
int        ft_rating_scale_get_value (FtRatingScale *self);
void       ft_rating_scale_set_value (FtRatingScale *self,
                                      int            value);

G_END_DECLS
