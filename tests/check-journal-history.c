/* check-journal-history.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-demo.h"
#include "ft-journal-history.h"
#include "ft-journal.h"
#include "sql-query.h"
#include "test-support.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One items-changed emission, as a list view would receive it. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

/* Follows a model the way a list view does: it copies the items once, then
 * applies each items-changed to its copy, fetching only the added items.
 * If an emission is imprecise, the copy drifts from the model. */
typedef struct
{
  GListModel *model;
  GPtrArray  *keys;      /* "YYYY-MM-DD foot", in list order */
  GArray     *changes;   /* Change, in the order they came */
} Mirror;

/* Set by the fixture: an in-memory journal whose "now" is fixed, in a zone
 * with daylight-saving time. */
static FtDatabase *db;
static FtJournal *journal;
static GTimeZone *tz;
static GDateTime *now;

/* Helpers */

static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_ref (now);
}

static int
foot_rank (FtFoot foot)
{
  return foot == FT_FOOT_LEFT ? 0 : foot == FT_FOOT_RIGHT ? 1 : 2;
}

static char *
entry_key (FtJournalEntry *entry)
{
  return g_strdup_printf ("%s %s", ft_journal_entry_get_day_key (entry),
                          ft_foot_to_key (ft_journal_entry_get_foot (entry)));
}

static char *
item_key (GListModel *model,
          guint       position)
{
  g_autoptr(FtJournalEntry) entry = g_list_model_get_item (model, position);

  ck_assert_msg (entry != NULL, "no item at %u of %u", position, g_list_model_get_n_items (model));
  ck_assert (FT_IS_JOURNAL_ENTRY (entry));

  return entry_key (entry);
}

/* Every item's key, read in order; the position after the last is empty. */
static GPtrArray *
list_keys (GListModel *model)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint n_items = g_list_model_get_n_items (model);
  g_autoptr(GObject) past_end = NULL;

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (keys, item_key (model, i));

  past_end = g_list_model_get_item (model, n_items);
  ck_assert_ptr_null (past_end);

  return g_steal_pointer (&keys);
}

static void
assert_keys (GPtrArray          *keys,
             const char * const *expected)
{
  guint n_expected = expected != NULL ? g_strv_length ((char **) expected) : 0;

  for (guint i = 0; i < MIN (keys->len, n_expected); i++)
    ck_assert_msg (g_str_equal (g_ptr_array_index (keys, i), expected[i]),
                   "item %u is %s, expected %s", i, (char *) g_ptr_array_index (keys, i),
                   expected[i]);
  ck_assert_uint_eq (keys->len, n_expected);
}

static void
assert_model (GListModel         *model,
              const char * const *expected)
{
  g_autoptr(GPtrArray) keys = list_keys (model);

  assert_keys (keys, expected);
}

static void
assert_same_keys (GPtrArray *keys,
                  GPtrArray *expected)
{
  for (guint i = 0; i < MIN (keys->len, expected->len); i++)
    ck_assert_msg (g_str_equal (g_ptr_array_index (keys, i), g_ptr_array_index (expected, i)),
                   "item %u is %s, expected %s", i, (char *) g_ptr_array_index (keys, i),
                   (char *) g_ptr_array_index (expected, i));
  ck_assert_uint_eq (keys->len, expected->len);
}

/* Two reads of one entry agree on everything a row shows. */
static void
assert_same_entry (FtJournalEntry *entry,
                   FtJournalEntry *expected)
{
  ck_assert_str_eq (ft_journal_entry_get_day_key (entry), ft_journal_entry_get_day_key (expected));
  ck_assert_int_eq (ft_journal_entry_get_foot (entry), ft_journal_entry_get_foot (expected));
  ck_assert_pstr_eq (ft_journal_entry_get_note (entry), ft_journal_entry_get_note (expected));
  ck_assert_int_eq (ft_journal_entry_get_note_for_therapist (entry),
                    ft_journal_entry_get_note_for_therapist (expected));
  ck_assert_int_eq (ft_journal_entry_get_updated_us (entry),
                    ft_journal_entry_get_updated_us (expected));
  ck_assert_uint_eq (ft_journal_entry_get_n_ratings (entry),
                     ft_journal_entry_get_n_ratings (expected));

  for (guint i = 0; i < ft_journal_entry_get_n_ratings (entry); i++)
    {
      gint64 symptom_id;
      gint64 expected_id;
      int value;
      int expected_value;

      ft_journal_entry_get_nth_rating (entry, i, &symptom_id, &value);
      ft_journal_entry_get_nth_rating (expected, i, &expected_id, &expected_value);
      ck_assert_int_eq (symptom_id, expected_id);
      ck_assert_int_eq (value, expected_value);
    }
}

