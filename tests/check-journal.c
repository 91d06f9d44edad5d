/* check-journal.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-demo.h"
#include "ft-error.h"
#include "ft-journal.h"
#include "sql-query.h"
#include "test-support.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Set by the fixture: an in-memory journal whose clock the tests move, and
 * what the journal's signals reported. */
static FtDatabase *db;
static FtJournal *journal;
static GDateTime *now;
static GPtrArray *entry_events;   /* "YYYY-MM-DD left", one per entry-changed */
static guint symptom_events;

/* Helpers */

static GDateTime *
fake_now (gpointer user_data)
{
  return g_date_time_ref (now);
}

static GTimeZone *
berlin (void)
{
  GTimeZone *tz = g_time_zone_new_identifier ("Europe/Berlin");

  /* Without the zone the daylight-saving tests would test nothing. */
  ck_assert_msg (tz != NULL, "the time zone Europe/Berlin is not installed");

  return tz;
}

static void
set_now (GTimeZone *tz,
         int        year,
         int        month,
         int        day,
         int        hour,
         int        minute)
{
  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_new (tz, year, month, day, hour, minute, 0);
  ck_assert_ptr_nonnull (now);
}

static void
set_now_utc (int year,
             int month,
             int day,
             int hour,
             int minute)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  set_now (utc, year, month, day, hour, minute);
}

static gint64
symptom_id (const char *key)
{
  g_autoptr(GPtrArray) symptoms = ft_journal_list_symptoms (journal, TRUE, NULL);

  ck_assert_ptr_nonnull (symptoms);
  for (guint i = 0; i < symptoms->len; i++)
    {
      FtSymptom *symptom = g_ptr_array_index (symptoms, i);

      if (g_str_equal (ft_symptom_get_key (symptom), key))
        return ft_symptom_get_id (symptom);
    }

  ck_abort_msg ("no symptom %s", key);
  return 0;
}

static gboolean
symptom_listed (gint64   id,
                gboolean include_hidden)
{
  g_autoptr(GPtrArray) symptoms = ft_journal_list_symptoms (journal, include_hidden, NULL);

  ck_assert_ptr_nonnull (symptoms);
  for (guint i = 0; i < symptoms->len; i++)
    {
      if (ft_symptom_get_id (g_ptr_array_index (symptoms, i)) == id)
        return TRUE;
    }

  return FALSE;
}

static int
rating_on (const GDate *day,
           FtFoot       foot,
           gint64       symptom)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = ft_journal_get_entry (journal, day, foot, &error);

  ck_assert_ptr_null (error);
  if (entry == NULL)
    return FT_NOT_RATED;

  return ft_journal_entry_get_rating (entry, symptom);
}

static gint64
count_entries (void)
{
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  ck_assert (ft_journal_count_entries (journal, &count, &error));
  ck_assert_ptr_null (error);

  return count;
}

/* Every stored field of an entry, ratings included, as one line. */
static char *
describe_entry (FtJournalEntry *entry)
{
  GString *out = g_string_new (NULL);
  double number;

  g_string_append_printf (out, "%s %s", ft_journal_entry_get_day_key (entry),
                          ft_foot_to_key (ft_journal_entry_get_foot (entry)));

  if (ft_journal_entry_get_hours_on_feet (entry, &number))
    g_string_append_printf (out, " hours=%.17g", number);
  if (ft_journal_entry_get_run_distance (entry, &number))
    g_string_append_printf (out, " run=%.17g", number);
  if (ft_journal_entry_get_note (entry) != NULL)
    g_string_append_printf (out, " note=[%s]%s", ft_journal_entry_get_note (entry),
                            ft_journal_entry_get_note_for_therapist (entry) ? " therapist" : "");

  g_string_append_printf (out, " created=%" G_GINT64_FORMAT " updated=%" G_GINT64_FORMAT,
                          ft_journal_entry_get_created_us (entry),
                          ft_journal_entry_get_updated_us (entry));

  for (guint i = 0; i < ft_journal_entry_get_n_ratings (entry); i++)
    {
      gint64 id;
      int value;

      ft_journal_entry_get_nth_rating (entry, i, &id, &value);
      g_string_append_printf (out, " %" G_GINT64_FORMAT "=%d", id, value);
    }

  return g_string_free (out, FALSE);
}

/* The journal's tables, row by row, to prove that a refused change wrote
 * nothing at all. */
