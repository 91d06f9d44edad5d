/* ft-gear.h — shoes, insoles and other gear: inventory, dated changes, wear.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules
 * =====
 *
 * Days. Every day is today or earlier; "today" is the journal's
 * (ft_journal_get_today()), the store never reads the clock. An item is in
 * use on a day from its start day to its retire day, both included.
 *
 * Events. Adding, retiring and un-retiring an item, and moving an insert,
 * each write a dated event in the same transaction as the change itself.
 * Events are back-datable and listed newest first: by day, then by when they
 * were recorded. Editing an item's start day moves its start event with it.
 *
 * Placement. Which shoe an insert (insole or orthotic) sits in on a day is
 * the target of its latest move on or before that day, while the insert is
 * in use; a retired insert sits nowhere after its retire day. An insert has
 * at most one move a day, so it is never in two shoes on one day. One shoe
 * may hold more than one insert (an orthotic over a thin insole). Only
 * inserts move, only into shoes in use that day, and retired inserts do not
 * move.
 *
 * Distance. An item's total is its prior distance, plus manual entries,
 * plus runs from the journal. A journal day's run is credited once: the
 * longest run_distance_m among that day's entries (left, right, both — one
 * run noted on each foot is still one run). It goes to the shoe marked worn
 * on the entry that holds it; if that entry marks none, to the shoe marked
 * on another entry that day (left, then right, then both); if none is
 * marked, to the day's default running shoe: of the running shoes in use
 * that day, the one started last (then the one added last).
 *
 * Manual entries. A distance added by hand sits on a day the item was in
 * use. It can be removed, and put back exactly (same id when still free)
 * while its item still exists and was in use that day.
 *
 * Wear. A current item is worn out when its total reaches the distance
 * threshold or its age (today minus start day) reaches the day threshold.
 * "Remind me later" holds the reminder until a day or a total distance,
 * whichever comes first; "dismiss" holds it until the thresholds change.
 * Changing a threshold clears both.
 *
 * Signals. FtGear::changed (no arguments) is emitted after every change the
 * store makes and whenever the journal's entries change (runs and worn
 * shoes move distances), once the list models are up to date.
 *
 * Errors. Refused input is FT_ERROR_INVALID with a message a person can act
 * on; an item, event or manual distance that is gone is FT_ERROR_INVALID
 * too ("… may have been deleted"); restoring a move whose insert has moved
 * on that day since, or a distance that is back already, is
 * FT_ERROR_EXISTS.
 */

#pragma once

#include <glib-object.h>
#include <gio/gio.h>

#include "ft-gear-event.h"
#include "ft-gear-item.h"
#include "ft-journal.h"

G_BEGIN_DECLS

/* What "Remind me later" suggests: two weeks or 50 km more. */
#define FT_GEAR_SNOOZE_DAYS 14
#define FT_GEAR_SNOOZE_DISTANCE_M 50000.0

/**
 * FtGearDeletion:
 *
 * What ft_gear_delete_item() took away — the item, its events, its manual
 * distances, the journal days that named it and the moves into it — so that
 * ft_gear_restore_item() can put all of it back exactly.
 */
typedef struct _FtGearDeletion FtGearDeletion;

#define FT_TYPE_GEAR_DELETION (ft_gear_deletion_get_type ())
GType           ft_gear_deletion_get_type         (void) G_GNUC_CONST;
FtGearDeletion *ft_gear_deletion_copy             (FtGearDeletion  *deletion);
void            ft_gear_deletion_free             (FtGearDeletion  *deletion);
/* The item as it was just before it was deleted. */
FtGearItem     *ft_gear_deletion_get_item         (FtGearDeletion  *deletion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtGearDeletion, ft_gear_deletion_free)

/**
 * FtGearDistance:
 *
 * One distance a person added to an item by hand, as stored: it is all
 * ft_gear_restore_distance() needs to put a removed one back exactly.
 * Immutable.
 */
typedef struct _FtGearDistance FtGearDistance;

#define FT_TYPE_GEAR_DISTANCE (ft_gear_distance_get_type ())
GType           ft_gear_distance_get_type         (void) G_GNUC_CONST;
FtGearDistance *ft_gear_distance_copy             (FtGearDistance  *distance);
void            ft_gear_distance_free             (FtGearDistance  *distance);
gint64          ft_gear_distance_get_id           (FtGearDistance  *distance);
gint64          ft_gear_distance_get_gear_id      (FtGearDistance  *distance);
void            ft_gear_distance_get_day          (FtGearDistance  *distance,
                                                   GDate           *day);
/* "YYYY-MM-DD". */
const char     *ft_gear_distance_get_day_key      (FtGearDistance  *distance);
/* Metres, as stored; ft_gear_distance_for_display() rounds it for showing. */
double          ft_gear_distance_get_metres       (FtGearDistance  *distance);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtGearDistance, ft_gear_distance_free)

#define FT_TYPE_GEAR (ft_gear_get_type ())

G_DECLARE_FINAL_TYPE (FtGear, ft_gear, FT, GEAR, GObject)

/* Shares @journal's database and today; refreshes when the journal changes. */
FtGear         *ft_gear_new                       (FtJournal       *journal) G_GNUC_WARN_UNUSED_RESULT;
FtJournal      *ft_gear_get_journal               (FtGear          *self);

/* Live lists, kept up to date after every change (items-changed) and
 * whenever the journal changes. Current items: newest start first; retired
 * items: latest retire first; events: newest first. (transfer none) */