/* The history's order, by day key and foot, written out independently of
 * the model's SQL. Only the ten characters of the day count. */
static int
compare_day_foot (const char *day,
                  FtFoot      foot,
                  const char *other_day,
                  FtFoot      other_foot)
{
  int by_day = strncmp (other_day, day, 10);

  if (by_day != 0)
    return by_day;

  return foot_rank (foot) - foot_rank (other_foot);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const char *key_a = *(const char * const *) a;
  const char *key_b = *(const char * const *) b;
  FtFoot foot_a;
  FtFoot foot_b;

  ck_assert (ft_foot_from_key (key_a + 11, &foot_a));
  ck_assert (ft_foot_from_key (key_b + 11, &foot_b));

  return compare_day_foot (key_a, foot_a, key_b, foot_b);
}

/* Every entry in the database, sorted in C as the history must list them. */
static GPtrArray *
database_keys (void)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *handle = _ft_database_get_handle (db);
  int rc;

  ck_assert_int_eq (sqlite3_prepare_v2 (handle, "SELECT day || ' ' || foot FROM journal_entry",
                                        -1, &stmt, NULL),
                    SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (keys, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  ck_assert_int_eq (rc, SQLITE_DONE);

  g_ptr_array_sort (keys, compare_keys);

  return g_steal_pointer (&keys);
}

static gint64
count_entries (void)
{
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  ck_assert_msg (ft_journal_count_entries (journal, &count, &error),
                 "cannot count: %s", error != NULL ? error->message : "no error set");

  return count;
}

static void
fill_demo (guint weeks)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = ft_demo_fill (db, FT_DEMO_DEFAULT_SEED, weeks, now, &error);

  ck_assert_msg (ok, "the demo of %u weeks failed: %s", weeks,
                 error != NULL ? error->message : "no error set");
}

/* Makes or updates the entry of a day with a field that needs no symptom. */
static void
write_entry (int    year,
             int    month,
             int    day,
             FtFoot foot,
             double hours)
{
  g_autoptr(GError) error = NULL;
  GDate date = test_support_day (year, month, day);

  ck_assert_msg (ft_journal_set_hours_on_feet (journal, &date, foot, hours, &error),
                 "cannot write %d-%02d-%02d: %s", year, month, day,
                 error != NULL ? error->message : "no error set");
}

static void
write_note (int         year,
            int         month,
            int         day,
            FtFoot      foot,
            const char *note,
            gboolean    for_therapist)
{
  g_autoptr(GError) error = NULL;
  GDate date = test_support_day (year, month, day);

  ck_assert_msg (ft_journal_set_note (journal, &date, foot, note, for_therapist, &error),
                 "cannot write the note of %d-%02d-%02d: %s", year, month, day,
                 error != NULL ? error->message : "no error set");
}

static FtJournalEntry *
delete_entry (int    year,
              int    month,
              int    day,
              FtFoot foot)
{
  g_autoptr(GError) error = NULL;
  GDate date = test_support_day (year, month, day);
  FtJournalEntry *deleted = ft_journal_delete_entry (journal, &date, foot, &error);

  ck_assert_msg (deleted != NULL, "cannot delete %d-%02d-%02d: %s", year, month, day,
                 error != NULL ? error->message : "no error set");

  return deleted;
}