static char *
dump_journal (void)
{
  static const char * const queries[] = {
    "SELECT * FROM journal_entry ORDER BY id",
    "SELECT * FROM symptom_rating ORDER BY entry_id, kind_id",
    "SELECT * FROM symptom_kind ORDER BY id",
  };
  sqlite3 *handle = _ft_database_get_handle (db);
  GString *out = g_string_new (NULL);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      ck_assert_int_eq (sqlite3_prepare_v2 (handle, queries[q], -1, &stmt, NULL), SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (out, "%s|", text != NULL ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      g_string_append (out, "--\n");
    }

  return g_string_free (out, FALSE);
}

static void
entry_changed_cb (FtJournal  *self,
                  const char *day_key,
                  FtFoot      foot,
                  gpointer    user_data)
{
  g_ptr_array_add (entry_events, g_strdup_printf ("%s %s", day_key, ft_foot_to_key (foot)));
}

static void
symptoms_changed_cb (FtJournal *self,
                     gpointer   user_data)
{
  symptom_events++;
}

static void
assert_events (const char *expected)
{
  g_autofree char *seen = NULL;

  g_ptr_array_add (entry_events, NULL);
  seen = g_strjoinv (",", (char **) entry_events->pdata);
  g_ptr_array_set_size (entry_events, 0);

  ck_assert_str_eq (seen, expected);
}

static void
assert_error (GError     *error,
              FtError     code,
              const char *context)
{
  ck_assert_msg (error != NULL, "%s: no error", context);
  ck_assert_msg (g_error_matches (error, FT_ERROR, code), "%s: error %s %d (%s), expected %d",
                 context, g_quark_to_string (error->domain), error->code, error->message, code);
  ck_assert_msg (error->message != NULL && *error->message != '\0', "%s: no message", context);
}

/* Fixture */

static void
open_journal (void)
{
  g_autoptr(GError) error = NULL;

  set_now_utc (2026, 3, 15, 10, 0);
  db = ft_database_open (":memory:", &error);
  ck_assert_ptr_null (error);
  journal = ft_journal_new (db, fake_now, NULL, NULL);
  entry_events = g_ptr_array_new_with_free_func (g_free);
  symptom_events = 0;
  g_signal_connect (journal, "entry-changed", G_CALLBACK (entry_changed_cb), NULL);
  g_signal_connect (journal, "symptoms-changed", G_CALLBACK (symptoms_changed_cb), NULL);
}

static void
close_journal (void)
{
  g_clear_object (&journal);
  g_clear_object (&db);
  g_clear_pointer (&entry_events, g_ptr_array_unref);
  g_clear_pointer (&now, g_date_time_unref);
}

/* Tests: words, feet and symptoms */

START_TEST (test_rating_words)
{
  static const struct
  {
    int         value;
    const char *word;
  } cases[] = {
    { FT_NOT_RATED, "not rated" },
    { 0, "none" },
    { 1, "mild" }, { 2, "mild" }, { 3, "mild" },
    { 4, "moderate" }, { 5, "moderate" }, { 6, "moderate" },
    { 7, "severe" }, { 8, "severe" }, { 9, "severe" }, { 10, "severe" },
    { 11, NULL }, { -2, NULL }, { G_MININT, NULL }, { G_MAXINT, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *word = ft_rating_get_word (cases[i].value);

      if (cases[i].word == NULL)
        ck_assert_msg (word == NULL, "%d has the word %s", cases[i].value, word);
      else
        ck_assert_str_eq (word, cases[i].word);
    }
}
END_TEST

START_TEST (test_feet)
{
  static const struct
  {
    FtFoot      foot;
    const char *key;
    const char *label;
  } cases[] = {
    { FT_FOOT_LEFT, "left", "Left foot" },
    { FT_FOOT_RIGHT, "right", "Right foot" },
    { FT_FOOT_BOTH, "both", "Both feet" },
  };
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (FT_TYPE_FOOT);
  FtFoot foot;

  ck_assert (G_TYPE_IS_ENUM (FT_TYPE_FOOT));
  ck_assert_uint_eq (enum_class->n_values, G_N_ELEMENTS (cases));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ck_assert_str_eq (ft_foot_to_key (cases[i].foot), cases[i].key);
      ck_assert_str_eq (ft_foot_get_label (cases[i].foot), cases[i].label);
      ck_assert (ft_foot_from_key (cases[i].key, &foot));
      ck_assert_int_eq (foot, cases[i].foot);
      ck_assert_str_eq (g_enum_get_value (enum_class, cases[i].foot)->value_nick, cases[i].key);
    }

  ck_assert_ptr_null (ft_foot_to_key ((FtFoot) 7));
  ck_assert_ptr_null (ft_foot_get_label ((FtFoot) 7));
  ck_assert (!ft_foot_from_key ("Left", &foot));
  ck_assert (!ft_foot_from_key ("", &foot));
  ck_assert (!ft_foot_from_key (NULL, &foot));
}
END_TEST

START_TEST (test_builtin_symptoms)
{
  static const struct
  {
    const char *key;
    const char *name;
  } expected[] = {
    { "tingling", "Tingling" },
    { "burning", "Burning" },
    { "numbness", "Numbness" },
    { "night_pain", "Night pain" },
    { "first_step_pain", "First-step pain" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) symptoms = ft_journal_list_symptoms (journal, FALSE, &error);

  ck_assert_ptr_null (error);
  ck_assert_uint_eq (symptoms->len, G_N_ELEMENTS (expected));

  for (guint i = 0; i < symptoms->len; i++)
    {
      FtSymptom *symptom = g_ptr_array_index (symptoms, i);

      ck_assert_str_eq (ft_symptom_get_key (symptom), expected[i].key);
      ck_assert_str_eq (ft_symptom_get_name (symptom), expected[i].name);
      ck_assert (ft_symptom_get_builtin (symptom));
      ck_assert (!ft_symptom_get_hidden (symptom));
      ck_assert_int_gt (ft_symptom_get_id (symptom), 0);
      if (i > 0)
        ck_assert_int_gt (ft_symptom_get_position (symptom),
                          ft_symptom_get_position (g_ptr_array_index (symptoms, i - 1)));
    }
}
END_TEST

/* Tests: validation */

START_TEST (test_rating_message)
{
  g_autoptr(GError) error = NULL;
  GDate day = test_support_day (2026, 3, 1);

  ck_assert (!ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, symptom_id ("tingling"), 11,
                                     &error));
  assert_error (error, FT_ERROR_INVALID, "11");
  ck_assert_str_eq (error->message, "A rating runs from 0 to 10, not 11");
  ck_assert_int_eq (count_entries (), 0);
}
END_TEST

typedef enum
{
  TRY_RATING,
  TRY_HOURS,
  TRY_DISTANCE,
  TRY_NOTE,
} Try;

/* Each refused change, tried on a day that already holds one of everything:
 * it must fail with FT_ERROR_INVALID, write nothing and signal nothing. */
typedef struct
{
  const char *what;
  Try         field;
  int         year, month, day;   /* 0: the prepared day */
  gboolean    invalid_date;
  FtFoot      foot;
  gint64      symptom;            /* 0: tingling; -1: a symptom that does not exist */
  int         rating;
  double      number;
  const char *note;
  guint       note_repeat;        /* > 0: the note is this many 'a's */
} RefusedCase;

static const RefusedCase refused_cases[] = {
  { "rating 11", TRY_RATING, .foot = FT_FOOT_LEFT, .rating = 11 },
  { "rating -2", TRY_RATING, .foot = FT_FOOT_LEFT, .rating = -2 },
  { "rating 1000", TRY_RATING, .foot = FT_FOOT_LEFT, .rating = 1000 },
  { "rating G_MININT", TRY_RATING, .foot = FT_FOOT_LEFT, .rating = G_MININT },
  { "unknown symptom", TRY_RATING, .foot = FT_FOOT_LEFT, .symptom = -1, .rating = 3 },
  { "unknown symptom cleared", TRY_RATING, .foot = FT_FOOT_LEFT, .symptom = -1,
    .rating = FT_NOT_RATED },
  { "unknown foot", TRY_RATING, .foot = (FtFoot) 7, .rating = 3 },
  { "negative foot", TRY_HOURS, .foot = (FtFoot) -1, .number = 3 },
  { "tomorrow", TRY_RATING, 2026, 3, 16, .foot = FT_FOOT_LEFT, .rating = 3 },
  { "next year", TRY_NOTE, 2027, 1, 1, .foot = FT_FOOT_LEFT, .note = "later" },
  { "invalid date", TRY_RATING, .invalid_date = TRUE, .foot = FT_FOOT_LEFT, .rating = 3 },
  { "invalid date, hours", TRY_HOURS, .invalid_date = TRUE, .foot = FT_FOOT_LEFT, .number = 1 },
  { "hours -0.5", TRY_HOURS, .foot = FT_FOOT_LEFT, .number = -0.5 },
  { "hours 24.5", TRY_HOURS, .foot = FT_FOOT_LEFT, .number = 24.5 },
  { "hours infinite", TRY_HOURS, .foot = FT_FOOT_LEFT, .number = INFINITY },
  { "hours minus infinite", TRY_HOURS, .foot = FT_FOOT_LEFT, .number = -INFINITY },
  { "distance -1 m", TRY_DISTANCE, .foot = FT_FOOT_LEFT, .number = -1 },
  { "distance 600 km", TRY_DISTANCE, .foot = FT_FOOT_LEFT, .number = 600000 },
  { "distance 500 km and 1 m", TRY_DISTANCE, .foot = FT_FOOT_LEFT, .number = 500001 },
  { "distance infinite", TRY_DISTANCE, .foot = FT_FOOT_LEFT, .number = INFINITY },
  { "note of 10 001 characters", TRY_NOTE, .foot = FT_FOOT_LEFT, .note_repeat = 10001 },
  { "note not UTF-8", TRY_NOTE, .foot = FT_FOOT_LEFT, .note = "caf\xc3 au lait" },
  { "note cut in a character", TRY_NOTE, .foot = FT_FOOT_LEFT, .note = "\xe2\x82" },
};

static void
prepare_full_day (const GDate *day)
{
  g_autoptr(GError) error = NULL;

  ck_assert (ft_journal_set_rating (journal, day, FT_FOOT_LEFT, symptom_id ("tingling"), 4,
                                    &error));
  ck_assert (ft_journal_set_rating (journal, day, FT_FOOT_LEFT, symptom_id ("burning"), 0,
                                    &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, day, FT_FOOT_LEFT, 7.5, &error));
  ck_assert (ft_journal_set_run_distance (journal, day, FT_FOOT_LEFT, 5200, &error));
  ck_assert (ft_journal_set_note (journal, day, FT_FOOT_LEFT, "Long walk", TRUE, &error));
  ck_assert_ptr_null (error);
}

START_TEST (test_refused_changes)
{
  const RefusedCase *c = &refused_cases[_i];
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *long_note = NULL;
  GDate prepared = test_support_day (2026, 3, 15);
  GDate day;
  gint64 symptom;
  gboolean ok = TRUE;

  prepare_full_day (&prepared);
  g_ptr_array_set_size (entry_events, 0);
  before = dump_journal ();

  if (c->invalid_date)
    g_date_clear (&day, 1);
  else if (c->year != 0)
    day = test_support_day (c->year, c->month, c->day);
  else
    day = prepared;

  symptom = c->symptom == 0 ? symptom_id ("tingling") : c->symptom == -1 ? 9999 : c->symptom;

  switch (c->field)
    {
    case TRY_RATING:
      ok = ft_journal_set_rating (journal, &day, c->foot, symptom, c->rating, &error);
      break;

    case TRY_HOURS:
      ok = ft_journal_set_hours_on_feet (journal, &day, c->foot, c->number, &error);
      break;

    case TRY_DISTANCE:
      ok = ft_journal_set_run_distance (journal, &day, c->foot, c->number, &error);
      break;

    case TRY_NOTE:
      if (c->note_repeat > 0)
        {
          long_note = g_strnfill (c->note_repeat, 'a');
          ok = ft_journal_set_note (journal, &day, c->foot, long_note, FALSE, &error);
        }
      else
        {
          ok = ft_journal_set_note (journal, &day, c->foot, c->note, FALSE, &error);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  ck_assert_msg (!ok, "%s was accepted", c->what);
  assert_error (error, FT_ERROR_INVALID, c->what);
  /* The journal explains; the schema's last-resort check does not. */
  ck_assert_msg (!g_str_has_prefix (error->message, "A value was refused by the journal"),
                 "%s: only the schema caught it (%s)", c->what, error->message);

  after = dump_journal ();
  ck_assert_str_eq (after, before);
  ck_assert_uint_eq (entry_events->len, 0);
  ck_assert_int_eq (rating_on (&prepared, FT_FOOT_LEFT, symptom_id ("tingling")), 4);
}
END_TEST

/* The limits themselves are allowed, and NAN, NULL and "" clear. */
START_TEST (test_limits_and_clearing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  g_autofree char *longest = g_strnfill (10000, 'a');
  g_autofree char *longest_wide = NULL;
  GString *wide = g_string_new (NULL);
  GDate day = test_support_day (2026, 3, 15);
  gint64 tingling = symptom_id ("tingling");
  double number;

  /* Ten thousand characters of two bytes each: characters count, not bytes. */
  for (guint i = 0; i < 10000; i++)
    g_string_append (wide, "é");
  longest_wide = g_string_free (wide, FALSE);

  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, tingling, 10, &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, 24, &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_RIGHT, 0, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 500000, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_BOTH, 0, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_LEFT, longest, FALSE, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_RIGHT, longest_wide, TRUE, &error));
  ck_assert_ptr_null (error);

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_int_eq (ft_journal_entry_get_rating (entry, tingling), 10);
  ck_assert (ft_journal_entry_get_hours_on_feet (entry, &number));
  ck_assert_double_eq (number, 24);
  ck_assert (ft_journal_entry_get_run_distance (entry, &number));
  ck_assert_double_eq (number, 500000);
  ck_assert_str_eq (ft_journal_entry_get_note (entry), longest);
  g_clear_object (&entry);

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_RIGHT, &error);
  ck_assert (ft_journal_entry_get_hours_on_feet (entry, &number));
  ck_assert_double_eq (number, 0);
  ck_assert_str_eq (ft_journal_entry_get_note (entry), longest_wide);
  ck_assert (ft_journal_entry_get_note_for_therapist (entry));
  g_clear_object (&entry);

  /* Clearing, one field at a time. */
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, NAN, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, NAN, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_LEFT, "", TRUE, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_RIGHT, NULL, TRUE, &error));
  ck_assert_ptr_null (error);

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert (!ft_journal_entry_get_hours_on_feet (entry, &number));
  ck_assert (isnan (number));
  ck_assert (!ft_journal_entry_get_run_distance (entry, NULL));
  ck_assert_ptr_null (ft_journal_entry_get_note (entry));
  ck_assert (!ft_journal_entry_get_note_for_therapist (entry));
  ck_assert_int_eq (ft_journal_entry_get_rating (entry, tingling), 10);
  g_clear_object (&entry);

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_RIGHT, &error);
  ck_assert_ptr_null (ft_journal_entry_get_note (entry));
  ck_assert (!ft_journal_entry_get_note_for_therapist (entry));
  ck_assert (ft_journal_entry_get_hours_on_feet (entry, NULL));
}
END_TEST

