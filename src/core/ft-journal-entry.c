/* ft-journal-entry.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-journal-entry.h"

#include "ft-error.h"
#include "ft-journal-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

typedef struct
{
  gint64 symptom_id;
  int    value;
} Rating;

/* A snapshot of one journal_entry row and its ratings. The journal builds it
 * and never changes it after handing it out. */
struct _FtJournalEntry
{
  GObject   parent_instance;

  gint64    id;
  GDate     day;
  char      day_key[11];
  FtFoot    foot;
  double    hours_on_feet;      /* NAN: not recorded */
  double    run_distance_m;     /* NAN: not recorded */
  char     *note;
  gint64    created_us;
  gint64    updated_us;
  gint64    worn_gear_id;       /* 0: none */
  GArray   *ratings;            /* Rating, in symptom order */
  guint     note_for_therapist : 1;
};

G_DEFINE_ENUM_TYPE (FtFoot, ft_foot,
                    G_DEFINE_ENUM_VALUE (FT_FOOT_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (FT_FOOT_RIGHT, "right"),
                    G_DEFINE_ENUM_VALUE (FT_FOOT_BOTH, "both"))

G_DEFINE_FINAL_TYPE (FtJournalEntry, ft_journal_entry, G_TYPE_OBJECT)

/* Stored in journal_entry.foot; never translated. */
static const char * const foot_keys[] = {
  [FT_FOOT_LEFT] = "left",
  [FT_FOOT_RIGHT] = "right",
  [FT_FOOT_BOTH] = "both",
};

static void
ft_journal_entry_finalize (GObject *object)
{
  FtJournalEntry *self = FT_JOURNAL_ENTRY (object);

  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->ratings, g_array_unref);

  G_OBJECT_CLASS (ft_journal_entry_parent_class)->finalize (object);
}

static void
ft_journal_entry_class_init (FtJournalEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_journal_entry_finalize;
}

static void
ft_journal_entry_init (FtJournalEntry *self)
{
  g_date_clear (&self->day, 1);
  self->hours_on_feet = NAN;
  self->run_distance_m = NAN;
  self->ratings = g_array_new (FALSE, FALSE, sizeof (Rating));
}

/**
 * ft_foot_to_key:
 * @foot: a #FtFoot
 *
 * Returns: (nullable): "left", "right" or "both", as the journal stores it, or
 *   %NULL for a value that is not a foot
 */
const char *
ft_foot_to_key (FtFoot foot)
{
  return _ft_database_key_for_value (foot_keys, G_N_ELEMENTS (foot_keys), (guint) foot);
}

/**
 * ft_foot_from_key:
 * @key: (nullable): "left", "right" or "both"
 * @foot: (out) (optional): the foot @key names
 *
 * Returns: %TRUE if @key names a foot
 */
gboolean
ft_foot_from_key (const char *key,
                  FtFoot     *foot)
{
  guint value;

  if (!_ft_database_value_for_key (foot_keys, G_N_ELEMENTS (foot_keys), key, &value))
    return FALSE;

  if (foot != NULL)
    *foot = (FtFoot) value;

  return TRUE;
}

/**
 * ft_foot_get_label:
 * @foot: a #FtFoot
 *
 * Returns: (nullable): "Left foot", "Right foot" or "Both feet", translated,
 *   or %NULL for a value that is not a foot
 */
const char *
ft_foot_get_label (FtFoot foot)
{
  switch (foot)
    {
    case FT_FOOT_LEFT:
      return _("Left foot");

    case FT_FOOT_RIGHT:
      return _("Right foot");

    case FT_FOOT_BOTH:
      return _("Both feet");

    default:
      return NULL;
    }
}

/**
 * _ft_journal_day_key:
 * @day: a valid date
 * @out: (out caller-allocates): room for "YYYY-MM-DD" and its NUL
 *
 * Writes the key a day is stored under. It does not depend on the locale.
 */
void
_ft_journal_day_key (const GDate *day,
                     char         out[11])
{
  g_return_if_fail (day != NULL && g_date_valid (day));

  g_snprintf (out, 11, "%04u-%02u-%02u",
              (guint) g_date_get_year (day) % 10000,
              (guint) g_date_get_month (day),
              (guint) g_date_get_day (day));
}

/**
 * _ft_journal_check_day_key:
 * @day: (nullable): a day
 * @key: (out): its key, when it is valid
 * @error: return location for an #FtError
 *
 * Returns: %TRUE if @day is a valid date the journal can store
 */