GListModel     *ft_gear_get_current_items         (FtGear          *self);
GListModel     *ft_gear_get_retired_items         (FtGear          *self);
GListModel     *ft_gear_get_events                (FtGear          *self);
/* Reloads the lists, e.g. after midnight, when ages change. Emits changed. */
gboolean        ft_gear_reload                    (FtGear          *self,
                                                   GError         **error);

/* Items. The lists as arrays: (element-type FtGearItem) */
GPtrArray      *ft_gear_list_items                (FtGear          *self,
                                                   gboolean         retired,
                                                   GError         **error);
FtGearItem     *ft_gear_get_item                  (FtGear          *self,
                                                   gint64           gear_id,
                                                   GError         **error);
FtGearItem     *ft_gear_add_item                  (FtGear          *self,
                                                   const FtGearFields *fields,
                                                   GError         **error);
gboolean        ft_gear_edit_item                 (FtGear          *self,
                                                   gint64           gear_id,
                                                   const FtGearFields *fields,
                                                   GError         **error);
gboolean        ft_gear_retire_item               (FtGear          *self,
                                                   gint64           gear_id,
                                                   const GDate     *day,
                                                   GError         **error);
gboolean        ft_gear_unretire_item             (FtGear          *self,
                                                   gint64           gear_id,
                                                   const GDate     *day,
                                                   GError         **error);
/* How many records besides its start event tie the item to the history:
 * events (its own and moves into it), manual distances and journal days
 * naming it. Non-zero: ask before deleting. */
gboolean        ft_gear_count_item_history        (FtGear          *self,
                                                   gint64           gear_id,
                                                   gint64          *count,
                                                   GError         **error);
FtGearDeletion *ft_gear_delete_item               (FtGear          *self,
                                                   gint64           gear_id,
                                                   GError         **error);
/* Puts everything back; rows get their old ids when those are still free. */
gboolean        ft_gear_restore_item              (FtGear          *self,
                                                   FtGearDeletion  *deletion,
                                                   GError         **error);

/* Placement: which shoe an insert sits in on @day (0: none), and the
 * default running shoe on @day (0: none in use). */
gboolean        ft_gear_get_shoe_on_day           (FtGear          *self,
                                                   gint64           insert_id,
                                                   const GDate     *day,
                                                   gint64          *shoe_id,
                                                   GError         **error);
gboolean        ft_gear_get_default_shoe          (FtGear          *self,
                                                   const GDate     *day,
                                                   gint64          *shoe_id,
                                                   GError         **error);
/* Shoes in use on @day, for the check-in's "worn" choice: running shoes
 * first, then by name. (element-type FtGearItem) */
GPtrArray      *ft_gear_list_shoes_on_day         (FtGear          *self,
                                                   const GDate     *day,
                                                   GError         **error);
/* Moves an insert into @shoe_id on @day, or out of any shoe (@shoe_id 0). */
FtGearEvent    *ft_gear_move_insert               (FtGear          *self,
                                                   gint64           insert_id,
                                                   gint64           shoe_id,
                                                   const GDate     *day,
                                                   GError         **error);

/* Manual distance: @value in @unit, more than 0 and at most 1000 km.
 * Returns the entry, so that it can be taken back. */
FtGearDistance *ft_gear_add_distance              (FtGear          *self,
                                                   gint64           gear_id,
                                                   const GDate     *day,
                                                   double           value,
                                                   FtDistanceUnit   unit,
                                                   GError         **error) G_GNUC_WARN_UNUSED_RESULT;
/* An item's manual distances, newest day first (then the one added
 * last). (element-type FtGearDistance) */
GPtrArray      *ft_gear_list_distances            (FtGear          *self,
                                                   gint64           gear_id,
                                                   GError         **error);
/* Removes one of @gear_id's manual distances; returns it for
 * ft_gear_restore_distance(). */
FtGearDistance *ft_gear_delete_distance           (FtGear          *self,
                                                   gint64           gear_id,
                                                   gint64           distance_id,
                                                   GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ft_gear_restore_distance          (FtGear          *self,
                                                   FtGearDistance  *distance,
                                                   GError         **error);

/* Wear reminders. @until: today or later; @until_distance_m: a total in
 * metres, or NAN for none. */
gboolean        ft_gear_snooze_reminder           (FtGear          *self,
                                                   gint64           gear_id,
                                                   const GDate     *until,
                                                   double           until_distance_m,
                                                   GError         **error);
gboolean        ft_gear_dismiss_reminder          (FtGear          *self,
                                                   gint64           gear_id,
                                                   GError         **error);

/* Events. (element-type FtGearEvent), newest first. */
GPtrArray      *ft_gear_list_events               (FtGear          *self,
                                                   GError         **error);
GPtrArray      *ft_gear_list_item_events          (FtGear          *self,
                                                   gint64           gear_id,
                                                   GError         **error);
/* A free change: @label 1 to 500 characters once trimmed. */
FtGearEvent    *ft_gear_add_change                (FtGear          *self,
                                                   const GDate     *day,
                                                   const char      *label,
                                                   GError         **error);
gboolean        ft_gear_edit_change               (FtGear          *self,
                                                   gint64           event_id,
                                                   const GDate     *day,
                                                   const char      *label,
                                                   GError         **error);
/* Free changes and moves; returns the event for ft_gear_restore_event(). */
FtGearEvent    *ft_gear_delete_event              (FtGear          *self,
                                                   gint64           event_id,
                                                   GError         **error);
gboolean        ft_gear_restore_event             (FtGear          *self,
                                                   FtGearEvent     *event,
                                                   GError         **error);

G_END_DECLS
