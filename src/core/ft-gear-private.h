/* ft-gear-private.h — internals FtGear shares with its snapshot types.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FtGear loads items with a statement whose first columns are, by index:
 * 0 id, 1 kind, 2 name, 3 brand, 4 notes, 5 start_day, 6 retire_day,
 * 7 prior_distance_m, 8 threshold_distance_m, 9 threshold_days,
 * 10 created_us, 11 snooze_until_day, 12 snooze_until_distance_m,
 * 13 reminder_dismissed, 14 logged distance (metres), 15 the shoe an insert
 * sits in today, 16 that shoe's name.
 *
 * Events come from a statement whose columns are: 0 id, 1 kind, 2 day,
 * 3 created_us, 4 gear_id, 5 gear name, 6 gear kind, 7 target_gear_id,
 * 8 target name, 9 the shoe a moved insert came from, 10 its name, 11 label.
 */

#pragma once

#include "ft-database-private.h"
#include "ft-gear-event.h"
#include "ft-gear-item.h"

G_BEGIN_DECLS

/* ft-gear-item.c */
FtGearItem  *_ft_gear_item_new_from_row (sqlite3_stmt *stmt,
                                         const GDate  *today);
void         _ft_gear_item_add_insert   (FtGearItem   *self,
                                         gint64        insert_id,
                                         const char   *name);

/* ft-gear-event.c */
FtGearEvent *_ft_gear_event_new_from_row (sqlite3_stmt *stmt);

G_END_DECLS