START_TEST (test_not_rated_is_not_zero)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  GDate day = test_support_day (2026, 3, 10);
  gint64 tingling = symptom_id ("tingling");
  gint64 burning = symptom_id ("burning");
  gint64 numbness = symptom_id ("numbness");

  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, tingling, 0, &error));
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, burning, 6, &error));
  ck_assert_ptr_null (error);

  /* A 0 is stored as a row with the value 0. */
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_rating WHERE value = 0"),
                    1);
  ck_assert_int_eq (rating_on (&day, FT_FOOT_LEFT, tingling), 0);
  ck_assert_int_eq (rating_on (&day, FT_FOOT_LEFT, numbness), FT_NOT_RATED);

  /* A cleared rating is no row at all. */
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, tingling, FT_NOT_RATED, &error));
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_rating"), 1);
  ck_assert_int_eq (rating_on (&day, FT_FOOT_LEFT, tingling), FT_NOT_RATED);

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_uint_eq (ft_journal_entry_get_n_ratings (entry), 1);
  ck_assert_int_eq (ft_journal_entry_get_rating (entry, burning), 6);
  assert_events ("2026-03-10 left,2026-03-10 left,2026-03-10 left");

  /* Clearing what is not there changes nothing and says nothing. */
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, numbness, FT_NOT_RATED, &error));
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_RIGHT, numbness, FT_NOT_RATED, &error));
  ck_assert_ptr_null (error);
  assert_events ("");
  ck_assert_int_eq (count_entries (), 1);
}
END_TEST