gboolean
_ft_journal_check_day_key (const GDate  *day,
                           char          key[11],
                           GError      **error)
{
  /* A GDate year runs to 65535; the journal stores four digits. */
  if (day == NULL || !g_date_valid (day) || g_date_get_year (day) > 9999)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, _("That is not a valid date"));
      return FALSE;
    }

  _ft_journal_day_key (day, key);

  return TRUE;
}

/**
 * _ft_journal_check_recorded_day:
 * @day: (nullable): the day a record is for
 * @today: today
 * @key: (out): the key of @day, when it is valid
 * @error: return location for an #FtError
 *
 * Returns: %TRUE if @day is a valid date and not after @today
 */
gboolean
_ft_journal_check_recorded_day (const GDate  *day,
                                const GDate  *today,
                                char          key[11],
                                GError      **error)
{
  if (!_ft_journal_check_day_key (day, key, error))
    return FALSE;

  if (g_date_compare (day, today) > 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: %s is a date, 2026-03-31. */
                   _("%s is in the future; only today and earlier days can be recorded"), key);
      return FALSE;
    }

  return TRUE;
}

/**
 * _ft_journal_parse_day_key:
 * @key: a day key, "YYYY-MM-DD"
 * @day: (out): the day it names
 *
 * Returns: %TRUE if @key is a real calendar day in exactly that form
 */
gboolean
_ft_journal_parse_day_key (const char *key,
                           GDate      *day)
{
  guint fields[3] = { 0, 0, 0 };
  const guint widths[3] = { 4, 2, 2 };
  const char *p = key;

  g_return_val_if_fail (day != NULL, FALSE);

  if (key == NULL || strlen (key) != 10)
    return FALSE;

  for (guint f = 0; f < 3; f++)
    {
      for (guint i = 0; i < widths[f]; i++, p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          fields[f] = fields[f] * 10 + (guint) (*p - '0');
        }

      if (f < 2 && *p++ != '-')
        return FALSE;
    }

  if (fields[0] < 1 || fields[1] < 1 || fields[1] > 12 ||
      !g_date_valid_dmy ((GDateDay) fields[2], (GDateMonth) fields[1], (GDateYear) fields[0]))
    return FALSE;

  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) fields[2], (GDateMonth) fields[1], (GDateYear) fields[0]);

  return TRUE;
}

/**
 * _ft_journal_entry_new:
 * @id: the journal_entry row id
 * @day: a valid date
 * @foot: the foot
 *
 * Returns: (transfer full): an entry with nothing recorded yet, for the
 *   journal to fill in before handing it out
 */
FtJournalEntry *
_ft_journal_entry_new (gint64       id,
                       const GDate *day,
                       FtFoot       foot)
{
  FtJournalEntry *self;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (ft_foot_to_key (foot) != NULL, NULL);

  self = g_object_new (FT_TYPE_JOURNAL_ENTRY, NULL);
  self->id = id;
  self->day = *day;
  self->foot = foot;
  _ft_journal_day_key (day, self->day_key);

  return self;
}

/**
 * _ft_journal_entry_new_from_row:
 * @stmt: a statement on a row that starts with %FT_JOURNAL_ENTRY_COLUMNS
 *
 * Returns: (transfer full) (nullable): the entry, without its ratings, or
 *   %NULL if the row holds a day or foot no valid entry can have
 */
FtJournalEntry *
_ft_journal_entry_new_from_row (sqlite3_stmt *stmt)
{
  FtJournalEntry *self;
  GDate day;
  FtFoot foot;

  g_return_val_if_fail (stmt != NULL, NULL);

  if (!_ft_journal_parse_day_key ((const char *) sqlite3_column_text (stmt, 1), &day) ||
      !ft_foot_from_key ((const char *) sqlite3_column_text (stmt, 2), &foot))
    return NULL;

  self = _ft_journal_entry_new (sqlite3_column_int64 (stmt, 0), &day, foot);

  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    self->hours_on_feet = sqlite3_column_double (stmt, 3);
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    self->run_distance_m = sqlite3_column_double (stmt, 4);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    self->note = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  self->note_for_therapist = sqlite3_column_int (stmt, 6) != 0;
  self->created_us = sqlite3_column_int64 (stmt, 7);
  self->updated_us = sqlite3_column_int64 (stmt, 8);
  self->worn_gear_id = sqlite3_column_int64 (stmt, 9);

  return self;
}

gint64
_ft_journal_entry_get_id (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), 0);

  return self->id;
}

/**
 * ft_journal_entry_get_worn_gear_id:
 * @self: a #FtJournalEntry
 *
 * Returns: the shoe marked worn that day, or 0 if none is marked
 */
gint64
ft_journal_entry_get_worn_gear_id (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), 0);

  return self->worn_gear_id;
}

