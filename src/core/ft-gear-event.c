/* ft-gear-event.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-gear-event.h"

#include "ft-gear-private.h"
#include "ft-journal-private.h"

/* A snapshot of one gear_event row with the names it refers to. FtGear
 * builds it and never changes it after handing it out. */
struct _FtGearEvent
{
  GObject          parent_instance;

  gint64           id;
  FtGearEventKind  kind;
  char             day_key[11];
  gint64           created_us;
  gint64           gear_id;
  char            *gear_name;
  FtGearKind       gear_kind;
  gint64           to_id;
  char            *to_name;
  gint64           from_id;
  char            *from_name;
  char            *label;
};

G_DEFINE_ENUM_TYPE (FtGearEventKind, ft_gear_event_kind,
                    G_DEFINE_ENUM_VALUE (FT_GEAR_EVENT_START, "start"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_EVENT_RETIRE, "retire"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_EVENT_UNRETIRE, "unretire"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_EVENT_MOVE, "move"),
                    G_DEFINE_ENUM_VALUE (FT_GEAR_EVENT_CHANGE, "change"))

G_DEFINE_FINAL_TYPE (FtGearEvent, ft_gear_event, G_TYPE_OBJECT)

/* Stored in gear_event.kind; never translated. */
static const char * const event_keys[] = {
  [FT_GEAR_EVENT_START] = "start",
  [FT_GEAR_EVENT_RETIRE] = "retire",
  [FT_GEAR_EVENT_UNRETIRE] = "unretire",
  [FT_GEAR_EVENT_MOVE] = "move",
  [FT_GEAR_EVENT_CHANGE] = "change",
};

/**
 * ft_gear_event_kind_to_key:
 * @kind: a #FtGearEventKind
 *
 * Returns: (nullable): the key gear_event.kind stores, or %NULL for a value
 *   that is not a kind
 */
const char *
ft_gear_event_kind_to_key (FtGearEventKind kind)
{
  return _ft_database_key_for_value (event_keys, G_N_ELEMENTS (event_keys), (guint) kind);
}

/**
 * ft_gear_event_kind_from_key:
 * @key: (nullable): a key as gear_event.kind stores it
 * @kind: (out) (optional): the kind @key names
 *
 * Returns: %TRUE if @key names a kind
 */
gboolean
ft_gear_event_kind_from_key (const char      *key,
                             FtGearEventKind *kind)
{
  guint value;

  if (!_ft_database_value_for_key (event_keys, G_N_ELEMENTS (event_keys), key, &value))
    return FALSE;

  if (kind != NULL)
    *kind = (FtGearEventKind) value;

  return TRUE;
}

static void
ft_gear_event_finalize (GObject *object)
{
  FtGearEvent *self = FT_GEAR_EVENT (object);

  g_clear_pointer (&self->gear_name, g_free);
  g_clear_pointer (&self->to_name, g_free);
  g_clear_pointer (&self->from_name, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (ft_gear_event_parent_class)->finalize (object);
}

static void
ft_gear_event_class_init (FtGearEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_gear_event_finalize;
}

static void
ft_gear_event_init (FtGearEvent *self)
{
}

/**
 * _ft_gear_event_new_from_row:
 * @stmt: a statement on a row in the layout ft-gear-private.h describes
 *
 * Returns: (transfer full) (nullable): the event, or %NULL if the row holds
 *   something the store would never write
 */
FtGearEvent *
_ft_gear_event_new_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(FtGearEvent) self = NULL;
  const char *day = (const char *) sqlite3_column_text (stmt, 2);
  FtGearEventKind kind;
  GDate parsed;

  if (!ft_gear_event_kind_from_key ((const char *) sqlite3_column_text (stmt, 1), &kind) ||
      !_ft_journal_parse_day_key (day, &parsed))
    return NULL;

  self = g_object_new (FT_TYPE_GEAR_EVENT, NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->kind = kind;
  g_strlcpy (self->day_key, day, sizeof self->day_key);
  self->created_us = sqlite3_column_int64 (stmt, 3);
  self->gear_id = sqlite3_column_int64 (stmt, 4);
  self->gear_name = _ft_database_column_strdup (stmt, 5);
  if (!ft_gear_kind_from_key ((const char *) sqlite3_column_text (stmt, 6), &self->gear_kind))
    self->gear_kind = FT_GEAR_OTHER;
  self->to_id = sqlite3_column_int64 (stmt, 7);
  self->to_name = _ft_database_column_strdup (stmt, 8);
  self->from_id = sqlite3_column_int64 (stmt, 9);
  self->from_name = _ft_database_column_strdup (stmt, 10);
  self->label = _ft_database_column_strdup (stmt, 11);

  return g_steal_pointer (&self);
}

gint64
ft_gear_event_get_id (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), 0);

  return self->id;
}

FtGearEventKind
ft_gear_event_get_kind (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), FT_GEAR_EVENT_CHANGE);

  return self->kind;
}

void
ft_gear_event_get_day (FtGearEvent *self,
                       GDate       *day)
{
  g_return_if_fail (FT_IS_GEAR_EVENT (self));
  g_return_if_fail (day != NULL);

  _ft_journal_parse_day_key (self->day_key, day);
}

const char *
ft_gear_event_get_day_key (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), NULL);

  return self->day_key;
}

gint64
ft_gear_event_get_created_us (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), 0);

  return self->created_us;
}

gint64
ft_gear_event_get_gear_id (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), 0);

  return self->gear_id;
}

const char *
ft_gear_event_get_gear_name (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), NULL);

  return self->gear_name;
}

FtGearKind
ft_gear_event_get_gear_kind (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), FT_GEAR_OTHER);

  return self->gear_kind;
}

gint64
ft_gear_event_get_to_id (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), 0);

  return self->to_id;
}

const char *
ft_gear_event_get_to_name (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), NULL);

  return self->to_name;
}

gint64
ft_gear_event_get_from_id (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), 0);

  return self->from_id;
}

const char *
ft_gear_event_get_from_name (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), NULL);

  return self->from_name;
}

const char *
ft_gear_event_get_label (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), NULL);

  return self->label;
}

gboolean
ft_gear_event_is_editable (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), FALSE);

  return self->kind == FT_GEAR_EVENT_CHANGE;
}

gboolean
ft_gear_event_is_deletable (FtGearEvent *self)
{
  g_return_val_if_fail (FT_IS_GEAR_EVENT (self), FALSE);

  return self->kind == FT_GEAR_EVENT_CHANGE || self->kind == FT_GEAR_EVENT_MOVE;
}