static void
restore_entry (FtJournalEntry *entry)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (ft_journal_restore_entry (journal, entry, &error),
                 "cannot restore: %s", error != NULL ? error->message : "no error set");
}

static void
set_filter (GListModel *model,
            const char *text,
            gboolean    therapist_notes_only)
{
  ft_journal_history_set_filter (FT_JOURNAL_HISTORY (model), text, therapist_notes_only);
}

/* Mirror */

static void
mirror_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Mirror     *mirror)
{
  Change change = { position, removed, added };

  g_array_append_val (mirror->changes, change);

  ck_assert_uint_le (position + removed, mirror->keys->len);
  g_ptr_array_remove_range (mirror->keys, position, removed);

  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->keys, (int) (position + i), item_key (model, position + i));

  ck_assert_uint_eq (mirror->keys->len, g_list_model_get_n_items (model));
}

static Mirror *
mirror_new (GListModel *model)
{
  Mirror *mirror = g_new0 (Mirror, 1);

  mirror->model = g_object_ref (model);
  mirror->keys = list_keys (model);
  mirror->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_items_changed_cb), mirror);

  return mirror;
}

static void
mirror_free (Mirror *mirror)
{
  g_signal_handlers_disconnect_by_data (mirror->model, mirror);
  g_clear_object (&mirror->model);
  g_clear_pointer (&mirror->keys, g_ptr_array_unref);
  g_clear_pointer (&mirror->changes, g_array_unref);
  g_free (mirror);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mirror, mirror_free)

/* Checks that exactly one items-changed came since the last check, with these
 * arguments, and that the mirror it kept up to date matches a fresh read. */
static void
assert_one_change (Mirror *mirror,
                   guint   position,
                   guint   removed,
                   guint   added)
{
  g_autoptr(GPtrArray) keys = NULL;
  Change *change;

  ck_assert_msg (mirror->changes->len == 1, "%u items-changed emissions, expected one",
                 mirror->changes->len);
  change = &g_array_index (mirror->changes, Change, 0);
  ck_assert_msg (change->position == position && change->removed == removed &&
                 change->added == added,
                 "items-changed (%u, %u, %u), expected (%u, %u, %u)",
                 change->position, change->removed, change->added, position, removed, added);
  g_array_set_size (mirror->changes, 0);

  keys = list_keys (mirror->model);
  assert_same_keys (mirror->keys, keys);
}

static void
assert_no_change (Mirror *mirror)
{
  ck_assert_msg (mirror->changes->len == 0, "%u items-changed emissions, expected none",
                 mirror->changes->len);
}

/* Fixture */

static void
open_journal (void)
{
  g_autoptr(GError) error = NULL;

  tz = g_time_zone_new_identifier ("Europe/Berlin");
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  now = g_date_time_new (tz, 2026, 3, 15, 12, 0, 0);

  db = ft_database_open (":memory:", &error);
  ck_assert_msg (db != NULL, "cannot open a journal: %s",
                 error != NULL ? error->message : "no error set");
  journal = ft_journal_new (db, fixed_now, NULL, NULL);
}

static void
close_journal (void)
{
  g_clear_object (&journal);
  g_clear_object (&db);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&tz, g_time_zone_unref);
}

/* Tests */

START_TEST (test_empty)
{
  g_autoptr(GListModel) model = G_LIST_MODEL (ft_journal_history_new (journal));
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) far = NULL;

  ck_assert (g_list_model_get_item_type (model) == FT_TYPE_JOURNAL_ENTRY);
  ck_assert_uint_eq (g_list_model_get_n_items (model), 0);

  first = g_list_model_get_item (model, 0);
  far = g_list_model_get_item (model, G_MAXUINT);
  ck_assert_ptr_null (first);
  ck_assert_ptr_null (far);
}
END_TEST

