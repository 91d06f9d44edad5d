/* ft-gear-event.h — one dated change: an item started, retired, moved, or a free change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An FtGearEvent is an immutable snapshot that FtGear hands out. Events are
 * listed newest first: by day, then by when they were recorded, so a
 * back-dated event sorts by the day it happened.
 */

#pragma once

#include <glib-object.h>

#include "ft-gear-item.h"

G_BEGIN_DECLS

/**
 * FtGearEventKind:
 * @FT_GEAR_EVENT_START: the item was first worn
 * @FT_GEAR_EVENT_RETIRE: the item was retired
 * @FT_GEAR_EVENT_UNRETIRE: the item was brought back into use
 * @FT_GEAR_EVENT_MOVE: an insert went into a shoe, or was taken out
 * @FT_GEAR_EVENT_CHANGE: a free change with a label ("Started running on trails")
 */
typedef enum
{
  FT_GEAR_EVENT_START,
  FT_GEAR_EVENT_RETIRE,
  FT_GEAR_EVENT_UNRETIRE,
  FT_GEAR_EVENT_MOVE,
  FT_GEAR_EVENT_CHANGE,
} FtGearEventKind;

#define FT_TYPE_GEAR_EVENT_KIND (ft_gear_event_kind_get_type ())
GType           ft_gear_event_kind_get_type     (void) G_GNUC_CONST;
/* "start", "retire", "unretire", "move", "change", as stored. */
const char     *ft_gear_event_kind_to_key       (FtGearEventKind  kind);
gboolean        ft_gear_event_kind_from_key     (const char      *key,
                                                 FtGearEventKind *kind);

#define FT_TYPE_GEAR_EVENT (ft_gear_event_get_type ())

G_DECLARE_FINAL_TYPE (FtGearEvent, ft_gear_event, FT, GEAR_EVENT, GObject)

gint64          ft_gear_event_get_id            (FtGearEvent     *self);
FtGearEventKind ft_gear_event_get_kind          (FtGearEvent     *self);
void            ft_gear_event_get_day           (FtGearEvent     *self,
                                                 GDate           *day);
/* "YYYY-MM-DD". */
const char     *ft_gear_event_get_day_key       (FtGearEvent     *self);
/* When it was recorded, UTC microseconds; orders events of one day. */
gint64          ft_gear_event_get_created_us    (FtGearEvent     *self);

/* The item the event is about, with its name and kind when the event was
 * listed; 0 and NULL for a free change. */
gint64          ft_gear_event_get_gear_id       (FtGearEvent     *self);
const char     *ft_gear_event_get_gear_name     (FtGearEvent     *self);
/* Meaningless when the gear id is 0. */
FtGearKind      ft_gear_event_get_gear_kind     (FtGearEvent     *self);

/* For a move: the shoe the insert went into (0 and NULL: taken out) and the
 * shoe it came from (0 and NULL: it was in none). */
gint64          ft_gear_event_get_to_id         (FtGearEvent     *self);
const char     *ft_gear_event_get_to_name       (FtGearEvent     *self);
gint64          ft_gear_event_get_from_id       (FtGearEvent     *self);
const char     *ft_gear_event_get_from_name     (FtGearEvent     *self);

/* A free change's label; NULL for other events. */
const char     *ft_gear_event_get_label         (FtGearEvent     *self);

/* Whether ft_gear_edit_change() / ft_gear_delete_event() take it: free
 * changes can be edited and deleted, moves deleted; start, retire and
 * un-retire follow the item and change with it. */
gboolean        ft_gear_event_is_editable       (FtGearEvent     *self);
gboolean        ft_gear_event_is_deletable      (FtGearEvent     *self);

G_END_DECLS