gint64
_ft_journal_entry_get_worn_gear_id (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), 0);

  return self->worn_gear_id;
}

/**
 * _ft_journal_entry_add_rating:
 * @self: an entry the journal is still building
 * @symptom_id: the symptom
 * @value: 0 to 10
 *
 * Appends a rating; the caller adds them in symptom order.
 */
void
_ft_journal_entry_add_rating (FtJournalEntry *self,
                              gint64          symptom_id,
                              int             value)
{
  Rating rating = { symptom_id, value };

  g_return_if_fail (FT_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (value >= 0 && value <= FT_RATING_MAX);

  g_array_append_val (self->ratings, rating);
}

void
ft_journal_entry_get_day (FtJournalEntry *self,
                          GDate          *day)
{
  g_return_if_fail (FT_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (day != NULL);

  *day = self->day;
}

/**
 * ft_journal_entry_get_day_key:
 * @self: a #FtJournalEntry
 *
 * Returns: the entry's local calendar day as "YYYY-MM-DD"
 */
const char *
ft_journal_entry_get_day_key (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), NULL);

  return self->day_key;
}

FtFoot
ft_journal_entry_get_foot (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), FT_FOOT_LEFT);

  return self->foot;
}

/**
 * ft_journal_entry_get_rating:
 * @self: a #FtJournalEntry
 * @symptom_id: a symptom's id
 *
 * Returns: the rating, 0 to 10, or %FT_NOT_RATED if the symptom was left out
 */
int
ft_journal_entry_get_rating (FtJournalEntry *self,
                             gint64          symptom_id)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), FT_NOT_RATED);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      const Rating *rating = &g_array_index (self->ratings, Rating, i);

      if (rating->symptom_id == symptom_id)
        return rating->value;
    }

  return FT_NOT_RATED;
}

guint
ft_journal_entry_get_n_ratings (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), 0);

  return self->ratings->len;
}

/**
 * ft_journal_entry_get_nth_rating:
 * @self: a #FtJournalEntry
 * @index: less than ft_journal_entry_get_n_ratings()
 * @symptom_id: (out) (optional): the symptom rated
 * @value: (out) (optional): its rating, 0 to 10
 *
 * Ratings come in the symptoms' order, as the check-in lists them.
 */
void
ft_journal_entry_get_nth_rating (FtJournalEntry *self,
                                 guint           index,
                                 gint64         *symptom_id,
                                 int            *value)
{
  const Rating *rating;

  g_return_if_fail (FT_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (index < self->ratings->len);

  rating = &g_array_index (self->ratings, Rating, index);

  if (symptom_id != NULL)
    *symptom_id = rating->symptom_id;
  if (value != NULL)
    *value = rating->value;
}

/**
 * ft_journal_entry_get_hours_on_feet:
 * @self: a #FtJournalEntry
 * @hours: (out) (optional): the hours, or NAN when none were recorded
 *
 * Returns: %TRUE if hours on feet were recorded
 */
gboolean
ft_journal_entry_get_hours_on_feet (FtJournalEntry *self,
                                    double         *hours)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), FALSE);

  if (hours != NULL)
    *hours = self->hours_on_feet;

  return !isnan (self->hours_on_feet);
}

/**
 * ft_journal_entry_get_run_distance:
 * @self: a #FtJournalEntry
 * @metres: (out) (optional): the distance run, or NAN when none was recorded
 *
 * Returns: %TRUE if a running distance was recorded
 */
gboolean
ft_journal_entry_get_run_distance (FtJournalEntry *self,
                                   double         *metres)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), FALSE);

  if (metres != NULL)
    *metres = self->run_distance_m;

  return !isnan (self->run_distance_m);
}

/**
 * ft_journal_entry_get_note:
 * @self: a #FtJournalEntry
 *
 * Returns: (nullable): the note, or %NULL if there is none
 */
const char *
ft_journal_entry_get_note (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), NULL);

  return self->note;
}

gboolean
ft_journal_entry_get_note_for_therapist (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), FALSE);

  return self->note_for_therapist;
}

/**
 * ft_journal_entry_get_created_us:
 * @self: a #FtJournalEntry
 *
 * Returns: when the entry was first saved, in UTC microseconds
 */
gint64
ft_journal_entry_get_created_us (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), 0);

  return self->created_us;
}

/**
 * ft_journal_entry_get_updated_us:
 * @self: a #FtJournalEntry
 *
 * Returns: when the entry last changed, in UTC microseconds
 */
gint64
ft_journal_entry_get_updated_us (FtJournalEntry *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (self), 0);

  return self->updated_us;
}