START_TEST (test_newest_first_then_feet)
{
  const char * const expected[] = {
    "2026-03-12 left", "2026-03-12 right", "2026-03-11 both",
    "2026-03-10 left", "2026-03-10 right", "2026-03-10 both",
    "2025-12-31 right", NULL,
  };
  g_autoptr(GListModel) model = NULL;
  g_autoptr(FtJournalEntry) first = NULL;
  g_autoptr(GObject) past_end = NULL;

  /* Written out of order, across a year boundary. */
  write_entry (2026, 3, 10, FT_FOOT_BOTH, 1);
  write_entry (2026, 3, 12, FT_FOOT_RIGHT, 2);
  write_entry (2025, 12, 31, FT_FOOT_RIGHT, 3);
  write_entry (2026, 3, 10, FT_FOOT_LEFT, 4);
  write_entry (2026, 3, 12, FT_FOOT_LEFT, 5);
  write_entry (2026, 3, 11, FT_FOOT_BOTH, 6);
  write_entry (2026, 3, 10, FT_FOOT_RIGHT, 7);

  model = G_LIST_MODEL (ft_journal_history_new (journal));
  ck_assert_uint_eq (g_list_model_get_n_items (model), 7);
  assert_model (model, expected);

  /* The item is the whole entry, not only its key. */
  first = g_list_model_get_item (model, 0);
  ck_assert (ft_journal_entry_get_hours_on_feet (first, NULL));
  past_end = g_list_model_get_item (model, 7);
  ck_assert_ptr_null (past_end);
}
END_TEST

/* The list holds its own reference: it works after the caller drops the
 * journal, and a list that is gone hears nothing more from the journal. */
START_TEST (test_lifetime)
{
  g_autoptr(FtJournal) own_journal = ft_journal_new (db, fixed_now, NULL, NULL);
  g_autoptr(GListModel) model = G_LIST_MODEL (ft_journal_history_new (own_journal));
  g_autoptr(GListModel) short_lived = G_LIST_MODEL (ft_journal_history_new (journal));
  GDate day = test_support_day (2026, 3, 1);
  g_autoptr(GError) error = NULL;

  ck_assert_uint_eq (g_list_model_get_n_items (short_lived), 0);
  g_clear_object (&short_lived);
  g_clear_object (&own_journal);

  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, 2, &error));
  ck_assert_uint_eq (g_list_model_get_n_items (model), 1);
}
END_TEST

START_TEST (test_ten_years)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) random_model = NULL;
  g_autoptr(GListModel) backwards_model = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected_keys = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FtJournalEntry) held = NULL;
  g_autoptr(FtJournalEntry) first_again = NULL;
  g_autoptr(GObject) past_end = NULL;
  guint n_items;

  fill_demo (520);
  model = G_LIST_MODEL (ft_journal_history_new (journal));
  n_items = g_list_model_get_n_items (model);

  ck_assert_int_eq (n_items, count_entries ());
  ck_assert_uint_gt (n_items, 3000);

  /* An item stays valid after the list has moved far past its page. */
  held = g_list_model_get_item (model, 0);

  for (guint i = 0; i < n_items; i++)
    {
      FtJournalEntry *entry = g_list_model_get_item (model, i);

      ck_assert_msg (entry != NULL, "no item at %u of %u", i, n_items);
      g_ptr_array_add (entries, entry);
      g_ptr_array_add (keys, entry_key (entry));

      ck_assert_msg (g_hash_table_add (seen, g_ptr_array_index (keys, i)),
                     "%s is listed twice", (char *) g_ptr_array_index (keys, i));
      if (i > 0)
        {
          FtJournalEntry *newer = g_ptr_array_index (entries, i - 1);

          ck_assert_msg (compare_day_foot (ft_journal_entry_get_day_key (newer),
                                           ft_journal_entry_get_foot (newer),
                                           ft_journal_entry_get_day_key (entry),
                                           ft_journal_entry_get_foot (entry)) < 0,
                         "%s comes after %s", (char *) g_ptr_array_index (keys, i),
                         (char *) g_ptr_array_index (keys, i - 1));
        }
    }
  past_end = g_list_model_get_item (model, n_items);
  ck_assert_ptr_null (past_end);

  /* Every entry of the database, each once. */
  expected_keys = database_keys ();
  assert_same_keys (keys, expected_keys);

  first_again = g_list_model_get_item (model, 0);
  assert_same_entry (held, first_again);

  /* A fresh list read at random gives the same entries, page boundaries
   * included, whichever way the pages are reached. */
  random_model = G_LIST_MODEL (ft_journal_history_new (journal));
  {
    const guint positions[] = {
      0, n_items - 1, n_items / 2, 17, 63, 64, 65, n_items - 2, n_items / 2 - 64,
      n_items / 2 + 64, 127, 128, 1,
    };

    for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
      {
        g_autoptr(FtJournalEntry) entry = g_list_model_get_item (random_model, positions[i]);

        ck_assert_msg (entry != NULL, "no item at %u", positions[i]);
        assert_same_entry (entry, g_ptr_array_index (entries, positions[i]));
      }
  }

  /* Scrolling up from the end, as after dragging the scroll bar down. */
  backwards_model = G_LIST_MODEL (ft_journal_history_new (journal));
  for (guint i = n_items; i > 0; i--)
    {
      g_autoptr(FtJournalEntry) entry = g_list_model_get_item (backwards_model, i - 1);

      ck_assert_msg (entry != NULL, "no item at %u", i - 1);
      assert_same_entry (entry, g_ptr_array_index (entries, i - 1));
    }
}
END_TEST

