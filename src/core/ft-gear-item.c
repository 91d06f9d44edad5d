/* ft-gear-item.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-gear-item.h"

#include "ft-gear-private.h"
#include "ft-journal-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* A snapshot of one gear row and what was worked out for it. FtGear builds
 * it and never changes it after handing it out. */
struct _FtGearItem
{
  GObject     parent_instance;

  gint64      id;
  FtGearKind  kind;
  char       *name;
  char       *brand;
  char       *notes;
  char        start_key[11];
  char        retire_key[11];   /* "": current */
  gint64      created_us;
  int         age_days;
  double      prior_m;
  double      logged_m;
  double      threshold_m;      /* NAN: off */
  int         threshold_days;   /* 0: off */
  char        snooze_key[11];   /* "": none */
  double      snooze_m;         /* NAN: none */
  gboolean    dismissed;
  gboolean    reached_distance;
  gboolean    reached_age;
  FtGearWear  wear;
  gint64      shoe_id;
  char       *shoe_name;
  GArray     *insert_ids;
  GPtrArray  *insert_names;
};

G_DEFINE_ENUM_TYPE (FtGearKind, ft_gear_kind,
                    G_DEFINE_ENUM_VALUE (FT_GEAR_RUNNING_SHOE, "running-shoe"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_EVERYDAY_SHOE, "everyday-shoe"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_WORK_SHOE, "work-shoe"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_SANDAL, "sandal"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_INSOLE, "insole"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_ORTHOTIC, "orthotic"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_NIGHT_SPLINT, "night-splint"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_OTHER, "other"))

G_DEFINE_ENUM_TYPE (FtGearWear, ft_gear_wear,
                    G_DEFINE_ENUM_VALUE (FT_GEAR_WEAR_FINE, "fine"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_WEAR_WORN_OUT, "worn-out"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_WEAR_SNOOZED, "snoozed"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_WEAR_DISMISSED, "dismissed"))

G_DEFINE_FINAL_TYPE (FtGearItem, ft_gear_item, G_TYPE_OBJECT)

/* Stored in gear.kind; never translated. */
static const char * const kind_keys[] = {
  [FT_GEAR_RUNNING_SHOE] = "running_shoe",
  [FT_GEAR_EVERYDAY_SHOE] = "everyday_shoe",
  [FT_GEAR_WORK_SHOE] = "work_shoe",
  [FT_GEAR_SANDAL] = "sandal",
  [FT_GEAR_INSOLE] = "insole",
  [FT_GEAR_ORTHOTIC] = "orthotic",
  [FT_GEAR_NIGHT_SPLINT] = "night_splint",
  [FT_GEAR_OTHER] = "other",
};

static const char * const kind_labels[] = {
  [FT_GEAR_RUNNING_SHOE] = N_("Running shoe"),
  [FT_GEAR_EVERYDAY_SHOE] = N_("Everyday shoe"),
  [FT_GEAR_WORK_SHOE] = N_("Work shoe"),
  [FT_GEAR_SANDAL] = N_("Sandal or slipper"),
  [FT_GEAR_INSOLE] = N_("Insole"),
  [FT_GEAR_ORTHOTIC] = N_("Custom orthotic"),
  [FT_GEAR_NIGHT_SPLINT] = N_("Night splint"),
  [FT_GEAR_OTHER] = N_("Other"),
};

/**
 * ft_gear_kind_to_key:
 * @kind: a #FtGearKind
 *
 * Returns: (nullable): the key gear.kind stores, or %NULL for a value that
 *   is not a kind
 */
const char *
ft_gear_kind_to_key (FtGearKind kind)
{
  return _ft_database_key_for_value (kind_keys, G_N_ELEMENTS (kind_keys), (guint) kind);
}

/**
 * ft_gear_kind_from_key:
 * @key: (nullable): a key as gear.kind stores it
 * @kind: (out) (optional): the kind @key names
 *
 * Returns: %TRUE if @key names a kind
 */
gboolean
ft_gear_kind_from_key (const char *key,
                       FtGearKind *kind)
{
  guint value;

  if (!_ft_database_value_for_key (kind_keys, G_N_ELEMENTS (kind_keys), key, &value))
    return FALSE;

  if (kind != NULL)
    *kind = (FtGearKind) value;

  return TRUE;
}

/**
 * ft_gear_kind_get_label:
 * @kind: a #FtGearKind
 *
 * Returns: the kind's translated name, "Running shoe"
 */