START_TEST (test_ratings_in_symptom_order)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  g_autoptr(GPtrArray) symptoms = ft_journal_list_symptoms (journal, TRUE, &error);
  g_autoptr(FtSymptom) custom = ft_journal_add_symptom (journal, "Heel pain", &error);
  GDate day = test_support_day (2026, 3, 12);
  gint64 id;
  int value;

  /* Rated backwards, listed in the check-in's order. */
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_BOTH, ft_symptom_get_id (custom), 9,
                                    &error));
  for (guint i = symptoms->len; i > 0; i--)
    ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_BOTH,
                                      ft_symptom_get_id (g_ptr_array_index (symptoms, i - 1)),
                                      (int) i, &error));
  ck_assert_ptr_null (error);

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_BOTH, &error);
  ck_assert_uint_eq (ft_journal_entry_get_n_ratings (entry), symptoms->len + 1);
  for (guint i = 0; i < symptoms->len; i++)
    {
      ft_journal_entry_get_nth_rating (entry, i, &id, &value);
      ck_assert_int_eq (id, ft_symptom_get_id (g_ptr_array_index (symptoms, i)));
      ck_assert_int_eq (value, (int) i + 1);
    }
  ft_journal_entry_get_nth_rating (entry, symptoms->len, &id, &value);
  ck_assert_int_eq (id, ft_symptom_get_id (custom));
  ck_assert_int_eq (value, 9);
}
END_TEST

/* Tests: entries */

START_TEST (test_two_feet_one_day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GDate day = test_support_day (2026, 3, 14);
  gint64 tingling = symptom_id ("tingling");

  /* Written in the order a person might, listed left, right, both. */
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_BOTH, tingling, 1, &error));
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_RIGHT, tingling, 2, &error));
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, tingling, 3, &error));
  ck_assert_ptr_null (error);
  assert_events ("2026-03-14 both,2026-03-14 right,2026-03-14 left");

  ck_assert_int_eq (count_entries (), 3);
  entries = ft_journal_list_range (journal, &day, &day, &error);
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (entries->len, 3);
  ck_assert_int_eq (ft_journal_entry_get_foot (g_ptr_array_index (entries, 0)), FT_FOOT_LEFT);
  ck_assert_int_eq (ft_journal_entry_get_foot (g_ptr_array_index (entries, 1)), FT_FOOT_RIGHT);
  ck_assert_int_eq (ft_journal_entry_get_foot (g_ptr_array_index (entries, 2)), FT_FOOT_BOTH);
  ck_assert_int_eq (ft_journal_entry_get_rating (g_ptr_array_index (entries, 0), tingling), 3);
  ck_assert_int_eq (ft_journal_entry_get_rating (g_ptr_array_index (entries, 1), tingling), 2);
  ck_assert_int_eq (ft_journal_entry_get_rating (g_ptr_array_index (entries, 2), tingling), 1);

  for (guint i = 0; i < entries->len; i++)
    {
      FtJournalEntry *entry = g_ptr_array_index (entries, i);
      GDate entry_day;

      ft_journal_entry_get_day (entry, &entry_day);
      ck_assert_int_eq (g_date_compare (&entry_day, &day), 0);
      ck_assert_str_eq (ft_journal_entry_get_day_key (entry), "2026-03-14");
    }
}
END_TEST

START_TEST (test_edit_keeps_one_row)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  GDate day = test_support_day (2026, 3, 15);
  gint64 tingling = symptom_id ("tingling");
  gint64 created;
  gint64 edited;

  set_now_utc (2026, 3, 15, 8, 0);
  created = g_date_time_to_unix_usec (now);
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, tingling, 3, &error));

  set_now_utc (2026, 3, 15, 21, 45);
  edited = g_date_time_to_unix_usec (now);
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, tingling, 5, &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, 9, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_LEFT, "Evening", FALSE, &error));
  ck_assert_ptr_null (error);

  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM journal_entry"), 1);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_rating"), 1);

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_int_eq (ft_journal_entry_get_created_us (entry), created);
  ck_assert_int_eq (ft_journal_entry_get_updated_us (entry), edited);
  ck_assert_int_eq (ft_journal_entry_get_rating (entry, tingling), 5);
  g_clear_object (&entry);
  assert_events ("2026-03-15 left,2026-03-15 left,2026-03-15 left,2026-03-15 left");

  /* Saving the same values again is no change: no write, no signal. */
  set_now_utc (2026, 3, 15, 22, 0);
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, tingling, 5, &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, 9, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_LEFT, "Evening", FALSE, &error));
  ck_assert_ptr_null (error);
  assert_events ("");

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_int_eq (ft_journal_entry_get_updated_us (entry), edited);
  g_clear_object (&entry);

  /* Flagging the same note for the therapist is a change. */
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_LEFT, "Evening", TRUE, &error));
  assert_events ("2026-03-15 left");
  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert (ft_journal_entry_get_note_for_therapist (entry));
  ck_assert_int_eq (ft_journal_entry_get_updated_us (entry), g_date_time_to_unix_usec (now));
}
END_TEST