START_TEST (test_changes_signal_precisely)
{
  const char * const after_deletion[] = {
    "2026-03-10 left", "2026-03-09 left", "2026-03-08 left", "2026-03-08 both",
    "2026-03-07 left", "2026-03-06 left", "2026-03-05 left", "2026-03-04 left",
    "2026-03-03 left", "2026-03-02 left", "2026-03-01 left", NULL,
  };
  g_autoptr(GListModel) model = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(FtJournalEntry) deleted = NULL;
  g_autoptr(FtJournalEntry) restored = NULL;
  g_autoptr(FtJournalEntry) edited = NULL;
  g_autoptr(FtSymptom) symptom = NULL;
  g_autoptr(GError) error = NULL;

  /* March 1 to 10 on the left foot, with a gap on the 5th and the right foot
   * too on the 8th. */
  for (int day = 1; day <= 10; day++)
    {
      if (day != 5)
        write_entry (2026, 3, day, FT_FOOT_LEFT, day);
    }
  write_note (2026, 3, 8, FT_FOOT_RIGHT, "Both heels sore", TRUE);

  model = G_LIST_MODEL (ft_journal_history_new (journal));
  mirror = mirror_new (model);
  ck_assert_uint_eq (mirror->keys->len, 10);

  /* Back-filling the gap inserts between the 6th and the 4th. */
  write_entry (2026, 3, 5, FT_FOOT_LEFT, 3);
  assert_one_change (mirror, 6, 0, 1);
  ck_assert_str_eq (g_ptr_array_index (mirror->keys, 6), "2026-03-05 left");

  /* A third entry on the 8th goes after both of its feet. */
  write_entry (2026, 3, 8, FT_FOOT_BOTH, 5);
  assert_one_change (mirror, 4, 0, 1);

  /* Editing the 9th changes that one row, and the list shows the edit. */
  write_note (2026, 3, 9, FT_FOOT_LEFT, "Long walk", FALSE);
  assert_one_change (mirror, 1, 1, 1);
  edited = g_list_model_get_item (model, 1);
  ck_assert_pstr_eq (ft_journal_entry_get_note (edited), "Long walk");

  /* Deleting and restoring the right foot of the 8th. */
  deleted = delete_entry (2026, 3, 8, FT_FOOT_RIGHT);
  assert_one_change (mirror, 3, 1, 0);
  assert_keys (mirror->keys, after_deletion);

  restore_entry (deleted);
  assert_one_change (mirror, 3, 0, 1);
  restored = g_list_model_get_item (model, 3);
  assert_same_entry (restored, deleted);

  /* The last and the first row. */
  g_clear_object (&deleted);
  deleted = delete_entry (2026, 3, 1, FT_FOOT_LEFT);
  assert_one_change (mirror, 11, 1, 0);
  write_entry (2026, 3, 14, FT_FOOT_RIGHT, 1);
  assert_one_change (mirror, 0, 0, 1);

  /* Clearing the only thing the 2nd held deletes its entry. */
  ck_assert_str_eq (g_ptr_array_index (mirror->keys, 11), "2026-03-02 left");
  write_entry (2026, 3, 2, FT_FOOT_LEFT, NAN);
  assert_one_change (mirror, 11, 1, 0);

  /* A new symptom may change how every row reads. */
  symptom = ft_journal_add_symptom (journal, "Heel pain at work", &error);
  ck_assert_msg (symptom != NULL, "%s", error != NULL ? error->message : "no error set");
  assert_one_change (mirror, 0, 11, 11);
}
END_TEST

