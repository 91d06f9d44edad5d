/* ft-gear-action-dialog.h — a small dated form: retire an item, move an
 * insole, add distance, or note a change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-gear.h"

G_BEGIN_DECLS

/**
 * FtGearAction:
 * @FT_GEAR_ACTION_RETIRE: retire an item on a day
 * @FT_GEAR_ACTION_MOVE: put an insert into a shoe (or take it out) on a day
 * @FT_GEAR_ACTION_ADD_DISTANCE: add distance to an item on a day
 * @FT_GEAR_ACTION_CHANGE: note a free change, or edit one
 */
typedef enum
{
  FT_GEAR_ACTION_RETIRE,
  FT_GEAR_ACTION_MOVE,
  FT_GEAR_ACTION_ADD_DISTANCE,
  FT_GEAR_ACTION_CHANGE,
} FtGearAction;

#define FT_TYPE_GEAR_ACTION_DIALOG (ft_gear_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtGearActionDialog, ft_gear_action_dialog, FT, GEAR_ACTION_DIALOG, AdwDialog)

/* @item: the item acted on (NULL for a change); @event: the change to
 * edit, or NULL for a new one. The dialog closes once the store took it;
 * adding distance emits ::distance-added (an FtGearDistance) first. */
AdwDialog *ft_gear_action_dialog_new (FtGear         *gear,
                                      FtGearAction    action,
                                      FtGearItem     *item,
                                      FtGearEvent    *event,
                                      FtDistanceUnit  unit) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