START_TEST (test_emptied_entry_is_removed)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  GDate day = test_support_day (2026, 3, 13);
  gint64 tingling = symptom_id ("tingling");

  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_RIGHT, tingling, 2, &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_RIGHT, 3, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_RIGHT, 1000, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_RIGHT, "Sore", TRUE, &error));

  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_RIGHT, tingling, FT_NOT_RATED, &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_RIGHT, NAN, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_RIGHT, NAN, &error));
  ck_assert_int_eq (count_entries (), 1);

  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_RIGHT, NULL, FALSE, &error));
  ck_assert_ptr_null (error);

  /* An empty day is "not done" again. */
  ck_assert_int_eq (count_entries (), 0);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_rating"), 0);
  entry = ft_journal_get_entry (journal, &day, FT_FOOT_RIGHT, &error);
  ck_assert_ptr_null (entry);
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (entry_events->len, 8);
}
END_TEST

START_TEST (test_missing_entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GDate day = test_support_day (2026, 3, 1);
  GDate later = test_support_day (2026, 3, 9);
  GDate invalid;

  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_ptr_null (entry);
  ck_assert_ptr_null (error);

  /* A range given backwards is empty. */
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, 1, &error));
  entries = ft_journal_list_range (journal, &later, &day, &error);
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (entries->len, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  g_date_clear (&invalid, 1);
  entries = ft_journal_list_range (journal, &invalid, &day, &error);
  ck_assert_ptr_null (entries);
  assert_error (error, FT_ERROR_INVALID, "list from an invalid date");
  g_clear_error (&error);

  entry = ft_journal_get_entry (journal, &day, (FtFoot) 7, &error);
  ck_assert_ptr_null (entry);
  assert_error (error, FT_ERROR_INVALID, "get an unknown foot");
}
END_TEST

START_TEST (test_delete_and_restore)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) original = NULL;
  g_autoptr(FtJournalEntry) deleted = NULL;
  g_autoptr(FtJournalEntry) restored = NULL;
  g_autoptr(FtJournalEntry) nothing = NULL;
  g_autoptr(FtSymptom) custom = ft_journal_add_symptom (journal, "Heel pain", &error);
  g_autofree char *described = NULL;
  g_autofree char *described_deleted = NULL;
  g_autofree char *described_restored = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dump = NULL;
  GDate day = test_support_day (2026, 3, 11);
  GDate other = test_support_day (2026, 3, 12);

  set_now_utc (2026, 3, 11, 7, 15);
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, symptom_id ("night_pain"), 7,
                                    &error));
  set_now_utc (2026, 3, 14, 20, 5);
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, symptom_id ("numbness"), 0,
                                    &error));
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_LEFT, ft_symptom_get_id (custom), 5,
                                    &error));
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, 6.25, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 8123.5, &error));
  ck_assert (ft_journal_set_note (journal, &day, FT_FOOT_LEFT, "Night burning\nafter a run", TRUE,
                                  &error));
  ck_assert (ft_journal_set_rating (journal, &other, FT_FOOT_LEFT, symptom_id ("burning"), 2,
                                    &error));
  ck_assert_ptr_null (error);
  g_ptr_array_set_size (entry_events, 0);
  set_now_utc (2026, 3, 15, 9, 0);

  original = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  described = describe_entry (original);
  before = dump_journal ();

  deleted = ft_journal_delete_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_ptr_null (error);
  ck_assert_ptr_nonnull (deleted);
  described_deleted = describe_entry (deleted);
  ck_assert_str_eq (described_deleted, described);
  ck_assert_int_eq (count_entries (), 1);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_rating"), 1);
  ck_assert_int_eq (rating_on (&day, FT_FOOT_LEFT, symptom_id ("night_pain")), FT_NOT_RATED);
  assert_events ("2026-03-11 left");

  /* Nothing to delete is not an error, and not a change. */
  nothing = ft_journal_delete_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_ptr_null (nothing);
  ck_assert_ptr_null (error);
  assert_events ("");

  ck_assert (ft_journal_restore_entry (journal, deleted, &error));
  ck_assert_ptr_null (error);
  assert_events ("2026-03-11 left");

  restored = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  described_restored = describe_entry (restored);
  ck_assert_str_eq (described_restored, described);
  after = dump_journal ();
  ck_assert_str_eq (after, before);

  /* Twice is once too many, and changes nothing. */
  ck_assert (!ft_journal_restore_entry (journal, deleted, &error));
  assert_error (error, FT_ERROR_EXISTS, "restore twice");
  dump = dump_journal ();
  ck_assert_str_eq (dump, before);
  assert_events ("");
}
END_TEST

/* Undo after the entry's own symptom went: deleting the entry made the
 * symptom unused, so it could be deleted in between. */
START_TEST (test_restore_without_its_symptom)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) deleted = NULL;
  g_autoptr(FtSymptom) custom = ft_journal_add_symptom (journal, "Toe cramps", &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GDate day = test_support_day (2026, 3, 2);

  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_RIGHT, symptom_id ("tingling"), 1,
                                    &error));
  ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_RIGHT, ft_symptom_get_id (custom), 4,
                                    &error));
  deleted = ft_journal_delete_entry (journal, &day, FT_FOOT_RIGHT, &error);
  ck_assert_ptr_nonnull (deleted);
  ck_assert (ft_journal_delete_symptom (journal, ft_symptom_get_id (custom), &error));
  ck_assert_ptr_null (error);
  g_ptr_array_set_size (entry_events, 0);
  before = dump_journal ();

  ck_assert (!ft_journal_restore_entry (journal, deleted, &error));
  assert_error (error, FT_ERROR_INVALID, "restore with a deleted symptom");
  after = dump_journal ();
  ck_assert_str_eq (after, before);
  ck_assert_int_eq (count_entries (), 0);
  assert_events ("");
}
END_TEST

