/* ft-journal.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-journal.h"

#include "ft-error.h"
#include "ft-journal-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define HOURS_MAX 24.0
#define DISTANCE_MAX_M 500000.0
#define NOTE_MAX_CHARS 10000
#define SYMPTOM_NAME_MAX_CHARS 200

struct _FtJournal
{
  GObject         parent_instance;

  FtDatabase     *database;
  FtNowFunc       now_func;
  gpointer        now_data;
  GDestroyNotify  now_data_destroy;
};

enum
{
  SIGNAL_ENTRY_CHANGED,
  SIGNAL_SYMPTOMS_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (FtJournal, ft_journal, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

typedef enum
{
  CHANGE_RATING,
  CHANGE_HOURS,
  CHANGE_DISTANCE,
  CHANGE_NOTE,
  CHANGE_WORN_GEAR,
} ChangeKind;

/* One setter's change, already validated. */
typedef struct
{
  ChangeKind  kind;
  gint64      symptom_id;       /* CHANGE_RATING */
  int         value;            /* CHANGE_RATING: 0–10 or FT_NOT_RATED */
  double      number;           /* CHANGE_HOURS, CHANGE_DISTANCE: NAN clears */
  const char *note;             /* CHANGE_NOTE: NULL clears */
  gboolean    for_therapist;    /* CHANGE_NOTE */
  gint64      gear_id;          /* CHANGE_WORN_GEAR: 0 clears */
} Change;

/* What is stored for one day and foot, as far as a change needs to know. */
typedef struct
{
  gint64    id;                 /* 0: there is no entry */
  double    hours;              /* NAN: none */
  double    distance;           /* NAN: none */
  char     *note;               /* NULL: none */
  gboolean  for_therapist;
  gint64    worn_gear_id;       /* 0: none */
  gint64    n_ratings;
  int       rating;             /* of the changed symptom; FT_NOT_RATED if absent */
} EntryState;

/* Helpers */

static void
entry_state_clear (EntryState *state)
{
  g_clear_pointer (&state->note, g_free);
}

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static gboolean
entry_state_equal (const EntryState *a,
                   const EntryState *b)
{
  return same_number (a->hours, b->hours) &&
         same_number (a->distance, b->distance) &&
         g_strcmp0 (a->note, b->note) == 0 &&
         a->for_therapist == b->for_therapist &&
         a->worn_gear_id == b->worn_gear_id &&
         a->rating == b->rating;
}

/* An entry with nothing in it is not kept, so that an emptied day counts as
 * not done again. A shoe marked worn is something in it. */
static gboolean
entry_state_is_empty (const EntryState *state)
{
  return isnan (state->hours) && isnan (state->distance) && state->note == NULL &&
         state->worn_gear_id == 0 && state->n_ratings == 0;
}

static GDateTime *
get_now (FtJournal *self)
{
  GDateTime *now = self->now_func (self->now_data);

  g_assert (now != NULL);

  return now;
}

static void
date_from_date_time (GDateTime *date_time,
                     GDate     *day)
{
  int year, month, day_of_month;

  g_date_time_get_ymd (date_time, &year, &month, &day_of_month);
  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) day_of_month, (GDateMonth) month, (GDateYear) year);
}

/* Checks a day a change is for, and writes its key. */
static gboolean
check_day (const GDate  *day,
           GDateTime    *now,
           char          key[11],
           GError      **error)
{
  GDate today;

  date_from_date_time (now, &today);

  return _ft_journal_check_recorded_day (day, &today, key, error);
}