/* The same on ten years of data, where the pages and their keys matter. */
START_TEST (test_ten_years_changes)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(FtJournalEntry) middle = NULL;
  g_autoptr(FtJournalEntry) deleted = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *middle_key = NULL;
  int gap_year;
  int gap_month;
  int gap_day;
  GDate middle_day;
  guint gap_position;
  guint n_items;

  fill_demo (520);
  model = G_LIST_MODEL (ft_journal_history_new (journal));
  mirror = mirror_new (model);
  n_items = mirror->keys->len;

  /* A missed day near the middle of the ten years. */
  gap = sql_query_text (handle,
                        "SELECT date (e.day, '-1 days') FROM journal_entry e "
                        "WHERE e.day < (SELECT date (max (day), '-1800 days') FROM journal_entry) "
                        "  AND NOT EXISTS (SELECT 1 FROM journal_entry g "
                        "                  WHERE g.day = date (e.day, '-1 days')) "
                        "ORDER BY e.day DESC LIMIT 1");
  ck_assert_int_eq (sscanf (gap, "%d-%d-%d", &gap_year, &gap_month, &gap_day), 3);

  /* No entry on that day, so the new one goes after every newer day's. */
  gap_position = 0;
  while (gap_position < n_items &&
         strncmp (g_ptr_array_index (mirror->keys, gap_position), gap, 10) > 0)
    gap_position++;
  ck_assert_uint_gt (gap_position, n_items / 3);
  ck_assert_uint_lt (gap_position, n_items);

  write_entry (gap_year, gap_month, gap_day, FT_FOOT_BOTH, 8);
  assert_one_change (mirror, gap_position, 0, 1);
  ck_assert_uint_eq (g_list_model_get_n_items (model), n_items + 1);

  /* Edit, delete and restore the entry in the middle. */
  middle = g_list_model_get_item (model, n_items / 2);
  middle_key = entry_key (middle);
  ft_journal_entry_get_day (middle, &middle_day);

  write_note (g_date_get_year (&middle_day), g_date_get_month (&middle_day),
              g_date_get_day (&middle_day), ft_journal_entry_get_foot (middle),
              "Edited ten years on", FALSE);
  assert_one_change (mirror, n_items / 2, 1, 1);

  deleted = delete_entry (g_date_get_year (&middle_day), g_date_get_month (&middle_day),
                          g_date_get_day (&middle_day), ft_journal_entry_get_foot (middle));
  assert_one_change (mirror, n_items / 2, 1, 0);

  restore_entry (deleted);
  assert_one_change (mirror, n_items / 2, 0, 1);
  ck_assert_str_eq (g_ptr_array_index (mirror->keys, n_items / 2), middle_key);
  ck_assert_int_eq (g_list_model_get_n_items (model), count_entries ());
}
END_TEST

typedef struct
{
  const char         *text;
  gboolean            therapist_notes_only;
  const char * const  expected[9];   /* NULL-terminated */
} FilterCase;