/* Tests: symptoms */

START_TEST (test_custom_symptom_lifecycle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtSymptom) heel = NULL;
  g_autoptr(FtSymptom) arch = NULL;
  g_autoptr(FtSymptom) refused = NULL;
  g_autoptr(GPtrArray) symptoms = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  g_autofree char *too_long = g_strnfill (201, 'x');
  g_autofree char *longest = g_strnfill (200, 'y');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GDate day1 = test_support_day (2026, 3, 3);
  GDate day2 = test_support_day (2026, 3, 4);
  gint64 count = -1;

  heel = ft_journal_add_symptom (journal, "  Heel pain at work\t", &error);
  ck_assert_ptr_null (error);
  ck_assert_str_eq (ft_symptom_get_name (heel), "Heel pain at work");
  ck_assert (g_str_has_prefix (ft_symptom_get_key (heel), "custom-"));
  ck_assert (!ft_symptom_get_builtin (heel));
  ck_assert (!ft_symptom_get_hidden (heel));
  ck_assert_uint_eq (symptom_events, 1);

  /* Appended at the end of the check-in. */
  symptoms = ft_journal_list_symptoms (journal, FALSE, &error);
  ck_assert_uint_eq (symptoms->len, 6);
  ck_assert_int_eq (ft_symptom_get_id (g_ptr_array_index (symptoms, 5)), ft_symptom_get_id (heel));
  g_clear_pointer (&symptoms, g_ptr_array_unref);

  /* Names another symptom has, in any case, built-in ones included. */
  before = dump_journal ();
  {
    static const struct
    {
      const char *name;
      FtError     code;
    } cases[] = {
      { "heel PAIN at work", FT_ERROR_EXISTS },
      { "TINGLING", FT_ERROR_EXISTS },
      { " first-step pain ", FT_ERROR_EXISTS },
      { "", FT_ERROR_INVALID },
      { " \t\n ", FT_ERROR_INVALID },
      { "bad \xff name", FT_ERROR_INVALID },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        refused = ft_journal_add_symptom (journal, cases[i].name, &error);
        ck_assert_ptr_null (refused);
        assert_error (error, cases[i].code, cases[i].name);
        g_clear_error (&error);
      }
  }
  refused = ft_journal_add_symptom (journal, too_long, &error);
  ck_assert_ptr_null (refused);
  assert_error (error, FT_ERROR_INVALID, "201 characters");
  g_clear_error (&error);
  after = dump_journal ();
  ck_assert_str_eq (after, before);
  ck_assert_uint_eq (symptom_events, 1);

  arch = ft_journal_add_symptom (journal, longest, &error);
  ck_assert_ptr_nonnull (arch);
  ck_assert_int_gt (ft_symptom_get_position (arch), ft_symptom_get_position (heel));
  ck_assert_str_ne (ft_symptom_get_key (arch), ft_symptom_get_key (heel));

  /* Rename: to a free name, to its own name in another case, not to a
   * taken one; built-in symptoms keep theirs. */
  ck_assert (ft_journal_rename_symptom (journal, ft_symptom_get_id (arch), "Arch pain", &error));
  ck_assert (ft_journal_rename_symptom (journal, ft_symptom_get_id (arch), "arch Pain", &error));
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (symptom_events, 4);
  ck_assert (!ft_journal_rename_symptom (journal, ft_symptom_get_id (arch), "Burning", &error));
  assert_error (error, FT_ERROR_EXISTS, "rename to a built-in name");
  g_clear_error (&error);
  ck_assert (!ft_journal_rename_symptom (journal, ft_symptom_get_id (arch), "HEEL pain at work",
                                         &error));
  assert_error (error, FT_ERROR_EXISTS, "rename to a custom name");
  g_clear_error (&error);
  ck_assert (!ft_journal_rename_symptom (journal, symptom_id ("burning"), "Fire", &error));
  assert_error (error, FT_ERROR_INVALID, "rename a built-in symptom");
  ck_assert_str_eq (error->message, "Built-in symptoms keep their names");
  g_clear_error (&error);
  ck_assert (!ft_journal_rename_symptom (journal, 9999, "Ghost", &error));
  assert_error (error, FT_ERROR_INVALID, "rename an unknown symptom");
  g_clear_error (&error);
  ck_assert (!ft_journal_rename_symptom (journal, ft_symptom_get_id (arch), " ", &error));
  assert_error (error, FT_ERROR_INVALID, "rename to nothing");
  g_clear_error (&error);
  ck_assert_uint_eq (symptom_events, 4);

  symptoms = ft_journal_list_symptoms (journal, TRUE, &error);
  ck_assert_str_eq (ft_symptom_get_name (g_ptr_array_index (symptoms, 6)), "arch Pain");
  g_clear_pointer (&symptoms, g_ptr_array_unref);

  /* Rated on two days, then hidden: out of the check-in, still in history. */
  ck_assert (ft_journal_set_rating (journal, &day1, FT_FOOT_LEFT, ft_symptom_get_id (heel), 3,
                                    &error));
  ck_assert (ft_journal_set_rating (journal, &day2, FT_FOOT_LEFT, ft_symptom_get_id (heel), 6,
                                    &error));
  ck_assert (ft_journal_set_rating (journal, &day2, FT_FOOT_RIGHT, ft_symptom_get_id (heel), 2,
                                    &error));
  ck_assert (ft_journal_count_symptom_uses (journal, ft_symptom_get_id (heel), &count, &error));
  ck_assert_int_eq (count, 3);
  ck_assert (ft_journal_count_symptom_uses (journal, ft_symptom_get_id (arch), &count, &error));
  ck_assert_int_eq (count, 0);

  ck_assert (ft_journal_set_symptom_hidden (journal, ft_symptom_get_id (heel), TRUE, &error));
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (symptom_events, 5);
  ck_assert (!symptom_listed (ft_symptom_get_id (heel), FALSE));
  ck_assert (symptom_listed (ft_symptom_get_id (heel), TRUE));
  ck_assert_int_eq (rating_on (&day1, FT_FOOT_LEFT, ft_symptom_get_id (heel)), 3);
  entry = ft_journal_get_entry (journal, &day2, FT_FOOT_LEFT, &error);
  ck_assert_uint_eq (ft_journal_entry_get_n_ratings (entry), 1);

  /* Hiding what is hidden is no change. */
  ck_assert (ft_journal_set_symptom_hidden (journal, ft_symptom_get_id (heel), TRUE, &error));
  ck_assert_uint_eq (symptom_events, 5);

  /* A rated symptom can only be hidden. */
  ck_assert (!ft_journal_delete_symptom (journal, ft_symptom_get_id (heel), &error));
  assert_error (error, FT_ERROR_EXISTS, "delete a rated symptom");
  ck_assert_str_eq (error->message,
                    "“Heel pain at work” is rated on 2 days, so it can only be hidden");
  g_clear_error (&error);
  ck_assert (symptom_listed (ft_symptom_get_id (heel), TRUE));

  /* An unused one can go. */
  ck_assert (ft_journal_delete_symptom (journal, ft_symptom_get_id (arch), &error));
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (symptom_events, 6);
  ck_assert (!symptom_listed (ft_symptom_get_id (arch), TRUE));
  ck_assert (!ft_journal_delete_symptom (journal, ft_symptom_get_id (arch), &error));
  assert_error (error, FT_ERROR_INVALID, "delete twice");
  g_clear_error (&error);
  ck_assert (!ft_journal_count_symptom_uses (journal, ft_symptom_get_id (arch), &count, &error));
  assert_error (error, FT_ERROR_INVALID, "count uses of a deleted symptom");
  g_clear_error (&error);

  /* Its name is free again. */
  g_clear_object (&arch);
  arch = ft_journal_add_symptom (journal, "Arch pain", &error);
  ck_assert_ptr_nonnull (arch);

  /* Unhidden, it is back in the check-in. */
  ck_assert (ft_journal_set_symptom_hidden (journal, ft_symptom_get_id (heel), FALSE, &error));
  ck_assert (symptom_listed (ft_symptom_get_id (heel), FALSE));
  ck_assert_uint_eq (symptom_events, 8);
}
END_TEST