static gboolean
check_foot (FtFoot   foot,
            GError **error)
{
  if (ft_foot_to_key (foot) == NULL)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("An entry is for the left foot, the right foot or both feet"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_text (const char  *text,
            GError     **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("The text is not valid UTF-8, so it was not saved"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
unknown_symptom (GError **error)
{
  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       _("That symptom is not in the journal; it may have been deleted"));
  return FALSE;
}

static gboolean
query_int64 (FtJournal     *self,
             const char    *sql,
             gint64         bound,
             gint64        *value,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!_ft_database_prepare (self->database, sql, &stmt, error))
    return FALSE;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, bound);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  *value = found ? sqlite3_column_int64 (stmt, 0) : 0;

  return TRUE;
}

static void
emit_entry_changed (FtJournal  *self,
                    const char *key,
                    FtFoot      foot)
{
  g_signal_emit (self, signals[SIGNAL_ENTRY_CHANGED], 0, key, foot);
}

static gboolean
load_state (FtJournal   *self,
            const char  *key,
            FtFoot       foot,
            gint64       symptom_id,
            EntryState  *state,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  *state = (EntryState) { 0, NAN, NAN, NULL, FALSE, 0, 0, FT_NOT_RATED };

  if (!_ft_database_prepare (self->database,
                             "SELECT id, hours_on_feet, run_distance_m, note, note_for_therapist, "
                             "(SELECT count(*) FROM symptom_rating "
                             " WHERE entry_id = journal_entry.id), "
                             "(SELECT value FROM symptom_rating "
                             " WHERE entry_id = journal_entry.id AND kind_id = ?3), "
                             "worn_gear_id "
                             "FROM journal_entry WHERE day = ?1 AND foot = ?2",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, ft_foot_to_key (foot), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, symptom_id);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  if (!found)
    return TRUE;

  state->id = sqlite3_column_int64 (stmt, 0);
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    state->hours = sqlite3_column_double (stmt, 1);
  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    state->distance = sqlite3_column_double (stmt, 2);
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    state->note = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  state->for_therapist = sqlite3_column_int (stmt, 4) != 0;
  state->n_ratings = sqlite3_column_int64 (stmt, 5);
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    state->rating = sqlite3_column_int (stmt, 6);
  state->worn_gear_id = sqlite3_column_int64 (stmt, 7);

  return TRUE;
}

/* Writes the entry's own fields, creating the row if needed. */
static gboolean
upsert_entry (FtJournal         *self,
              const char        *key,
              FtFoot             foot,
              const EntryState  *state,
              gint64             now_us,
              gint64            *id,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!_ft_database_prepare (self->database,
                             "INSERT INTO journal_entry (day, foot, hours_on_feet, run_distance_m, "
                             "note, note_for_therapist, created_us, updated_us, worn_gear_id) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8) "
                             "ON CONFLICT (day, foot) DO UPDATE SET "
                             "hours_on_feet = excluded.hours_on_feet, "
                             "run_distance_m = excluded.run_distance_m, "
                             "worn_gear_id = excluded.worn_gear_id, "
                             "note = excluded.note, "
                             "note_for_therapist = excluded.note_for_therapist, "
                             "updated_us = excluded.updated_us "
                             "RETURNING id",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, ft_foot_to_key (foot), -1, SQLITE_STATIC);
  _ft_database_bind_number (stmt, 3, state->hours);
  _ft_database_bind_number (stmt, 4, state->distance);
  sqlite3_bind_text (stmt, 5, state->note, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, state->for_therapist ? 1 : 0);
  sqlite3_bind_int64 (stmt, 7, now_us);
  if (state->worn_gear_id != 0)
    sqlite3_bind_int64 (stmt, 8, state->worn_gear_id);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  g_assert (found);
  *id = sqlite3_column_int64 (stmt, 0);

  /* RETURNING hands its rows out after the write; finish the statement so
   * that nothing is pending at COMMIT. */
  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
write_rating (FtJournal  *self,
              gint64      entry_id,
              gint64      symptom_id,
              int         value,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (value == FT_NOT_RATED)
    {
      /* Not rated is not zero: it is stored as no row at all. */
      if (!_ft_database_prepare (self->database,
                                 "DELETE FROM symptom_rating WHERE entry_id = ?1 AND kind_id = ?2",
                                 &stmt, error))
        return FALSE;
    }
  else
    {
      if (!_ft_database_prepare (self->database,
                                 "INSERT INTO symptom_rating (entry_id, kind_id, value) "
                                 "VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (entry_id, kind_id) "
                                 "DO UPDATE SET value = excluded.value",
                                 &stmt, error))
        return FALSE;

      sqlite3_bind_int (stmt, 3, value);
    }

  sqlite3_bind_int64 (stmt, 1, entry_id);
  sqlite3_bind_int64 (stmt, 2, symptom_id);

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
delete_entry_row (FtJournal  *self,
                  gint64      entry_id,
                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* The entry's ratings go with it (ON DELETE CASCADE). */
  if (!_ft_database_prepare (self->database, "DELETE FROM journal_entry WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry_id);

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
symptom_exists (FtJournal  *self,
                gint64      symptom_id,
                gboolean   *exists,
                GError    **error)
{
  gint64 found;

  if (!query_int64 (self, "SELECT count(*) FROM symptom_kind WHERE id = ?1", symptom_id,
                    &found, error))
    return FALSE;

  *exists = found > 0;

  return TRUE;
}

/* Only a shoe in use that day can be marked worn: runs are credited to it. */
static gboolean
check_worn_gear (FtJournal   *self,
                 const char  *key,
                 gint64       gear_id,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;
  const char *name;
  const char *start;
  const char *retire;

  if (!_ft_database_prepare (self->database,
                             "SELECT name, kind IN ('running_shoe', 'everyday_shoe', 'work_shoe', "
                             "'sandal'), start_day, retire_day FROM gear WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, gear_id);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  if (!found)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("That shoe is not in Shoes & Insoles; it may have been deleted"));
      return FALSE;
    }

  name = (const char *) sqlite3_column_text (stmt, 0);
  start = (const char *) sqlite3_column_text (stmt, 2);
  retire = (const char *) sqlite3_column_text (stmt, 3);

  if (sqlite3_column_int (stmt, 1) == 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("“%s” is not a shoe; only shoes can be marked as worn for a run"), name);
      return FALSE;
    }

  if (strcmp (key, start) < 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is a shoe's name, the others dates. */
                   _("“%s” was first worn on %s, after %s"), name, start, key);
      return FALSE;
    }

  if (retire != NULL && strcmp (key, retire) > 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is a shoe's name, the others dates. */
                   _("“%s” was retired on %s, before %s"), name, retire, key);
      return FALSE;
    }

  return TRUE;
}

/* Inside a transaction: applies @change to the entry for @key and @foot. */
static gboolean
write_change (FtJournal     *self,
              const char    *key,
              FtFoot         foot,
              const Change  *change,
              gint64         now_us,
              gboolean      *changed,
              GError       **error)
{
  EntryState old = { 0 };
  EntryState new;
  gboolean ok = FALSE;
  gint64 entry_id;

  *changed = FALSE;

  if (change->kind == CHANGE_RATING)
    {
      gboolean exists;

      if (!symptom_exists (self, change->symptom_id, &exists, error))
        return FALSE;

      if (!exists)
        return unknown_symptom (error);
    }

  if (change->kind == CHANGE_WORN_GEAR && change->gear_id != 0 &&
      !check_worn_gear (self, key, change->gear_id, error))
    return FALSE;

  if (!load_state (self, key, foot, change->kind == CHANGE_RATING ? change->symptom_id : 0,
                   &old, error))
    goto out;

  new = old;
  switch (change->kind)
    {
    case CHANGE_RATING:
      new.rating = change->value;
      if (old.rating == FT_NOT_RATED && new.rating != FT_NOT_RATED)
        new.n_ratings++;
      else if (old.rating != FT_NOT_RATED && new.rating == FT_NOT_RATED)
        new.n_ratings--;
      break;

    case CHANGE_HOURS:
      new.hours = change->number;
      break;

    case CHANGE_DISTANCE:
      new.distance = change->number;
      break;

    case CHANGE_WORN_GEAR:
      new.worn_gear_id = change->gear_id;
      break;

    case CHANGE_NOTE:
      new.note = (char *) change->note;
      /* The flag marks a note; with no note there is nothing to flag. */
      new.for_therapist = change->note != NULL && change->for_therapist;
      break;

    default:
      g_assert_not_reached ();
    }

  if (entry_state_equal (&old, &new))
    {
      ok = TRUE;
      goto out;
    }

  if (entry_state_is_empty (&new))
    {
      ok = delete_entry_row (self, old.id, error);
    }
  else
    {
      ok = upsert_entry (self, key, foot, &new, now_us, &entry_id, error);
      if (ok && change->kind == CHANGE_RATING)
        ok = write_rating (self, entry_id, change->symptom_id, change->value, error);
    }

  *changed = ok;

out:
  entry_state_clear (&old);

  return ok;
}

static gboolean
apply_change (FtJournal     *self,
              const GDate   *day,
              FtFoot         foot,
              const Change  *change,
              GError       **error)
{
  g_autoptr(GDateTime) now = get_now (self);
  gboolean changed = FALSE;
  char key[11];

  if (!check_day (day, now, key, error) || !check_foot (foot, error))
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  if (!_ft_database_finish (self->database,
                            write_change (self, key, foot, change,
                                          g_date_time_to_unix_usec (now), &changed, error),
                            error))
    return FALSE;

  if (changed)
    emit_entry_changed (self, key, foot);

  return TRUE;
}

static GPtrArray *
query_day (FtJournal    *self,
           const char   *key,
           FtFoot        foot,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (self->database,
                             "SELECT " FT_JOURNAL_ENTRY_COLUMNS " FROM journal_entry "
                             "WHERE journal_entry.day = ?1 AND journal_entry.foot = ?2",
                             &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, ft_foot_to_key (foot), -1, SQLITE_STATIC);

  return _ft_journal_query_entries (self, stmt, error);
}

static FtSymptom *
symptom_from_row (sqlite3_stmt *stmt)
{
  return _ft_symptom_new (sqlite3_column_int64 (stmt, 0),
                          (const char *) sqlite3_column_text (stmt, 1),
                          (const char *) sqlite3_column_text (stmt, 2),
                          sqlite3_column_int (stmt, 3) != 0,
                          sqlite3_column_int (stmt, 4) != 0,
                          sqlite3_column_int (stmt, 5));
}

#define SYMPTOM_COLUMNS "id, key, name, builtin, hidden, position"

static gboolean
load_symptom (FtJournal  *self,
              gint64      symptom_id,
              FtSymptom **symptom,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  *symptom = NULL;

  if (!_ft_database_prepare (self->database,
                             "SELECT " SYMPTOM_COLUMNS " FROM symptom_kind WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, symptom_id);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  if (!found)
    return unknown_symptom (error);

  *symptom = symptom_from_row (stmt);

  return TRUE;
}

static GPtrArray *
query_symptoms (FtJournal  *self,
                gboolean    include_hidden,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) symptoms = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (!_ft_database_prepare (self->database,
                             "SELECT " SYMPTOM_COLUMNS " FROM symptom_kind "
                             "WHERE ?1 OR hidden = 0 ORDER BY position, id",
                             &stmt, error))
    return NULL;

  sqlite3_bind_int (stmt, 1, include_hidden ? 1 : 0);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (symptoms, symptom_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&symptoms);
}

/* Trims white space (Unicode's, not only ASCII's) and composes the name, so
 * that names that look the same are stored the same. */
static char *
clean_symptom_name (const char  *name,
                    GError     **error)
{
  const char *start = name;
  const char *end;
  g_autofree char *trimmed = NULL;
  glong length;

  if (!check_text (name, error))
    return NULL;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  end = start + strlen (start);
  while (end > start)
    {
      const char *previous = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (previous)))
        break;
      end = previous;
    }

  trimmed = g_utf8_normalize (start, end - start, G_NORMALIZE_DEFAULT_COMPOSE);
  length = g_utf8_strlen (trimmed, -1);

  if (length == 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, _("A symptom needs a name"));
      return NULL;
    }

  if (length > SYMPTOM_NAME_MAX_CHARS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A symptom name holds at most %d characters, not %ld"),
                   SYMPTOM_NAME_MAX_CHARS, length);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

static char *
fold_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/* Refuses @name if another symptom, built-in ones with their translated
 * names included, has it already in any case. */
static gboolean
check_name_is_free (FtJournal   *self,
                    const char  *name,
                    gint64       except_id,
                    GError     **error)
{
  g_autoptr(GPtrArray) symptoms = query_symptoms (self, TRUE, error);
  g_autofree char *folded = NULL;

  if (symptoms == NULL)
    return FALSE;

  folded = fold_name (name);

  for (guint i = 0; i < symptoms->len; i++)
    {
      FtSymptom *symptom = g_ptr_array_index (symptoms, i);
      g_autofree char *other = NULL;

      if (ft_symptom_get_id (symptom) == except_id)
        continue;

      other = fold_name (ft_symptom_get_name (symptom));
      if (g_str_equal (folded, other))
        {
          g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
                       _("There is already a symptom called “%s”"),
                       ft_symptom_get_name (symptom));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_symptom (FtJournal   *self,
                const char  *name,
                FtSymptom  **symptom,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!check_name_is_free (self, name, 0, error))
    return FALSE;

  /* Appended after every other symptom. Its key is made from its id, which
   * no earlier row can have used for a custom key. */
  if (!_ft_database_prepare (self->database,
                             "INSERT INTO symptom_kind (id, key, name, builtin, hidden, position) "
                             "SELECT next.id, 'custom-' || next.id, ?1, 0, 0, next.position "
                             "FROM (SELECT coalesce (max (id), 0) + 1 AS id, "
                             "             coalesce (max (position), 0) + 1 AS position "
                             "      FROM symptom_kind) AS next "
                             "RETURNING " SYMPTOM_COLUMNS,
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  g_assert (found);
  *symptom = symptom_from_row (stmt);

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
update_symptom (FtJournal   *self,
                const char  *sql,
                gint64       symptom_id,
                const char  *text,
                int          number,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (self->database, sql, &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, symptom_id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int (stmt, 2, number);

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
rename_symptom (FtJournal   *self,
                gint64       symptom_id,
                const char  *name,
                gboolean    *changed,
                GError     **error)
{
  g_autoptr(FtSymptom) symptom = NULL;

  *changed = FALSE;

  if (!load_symptom (self, symptom_id, &symptom, error))
    return FALSE;

  if (ft_symptom_get_builtin (symptom))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("Built-in symptoms keep their names"));
      return FALSE;
    }

  if (g_str_equal (ft_symptom_get_name (symptom), name))
    return TRUE;

  if (!check_name_is_free (self, name, symptom_id, error) ||
      !update_symptom (self, "UPDATE symptom_kind SET name = ?2 WHERE id = ?1", symptom_id,
                       name, 0, error))
    return FALSE;

  *changed = TRUE;

  return TRUE;
}

static gboolean
hide_symptom (FtJournal  *self,
              gint64      symptom_id,
              gboolean    hidden,
              gboolean   *changed,
              GError    **error)
{
  g_autoptr(FtSymptom) symptom = NULL;

  *changed = FALSE;

  if (!load_symptom (self, symptom_id, &symptom, error))
    return FALSE;

  if (ft_symptom_get_hidden (symptom) == hidden)
    return TRUE;

  if (!update_symptom (self, "UPDATE symptom_kind SET hidden = ?2 WHERE id = ?1", symptom_id,
                       NULL, hidden ? 1 : 0, error))
    return FALSE;

  *changed = TRUE;

  return TRUE;
}

static gboolean
delete_symptom (FtJournal  *self,
                gint64      symptom_id,
                GError    **error)
{
  g_autoptr(FtSymptom) symptom = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n_days;

  if (!load_symptom (self, symptom_id, &symptom, error))
    return FALSE;

  if (ft_symptom_get_builtin (symptom))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("Built-in symptoms cannot be deleted, only hidden"));
      return FALSE;
    }

  if (!query_int64 (self,
                    "SELECT count(DISTINCT e.day) FROM symptom_rating AS r "
                    "JOIN journal_entry AS e ON e.id = r.entry_id WHERE r.kind_id = ?1",
                    symptom_id, &n_days, error))
    return FALSE;

  /* Deleting it would delete what the person recorded. */
  if (n_days > 0)
    {
      int shown = (int) MIN (n_days, G_MAXINT);

      g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is rated on %d day, so it can only be hidden",
                                "“%s” is rated on %d days, so it can only be hidden",
                                shown),
                   ft_symptom_get_name (symptom), shown);
      return FALSE;
    }

  if (!_ft_database_prepare (self->database, "DELETE FROM symptom_kind WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, symptom_id);

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
insert_restored (FtJournal       *self,
                 FtJournalEntry  *entry,
                 GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) rating = NULL;
  const char *key = ft_journal_entry_get_day_key (entry);
  FtFoot foot = ft_journal_entry_get_foot (entry);
  gboolean found = FALSE;
  gint64 entry_id;
  double number;

  if (!_ft_database_prepare (self->database,
                             "SELECT 1 FROM journal_entry WHERE day = ?1 AND foot = ?2",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, ft_foot_to_key (foot), -1, SQLITE_STATIC);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  if (found)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
                   /* Translators: the first %s is a date, the second "Left foot" or similar. */
                   _("The journal already holds an entry for %s, %s"),
                   key, ft_foot_get_label (foot));
      return FALSE;
    }

  g_clear_pointer (&stmt, sqlite3_finalize);

  /* The old id and shoe come back when they are free, so the entry is the
   * same one, not a copy. */
  if (!_ft_database_prepare (self->database,
                             "INSERT INTO journal_entry (id, day, foot, hours_on_feet, "
                             "run_distance_m, worn_gear_id, note, note_for_therapist, "
                             "created_us, updated_us) VALUES ("
                             FT_DATABASE_OLD_ID_IF_FREE ("journal_entry") ", "
                             "?2, ?3, ?4, ?5, (SELECT id FROM gear WHERE id = ?6), "
                             "?7, ?8, ?9, ?10) "
                             "RETURNING id",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, _ft_journal_entry_get_id (entry));
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ft_foot_to_key (foot), -1, SQLITE_STATIC);
  ft_journal_entry_get_hours_on_feet (entry, &number);
  _ft_database_bind_number (stmt, 4, number);
  ft_journal_entry_get_run_distance (entry, &number);
  _ft_database_bind_number (stmt, 5, number);
  sqlite3_bind_int64 (stmt, 6, _ft_journal_entry_get_worn_gear_id (entry));
  sqlite3_bind_text (stmt, 7, ft_journal_entry_get_note (entry), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, ft_journal_entry_get_note_for_therapist (entry) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 9, ft_journal_entry_get_created_us (entry));
  sqlite3_bind_int64 (stmt, 10, ft_journal_entry_get_updated_us (entry));

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  g_assert (found);
  entry_id = sqlite3_column_int64 (stmt, 0);

  if (!_ft_database_step_done (self->database, stmt, error))
    return FALSE;

  for (guint i = 0; i < ft_journal_entry_get_n_ratings (entry); i++)
    {
      gint64 symptom_id;
      gboolean exists;
      int value;

      ft_journal_entry_get_nth_rating (entry, i, &symptom_id, &value);

      /* A rated symptom cannot be deleted, so this is only a safeguard. */
      if (!symptom_exists (self, symptom_id, &exists, error))
        return FALSE;

      if (!exists)
        return unknown_symptom (error);

      if (!write_rating (self, entry_id, symptom_id, value, error))
        return FALSE;
    }

  return TRUE;
}

static void
ft_journal_dispose (GObject *object)
{
  FtJournal *self = FT_JOURNAL (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (ft_journal_parent_class)->dispose (object);
}

static void
ft_journal_finalize (GObject *object)
{
  FtJournal *self = FT_JOURNAL (object);

  if (self->now_data_destroy != NULL)
    g_clear_pointer (&self->now_data, self->now_data_destroy);

  G_OBJECT_CLASS (ft_journal_parent_class)->finalize (object);
}

static void
ft_journal_class_init (FtJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ft_journal_dispose;
  object_class->finalize = ft_journal_finalize;

  /**
   * FtJournal::entry-changed:
   * @self: the journal
   * @day: the day key, "YYYY-MM-DD"
   * @foot: the foot
   *
   * An entry was written, changed, deleted or restored.
   */
  signals[SIGNAL_ENTRY_CHANGED] =
    g_signal_new ("entry-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  FT_TYPE_FOOT);

  /**
   * FtJournal::symptoms-changed:
   * @self: the journal
   *
   * A symptom was added, renamed, hidden, shown or deleted.
   */
  signals[SIGNAL_SYMPTOMS_CHANGED] =
    g_signal_new ("symptoms-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
ft_journal_init (FtJournal *self)
{
}

/* Private API */

/**
 * _ft_journal_entry_columns:
 *
 * Returns: %FT_JOURNAL_ENTRY_COLUMNS, the columns _ft_journal_query_entries()
 *   reads, in its order
 */
const char *
_ft_journal_entry_columns (void)
{
  return FT_JOURNAL_ENTRY_COLUMNS;
}

/**
 * _ft_journal_query_entries:
 * @self: a #FtJournal
 * @stmt: a bound statement whose rows start with %FT_JOURNAL_ENTRY_COLUMNS
 * @error: return location for an #FtError
 *
 * Steps @stmt to its end and loads the ratings of all its entries in one more
 * query. @stmt stays the caller's, to reset or finalize.
 *
 * Returns: (transfer full) (element-type FtJournalEntry): the entries, in the
 *   statement's order, or %NULL with @error set
 */
GPtrArray *
_ft_journal_query_entries (FtJournal     *self,
                           sqlite3_stmt  *stmt,
                           GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(sqlite3_stmt) ratings = NULL;
  g_autoptr(GString) ids = NULL;
  g_autofree gint64 *keys = NULL;
  int rc;

  g_return_val_if_fail (FT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (stmt != NULL, NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FtJournalEntry *entry = _ft_journal_entry_new_from_row (stmt);

      /* The schema's checks keep out rows this could refuse. */
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  if (entries->len == 0)
    return g_steal_pointer (&entries);

  /* All the ids go in as one JSON array: one statement, whatever the count. */
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  keys = g_new (gint64, entries->len);
  ids = g_string_sized_new (entries->len * 8);
  g_string_append_c (ids, '[');
  for (guint i = 0; i < entries->len; i++)
    {
      FtJournalEntry *entry = g_ptr_array_index (entries, i);

      keys[i] = _ft_journal_entry_get_id (entry);
      g_hash_table_insert (by_id, &keys[i], entry);
      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", keys[i]);
    }
  g_string_append_c (ids, ']');

  if (!_ft_database_prepare (self->database,
                             "SELECT r.entry_id, r.kind_id, r.value FROM symptom_rating AS r "
                             "JOIN symptom_kind AS k ON k.id = r.kind_id "
                             "WHERE r.entry_id IN (SELECT value FROM json_each (?1)) "
                             "ORDER BY k.position, k.id",
                             &ratings, error))
    return NULL;

  sqlite3_bind_text (ratings, 1, ids->str, (int) ids->len, SQLITE_STATIC);

  while ((rc = sqlite3_step (ratings)) == SQLITE_ROW)
    {
      gint64 entry_id = sqlite3_column_int64 (ratings, 0);
      FtJournalEntry *entry = g_hash_table_lookup (by_id, &entry_id);

      if (entry != NULL)
        _ft_journal_entry_add_rating (entry, sqlite3_column_int64 (ratings, 1),
                                      sqlite3_column_int (ratings, 2));
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/* Public API */

/**
 * ft_journal_new:
 * @database: an open journal database
 * @now_func: gives the current time, in the time zone the days are local to
 * @now_data: data for @now_func
 * @now_data_destroy: (nullable): frees @now_data with the journal
 *
 * Returns: (transfer full): a journal over @database
 */
FtJournal *
ft_journal_new (FtDatabase     *database,
                FtNowFunc       now_func,
                gpointer        now_data,
                GDestroyNotify  now_data_destroy)
{
  FtJournal *self;

  g_return_val_if_fail (FT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (now_func != NULL, NULL);

  self = g_object_new (FT_TYPE_JOURNAL, NULL);
  self->database = g_object_ref (database);
  self->now_func = now_func;
  self->now_data = now_data;
  self->now_data_destroy = now_data_destroy;

  return self;
}

/**
 * ft_journal_get_database:
 * @self: a #FtJournal
 *
 * Returns: (transfer none): the database the journal is stored in
 */
FtDatabase *
ft_journal_get_database (FtJournal *self)
{
  g_return_val_if_fail (FT_IS_JOURNAL (self), NULL);

  return self->database;
}

/* For the other core stores that share the journal's clock. */
gint64
_ft_journal_get_now_us (FtJournal *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (FT_IS_JOURNAL (self), 0);

  now = get_now (self);

  return g_date_time_to_unix_usec (now);
}

/**
 * ft_journal_get_today:
 * @self: a #FtJournal
 * @today: (out caller-allocates): the current local calendar day
 */
void
ft_journal_get_today (FtJournal *self,
                      GDate     *today)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (FT_IS_JOURNAL (self));
  g_return_if_fail (today != NULL);

  now = get_now (self);
  date_from_date_time (now, today);
}

/**
 * ft_journal_get_entry:
 * @self: a #FtJournal
 * @day: a date
 * @foot: a foot
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (nullable): the entry for @day and @foot, or %NULL
 *   if there is none (without @error) or on error
 */
FtJournalEntry *
ft_journal_get_entry (FtJournal    *self,
                      const GDate  *day,
                      FtFoot        foot,
                      GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  char key[11];

  g_return_val_if_fail (FT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (!_ft_journal_check_day_key (day, key, error) || !check_foot (foot, error))
    return NULL;

  entries = query_day (self, key, foot, error);
  if (entries == NULL || entries->len == 0)
    return NULL;

  return g_object_ref (g_ptr_array_index (entries, 0));
}

/**
 * ft_journal_list_range:
 * @self: a #FtJournal
 * @first: the first day
 * @last: the last day
 * @error: return location for an #FtError
 *
 * Lists the entries from @first to @last, both included: the newest day
 * first, and on one day the left foot, the right foot, then both feet.
 *
 * Returns: (transfer full) (element-type FtJournalEntry): the entries,
 *   or %NULL with @error set
 */
GPtrArray *
ft_journal_list_range (FtJournal    *self,
                       const GDate  *first,
                       const GDate  *last,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char first_key[11];
  char last_key[11];

  g_return_val_if_fail (FT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (first != NULL, NULL);
  g_return_val_if_fail (last != NULL, NULL);

  if (!_ft_journal_check_day_key (first, first_key, error) ||
      !_ft_journal_check_day_key (last, last_key, error))
    return NULL;

  /* The (day, foot) unique index serves the range and the order of days. */
  if (!_ft_database_prepare (self->database,
                             "SELECT " FT_JOURNAL_ENTRY_COLUMNS " FROM journal_entry "
                             "WHERE journal_entry.day BETWEEN ?1 AND ?2 "
                             "ORDER BY " FT_JOURNAL_ENTRY_ORDER,
                             &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, last_key, -1, SQLITE_STATIC);

  return _ft_journal_query_entries (self, stmt, error);
}

/**
 * ft_journal_count_entries:
 * @self: a #FtJournal
 * @count: (out): how many entries the journal holds
 * @error: return location for an #FtError
 *
 * Returns: %TRUE if @count was set
 */
gboolean
ft_journal_count_entries (FtJournal  *self,
                          gint64     *count,
                          GError    **error)
{
  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  return query_int64 (self, "SELECT count(*) FROM journal_entry", 0, count, error);
}

/**
 * ft_journal_set_rating:
 * @self: a #FtJournal
 * @day: today or an earlier day
 * @foot: the foot
 * @symptom_id: the symptom rated
 * @value: 0 to 10, or %FT_NOT_RATED to clear the rating
 * @error: return location for an #FtError
 *
 * Rates a symptom on a day, creating the day's entry if needed. Clearing the
 * last thing an entry holds deletes the entry. A refused value changes
 * nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_set_rating (FtJournal    *self,
                       const GDate  *day,
                       FtFoot        foot,
                       gint64        symptom_id,
                       int           value,
                       GError      **error)
{
  Change change = { .kind = CHANGE_RATING, .symptom_id = symptom_id, .value = value };

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  /* A person can type 11: that is an error to report, not a bug. */
  if (value != FT_NOT_RATED && (value < 0 || value > FT_RATING_MAX))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A rating runs from 0 to 10, not %d"), value);
      return FALSE;
    }

  return apply_change (self, day, foot, &change, error);
}

/**
 * ft_journal_set_hours_on_feet:
 * @self: a #FtJournal
 * @day: today or an earlier day
 * @foot: the foot
 * @hours: 0 to 24, or NAN to clear
 * @error: return location for an #FtError
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_set_hours_on_feet (FtJournal    *self,
                              const GDate  *day,
                              FtFoot        foot,
                              double        hours,
                              GError      **error)
{
  Change change = { .kind = CHANGE_HOURS, .number = hours };

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!isnan (hours))
    {
      if (!isfinite (hours))
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                               _("Hours on feet must be a number from 0 to 24"));
          return FALSE;
        }

      if (hours < 0)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("Hours on feet cannot be negative, as %g is"), hours);
          return FALSE;
        }

      if (hours > HOURS_MAX)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("A day has 24 hours on feet at most, not %g"), hours);
          return FALSE;
        }
    }

  return apply_change (self, day, foot, &change, error);
}

/**
 * ft_journal_set_run_distance:
 * @self: a #FtJournal
 * @day: today or an earlier day
 * @foot: the foot
 * @metres: 0 to 500 000, or NAN to clear
 * @error: return location for an #FtError
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_set_run_distance (FtJournal    *self,
                             const GDate  *day,
                             FtFoot        foot,
                             double        metres,
                             GError      **error)
{
  Change change = { .kind = CHANGE_DISTANCE, .number = metres };

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!isnan (metres))
    {
      if (!isfinite (metres))
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                               _("A running distance must be a number from 0 to 500 km"));
          return FALSE;
        }

      if (metres < 0)
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                               _("A running distance cannot be negative"));
          return FALSE;
        }

      if (metres > DISTANCE_MAX_M)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("A day’s run is at most 500 km, not %g km"), metres / 1000.0);
          return FALSE;
        }
    }

  return apply_change (self, day, foot, &change, error);
}

/**
 * ft_journal_set_worn_gear:
 * @self: a #FtJournal
 * @day: today or an earlier day
 * @foot: the foot
 * @gear_id: a shoe in use on @day, or 0 to clear
 * @error: return location for an #FtError
 *
 * Marks the shoe worn on @day. The day's run is credited to it (see
 * ft-gear.h for the rule). A marked shoe keeps an entry, as any other value
 * does.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_set_worn_gear (FtJournal    *self,
                          const GDate  *day,
                          FtFoot        foot,
                          gint64        gear_id,
                          GError      **error)
{
  Change change = { .kind = CHANGE_WORN_GEAR, .gear_id = gear_id };

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (gear_id < 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("That shoe is not in Shoes & Insoles; it may have been deleted"));
      return FALSE;
    }

  return apply_change (self, day, foot, &change, error);
}

/**
 * ft_journal_set_note:
 * @self: a #FtJournal
 * @day: today or an earlier day
 * @foot: the foot
 * @note: (nullable): up to 10 000 characters; %NULL or "" clears the note
 * @for_therapist: whether the report collects the note; a day with no note
 *   has no flag either
 * @error: return location for an #FtError
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_set_note (FtJournal    *self,
                     const GDate  *day,
                     FtFoot        foot,
                     const char   *note,
                     gboolean      for_therapist,
                     GError      **error)
{
  Change change = { .kind = CHANGE_NOTE, .for_therapist = for_therapist != FALSE };
  glong length;

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (note != NULL && *note != '\0')
    {
      if (!check_text (note, error))
        return FALSE;

      length = g_utf8_strlen (note, -1);
      if (length > NOTE_MAX_CHARS)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("A note holds up to 10 000 characters; this one has %ld"), length);
          return FALSE;
        }

      change.note = note;
    }

  return apply_change (self, day, foot, &change, error);
}

/**
 * ft_journal_delete_entry:
 * @self: a #FtJournal
 * @day: a date
 * @foot: a foot
 * @error: return location for an #FtError
 *
 * Deletes the entry for @day and @foot with its ratings.
 *
 * Returns: (transfer full) (nullable): the deleted entry, to give to
 *   ft_journal_restore_entry() for undo; %NULL if there was none (without
 *   @error) or on error
 */
FtJournalEntry *
ft_journal_delete_entry (FtJournal    *self,
                         const GDate  *day,
                         FtFoot        foot,
                         GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  char key[11];

  g_return_val_if_fail (FT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (!_ft_journal_check_day_key (day, key, error) || !check_foot (foot, error))
    return NULL;

  if (!_ft_database_begin (self->database, error))
    return NULL;

  entries = query_day (self, key, foot, error);
  if (entries != NULL && entries->len > 0)
    entry = g_object_ref (g_ptr_array_index (entries, 0));

  if (!_ft_database_finish (self->database,
                            entries != NULL &&
                            (entry == NULL ||
                             delete_entry_row (self, _ft_journal_entry_get_id (entry), error)),
                            error))
    return NULL;

  if (entry != NULL)
    emit_entry_changed (self, key, foot);

  return g_steal_pointer (&entry);
}

/**
 * ft_journal_restore_entry:
 * @self: a #FtJournal
 * @entry: an entry ft_journal_delete_entry() gave
 * @error: return location for an #FtError
 *
 * Puts a deleted entry back exactly as it was, times and ratings included.
 * If the day and foot have an entry again, nothing changes and @error is
 * %FT_ERROR_EXISTS.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_restore_entry (FtJournal       *self,
                          FtJournalEntry  *entry,
                          GError         **error)
{
  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (FT_IS_JOURNAL_ENTRY (entry), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  if (!_ft_database_finish (self->database, insert_restored (self, entry, error), error))
    return FALSE;

  emit_entry_changed (self, ft_journal_entry_get_day_key (entry),
                      ft_journal_entry_get_foot (entry));

  return TRUE;
}

/**
 * ft_journal_list_symptoms:
 * @self: a #FtJournal
 * @include_hidden: whether to list the symptoms hidden from the check-in
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (element-type FtSymptom): the symptoms in
 *   check-in order, or %NULL with @error set
 */
GPtrArray *
ft_journal_list_symptoms (FtJournal  *self,
                          gboolean    include_hidden,
                          GError    **error)
{
  g_return_val_if_fail (FT_IS_JOURNAL (self), NULL);

  return query_symptoms (self, include_hidden, error);
}

/**
 * ft_journal_add_symptom:
 * @self: a #FtJournal
 * @name: the name, 1 to 200 characters once trimmed
 * @error: return location for an #FtError
 *
 * Adds a symptom of the person's own after all the others. A name another
 * symptom has, in any case, is %FT_ERROR_EXISTS.
 *
 * Returns: (transfer full) (nullable): the new symptom, or %NULL with @error
 *   set
 */
FtSymptom *
ft_journal_add_symptom (FtJournal   *self,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(FtSymptom) symptom = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (FT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  clean = clean_symptom_name (name, error);
  if (clean == NULL)
    return NULL;

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!_ft_database_finish (self->database, insert_symptom (self, clean, &symptom, error), error))
    return NULL;

  g_signal_emit (self, signals[SIGNAL_SYMPTOMS_CHANGED], 0);

  return g_steal_pointer (&symptom);
}

/**
 * ft_journal_rename_symptom:
 * @self: a #FtJournal
 * @symptom_id: a symptom of the person's own
 * @name: the new name, 1 to 200 characters once trimmed
 * @error: return location for an #FtError
 *
 * Built-in symptoms keep their names (%FT_ERROR_INVALID).
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_rename_symptom (FtJournal   *self,
                           gint64       symptom_id,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *clean = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  clean = clean_symptom_name (name, error);
  if (clean == NULL)
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  if (!_ft_database_finish (self->database,
                            rename_symptom (self, symptom_id, clean, &changed, error), error))
    return FALSE;

  if (changed)
    g_signal_emit (self, signals[SIGNAL_SYMPTOMS_CHANGED], 0);

  return TRUE;
}

/**
 * ft_journal_set_symptom_hidden:
 * @self: a #FtJournal
 * @symptom_id: a symptom
 * @hidden: whether the check-in leaves it out; its ratings stay
 * @error: return location for an #FtError
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_set_symptom_hidden (FtJournal  *self,
                               gint64      symptom_id,
                               gboolean    hidden,
                               GError    **error)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  if (!_ft_database_finish (self->database,
                            hide_symptom (self, symptom_id, hidden != FALSE, &changed, error),
                            error))
    return FALSE;

  if (changed)
    g_signal_emit (self, signals[SIGNAL_SYMPTOMS_CHANGED], 0);

  return TRUE;
}

/**
 * ft_journal_count_symptom_uses:
 * @self: a #FtJournal
 * @symptom_id: a symptom
 * @count: (out): how many entries rate it
 * @error: return location for an #FtError
 *
 * Returns: %TRUE if @count was set
 */
gboolean
ft_journal_count_symptom_uses (FtJournal  *self,
                               gint64      symptom_id,
                               gint64     *count,
                               GError    **error)
{
  g_autoptr(FtSymptom) symptom = NULL;

  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  if (!load_symptom (self, symptom_id, &symptom, error))
    return FALSE;

  return query_int64 (self, "SELECT count(*) FROM symptom_rating WHERE kind_id = ?1",
                      symptom_id, count, error);
}

/**
 * ft_journal_delete_symptom:
 * @self: a #FtJournal
 * @symptom_id: a symptom of the person's own that no entry rates
 * @error: return location for an #FtError
 *
 * Built-in symptoms cannot be deleted (%FT_ERROR_INVALID), nor can rated
 * ones (%FT_ERROR_EXISTS): both can be hidden instead.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_journal_delete_symptom (FtJournal  *self,
                           gint64      symptom_id,
                           GError    **error)
{
  g_return_val_if_fail (FT_IS_JOURNAL (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  if (!_ft_database_finish (self->database, delete_symptom (self, symptom_id, error), error))
    return FALSE;

  g_signal_emit (self, signals[SIGNAL_SYMPTOMS_CHANGED], 0);

  return TRUE;
}
