/* ft-distance.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-distance.h"

#define METRES_PER_KILOMETRE 1000.0
#define METRES_PER_MILE 1609.344

/**
 * ft_distance_unit_from_key:
 * @key: "km" or "mi", as the distance-unit setting holds it
 *
 * Returns: the unit; anything but "mi" is kilometres
 */
FtDistanceUnit
ft_distance_unit_from_key (const char *key)
{
  return g_strcmp0 (key, "mi") == 0 ? FT_DISTANCE_MILES : FT_DISTANCE_KILOMETRES;
}

double
ft_distance_from_metres (double         metres,
                         FtDistanceUnit unit)
{
  return metres / (unit == FT_DISTANCE_MILES ? METRES_PER_MILE : METRES_PER_KILOMETRE);
}

double
ft_distance_to_metres (double         value,
                       FtDistanceUnit unit)
{
  return value * (unit == FT_DISTANCE_MILES ? METRES_PER_MILE : METRES_PER_KILOMETRE);
}