const char *
ft_gear_kind_get_label (FtGearKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_labels), NULL);

  return _(kind_labels[kind]);
}

gboolean
ft_gear_kind_is_shoe (FtGearKind kind)
{
  return kind == FT_GEAR_RUNNING_SHOE || kind == FT_GEAR_EVERYDAY_SHOE ||
         kind == FT_GEAR_WORK_SHOE || kind == FT_GEAR_SANDAL;
}

gboolean
ft_gear_kind_is_insert (FtGearKind kind)
{
  return kind == FT_GEAR_INSOLE || kind == FT_GEAR_ORTHOTIC;
}

/**
 * ft_gear_kind_get_default_threshold:
 * @kind: a #FtGearKind
 * @threshold_m: (out) (optional): metres, or NAN for none
 * @threshold_days: (out) (optional): days, or 0 for none
 */
void
ft_gear_kind_get_default_threshold (FtGearKind  kind,
                                    double     *threshold_m,
                                    int        *threshold_days)
{
  if (threshold_m != NULL)
    *threshold_m = kind == FT_GEAR_RUNNING_SHOE ? FT_GEAR_DEFAULT_RUNNING_SHOE_M : NAN;
  if (threshold_days != NULL)
    *threshold_days = ft_gear_kind_is_insert (kind) ? FT_GEAR_DEFAULT_INSERT_DAYS : 0;
}

/**
 * ft_gear_distance_for_display:
 * @metres: a distance in metres
 * @unit: the unit to show it in
 *
 * Returns: @metres in @unit, rounded to %FT_GEAR_DISTANCE_DECIMALS
 */
double
ft_gear_distance_for_display (double         metres,
                              FtDistanceUnit unit)
{
  double scale = pow (10, FT_GEAR_DISTANCE_DECIMALS);

  if (isnan (metres))
    return NAN;

  return round (ft_distance_from_metres (metres, unit) * scale) / scale;
}

/**
 * ft_gear_fields_init:
 * @fields: (out caller-allocates): the fields to fill
 * @kind: the kind of the new item
 * @start_day: its first day
 * @unit: the unit the form shows distances in
 *
 * Fills @fields for a new item: no name, no distance yet, and the kind's
 * default thresholds.
 */
void
ft_gear_fields_init (FtGearFields   *fields,
                     FtGearKind      kind,
                     const GDate    *start_day,
                     FtDistanceUnit  unit)
{
  double threshold_m;

  g_return_if_fail (fields != NULL);
  g_return_if_fail (start_day != NULL);

  memset (fields, 0, sizeof *fields);
  fields->kind = kind;
  fields->start_day = *start_day;
  fields->unit = unit;
  ft_gear_kind_get_default_threshold (kind, &threshold_m, &fields->threshold_days);
  fields->threshold_distance = ft_gear_distance_for_display (threshold_m, unit);
}

static void
ft_gear_item_finalize (GObject *object)
{
  FtGearItem *self = FT_GEAR_ITEM (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->brand, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->shoe_name, g_free);
  g_clear_pointer (&self->insert_ids, g_array_unref);
  g_clear_pointer (&self->insert_names, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_gear_item_parent_class)->finalize (object);
}

static void
ft_gear_item_class_init (FtGearItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_gear_item_finalize;
}

static void
ft_gear_item_init (FtGearItem *self)
{
  self->threshold_m = NAN;
  self->snooze_m = NAN;
  self->insert_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->insert_names = g_ptr_array_new_with_free_func (g_free);
}

static void
column_key (sqlite3_stmt *stmt,
            int           column,
            char          key[11])
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  key[0] = '\0';
  if (text != NULL)
    g_strlcpy (key, text, 11);
}

static int
days_between (const char  *first_key,
              const GDate *last)
{
  GDate first;

  if (!_ft_journal_parse_day_key (first_key, &first))
    return 0;

  return g_date_days_between (&first, last);
}

