/* ft-gear-editor-dialog.h — the form for a shoe, insole or other item, new or to change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-gear.h"

G_BEGIN_DECLS

#define FT_TYPE_GEAR_EDITOR_DIALOG (ft_gear_editor_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtGearEditorDialog, ft_gear_editor_dialog, FT, GEAR_EDITOR_DIALOG, AdwDialog)

/* @item: the item to change, or NULL for a new item of @kind. Distances
 * are shown and typed in @unit. The dialog closes once the store took it. */
AdwDialog  *ft_gear_editor_dialog_new (FtGear         *gear,
                                       FtGearItem     *item,
                                       FtGearKind      kind,
                                       FtDistanceUnit  unit) G_GNUC_WARN_UNUSED_RESULT;

/* Distances as people type and read them: "km" or "mi", translated. */
const char *ft_gear_unit_symbol       (FtDistanceUnit  unit);
/* "300 km", "12.5 mi": @value is in @unit, shown with at most one decimal. */
char       *ft_gear_format_distance   (double          value,
                                       FtDistanceUnit  unit);
/* Reads "300", "300 km", "186 mi" or "186 miles" into a value in @unit;
 * "" is 0. FALSE for anything else, or a negative number. */
gboolean    ft_gear_parse_distance    (const char     *text,
                                       FtDistanceUnit  unit,
                                       double         *value);

G_END_DECLS