static const FilterCase filter_cases[] = {
  /* No filter at all. */
  { NULL, FALSE, { "2026-03-09 left", "2026-03-08 left", "2026-03-08 right", "2026-03-07 both",
                   "2026-03-06 left", "2026-03-05 left", "2026-03-04 left", "2026-03-03 right" } },
  { "", FALSE, { "2026-03-09 left", "2026-03-08 left", "2026-03-08 right", "2026-03-07 both",
                 "2026-03-06 left", "2026-03-05 left", "2026-03-04 left", "2026-03-03 right" } },
  /* Case does not matter, in the search or in the note. */
  { "heel pain", FALSE, { "2026-03-09 left", "2026-03-08 right", NULL } },
  { "HEEL", FALSE, { "2026-03-09 left", "2026-03-08 right", NULL } },
  /* Beyond ASCII: "ÜBERLASTUNG" finds "Überlastung", and "ß" folds to "ss". */
  { "ÜBERLASTUNG", FALSE, { "2026-03-04 left", NULL } },
  { "FUSS", FALSE, { "2026-03-04 left", NULL } },
  /* "%" and "_" are plain characters, not wildcards. */
  { "100%", FALSE, { "2026-03-07 both", NULL } },
  { "%", FALSE, { "2026-03-07 both", NULL } },
  { "d_f", FALSE, { "2026-03-06 left", NULL } },
  { "_", FALSE, { "2026-03-06 left", NULL } },
  { "\\", FALSE, { NULL } },
  { "'", FALSE, { "2026-03-03 right", NULL } },
  /* Notes for the therapist, alone and with text. */
  { NULL, TRUE, { "2026-03-09 left", "2026-03-07 both", "2026-03-04 left", NULL } },
  { "", TRUE, { "2026-03-09 left", "2026-03-07 both", "2026-03-04 left", NULL } },
  { "heel", TRUE, { "2026-03-09 left", NULL } },
  { "again", TRUE, { NULL } },
  { "no such note", FALSE, { NULL } },
};

static void
write_filter_journal (void)
{
  write_note (2026, 3, 9, FT_FOOT_LEFT, "Heel pain after the run", TRUE);
  write_entry (2026, 3, 8, FT_FOOT_LEFT, 4);
  write_note (2026, 3, 8, FT_FOOT_RIGHT, "HEEL PAIN again", FALSE);
  write_note (2026, 3, 7, FT_FOOT_BOTH, "100% better today", TRUE);
  write_note (2026, 3, 6, FT_FOOT_LEFT, "walked_far", FALSE);
  write_note (2026, 3, 5, FT_FOOT_LEFT, "1000 steps, walked far", FALSE);
  write_note (2026, 3, 4, FT_FOOT_LEFT, "Überlastung am linken Fuß", TRUE);
  write_note (2026, 3, 3, FT_FOOT_RIGHT, "Physio's new exercise", FALSE);
}

START_TEST (test_filter)
{
  g_autoptr(GListModel) model = NULL;

  write_filter_journal ();
  model = G_LIST_MODEL (ft_journal_history_new (journal));

  for (guint i = 0; i < G_N_ELEMENTS (filter_cases); i++)
    {
      const FilterCase *c = &filter_cases[i];
      g_autoptr(GListModel) fresh = G_LIST_MODEL (ft_journal_history_new (journal));
      g_autoptr(GPtrArray) keys = NULL;

      /* One list filtered again and again, and a fresh one filtered once. */
      set_filter (model, c->text, c->therapist_notes_only);
      set_filter (fresh, c->text, c->therapist_notes_only);

      keys = list_keys (model);
      ck_assert_uint_lt (keys->len, G_N_ELEMENTS (c->expected));
      for (guint k = 0; k < keys->len; k++)
        ck_assert_msg (g_strcmp0 (g_ptr_array_index (keys, k), c->expected[k]) == 0,
                       "filter \"%s\"%s: item %u is %s, expected %s", c->text,
                       c->therapist_notes_only ? " (therapist)" : "", k,
                       (char *) g_ptr_array_index (keys, k), c->expected[k]);
      ck_assert_msg (c->expected[keys->len] == NULL, "filter \"%s\"%s: only %u items",
                     c->text, c->therapist_notes_only ? " (therapist)" : "", keys->len);
      assert_model (fresh, c->expected);
      ck_assert_uint_eq (g_list_model_get_n_items (fresh), g_list_model_get_n_items (model));
    }
}
END_TEST