static void
work_out_wear (FtGearItem  *self,
               const GDate *today)
{
  double total = self->prior_m + self->logged_m;
  gboolean snoozed = FALSE;

  self->reached_distance = !isnan (self->threshold_m) && total >= self->threshold_m;
  self->reached_age = self->threshold_days > 0 && self->age_days >= self->threshold_days;

  if (self->retire_key[0] != '\0' || (!self->reached_distance && !self->reached_age))
    {
      self->wear = FT_GEAR_WEAR_FINE;
      return;
    }

  if (self->dismissed)
    {
      self->wear = FT_GEAR_WEAR_DISMISSED;
      return;
    }

  /* Held back until the day or the distance, whichever comes first. */
  if (self->snooze_key[0] != '\0' || !isnan (self->snooze_m))
    {
      snoozed = TRUE;
      if (self->snooze_key[0] != '\0' && days_between (self->snooze_key, today) >= 0)
        snoozed = FALSE;
      if (!isnan (self->snooze_m) && total >= self->snooze_m)
        snoozed = FALSE;
    }

  self->wear = snoozed ? FT_GEAR_WEAR_SNOOZED : FT_GEAR_WEAR_WORN_OUT;
}

/**
 * _ft_gear_item_new_from_row:
 * @stmt: a statement on a row in the layout ft-gear-private.h describes
 * @today: the day ages and reminders are worked out for
 *
 * Returns: (transfer full) (nullable): the item, or %NULL if the row holds
 *   something the store would never write
 */
FtGearItem *
_ft_gear_item_new_from_row (sqlite3_stmt *stmt,
                            const GDate  *today)
{
  g_autoptr(FtGearItem) self = NULL;
  FtGearKind kind;
  GDate end;

  if (!ft_gear_kind_from_key ((const char *) sqlite3_column_text (stmt, 1), &kind))
    return NULL;

  self = g_object_new (FT_TYPE_GEAR_ITEM, NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->kind = kind;
  self->name = _ft_database_column_strdup (stmt, 2);
  self->brand = _ft_database_column_strdup (stmt, 3);
  self->notes = _ft_database_column_strdup (stmt, 4);
  column_key (stmt, 5, self->start_key);
  column_key (stmt, 6, self->retire_key);
  self->prior_m = sqlite3_column_double (stmt, 7);
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    self->threshold_m = sqlite3_column_double (stmt, 8);
  self->threshold_days = sqlite3_column_int (stmt, 9);
  self->created_us = sqlite3_column_int64 (stmt, 10);
  column_key (stmt, 11, self->snooze_key);
  if (sqlite3_column_type (stmt, 12) != SQLITE_NULL)
    self->snooze_m = sqlite3_column_double (stmt, 12);
  self->dismissed = sqlite3_column_int (stmt, 13) != 0;
  self->logged_m = sqlite3_column_double (stmt, 14);
  if (self->retire_key[0] == '\0')
    {
      self->shoe_id = sqlite3_column_int64 (stmt, 15);
      self->shoe_name = _ft_database_column_strdup (stmt, 16);
    }

  if (self->retire_key[0] == '\0' || !_ft_journal_parse_day_key (self->retire_key, &end))
    end = *today;
  self->age_days = MAX (0, days_between (self->start_key, &end));

  work_out_wear (self, today);

  return g_steal_pointer (&self);
}

void
_ft_gear_item_add_insert (FtGearItem *self,
                          gint64      insert_id,
                          const char *name)
{
  g_return_if_fail (FT_IS_GEAR_ITEM (self));

  g_array_append_val (self->insert_ids, insert_id);
  g_ptr_array_add (self->insert_names, g_strdup (name));
}

gint64
ft_gear_item_get_id (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->id;
}

FtGearKind
ft_gear_item_get_kind (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FT_GEAR_OTHER);

  return self->kind;
}

const char *
ft_gear_item_get_name (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), NULL);

  return self->name;
}

const char *
ft_gear_item_get_brand (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), NULL);

  return self->brand;
}

const char *
ft_gear_item_get_notes (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), NULL);

  return self->notes;
}

void
ft_gear_item_get_start_day (FtGearItem *self,
                            GDate      *day)
{
  g_return_if_fail (FT_IS_GEAR_ITEM (self));
  g_return_if_fail (day != NULL);

  _ft_journal_parse_day_key (self->start_key, day);
}

const char *
ft_gear_item_get_start_day_key (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), NULL);

  return self->start_key;
}

/**
 * ft_gear_item_get_retire_day:
 * @self: a #FtGearItem
 * @day: (out caller-allocates): the retire day, if there is one
 *
 * Returns: %TRUE if the item is retired
 */
gboolean
ft_gear_item_get_retire_day (FtGearItem *self,
                             GDate      *day)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (self->retire_key[0] == '\0')
    return FALSE;

  return _ft_journal_parse_day_key (self->retire_key, day);
}