START_TEST (test_builtin_symptom_rules)
{
  g_autoptr(GError) error = NULL;
  gint64 numbness = symptom_id ("numbness");

  ck_assert (!ft_journal_delete_symptom (journal, numbness, &error));
  assert_error (error, FT_ERROR_INVALID, "delete a built-in symptom");
  g_clear_error (&error);
  ck_assert (!ft_journal_rename_symptom (journal, numbness, "Pins and needles", &error));
  assert_error (error, FT_ERROR_INVALID, "rename a built-in symptom");
  g_clear_error (&error);
  ck_assert_uint_eq (symptom_events, 0);

  ck_assert (ft_journal_set_symptom_hidden (journal, numbness, TRUE, &error));
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (symptom_events, 1);
  ck_assert (!symptom_listed (numbness, FALSE));
  ck_assert (symptom_listed (numbness, TRUE));

  ck_assert (!ft_journal_set_symptom_hidden (journal, 9999, TRUE, &error));
  assert_error (error, FT_ERROR_INVALID, "hide an unknown symptom");
  g_clear_error (&error);
  ck_assert (!ft_journal_delete_symptom (journal, 9999, &error));
  assert_error (error, FT_ERROR_INVALID, "delete an unknown symptom");
  ck_assert_uint_eq (symptom_events, 1);
}
END_TEST

/* Tests: days and ranges */

/* The day is the local calendar day, even on the days the clocks change:
 * a check-in at 00:30 and one at 23:30 belong to the same day. */
START_TEST (test_daylight_saving)
{
  static const struct
  {
    int first[3];
    int last[3];
  } ranges[] = {
    { { 2026, 3, 28 }, { 2026, 3, 30 } },    /* clocks go forward on the 29th */
    { { 2026, 10, 24 }, { 2026, 10, 26 } },  /* and back on the 25th */
  };
  g_autoptr(GTimeZone) tz = berlin ();
  gint64 tingling = symptom_id ("tingling");

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) entries = NULL;
      GDate first = test_support_day (ranges[r].first[0], ranges[r].first[1], ranges[r].first[2]);
      GDate last = test_support_day (ranges[r].last[0], ranges[r].last[1], ranges[r].last[2]);
      gint64 early_us[3];
      gint64 late_us[3];
      GDate day;
      guint n = 0;

      for (day = first; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1), n++)
        {
          GDate today;
          GDate tomorrow = day;

          g_date_add_days (&tomorrow, 1);

          set_now (tz, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                   0, 30);
          early_us[n] = g_date_time_to_unix_usec (now);
          ft_journal_get_today (journal, &today);
          ck_assert_int_eq (g_date_compare (&today, &day), 0);
          ck_assert (ft_journal_set_rating (journal, &today, FT_FOOT_LEFT, tingling, (int) n,
                                            &error));

          /* At half past midnight, local tomorrow is still the future. */
          ck_assert (!ft_journal_set_rating (journal, &tomorrow, FT_FOOT_LEFT, tingling, 1,
                                             &error));
          assert_error (error, FT_ERROR_INVALID, "tomorrow");
          g_clear_error (&error);

          set_now (tz, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                   23, 30);
          late_us[n] = g_date_time_to_unix_usec (now);
          ft_journal_get_today (journal, &today);
          ck_assert_int_eq (g_date_compare (&today, &day), 0);
          ck_assert (ft_journal_set_hours_on_feet (journal, &today, FT_FOOT_RIGHT, n + 1.5,
                                                   &error));
          ck_assert_ptr_null (error);
        }
      ck_assert_uint_eq (n, 3);

      entries = ft_journal_list_range (journal, &first, &last, &error);
      ck_assert_ptr_null (error);
      ck_assert_uint_eq (entries->len, 6);

      for (guint i = 0; i < entries->len; i++)
        {
          FtJournalEntry *entry = g_ptr_array_index (entries, i);
          guint d = 2 - i / 2;   /* newest day first */
          char expected_key[11];

          day = first;
          g_date_add_days (&day, d);
          g_snprintf (expected_key, sizeof expected_key, "%04d-%02d-%02d",
                      g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
          ck_assert_str_eq (ft_journal_entry_get_day_key (entry), expected_key);

          if (i % 2 == 0)
            {
              ck_assert_int_eq (ft_journal_entry_get_foot (entry), FT_FOOT_LEFT);
              ck_assert_int_eq (ft_journal_entry_get_rating (entry, tingling), (int) d);
              ck_assert_int_eq (ft_journal_entry_get_created_us (entry), early_us[d]);
            }
          else
            {
              ck_assert_int_eq (ft_journal_entry_get_foot (entry), FT_FOOT_RIGHT);
              ck_assert_int_eq (ft_journal_entry_get_created_us (entry), late_us[d]);
            }
        }
    }

  /* 23 and 25 hours: the clock change days are really in the data. */
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db),
                                     "SELECT max (updated_us) - min (created_us) "
                                     "FROM journal_entry WHERE day = '2026-03-29'"),
                    22 * G_USEC_PER_SEC * 3600LL);
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (db),
                                     "SELECT max (updated_us) - min (created_us) "
                                     "FROM journal_entry WHERE day = '2026-10-25'"),
                    24 * G_USEC_PER_SEC * 3600LL);
}
END_TEST

