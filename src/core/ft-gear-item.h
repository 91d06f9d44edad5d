/* ft-gear-item.h — one shoe, insole or other item, with its worked-out state.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An FtGearItem is an immutable snapshot that FtGear hands out: what is
 * stored for the item plus what the store worked out for "today" (the
 * journal's today when the snapshot was made): its age, its distance, where
 * it sits and whether it is worn out. Distances are in metres; turn them into
 * the person's unit with ft_distance_from_metres() or, for anything shown
 * and then saved again, ft_gear_item_get_fields().
 */

#pragma once

#include <glib-object.h>

#include "ft-distance.h"

G_BEGIN_DECLS

/**
 * FtGearKind:
 * @FT_GEAR_RUNNING_SHOE: a running shoe; runs in the journal are credited to one
 * @FT_GEAR_EVERYDAY_SHOE: an everyday shoe
 * @FT_GEAR_WORK_SHOE: a work shoe
 * @FT_GEAR_SANDAL: a sandal or slipper
 * @FT_GEAR_INSOLE: an insole; it sits in a shoe
 * @FT_GEAR_ORTHOTIC: a custom orthotic; it sits in a shoe
 * @FT_GEAR_NIGHT_SPLINT: a night splint
 * @FT_GEAR_OTHER: anything else
 *
 * Shoes (the first four) can hold inserts (insoles and orthotics).
 */
typedef enum
{
  FT_GEAR_RUNNING_SHOE,
  FT_GEAR_EVERYDAY_SHOE,
  FT_GEAR_WORK_SHOE,
  FT_GEAR_SANDAL,
  FT_GEAR_INSOLE,
  FT_GEAR_ORTHOTIC,
  FT_GEAR_NIGHT_SPLINT,
  FT_GEAR_OTHER,
} FtGearKind;

#define FT_GEAR_N_KINDS (FT_GEAR_OTHER + 1)

/**
 * FtGearWear:
 * @FT_GEAR_WEAR_FINE: no threshold reached, no threshold set, or retired
 * @FT_GEAR_WEAR_WORN_OUT: a threshold is reached and the person has not
 *   put the reminder off: show the banner
 * @FT_GEAR_WEAR_SNOOZED: a threshold is reached but "Remind me later" holds
 *   the reminder back until a day or a distance
 * @FT_GEAR_WEAR_DISMISSED: a threshold is reached and the person dismissed
 *   the reminder; it stays quiet until the thresholds are changed
 */
typedef enum
{
  FT_GEAR_WEAR_FINE,
  FT_GEAR_WEAR_WORN_OUT,
  FT_GEAR_WEAR_SNOOZED,
  FT_GEAR_WEAR_DISMISSED,
} FtGearWear;

/**
 * FtGearFields:
 * @kind: the kind
 * @name: 1 to 200 characters once trimmed
 * @brand: (nullable): brand and model, up to 200 characters; %NULL or "" for none
 * @notes: (nullable): up to 10 000 characters; %NULL or "" for none
 * @start_day: the first day the item was worn; today or earlier
 * @unit: the unit of @prior_distance and @threshold_distance
 * @prior_distance: distance already on the item when it was added, >= 0
 * @threshold_distance: replace it at this distance; NAN: no distance threshold
 * @threshold_days: replace it after this many days; 0: no age threshold
 *
 * What a person edits about an item. Fill it with ft_gear_fields_init() for
 * a new item or ft_gear_item_get_fields() for an existing one, change what
 * the person changed and give it to ft_gear_add_item() or ft_gear_edit_item().
 *
 * Distances are in the person's unit, as typed or as shown: a distance whose
 * value, rounded to FT_GEAR_DISTANCE_DECIMALS in @unit, equals the stored
 * one rounded the same way is left exactly as stored, so saving a form
 * unchanged never moves a distance, however often the unit is switched.
 * The strings are borrowed; the struct owns nothing.
 */
typedef struct
{
  FtGearKind      kind;
  const char     *name;
  const char     *brand;
  const char     *notes;
  GDate           start_day;
  FtDistanceUnit  unit;
  double          prior_distance;
  double          threshold_distance;
  int             threshold_days;
} FtGearFields;

/* Distances are shown and compared with this many decimals (0.1 km, 0.1 mi). */
#define FT_GEAR_DISTANCE_DECIMALS 1

/* Defaults for a new item: running shoes 600 km, insoles and orthotics a
 * year, everything else off. */
#define FT_GEAR_DEFAULT_RUNNING_SHOE_M 600000.0
#define FT_GEAR_DEFAULT_INSERT_DAYS 365

#define FT_TYPE_GEAR_KIND (ft_gear_kind_get_type ())
GType       ft_gear_kind_get_type              (void) G_GNUC_CONST;
/* "running_shoe", …, as stored; NULL for a value out of range. */
const char *ft_gear_kind_to_key                (FtGearKind      kind);
gboolean    ft_gear_kind_from_key              (const char     *key,
                                                FtGearKind     *kind);