START_TEST (test_filter_change_signals)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(Mirror) mirror = NULL;

  write_filter_journal ();
  model = G_LIST_MODEL (ft_journal_history_new (journal));
  mirror = mirror_new (model);

  set_filter (model, "heel", FALSE);
  assert_one_change (mirror, 0, 8, 2);

  /* The same filter again changes nothing. */
  set_filter (model, "heel", FALSE);
  set_filter (model, "HEEL", FALSE);
  assert_no_change (mirror);

  set_filter (model, "heel", TRUE);
  assert_one_change (mirror, 0, 2, 1);

  set_filter (model, "nothing like this", TRUE);
  assert_one_change (mirror, 0, 1, 0);

  /* From nothing to nothing is no change. */
  set_filter (model, "nor this", FALSE);
  assert_no_change (mirror);

  set_filter (model, "", FALSE);
  assert_one_change (mirror, 0, 0, 8);

  set_filter (model, NULL, FALSE);
  assert_no_change (mirror);
}
END_TEST

/* Under a filter, an edit can bring an entry into the list or take it out. */
START_TEST (test_changes_under_filter)
{
  const char * const expected[] = {
    "2026-03-09 left", "2026-03-08 left", "2026-03-05 left", NULL,
  };
  g_autoptr(GListModel) model = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(FtJournalEntry) deleted = NULL;

  write_filter_journal ();
  model = G_LIST_MODEL (ft_journal_history_new (journal));
  set_filter (model, "heel", FALSE);
  mirror = mirror_new (model);
  ck_assert_uint_eq (mirror->keys->len, 2);

  /* The 8th's left foot had no note: now it matches, between the two others. */
  write_note (2026, 3, 8, FT_FOOT_LEFT, "Sore heel", FALSE);
  assert_one_change (mirror, 1, 0, 1);

  /* The right foot's note no longer mentions the heel. */
  write_note (2026, 3, 8, FT_FOOT_RIGHT, "Better", FALSE);
  assert_one_change (mirror, 2, 1, 0);

  /* Still matching: an edit in place. */
  write_note (2026, 3, 9, FT_FOOT_LEFT, "Heel pain, milder", FALSE);
  assert_one_change (mirror, 0, 1, 1);

  /* Entries the filter hides change without a word to the list. */
  write_note (2026, 3, 6, FT_FOOT_LEFT, "Rest day", FALSE);
  write_entry (2026, 3, 1, FT_FOOT_LEFT, 2);
  deleted = delete_entry (2026, 3, 7, FT_FOOT_BOTH);
  assert_no_change (mirror);

  /* A new entry and a deletion inside the filter. */
  write_note (2026, 3, 5, FT_FOOT_LEFT, "heel again", FALSE);
  assert_one_change (mirror, 2, 0, 1);
  g_clear_object (&deleted);
  deleted = delete_entry (2026, 3, 8, FT_FOOT_RIGHT);
  assert_no_change (mirror);

  assert_keys (mirror->keys, expected);
}
END_TEST

static Suite *
journal_history_suite (void)
{
  Suite *suite = suite_create ("journal-history");
  TCase *tc = tcase_create ("journal-history");

  tcase_add_checked_fixture (tc, open_journal, close_journal);
  /* Ten years under the sanitizers takes far longer than Check's default 4 s. */
  tcase_set_timeout (tc, 100);
  tcase_add_test (tc, test_empty);
  tcase_add_test (tc, test_newest_first_then_feet);
  tcase_add_test (tc, test_lifetime);
  tcase_add_test (tc, test_ten_years);
  tcase_add_test (tc, test_changes_signal_precisely);
  tcase_add_test (tc, test_ten_years_changes);
  tcase_add_test (tc, test_filter);
  tcase_add_test (tc, test_filter_change_signals);
  tcase_add_test (tc, test_changes_under_filter);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return test_support_run (journal_history_suite ());
}