START_TEST (test_year_boundary)
{
  static const int days[][3] = {
    { 2025, 12, 29 }, { 2025, 12, 30 }, { 2025, 12, 31 }, { 2026, 1, 1 }, { 2026, 1, 2 },
  };
  static const char * const newest_first[] = {
    "2026-01-02", "2026-01-01", "2025-12-31", "2025-12-30",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GDate first = test_support_day (2025, 12, 30);
  GDate last = test_support_day (2026, 1, 2);
  GDate new_year = test_support_day (2026, 1, 1);
  GDate old_year = test_support_day (2025, 12, 31);

  set_now_utc (2026, 1, 2, 12, 0);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      GDate day = test_support_day (days[i][0], days[i][1], days[i][2]);

      ck_assert (ft_journal_set_rating (journal, &day, FT_FOOT_BOTH, symptom_id ("burning"),
                                        (int) i, &error));
    }
  ck_assert_ptr_null (error);

  entries = ft_journal_list_range (journal, &first, &last, &error);
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (entries->len, G_N_ELEMENTS (newest_first));
  for (guint i = 0; i < entries->len; i++)
    ck_assert_str_eq (ft_journal_entry_get_day_key (g_ptr_array_index (entries, i)),
                      newest_first[i]);
  g_clear_pointer (&entries, g_ptr_array_unref);

  entries = ft_journal_list_range (journal, &old_year, &new_year, &error);
  ck_assert_uint_eq (entries->len, 2);
  ck_assert_str_eq (ft_journal_entry_get_day_key (g_ptr_array_index (entries, 0)), "2026-01-01");
  ck_assert_str_eq (ft_journal_entry_get_day_key (g_ptr_array_index (entries, 1)), "2025-12-31");
}
END_TEST

/* Ten years of demo journal, listed a week at a time from the newest: every
 * entry comes exactly once, each week in order. */
START_TEST (test_ten_years_by_week)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *oldest_key = NULL;
  GDate oldest;
  GDate last;
  gint64 total;
  gint64 listed = 0;
  guint n_weeks = 0;

  set_now (tz, 2026, 3, 15, 12, 0);
  ck_assert (ft_demo_fill (db, FT_DEMO_DEFAULT_SEED, 520, now, &error));
  ck_assert_ptr_null (error);

  total = count_entries ();
  ck_assert_int_gt (total, 3000);
  oldest_key = sql_query_text (_ft_database_get_handle (db), "SELECT min (day) FROM journal_entry");
  {
    int year = 0, month = 0, day_of_month = 0;

    ck_assert_int_eq (sscanf (oldest_key, "%d-%d-%d", &year, &month, &day_of_month), 3);
    oldest = test_support_day (year, month, day_of_month);
  }

  ft_journal_get_today (journal, &last);
  while (g_date_compare (&last, &oldest) >= 0)
    {
      g_autoptr(GPtrArray) week = NULL;
      GDate first = last;

      g_date_subtract_days (&first, 6);
      week = ft_journal_list_range (journal, &first, &last, &error);
      ck_assert_ptr_null (error);

      for (guint i = 0; i < week->len; i++)
        {
          FtJournalEntry *entry = g_ptr_array_index (week, i);
          char *key = g_strdup_printf ("%s %s", ft_journal_entry_get_day_key (entry),
                                       ft_foot_to_key (ft_journal_entry_get_foot (entry)));
          GDate day;

          /* Plain checks: thousands of passing assertions would each leave a
           * mark point behind. */
          ft_journal_entry_get_day (entry, &day);
          if (g_date_compare (&day, &first) < 0 || g_date_compare (&day, &last) > 0)
            ck_abort_msg ("%s is outside its week", key);
          if (!g_hash_table_add (seen, key))
            ck_abort_msg ("%s listed twice", key);

          if (i > 0)
            {
              FtJournalEntry *newer = g_ptr_array_index (week, i - 1);
              int by_day = strcmp (ft_journal_entry_get_day_key (newer),
                                   ft_journal_entry_get_day_key (entry));

              if (by_day < 0 || (by_day == 0 && ft_journal_entry_get_foot (newer) >=
                                                ft_journal_entry_get_foot (entry)))
                ck_abort_msg ("%s is listed after a later entry", key);
            }
        }

      listed += week->len;
      n_weeks++;
      last = first;
      g_date_subtract_days (&last, 1);
    }

  ck_assert_int_eq (listed, total);
  ck_assert_uint_ge (n_weeks, 520);
  ck_assert_uint_le (n_weeks, 521);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("journal");
  TCase *tc;

  tc = tcase_create ("words");
  tcase_add_test (tc, test_rating_words);
  tcase_add_test (tc, test_feet);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("validation");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_rating_message);
  tcase_add_loop_test (tc, test_refused_changes, 0, G_N_ELEMENTS (refused_cases));
  tcase_add_test (tc, test_limits_and_clearing);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("entries");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_builtin_symptoms);
  tcase_add_test (tc, test_not_rated_is_not_zero);
  tcase_add_test (tc, test_ratings_in_symptom_order);
  tcase_add_test (tc, test_two_feet_one_day);
  tcase_add_test (tc, test_edit_keeps_one_row);
  tcase_add_test (tc, test_emptied_entry_is_removed);
  tcase_add_test (tc, test_missing_entry);
  tcase_add_test (tc, test_delete_and_restore);
  tcase_add_test (tc, test_restore_without_its_symptom);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("symptoms");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_custom_symptom_lifecycle);
  tcase_add_test (tc, test_builtin_symptom_rules);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("ranges");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_daylight_saving);
  tcase_add_test (tc, test_year_boundary);
  tcase_add_test (tc, test_ten_years_by_week);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