/* "Running shoe", translated. */
const char *ft_gear_kind_get_label             (FtGearKind      kind);
/* Running, everyday and work shoes and sandals: they can hold inserts. */
gboolean    ft_gear_kind_is_shoe               (FtGearKind      kind);
/* Insoles and orthotics: they move between shoes. */
gboolean    ft_gear_kind_is_insert             (FtGearKind      kind);
/* The thresholds a new item of @kind starts with: metres (NAN: off) and
 * days (0: off). */
void        ft_gear_kind_get_default_threshold (FtGearKind      kind,
                                                double         *threshold_m,
                                                int            *threshold_days);

#define FT_TYPE_GEAR_WEAR (ft_gear_wear_get_type ())
GType       ft_gear_wear_get_type              (void) G_GNUC_CONST;

/* Fills @fields for a new item of @kind starting on @start_day: no name,
 * no distance, the kind's default thresholds in @unit. */
void        ft_gear_fields_init                (FtGearFields   *fields,
                                                FtGearKind      kind,
                                                const GDate    *start_day,
                                                FtDistanceUnit  unit);

/* Rounds @metres to what is shown in @unit (FT_GEAR_DISTANCE_DECIMALS). */
double      ft_gear_distance_for_display       (double          metres,
                                                FtDistanceUnit  unit);

#define FT_TYPE_GEAR_ITEM (ft_gear_item_get_type ())

G_DECLARE_FINAL_TYPE (FtGearItem, ft_gear_item, FT, GEAR_ITEM, GObject)

gint64      ft_gear_item_get_id                (FtGearItem     *self);
FtGearKind  ft_gear_item_get_kind              (FtGearItem     *self);
const char *ft_gear_item_get_name              (FtGearItem     *self);
/* NULL: none. */
const char *ft_gear_item_get_brand             (FtGearItem     *self);
/* NULL: none. */
const char *ft_gear_item_get_notes             (FtGearItem     *self);
void        ft_gear_item_get_start_day         (FtGearItem     *self,
                                                GDate          *day);
/* "YYYY-MM-DD". */
const char *ft_gear_item_get_start_day_key     (FtGearItem     *self);
/* FALSE (and @day untouched) while the item is current. */
gboolean    ft_gear_item_get_retire_day        (FtGearItem     *self,
                                                GDate          *day);
gboolean    ft_gear_item_is_retired            (FtGearItem     *self);
gint64      ft_gear_item_get_created_us        (FtGearItem     *self);

/* Days from the start day to the retire day, or to today while current. */
int         ft_gear_item_get_age_days          (FtGearItem     *self);

/* Distances, in metres. Logged is manual entries plus journal runs credited
 * to the item; total is prior plus logged. */
double      ft_gear_item_get_prior_distance    (FtGearItem     *self);
double      ft_gear_item_get_logged_distance   (FtGearItem     *self);
double      ft_gear_item_get_total_distance    (FtGearItem     *self);

/* Thresholds: FALSE when off. */
gboolean    ft_gear_item_get_threshold_distance (FtGearItem    *self,
                                                 double        *metres);
gboolean    ft_gear_item_get_threshold_days    (FtGearItem     *self,
                                                int            *days);

/* The reminder's state, worked out for today. */
FtGearWear  ft_gear_item_get_wear              (FtGearItem     *self);
/* Which thresholds are reached, whatever the reminder's state. */
gboolean    ft_gear_item_reached_distance      (FtGearItem     *self);
gboolean    ft_gear_item_reached_age           (FtGearItem     *self);
/* TRUE only for FT_GEAR_WEAR_WORN_OUT: the page shows a banner. */
gboolean    ft_gear_item_is_worn_out           (FtGearItem     *self);
/* "Remind me later" holds the reminder until this day and/or total
 * distance, whichever comes first; FALSE when not set. */
gboolean    ft_gear_item_get_snoozed_until_day (FtGearItem     *self,
                                                GDate          *day);
gboolean    ft_gear_item_get_snoozed_until_distance (FtGearItem *self,
                                                     double     *metres);

/* Where an insert sits today: the shoe's id and name, or 0 and NULL when it
 * is in no shoe (or is not an insert, or is retired). */
gint64      ft_gear_item_get_shoe_id           (FtGearItem     *self);
const char *ft_gear_item_get_shoe_name         (FtGearItem     *self);
/* What a shoe holds today: current inserts, in the order they went in.
 * Two inserts in one shoe are allowed (an orthotic over a thin insole). */
guint       ft_gear_item_get_n_inserts         (FtGearItem     *self);
gint64      ft_gear_item_get_nth_insert_id     (FtGearItem     *self,
                                                guint           index);
const char *ft_gear_item_get_nth_insert_name   (FtGearItem     *self,
                                                guint           index);

/* The item's values for an edit form, distances rounded for display in
 * @unit; the strings are the item's and live as long as it does. */
void        ft_gear_item_get_fields            (FtGearItem     *self,
                                                FtDistanceUnit  unit,
                                                FtGearFields   *fields);

G_END_DECLS