gboolean
ft_gear_item_is_retired (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);

  return self->retire_key[0] != '\0';
}

gint64
ft_gear_item_get_created_us (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->created_us;
}

int
ft_gear_item_get_age_days (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->age_days;
}

double
ft_gear_item_get_prior_distance (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->prior_m;
}

double
ft_gear_item_get_logged_distance (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->logged_m;
}

double
ft_gear_item_get_total_distance (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->prior_m + self->logged_m;
}

/**
 * ft_gear_item_get_threshold_distance:
 * @self: a #FtGearItem
 * @metres: (out) (optional): the threshold, if there is one
 *
 * Returns: %TRUE if the item has a distance threshold
 */
gboolean
ft_gear_item_get_threshold_distance (FtGearItem *self,
                                     double     *metres)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);

  if (isnan (self->threshold_m))
    return FALSE;

  if (metres != NULL)
    *metres = self->threshold_m;

  return TRUE;
}

/**
 * ft_gear_item_get_threshold_days:
 * @self: a #FtGearItem
 * @days: (out) (optional): the threshold, if there is one
 *
 * Returns: %TRUE if the item has an age threshold
 */
gboolean
ft_gear_item_get_threshold_days (FtGearItem *self,
                                 int        *days)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);

  if (self->threshold_days <= 0)
    return FALSE;

  if (days != NULL)
    *days = self->threshold_days;

  return TRUE;
}

FtGearWear
ft_gear_item_get_wear (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FT_GEAR_WEAR_FINE);

  return self->wear;
}

gboolean
ft_gear_item_reached_distance (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);

  return self->reached_distance;
}

gboolean
ft_gear_item_reached_age (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);

  return self->reached_age;
}

gboolean
ft_gear_item_is_worn_out (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);

  return self->wear == FT_GEAR_WEAR_WORN_OUT;
}

gboolean
ft_gear_item_get_snoozed_until_day (FtGearItem *self,
                                    GDate      *day)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (self->snooze_key[0] == '\0')
    return FALSE;

  return _ft_journal_parse_day_key (self->snooze_key, day);
}

gboolean
ft_gear_item_get_snoozed_until_distance (FtGearItem *self,
                                         double     *metres)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), FALSE);

  if (isnan (self->snooze_m))
    return FALSE;

  if (metres != NULL)
    *metres = self->snooze_m;

  return TRUE;
}

gint64
ft_gear_item_get_shoe_id (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->shoe_id;
}

const char *
ft_gear_item_get_shoe_name (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), NULL);

  return self->shoe_name;
}

guint
ft_gear_item_get_n_inserts (FtGearItem *self)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);

  return self->insert_ids->len;
}

gint64
ft_gear_item_get_nth_insert_id (FtGearItem *self,
                                guint       index)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), 0);
  g_return_val_if_fail (index < self->insert_ids->len, 0);

  return g_array_index (self->insert_ids, gint64, index);
}

const char *
ft_gear_item_get_nth_insert_name (FtGearItem *self,
                                  guint       index)
{
  g_return_val_if_fail (FT_IS_GEAR_ITEM (self), NULL);
  g_return_val_if_fail (index < self->insert_names->len, NULL);

  return g_ptr_array_index (self->insert_names, index);
}

/**
 * ft_gear_item_get_fields:
 * @self: a #FtGearItem
 * @unit: the unit the form shows distances in
 * @fields: (out caller-allocates): the item's values
 *
 * Distances come rounded as they are shown, so that saving @fields unchanged
 * leaves every stored distance exactly as it was.
 */
void
ft_gear_item_get_fields (FtGearItem     *self,
                         FtDistanceUnit  unit,
                         FtGearFields   *fields)
{
  g_return_if_fail (FT_IS_GEAR_ITEM (self));
  g_return_if_fail (fields != NULL);

  memset (fields, 0, sizeof *fields);
  fields->kind = self->kind;
  fields->name = self->name;
  fields->brand = self->brand;
  fields->notes = self->notes;
  _ft_journal_parse_day_key (self->start_key, &fields->start_day);
  fields->unit = unit;
  fields->prior_distance = ft_gear_distance_for_display (self->prior_m, unit);
  fields->threshold_distance = ft_gear_distance_for_display (self->threshold_m, unit);
  fields->threshold_days = self->threshold_days;
}
