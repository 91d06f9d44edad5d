/* ft-distance.h — distances are stored in metres and shown in km or miles.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FT_DISTANCE_KILOMETRES,
  FT_DISTANCE_MILES,
} FtDistanceUnit;

FtDistanceUnit ft_distance_unit_from_key (const char     *key);
double         ft_distance_from_metres   (double          metres,
                                          FtDistanceUnit  unit);
double         ft_distance_to_metres     (double          value,
                                          FtDistanceUnit  unit);

G_END_DECLS
