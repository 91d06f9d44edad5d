/* check-gear.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "footing-core-resources.h"
#include "ft-database-private.h"
#include "ft-demo.h"
#include "ft-error.h"
#include "ft-gear.h"
#include "ft-journal.h"
#include "sql-query.h"
#include "test-support.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Set by the fixture: an in-memory journal whose clock the tests move. */
static FtDatabase *db;
static FtJournal *journal;
static FtGear *gear;
static GDateTime *now;
static guint changed_count;

/* Helpers */

static GDateTime *
fake_now (gpointer user_data)
{
  return g_date_time_ref (now);
}

static void
set_today (int year,
           int month,
           int day)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_new (utc, year, month, day, 12, 0, 0);
}

/* A later instant on the same day, so events recorded one after the other
 * have different creation times. */
static void
tick (void)
{
  GDateTime *later = g_date_time_add_seconds (now, 1);

  g_date_time_unref (now);
  now = later;
}

static void
changed_cb (FtGear *store)
{
  changed_count++;
}

static void
open_gear (void)
{
  g_autoptr(GError) error = NULL;

  set_today (2026, 3, 20);
  db = ft_database_open (":memory:", &error);
  ck_assert_ptr_null (error);
  journal = ft_journal_new (db, fake_now, NULL, NULL);
  gear = ft_gear_new (journal);
  changed_count = 0;
  g_signal_connect (gear, "changed", G_CALLBACK (changed_cb), NULL);
}

static void
close_gear (void)
{
  g_clear_object (&gear);
  g_clear_object (&journal);
  g_clear_object (&db);
  g_clear_pointer (&now, g_date_time_unref);
}

static sqlite3 *
handle (void)
{
  return _ft_database_get_handle (db);
}

static gint64
add_item_full (FtGearKind  kind,
               const char *name,
               GDate       start,
               double      prior_km)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearItem) item = NULL;
  FtGearFields fields;

  ft_gear_fields_init (&fields, kind, &start, FT_DISTANCE_KILOMETRES);
  fields.name = name;
  fields.prior_distance = prior_km;
  item = ft_gear_add_item (gear, &fields, &error);
  ck_assert_msg (item != NULL, "adding %s: %s", name, error != NULL ? error->message : "");
  tick ();

  return ft_gear_item_get_id (item);
}

static gint64
add_item (FtGearKind  kind,
          const char *name,
          GDate       start)
{
  return add_item_full (kind, name, start, 0);
}

static FtGearItem *
get_item (gint64 id)
{
  g_autoptr(GError) error = NULL;
  FtGearItem *item = ft_gear_get_item (gear, id, &error);

  ck_assert_msg (item != NULL, "item %" G_GINT64_FORMAT ": %s", id,
                 error != NULL ? error->message : "");

  return item;
}

static double
total_m (gint64 id)
{
  g_autoptr(FtGearItem) item = get_item (id);

  return ft_gear_item_get_total_distance (item);
}

static void
move_ok (gint64 insert,
         gint64 shoe,
         GDate  day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearEvent) event = ft_gear_move_insert (gear, insert, shoe, &day, &error);

  ck_assert_msg (event != NULL, "move: %s", error != NULL ? error->message : "");
  ck_assert_int_eq (ft_gear_event_get_kind (event), FT_GEAR_EVENT_MOVE);
  ck_assert_int_eq (ft_gear_event_get_to_id (event), shoe);
  tick ();
}

static gint64
shoe_on (gint64 insert,
         GDate  day)
{
  g_autoptr(GError) error = NULL;
  gint64 shoe = -1;

  ck_assert_msg (ft_gear_get_shoe_on_day (gear, insert, &day, &shoe, &error),
                 "%s", error != NULL ? error->message : "");

  return shoe;
}

/* Adds a distance by hand; gives the entry's id. */
static gint64
add_distance_ok (gint64         id,
                 GDate          day,
                 double         value,
                 FtDistanceUnit unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearDistance) distance = ft_gear_add_distance (gear, id, &day, value, unit, &error);

  ck_assert_msg (distance != NULL, "add distance: %s", error != NULL ? error->message : "");
  ck_assert_int_eq (ft_gear_distance_get_gear_id (distance), id);
  ck_assert_double_eq_tol (ft_gear_distance_get_metres (distance),
                           ft_distance_to_metres (value, unit), 1e-9);

  return ft_gear_distance_get_id (distance);
}

/* Asserts a refusal: FT_ERROR_INVALID with a message that says @words. */
#define assert_refused(error, words)                                                   \
  G_STMT_START {                                                                       \
    ck_assert_msg (g_error_matches ((error), FT_ERROR, FT_ERROR_INVALID),             \
                   "expected FT_ERROR_INVALID, got %s",                                \
                   (error) != NULL ? (error)->message : "no error");                    \
    ck_assert_msg (strstr ((error)->message, (words)) != NULL,                         \
                   "“%s” does not say “%s”", (error)->message, (words));               \
    g_clear_error (&(error));                                                          \
  } G_STMT_END

static gint64
count_rows (const char *sql)
{
  return sql_query_int64 (handle (), sql);
}

/* Every row an item can leave behind, as text, to compare before and after. */
static char *
dump_gear_rows (void)
{
  return sql_query_text (handle (),
                         "SELECT (SELECT group_concat (r, ';') FROM (SELECT concat_ws ('|', id, kind, "
                         " name, brand, notes, start_day, retire_day, prior_distance_m, "
                         " threshold_distance_m, threshold_days, created_us, snooze_until_day, "
                         " snooze_until_distance_m, reminder_dismissed) AS r FROM gear ORDER BY id)) "
                         "|| '#' || (SELECT group_concat (r, ';') FROM (SELECT concat_ws ('|', id, "
                         " kind, day, gear_id, target_gear_id, label, created_us) AS r "
                         " FROM gear_event ORDER BY id)) "
                         "|| '#' || coalesce ((SELECT group_concat (r, ';') FROM (SELECT concat_ws "
                         " ('|', id, gear_id, day, distance_m) AS r FROM gear_distance ORDER BY id)), '') "
                         "|| '#' || coalesce ((SELECT group_concat (r, ';') FROM (SELECT concat_ws "
                         " ('|', id, day, foot, run_distance_m, worn_gear_id) AS r "
                         " FROM journal_entry ORDER BY id)), '')");
}

/* Tests: kinds and fields */

START_TEST (test_kinds)
{
  double metres;
  int days;

  for (int k = 0; k < FT_GEAR_N_KINDS; k++)
    {
      FtGearKind back;

      ck_assert_ptr_nonnull (ft_gear_kind_to_key (k));
      ck_assert (ft_gear_kind_from_key (ft_gear_kind_to_key (k), &back));
      ck_assert_int_eq (back, k);
      ck_assert_ptr_nonnull (ft_gear_kind_get_label (k));
    }
  ck_assert_ptr_null (ft_gear_kind_to_key (FT_GEAR_N_KINDS));
  ck_assert (!ft_gear_kind_from_key ("boot", NULL));

  ft_gear_kind_get_default_threshold (FT_GEAR_RUNNING_SHOE, &metres, &days);
  ck_assert_double_eq (metres, 600000.0);
  ck_assert_int_eq (days, 0);
  ft_gear_kind_get_default_threshold (FT_GEAR_INSOLE, &metres, &days);
  ck_assert (isnan (metres));
  ck_assert_int_eq (days, 365);
  ft_gear_kind_get_default_threshold (FT_GEAR_ORTHOTIC, &metres, &days);
  ck_assert_int_eq (days, 365);
  ft_gear_kind_get_default_threshold (FT_GEAR_WORK_SHOE, &metres, &days);
  ck_assert (isnan (metres));
  ck_assert_int_eq (days, 0);

  ck_assert (ft_gear_kind_is_shoe (FT_GEAR_SANDAL));
  ck_assert (!ft_gear_kind_is_shoe (FT_GEAR_NIGHT_SPLINT));
  ck_assert (ft_gear_kind_is_insert (FT_GEAR_ORTHOTIC));
  ck_assert (!ft_gear_kind_is_insert (FT_GEAR_OTHER));
}
END_TEST

START_TEST (test_add_defaults)
{
  g_autoptr(FtGearItem) shoe = NULL;
  g_autoptr(FtGearItem) insole = NULL;
  g_autoptr(FtGearItem) splint = NULL;
  double metres = 0;
  int days = 0;

  shoe = get_item (add_item_full (FT_GEAR_RUNNING_SHOE, "  Trail runners ",
                                  test_support_day (2026, 1, 5), 300));
  ck_assert_str_eq (ft_gear_item_get_name (shoe), "Trail runners");
  ck_assert_ptr_null (ft_gear_item_get_brand (shoe));
  ck_assert_str_eq (ft_gear_item_get_start_day_key (shoe), "2026-01-05");
  ck_assert_int_eq (ft_gear_item_get_age_days (shoe), 74);
  ck_assert_double_eq (ft_gear_item_get_prior_distance (shoe), 300000.0);
  ck_assert (ft_gear_item_get_threshold_distance (shoe, &metres));
  ck_assert_double_eq (metres, 600000.0);
  ck_assert (!ft_gear_item_get_threshold_days (shoe, NULL));
  ck_assert (!ft_gear_item_is_retired (shoe));

  insole = get_item (add_item (FT_GEAR_INSOLE, "Arch", test_support_day (2026, 1, 5)));
  ck_assert (!ft_gear_item_get_threshold_distance (insole, NULL));
  ck_assert (ft_gear_item_get_threshold_days (insole, &days));
  ck_assert_int_eq (days, 365);

  splint = get_item (add_item (FT_GEAR_NIGHT_SPLINT, "Splint", test_support_day (2026, 3, 20)));
  ck_assert (!ft_gear_item_get_threshold_distance (splint, NULL));
  ck_assert (!ft_gear_item_get_threshold_days (splint, NULL));

  /* Each add is one start event, and the lists follow. */
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_event WHERE kind = 'start'"), 3);
  ck_assert_uint_eq (g_list_model_get_n_items (ft_gear_get_current_items (gear)), 3);
  ck_assert_uint_eq (g_list_model_get_n_items (ft_gear_get_events (gear)), 3);
  ck_assert_uint_ge (changed_count, 3);
}
END_TEST

/* Tests: validation */

START_TEST (test_item_validation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (201, 'a');
  GDate start = test_support_day (2026, 3, 1);
  FtGearFields fields;
  gint64 shoe;

  ft_gear_fields_init (&fields, FT_GEAR_RUNNING_SHOE, &start, FT_DISTANCE_KILOMETRES);

  fields.name = "";
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "name");
  fields.name = " \t\u00a0 ";
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "name");
  fields.name = long_name;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "200");
  fields.name = "Road";

  fields.brand = long_name;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "Brand");
  fields.brand = NULL;

  fields.kind = (FtGearKind) 42;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "kind");
  fields.kind = FT_GEAR_RUNNING_SHOE;

  fields.start_day = test_support_day (2026, 3, 21);
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "future");
  g_date_clear (&fields.start_day, 1);
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "valid date");
  fields.start_day = start;

  fields.prior_distance = -1;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "negative");
  fields.prior_distance = NAN;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "number");
  fields.prior_distance = 100001;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "100 000 km");
  fields.prior_distance = 0;

  fields.threshold_distance = 0;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "more than 0");
  fields.threshold_distance = -5;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "more than 0");
  fields.threshold_distance = NAN;

  fields.threshold_days = -1;
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  assert_refused (error, "days");
  fields.threshold_days = 0;

  /* Nothing refused was written. */
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear"), 0);
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_event"), 0);

  shoe = add_item (FT_GEAR_RUNNING_SHOE, "Road", start);

  /* Retire before start, in the future, twice; un-retire when current. */
  start = test_support_day (2026, 2, 28);
  ck_assert (!ft_gear_retire_item (gear, shoe, &start, &error));
  assert_refused (error, "before");
  start = test_support_day (2026, 3, 21);
  ck_assert (!ft_gear_retire_item (gear, shoe, &start, &error));
  assert_refused (error, "future");
  ck_assert (!ft_gear_unretire_item (gear, shoe, &start, &error));
  g_clear_error (&error);
  start = test_support_day (2026, 3, 20);
  ck_assert (!ft_gear_unretire_item (gear, shoe, &start, &error));
  assert_refused (error, "not retired");
  start = test_support_day (2026, 3, 10);
  ck_assert (ft_gear_retire_item (gear, shoe, &start, &error));
  ck_assert (!ft_gear_retire_item (gear, shoe, &start, &error));
  assert_refused (error, "already retired");
  start = test_support_day (2026, 3, 9);
  ck_assert (!ft_gear_unretire_item (gear, shoe, &start, &error));
  assert_refused (error, "retired on 2026-03-10");

  /* An item that is gone. */
  ck_assert (!ft_gear_retire_item (gear, 999, &start, &error));
  assert_refused (error, "deleted");
  ck_assert_ptr_null (ft_gear_get_item (gear, 999, &error));
  assert_refused (error, "deleted");
}
END_TEST

START_TEST (test_move_validation)
{
  g_autoptr(GError) error = NULL;
  gint64 road = add_item (FT_GEAR_RUNNING_SHOE, "Road", test_support_day (2026, 2, 1));
  gint64 office = add_item (FT_GEAR_EVERYDAY_SHOE, "Office", test_support_day (2026, 3, 1));
  gint64 arch = add_item (FT_GEAR_INSOLE, "Arch", test_support_day (2026, 2, 10));
  gint64 old = add_item (FT_GEAR_ORTHOTIC, "Old orthotic", test_support_day (2026, 1, 1));
  gint64 splint = add_item (FT_GEAR_NIGHT_SPLINT, "Splint", test_support_day (2026, 1, 1));
  GDate day = test_support_day (2026, 3, 5);

  /* Only inserts move, only into shoes. */
  ck_assert_ptr_null (ft_gear_move_insert (gear, road, office, &day, &error));
  assert_refused (error, "Only insoles and orthotics");
  ck_assert_ptr_null (ft_gear_move_insert (gear, splint, road, &day, &error));
  assert_refused (error, "Only insoles and orthotics");
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, splint, &day, &error));
  assert_refused (error, "not a shoe");
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, old, &day, &error));
  assert_refused (error, "not a shoe");

  /* Into a shoe not in use that day; before the insert started; the future. */
  day = test_support_day (2026, 2, 20);
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, office, &day, &error));
  assert_refused (error, "not in use on 2026-02-20");
  day = test_support_day (2026, 2, 5);
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, road, &day, &error));
  assert_refused (error, "first worn on 2026-02-10");
  day = test_support_day (2026, 3, 21);
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, road, &day, &error));
  assert_refused (error, "future");

  /* Out of no shoe; then into a shoe it is already in. */
  day = test_support_day (2026, 3, 5);
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, 0, &day, &error));
  assert_refused (error, "in no shoe");
  move_ok (arch, road, test_support_day (2026, 3, 2));
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, road, &day, &error));
  assert_refused (error, "already in “Road”");

  /* One insole, two shoes, one day: refused. */
  day = test_support_day (2026, 3, 2);
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, office, &day, &error));
  assert_refused (error, "one shoe a day");
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 3, 2)), road);

  /* Two inserts in one shoe are allowed. */
  move_ok (old, road, test_support_day (2026, 3, 3));

  /* A retired insert does not move; a retired shoe takes none after it retired. */
  day = test_support_day (2026, 3, 10);
  ck_assert (ft_gear_retire_item (gear, old, &day, &error));
  day = test_support_day (2026, 3, 12);
  ck_assert_ptr_null (ft_gear_move_insert (gear, old, office, &day, &error));
  assert_refused (error, "retired");
  day = test_support_day (2026, 3, 11);
  ck_assert (ft_gear_retire_item (gear, office, &day, &error));
  day = test_support_day (2026, 3, 12);
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, office, &day, &error));
  assert_refused (error, "not in use");

  /* Gone items. */
  ck_assert_ptr_null (ft_gear_move_insert (gear, 999, road, &day, &error));
  assert_refused (error, "deleted");
  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, 999, &day, &error));
  assert_refused (error, "deleted");

  /* A retire day before a later move is refused: the move would dangle. */
  day = test_support_day (2026, 3, 1);
  ck_assert (!ft_gear_retire_item (gear, arch, &day, &error));
  assert_refused (error, "records up to 2026-03-02");
  day = test_support_day (2026, 3, 2);
  ck_assert (!ft_gear_retire_item (gear, road, &day, &error));
  assert_refused (error, "records up to 2026-03-03");
}
END_TEST

START_TEST (test_other_validation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_label = g_strnfill (501, 'x');
  gint64 road = add_item (FT_GEAR_RUNNING_SHOE, "Road", test_support_day (2026, 2, 1));
  gint64 arch = add_item (FT_GEAR_INSOLE, "Arch", test_support_day (2026, 2, 1));
  GDate day = test_support_day (2026, 3, 5);
  g_autoptr(GPtrArray) events = NULL;
  gint64 start_event;
  FtGearFields fields;

  /* Manual distances. */
  ck_assert (!ft_gear_add_distance (gear, road, &day, -3, FT_DISTANCE_KILOMETRES, &error));
  assert_refused (error, "negative");
  ck_assert (!ft_gear_add_distance (gear, road, &day, 0, FT_DISTANCE_KILOMETRES, &error));
  assert_refused (error, "more than 0");
  ck_assert (!ft_gear_add_distance (gear, road, &day, 1000.1, FT_DISTANCE_KILOMETRES, &error));
  assert_refused (error, "1000 km");
  ck_assert (!ft_gear_add_distance (gear, road, &day, NAN, FT_DISTANCE_KILOMETRES, &error));
  assert_refused (error, "number");
  day = test_support_day (2026, 1, 31);
  ck_assert (!ft_gear_add_distance (gear, road, &day, 5, FT_DISTANCE_KILOMETRES, &error));
  assert_refused (error, "not in use");
  day = test_support_day (2026, 3, 21);
  ck_assert (!ft_gear_add_distance (gear, road, &day, 5, FT_DISTANCE_KILOMETRES, &error));
  assert_refused (error, "future");

  /* Free changes. */
  day = test_support_day (2026, 3, 5);
  ck_assert_ptr_null (ft_gear_add_change (gear, &day, "   ", &error));
  assert_refused (error, "Describe");
  ck_assert_ptr_null (ft_gear_add_change (gear, &day, NULL, &error));
  assert_refused (error, "Describe");
  ck_assert_ptr_null (ft_gear_add_change (gear, &day, long_label, &error));
  assert_refused (error, "500");
  day = test_support_day (2026, 3, 21);
  ck_assert_ptr_null (ft_gear_add_change (gear, &day, "Trails", &error));
  assert_refused (error, "future");

  /* Start events go with their item. */
  events = ft_gear_list_item_events (gear, road, &error);
  ck_assert_ptr_nonnull (events);
  ck_assert_uint_eq (events->len, 1);
  start_event = ft_gear_event_get_id (g_ptr_array_index (events, 0));
  ck_assert (!ft_gear_event_is_editable (g_ptr_array_index (events, 0)));
  day = test_support_day (2026, 3, 5);
  ck_assert (!ft_gear_edit_change (gear, start_event, &day, "Hm", &error));
  assert_refused (error, "Only a change");
  ck_assert_ptr_null (ft_gear_delete_event (gear, start_event, &error));
  assert_refused (error, "start");
  ck_assert_ptr_null (ft_gear_delete_event (gear, 999, &error));
  assert_refused (error, "deleted");

  /* The start day cannot pass the first record; an insole that moved stays one. */
  move_ok (arch, road, test_support_day (2026, 2, 15));
  {
    g_autoptr(FtGearItem) item = get_item (arch);

    ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
    fields.start_day = test_support_day (2026, 2, 16);
    ck_assert (!ft_gear_edit_item (gear, arch, &fields, &error));
    assert_refused (error, "records from 2026-02-15");
    fields.start_day = test_support_day (2026, 2, 1);
    fields.kind = FT_GEAR_WORK_SHOE;
    ck_assert (!ft_gear_edit_item (gear, arch, &fields, &error));
    assert_refused (error, "stays an insole");
  }
  {
    g_autoptr(FtGearItem) item = get_item (road);

    ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
    fields.kind = FT_GEAR_OTHER;
    ck_assert (!ft_gear_edit_item (gear, road, &fields, &error));
    assert_refused (error, "stays a shoe");
    fields.name = "";
    fields.kind = FT_GEAR_RUNNING_SHOE;
    ck_assert (!ft_gear_edit_item (gear, road, &fields, &error));
    assert_refused (error, "name");
  }

  /* Reminders. */
  day = test_support_day (2026, 3, 20);
  ck_assert (!ft_gear_snooze_reminder (gear, road, &day, NAN, &error));
  assert_refused (error, "after today");
  ck_assert (!ft_gear_snooze_reminder (gear, road, NULL, NAN, &error));
  assert_refused (error, "day or a distance");
  ck_assert (!ft_gear_snooze_reminder (gear, road, NULL, -4, &error));
  assert_refused (error, "more than 0");
}
END_TEST

START_TEST (test_worn_gear_in_journal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtJournalEntry) entry = NULL;
  gint64 road = add_item (FT_GEAR_RUNNING_SHOE, "Road", test_support_day (2026, 2, 1));
  gint64 arch = add_item (FT_GEAR_INSOLE, "Arch", test_support_day (2026, 2, 1));
  GDate day = test_support_day (2026, 3, 5);

  ck_assert (!ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, 999, &error));
  assert_refused (error, "deleted");
  ck_assert (!ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, arch, &error));
  assert_refused (error, "not a shoe");
  day = test_support_day (2026, 1, 30);
  ck_assert (!ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, road, &error));
  assert_refused (error, "first worn on 2026-02-01");
  day = test_support_day (2026, 3, 21);
  ck_assert (!ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, road, &error));
  assert_refused (error, "future");
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM journal_entry"), 0);

  /* A marked shoe alone keeps an entry; clearing it empties the day again. */
  day = test_support_day (2026, 3, 5);
  ck_assert (ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, road, &error));
  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_ptr_nonnull (entry);
  ck_assert_int_eq (ft_journal_entry_get_worn_gear_id (entry), road);
  g_clear_object (&entry);

  /* Other changes keep the shoe. */
  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, 3, &error));
  entry = ft_journal_get_entry (journal, &day, FT_FOOT_LEFT, &error);
  ck_assert_int_eq (ft_journal_entry_get_worn_gear_id (entry), road);
  g_clear_object (&entry);

  ck_assert (ft_journal_set_hours_on_feet (journal, &day, FT_FOOT_LEFT, NAN, &error));
  ck_assert (ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, 0, &error));
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM journal_entry"), 0);

  /* Not after it was retired. */
  day = test_support_day (2026, 3, 10);
  ck_assert (ft_gear_retire_item (gear, road, &day, &error));
  day = test_support_day (2026, 3, 11);
  ck_assert (!ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, road, &error));
  assert_refused (error, "retired on 2026-03-10");
  day = test_support_day (2026, 3, 10);
  ck_assert (ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, road, &error));
}
END_TEST

/* Tests: lifecycle and events */

START_TEST (test_lifecycle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(FtGearItem) item = NULL;
  gint64 trail = add_item (FT_GEAR_RUNNING_SHOE, "Trail", test_support_day (2026, 1, 1));
  gint64 road = add_item (FT_GEAR_RUNNING_SHOE, "Road", test_support_day (2026, 2, 1));
  gint64 arch = add_item (FT_GEAR_INSOLE, "Arch", test_support_day (2026, 1, 10));
  GDate day;
  static const char * const expected[] = {
    "2026-03-15 unretire Trail",
    "2026-03-01 retire Trail",
    "2026-02-20 move Arch Trail>Road",
    "2026-02-01 start Road",
    "2026-01-15 move Arch >Trail",
    "2026-01-10 start Arch",
    "2026-01-01 start Trail",
  };

  move_ok (arch, trail, test_support_day (2026, 1, 15));
  move_ok (arch, road, test_support_day (2026, 2, 20));

  /* Placement follows the moves, day by day. */
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 1, 14)), 0);
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 1, 15)), trail);
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 2, 19)), trail);
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 2, 20)), road);
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 3, 20)), road);

  item = get_item (arch);
  ck_assert_int_eq (ft_gear_item_get_shoe_id (item), road);
  ck_assert_str_eq (ft_gear_item_get_shoe_name (item), "Road");
  g_clear_object (&item);
  item = get_item (road);
  ck_assert_uint_eq (ft_gear_item_get_n_inserts (item), 1);
  ck_assert_int_eq (ft_gear_item_get_nth_insert_id (item, 0), arch);
  ck_assert_str_eq (ft_gear_item_get_nth_insert_name (item, 0), "Arch");
  g_clear_object (&item);

  day = test_support_day (2026, 3, 1);
  ck_assert (ft_gear_retire_item (gear, trail, &day, &error));
  tick ();
  item = get_item (trail);
  ck_assert (ft_gear_item_is_retired (item));
  ck_assert_int_eq (ft_gear_item_get_age_days (item), 59);
  g_clear_object (&item);
  ck_assert_uint_eq (g_list_model_get_n_items (ft_gear_get_current_items (gear)), 2);
  ck_assert_uint_eq (g_list_model_get_n_items (ft_gear_get_retired_items (gear)), 1);

  day = test_support_day (2026, 3, 15);
  ck_assert (ft_gear_unretire_item (gear, trail, &day, &error));
  item = get_item (trail);
  ck_assert (!ft_gear_item_is_retired (item));
  g_clear_object (&item);
  ck_assert_uint_eq (g_list_model_get_n_items (ft_gear_get_retired_items (gear)), 0);

  events = ft_gear_list_events (gear, &error);
  ck_assert_ptr_nonnull (events);
  ck_assert_uint_eq (events->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < events->len; i++)
    {
      FtGearEvent *event = g_ptr_array_index (events, i);
      g_autofree char *text = NULL;

      if (ft_gear_event_get_kind (event) == FT_GEAR_EVENT_MOVE)
        text = g_strdup_printf ("%s move %s %s>%s", ft_gear_event_get_day_key (event),
                                ft_gear_event_get_gear_name (event),
                                ft_gear_event_get_from_name (event) ? ft_gear_event_get_from_name (event) : "",
                                ft_gear_event_get_to_name (event));
      else
        text = g_strdup_printf ("%s %s %s", ft_gear_event_get_day_key (event),
                                ft_gear_event_kind_to_key (ft_gear_event_get_kind (event)),
                                ft_gear_event_get_gear_name (event));
      ck_assert_str_eq (text, expected[i]);
    }

  /* The model lists the same, in the same order. */
  ck_assert_uint_eq (g_list_model_get_n_items (ft_gear_get_events (gear)), events->len);

  /* Taking the insole out. */
  move_ok (arch, 0, test_support_day (2026, 3, 18));
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 3, 20)), 0);
  item = get_item (road);
  ck_assert_uint_eq (ft_gear_item_get_n_inserts (item), 0);
}
END_TEST

START_TEST (test_backdated_events_sort)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(FtGearEvent) trails = NULL;
  g_autoptr(FtGearEvent) deleted = NULL;
  g_autoptr(FtGearEvent) added = NULL;
  GDate day;
  static const char * const expected[] = {
    "2026-03-18 Desk", "2026-03-10 Later the same day", "2026-03-10 Trails",
    "2026-03-03 Back-dated",
  };

  day = test_support_day (2026, 3, 10);
  trails = ft_gear_add_change (gear, &day, " Trails ", &error);
  ck_assert_ptr_nonnull (trails);
  ck_assert_str_eq (ft_gear_event_get_label (trails), "Trails");
  tick ();
  day = test_support_day (2026, 3, 18);
  g_clear_object (&added);
  added = ft_gear_add_change (gear, &day, "Desk", &error);
  ck_assert_ptr_nonnull (added);
  tick ();
  /* Recorded last, happened first. */
  day = test_support_day (2026, 3, 3);
  g_clear_object (&added);
  added = ft_gear_add_change (gear, &day, "Back-dated", &error);
  ck_assert_ptr_nonnull (added);
  tick ();
  day = test_support_day (2026, 3, 10);
  g_clear_object (&added);
  added = ft_gear_add_change (gear, &day, "Later the same day", &error);
  ck_assert_ptr_nonnull (added);

  events = ft_gear_list_events (gear, &error);
  ck_assert_uint_eq (events->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < events->len; i++)
    {
      FtGearEvent *event = g_ptr_array_index (events, i);
      g_autofree char *text = g_strdup_printf ("%s %s", ft_gear_event_get_day_key (event),
                                               ft_gear_event_get_label (event));

      ck_assert_str_eq (text, expected[i]);
      ck_assert_int_eq (ft_gear_event_get_gear_id (event), 0);
      ck_assert (ft_gear_event_is_editable (event));
    }
  g_clear_pointer (&events, g_ptr_array_unref);

  /* Editing moves it by its new day. */
  day = test_support_day (2026, 3, 1);
  ck_assert (ft_gear_edit_change (gear, ft_gear_event_get_id (trails), &day, "Trails, really",
                                  &error));
  events = ft_gear_list_events (gear, &error);
  ck_assert_str_eq (ft_gear_event_get_label (g_ptr_array_index (events, 3)), "Trails, really");
  g_clear_pointer (&events, g_ptr_array_unref);

  /* Delete and restore give back the same event. */
  deleted = ft_gear_delete_event (gear, ft_gear_event_get_id (trails), &error);
  ck_assert_ptr_nonnull (deleted);
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_event"), 3);
  ck_assert (ft_gear_restore_event (gear, deleted, &error));
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_event"), 4);
  ck_assert_int_eq (count_rows ("SELECT id FROM gear_event WHERE label = 'Trails, really'"),
                    ft_gear_event_get_id (trails));
}
END_TEST

/* Tests: wear */

START_TEST (test_distance_credit)
{
  g_autoptr(GError) error = NULL;
  gint64 first = add_item_full (FT_GEAR_RUNNING_SHOE, "First", test_support_day (2026, 1, 1), 300);
  gint64 second = add_item (FT_GEAR_RUNNING_SHOE, "Second", test_support_day (2026, 2, 1));
  gint64 office = add_item (FT_GEAR_EVERYDAY_SHOE, "Office", test_support_day (2025, 6, 1));
  gint64 shoe = -1;
  guint before;
  GDate day;

  /* Before the second pair: the first is the default. */
  day = test_support_day (2026, 1, 10);
  ck_assert (ft_gear_get_default_shoe (gear, &day, &shoe, &error));
  ck_assert_int_eq (shoe, first);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 5000, &error));

  /* After it: the one started last. One run noted on both feet counts once. */
  day = test_support_day (2026, 2, 10);
  ck_assert (ft_gear_get_default_shoe (gear, &day, &shoe, &error));
  ck_assert_int_eq (shoe, second);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 7000, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_RIGHT, 7000, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_BOTH, 7000, &error));

  /* A marked shoe takes the run. */
  day = test_support_day (2026, 2, 11);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 4000, &error));
  ck_assert (ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, office, &error));

  /* The longest run of the day counts, with the shoe on its entry. */
  day = test_support_day (2026, 2, 12);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 3000, &error));
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_RIGHT, 6000, &error));
  ck_assert (ft_journal_set_worn_gear (journal, &day, FT_FOOT_RIGHT, first, &error));

  /* A shoe marked on the other foot's entry still counts. */
  day = test_support_day (2026, 2, 13);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 5000, &error));
  ck_assert (ft_journal_set_worn_gear (journal, &day, FT_FOOT_RIGHT, first, &error));

  /* Manual distance. */
  day = test_support_day (2026, 2, 14);
  add_distance_ok (second, day, 1, FT_DISTANCE_MILES);

  ck_assert_double_eq_tol (total_m (first), 300000 + 5000 + 6000 + 5000, 1e-6);
  ck_assert_double_eq_tol (total_m (second), 7000 + 1609.344, 1e-6);
  ck_assert_double_eq_tol (total_m (office), 4000, 1e-6);

  /* The list shows the same, and follows journal changes by itself. */
  before = changed_count;
  day = test_support_day (2026, 2, 15);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 2500, &error));
  ck_assert_uint_gt (changed_count, before);
  {
    GListModel *current = ft_gear_get_current_items (gear);

    for (guint i = 0; i < g_list_model_get_n_items (current); i++)
      {
        g_autoptr(FtGearItem) item = g_list_model_get_item (current, i);

        if (ft_gear_item_get_id (item) == second)
          ck_assert_double_eq_tol (ft_gear_item_get_logged_distance (item), 7000 + 1609.344 + 2500,
                                   1e-6);
      }
  }

  /* Retiring the second makes the first the default again after that day. */
  day = test_support_day (2026, 3, 1);
  ck_assert (ft_gear_retire_item (gear, second, &day, &error));
  day = test_support_day (2026, 3, 2);
  ck_assert (ft_gear_get_default_shoe (gear, &day, &shoe, &error));
  ck_assert_int_eq (shoe, first);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 1000, &error));
  ck_assert_double_eq_tol (total_m (first), 317000, 1e-6);

  /* No running shoe in use: the run goes nowhere. */
  day = test_support_day (2025, 12, 1);
  ck_assert (ft_gear_get_default_shoe (gear, &day, &shoe, &error));
  ck_assert_int_eq (shoe, 0);

  /* The check-in's choice of shoes for a day. */
  {
    g_autoptr(GPtrArray) shoes = NULL;

    day = test_support_day (2026, 3, 2);
    shoes = ft_gear_list_shoes_on_day (gear, &day, &error);
    ck_assert_uint_eq (shoes->len, 2);
    ck_assert_int_eq (ft_gear_item_get_id (g_ptr_array_index (shoes, 0)), first);
    ck_assert_int_eq (ft_gear_item_get_id (g_ptr_array_index (shoes, 1)), office);
  }
}
END_TEST

START_TEST (test_threshold_by_distance)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearItem) item = NULL;
  gint64 shoe = add_item_full (FT_GEAR_RUNNING_SHOE, "Trail", test_support_day (2026, 1, 1), 599.9);
  GDate day = test_support_day (2026, 3, 1);
  FtGearFields fields;

  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_FINE);
  ck_assert (!ft_gear_item_is_worn_out (item));
  g_clear_object (&item);

  add_distance_ok (shoe, day, 0.1, FT_DISTANCE_KILOMETRES);
  item = get_item (shoe);
  ck_assert (ft_gear_item_reached_distance (item));
  ck_assert (!ft_gear_item_reached_age (item));
  ck_assert (ft_gear_item_is_worn_out (item));
  g_clear_object (&item);

  /* Remind me later, by day. */
  day = test_support_day (2026, 4, 3);
  ck_assert (ft_gear_snooze_reminder (gear, shoe, &day, NAN, &error));
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_SNOOZED);
  g_clear_object (&item);
  set_today (2026, 4, 2);
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_SNOOZED);
  g_clear_object (&item);
  set_today (2026, 4, 3);
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_WORN_OUT);
  g_clear_object (&item);

  /* By distance: 50 km more, whichever comes first. */
  day = test_support_day (2026, 5, 1);
  ck_assert (ft_gear_snooze_reminder (gear, shoe, &day, 650000, &error));
  day = test_support_day (2026, 4, 3);
  add_distance_ok (shoe, day, 49.9, FT_DISTANCE_KILOMETRES);
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_SNOOZED);
  g_clear_object (&item);
  add_distance_ok (shoe, day, 0.1, FT_DISTANCE_KILOMETRES);
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_WORN_OUT);
  g_clear_object (&item);

  /* Dismissed stays dismissed, also after reopening. */
  ck_assert (ft_gear_dismiss_reminder (gear, shoe, &error));
  g_clear_object (&gear);
  gear = ft_gear_new (journal);
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_DISMISSED);

  /* Editing other fields keeps the dismissal; a new threshold clears it. */
  ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
  fields.name = "Old trail";
  ck_assert (ft_gear_edit_item (gear, shoe, &fields, &error));
  g_clear_object (&item);
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_DISMISSED);
  ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
  fields.threshold_distance = 800;
  ck_assert (ft_gear_edit_item (gear, shoe, &fields, &error));
  g_clear_object (&item);
  item = get_item (shoe);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_FINE);
  ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
  fields.threshold_distance = 650;
  ck_assert (ft_gear_edit_item (gear, shoe, &fields, &error));
  g_clear_object (&item);
  item = get_item (shoe);
  ck_assert (ft_gear_item_is_worn_out (item));

  /* Off. */
  ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
  fields.threshold_distance = NAN;
  ck_assert (ft_gear_edit_item (gear, shoe, &fields, &error));
  g_clear_object (&item);
  item = get_item (shoe);
  ck_assert (!ft_gear_item_get_threshold_distance (item, NULL));
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_FINE);
}
END_TEST

START_TEST (test_threshold_by_age)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearItem) item = NULL;
  gint64 year_old = add_item (FT_GEAR_INSOLE, "Year old", test_support_day (2025, 3, 20));
  gint64 almost = add_item (FT_GEAR_ORTHOTIC, "Almost", test_support_day (2025, 3, 21));
  GDate day;

  item = get_item (year_old);
  ck_assert_int_eq (ft_gear_item_get_age_days (item), 365);
  ck_assert (ft_gear_item_reached_age (item));
  ck_assert (ft_gear_item_is_worn_out (item));
  g_clear_object (&item);

  item = get_item (almost);
  ck_assert_int_eq (ft_gear_item_get_age_days (item), 364);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_FINE);
  g_clear_object (&item);

  /* A day later it is due too; once retired, nothing is due. */
  set_today (2026, 3, 21);
  item = get_item (almost);
  ck_assert (ft_gear_item_is_worn_out (item));
  g_clear_object (&item);

  day = test_support_day (2026, 3, 21);
  ck_assert (ft_gear_retire_item (gear, almost, &day, &error));
  item = get_item (almost);
  ck_assert_int_eq (ft_gear_item_get_wear (item), FT_GEAR_WEAR_FINE);
  ck_assert (ft_gear_item_reached_age (item));
}
END_TEST

/* A typing slip added by hand can be seen, removed and put back. */

static char *
list_distances_text (gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) distances = ft_gear_list_distances (gear, id, &error);
  GString *text = g_string_new (NULL);

  ck_assert_msg (distances != NULL, "%s", error != NULL ? error->message : "");
  for (guint i = 0; i < distances->len; i++)
    {
      FtGearDistance *distance = g_ptr_array_index (distances, i);

      ck_assert_int_eq (ft_gear_distance_get_gear_id (distance), id);
      g_string_append_printf (text, "%s%s=%.0f", i > 0 ? "," : "",
                              ft_gear_distance_get_day_key (distance),
                              ft_gear_distance_get_metres (distance));
    }

  return g_string_free (text, FALSE);
}

START_TEST (test_manual_distances)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearDistance) removed = NULL;
  g_autoptr(GPtrArray) distances = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 road = add_item_full (FT_GEAR_RUNNING_SHOE, "Road", test_support_day (2026, 2, 1), 100);
  gint64 trail = add_item (FT_GEAR_RUNNING_SHOE, "Trail", test_support_day (2026, 2, 1));
  gint64 morning;
  gint64 slip;
  gint64 evening;
  gint64 on_trail;
  guint changes;
  GDate day;

  /* Nothing yet. */
  listed = list_distances_text (road);
  ck_assert_str_eq (listed, "");
  g_clear_pointer (&listed, g_free);

  morning = add_distance_ok (road, test_support_day (2026, 3, 1), 5, FT_DISTANCE_KILOMETRES);
  slip = add_distance_ok (road, test_support_day (2026, 3, 5), 500, FT_DISTANCE_KILOMETRES);
  evening = add_distance_ok (road, test_support_day (2026, 3, 1), 2, FT_DISTANCE_KILOMETRES);
  add_distance_ok (road, test_support_day (2026, 3, 3), 1, FT_DISTANCE_MILES);
  on_trail = add_distance_ok (trail, test_support_day (2026, 3, 2), 8, FT_DISTANCE_KILOMETRES);
  ck_assert_int_gt (evening, morning);

  /* Newest day first; on one day, the one added last first. */
  listed = list_distances_text (road);
  ck_assert_str_eq (listed, "2026-03-05=500000,2026-03-03=1609,2026-03-01=2000,2026-03-01=5000");
  g_clear_pointer (&listed, g_free);
  listed = list_distances_text (trail);
  ck_assert_str_eq (listed, "2026-03-02=8000");
  g_clear_pointer (&listed, g_free);
  distances = ft_gear_list_distances (gear, road, &error);
  ck_assert_int_eq (ft_gear_distance_get_id (g_ptr_array_index (distances, 0)), slip);
  ck_assert_int_eq (ft_gear_distance_get_id (g_ptr_array_index (distances, 3)), morning);
  ft_gear_distance_get_day (g_ptr_array_index (distances, 0), &day);
  ck_assert (g_date_valid (&day));
  ck_assert_int_eq (g_date_get_day (&day), 5);
  ck_assert_int_eq (g_date_get_month (&day), 3);
  ck_assert_double_eq_tol (total_m (road), 100000 + 5000 + 500000 + 2000 + 1609.344, 1e-6);

  /* Removing the slip: the total follows and the page hears of it. */
  before = dump_gear_rows ();
  changes = changed_count;
  removed = ft_gear_delete_distance (gear, road, slip, &error);
  ck_assert_msg (removed != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_gt (changed_count, changes);
  ck_assert_int_eq (ft_gear_distance_get_id (removed), slip);
  ck_assert_int_eq (ft_gear_distance_get_gear_id (removed), road);
  ck_assert_str_eq (ft_gear_distance_get_day_key (removed), "2026-03-05");
  ck_assert_double_eq (ft_gear_distance_get_metres (removed), 500000.0);
  ck_assert_double_eq_tol (total_m (road), 100000 + 5000 + 2000 + 1609.344, 1e-6);
  listed = list_distances_text (road);
  ck_assert_str_eq (listed, "2026-03-03=1609,2026-03-01=2000,2026-03-01=5000");
  g_clear_pointer (&listed, g_free);

  /* Gone is gone; another item's entry and an unknown item are refused. */
  ck_assert_ptr_null (ft_gear_delete_distance (gear, road, slip, &error));
  assert_refused (error, "not recorded any more");
  ck_assert_ptr_null (ft_gear_delete_distance (gear, road, 999, &error));
  assert_refused (error, "not recorded any more");
  ck_assert_ptr_null (ft_gear_delete_distance (gear, road, on_trail, &error));
  assert_refused (error, "added to another item, not to “Road”");
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_distance"), 4);
  ck_assert_ptr_null (ft_gear_delete_distance (gear, 999, on_trail, &error));
  assert_refused (error, "may have been deleted");
  ck_assert_ptr_null (ft_gear_list_distances (gear, 999, &error));
  assert_refused (error, "may have been deleted");
  ck_assert_double_eq_tol (total_m (trail), 8000, 1e-6);

  /* Undo puts it back exactly, once. */
  changes = changed_count;
  ck_assert_msg (ft_gear_restore_distance (gear, removed, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert_uint_gt (changed_count, changes);
  after = dump_gear_rows ();
  ck_assert_str_eq (after, before);
  ck_assert_double_eq_tol (total_m (road), 100000 + 5000 + 500000 + 2000 + 1609.344, 1e-6);
  ck_assert (!ft_gear_restore_distance (gear, removed, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_EXISTS));
  ck_assert_msg (strstr (error->message, "back already") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_distance"), 5);

  /* Once the shoe was retired before that day, it cannot come back. */
  g_clear_pointer (&removed, ft_gear_distance_free);
  removed = ft_gear_delete_distance (gear, road, slip, &error);
  ck_assert_ptr_nonnull (removed);
  day = test_support_day (2026, 3, 4);
  ck_assert (ft_gear_retire_item (gear, road, &day, &error));
  ck_assert (!ft_gear_restore_distance (gear, removed, &error));
  assert_refused (error, "not in use on 2026-03-05");
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_distance"), 4);
}
END_TEST

/* Tests: units */

START_TEST (test_units_do_not_drift)
{
  g_autoptr(GError) error = NULL;
  gint64 shoe = add_item_full (FT_GEAR_RUNNING_SHOE, "Trail", test_support_day (2026, 1, 1), 300);
  FtGearFields fields;

  /* Saving the form unchanged, in either unit, many times over. */
  for (int i = 0; i < 25; i++)
    {
      g_autoptr(FtGearItem) item = get_item (shoe);

      ft_gear_item_get_fields (item, i % 2 == 0 ? FT_DISTANCE_MILES : FT_DISTANCE_KILOMETRES,
                               &fields);
      ck_assert (ft_gear_edit_item (gear, shoe, &fields, &error));
    }

  ck_assert_double_eq (sql_query_double (handle (), "SELECT prior_distance_m FROM gear"), 300000.0);
  ck_assert_double_eq (sql_query_double (handle (), "SELECT threshold_distance_m FROM gear"),
                       600000.0);

  {
    g_autoptr(FtGearItem) item = get_item (shoe);

    ft_gear_item_get_fields (item, FT_DISTANCE_MILES, &fields);
    ck_assert_double_eq_tol (fields.prior_distance, 186.4, 1e-9);
    ck_assert_double_eq_tol (fields.threshold_distance, 372.8, 1e-9);

    /* A changed value is taken as typed, in its unit, and shows back as typed. */
    fields.prior_distance = 200;
    ck_assert (ft_gear_edit_item (gear, shoe, &fields, &error));
  }

  ck_assert_double_eq_tol (sql_query_double (handle (), "SELECT prior_distance_m FROM gear"),
                           200 * 1609.344, 1e-6);
  for (int i = 0; i < 10; i++)
    {
      g_autoptr(FtGearItem) item = get_item (shoe);

      ft_gear_item_get_fields (item, i % 2 == 0 ? FT_DISTANCE_KILOMETRES : FT_DISTANCE_MILES,
                               &fields);
      ck_assert (ft_gear_edit_item (gear, shoe, &fields, &error));
    }
  {
    g_autoptr(FtGearItem) item = get_item (shoe);

    ft_gear_item_get_fields (item, FT_DISTANCE_MILES, &fields);
    ck_assert_double_eq (fields.prior_distance, 200.0);
    ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
    ck_assert_double_eq_tol (fields.prior_distance, 321.9, 1e-9);
  }

  ck_assert_double_eq_tol (ft_gear_distance_for_display (1609.344, FT_DISTANCE_MILES), 1.0, 1e-12);
  ck_assert_double_eq_tol (ft_gear_distance_for_display (12345, FT_DISTANCE_KILOMETRES), 12.3, 1e-12);
}
END_TEST

/* Tests: deleting, transactions */

START_TEST (test_delete_and_restore)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearDeletion) deletion = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 road = add_item_full (FT_GEAR_RUNNING_SHOE, "Road", test_support_day (2026, 1, 1), 12.5);
  gint64 arch = add_item (FT_GEAR_INSOLE, "Arch", test_support_day (2026, 1, 1));
  gint64 fresh = add_item (FT_GEAR_SANDAL, "Fresh", test_support_day (2026, 3, 1));
  gint64 count = -1;
  GDate day;

  move_ok (arch, road, test_support_day (2026, 1, 5));
  day = test_support_day (2026, 2, 1);
  add_distance_ok (road, day, 3, FT_DISTANCE_KILOMETRES);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 4000, &error));
  ck_assert (ft_journal_set_worn_gear (journal, &day, FT_FOOT_LEFT, road, &error));
  day = test_support_day (2026, 2, 2);
  ck_assert (ft_journal_set_run_distance (journal, &day, FT_FOOT_LEFT, 2000, &error));
  day = test_support_day (2026, 3, 10);
  ck_assert (ft_gear_retire_item (gear, road, &day, &error));
  day = test_support_day (2026, 3, 1);
  ck_assert (ft_gear_snooze_reminder (gear, road, NULL, 700000, &error));

  /* A new item has nothing to lose; this one has plenty. */
  ck_assert (ft_gear_count_item_history (gear, fresh, &count, &error));
  ck_assert_int_eq (count, 0);
  ck_assert (ft_gear_count_item_history (gear, road, &count, &error));
  /* retire, move into it, manual distance, journal day naming it, default run day */
  ck_assert_int_eq (count, 5);

  before = dump_gear_rows ();
  deletion = ft_gear_delete_item (gear, road, &error);
  ck_assert_ptr_nonnull (deletion);
  ck_assert_str_eq (ft_gear_item_get_name (ft_gear_deletion_get_item (deletion)), "Road");
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear WHERE name = 'Road'"), 0);
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear_distance"), 0);
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM journal_entry WHERE worn_gear_id IS NOT NULL"), 0);
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 2, 1)), 0);

  ck_assert (ft_gear_restore_item (gear, deletion, &error));
  after = dump_gear_rows ();
  ck_assert_str_eq (after, before);
  ck_assert_int_eq (shoe_on (arch, test_support_day (2026, 2, 1)), road);
  ck_assert_double_eq_tol (total_m (road), 12500 + 3000 + 4000 + 2000, 1e-6);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* An insole deleted and restored keeps its moves too. */
  g_clear_pointer (&deletion, ft_gear_deletion_free);
  before = dump_gear_rows ();
  deletion = ft_gear_delete_item (gear, arch, &error);
  ck_assert_ptr_nonnull (deletion);
  ck_assert (ft_gear_restore_item (gear, deletion, &error));
  after = dump_gear_rows ();
  ck_assert_str_eq (after, before);
}
END_TEST

START_TEST (test_changes_roll_back)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 road = add_item (FT_GEAR_RUNNING_SHOE, "Road", test_support_day (2026, 1, 1));
  gint64 arch = add_item (FT_GEAR_INSOLE, "Arch", test_support_day (2026, 1, 1));
  FtGearFields fields;
  GDate day = test_support_day (2026, 3, 1);

  /* The event half of every two-part change fails. */
  ck_assert (_ft_database_exec (db,
                                "CREATE TRIGGER no_events BEFORE INSERT ON gear_event "
                                "BEGIN SELECT RAISE (ABORT, 'no events today'); END;"
                                "CREATE TRIGGER no_start_moves BEFORE UPDATE OF day ON gear_event "
                                "BEGIN SELECT RAISE (ABORT, 'no moving'); END",
                                NULL));
  before = dump_gear_rows ();

  ck_assert (!ft_gear_retire_item (gear, road, &day, &error));
  ck_assert_ptr_nonnull (error);
  g_clear_error (&error);

  ft_gear_fields_init (&fields, FT_GEAR_SANDAL, &day, FT_DISTANCE_KILOMETRES);
  fields.name = "Slides";
  ck_assert_ptr_null (ft_gear_add_item (gear, &fields, &error));
  g_clear_error (&error);

  ck_assert_ptr_null (ft_gear_move_insert (gear, arch, road, &day, &error));
  g_clear_error (&error);

  {
    g_autoptr(FtGearItem) item = get_item (road);

    ft_gear_item_get_fields (item, FT_DISTANCE_KILOMETRES, &fields);
    fields.name = "Renamed";
    fields.start_day = test_support_day (2026, 1, 2);
    ck_assert (!ft_gear_edit_item (gear, road, &fields, &error));
    g_clear_error (&error);
  }

  after = dump_gear_rows ();
  ck_assert_str_eq (after, before);
  ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear WHERE retire_day IS NOT NULL"), 0);

  /* A full disk is reported as such, and leaves nothing half-written. */
  ck_assert (_ft_database_exec (db, "DROP TRIGGER no_events; DROP TRIGGER no_start_moves", NULL));
  {
    gint64 pages = sql_query_int64 (handle (), "PRAGMA page_count");
    g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);
    g_autofree char *notes = g_strnfill (9000, 'n');
    gboolean full = FALSE;

    ck_assert (_ft_database_exec (db, limit, NULL));
    ft_gear_fields_init (&fields, FT_GEAR_SANDAL, &day, FT_DISTANCE_KILOMETRES);
    fields.name = "Slides";
    fields.notes = notes;
    for (int i = 0; i < 20 && !full; i++)
      {
        g_autoptr(FtGearItem) item = ft_gear_add_item (gear, &fields, &error);

        if (item == NULL)
          {
            ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_DISK_FULL),
                           "expected a full disk, got %s", error->message);
            full = TRUE;
          }
      }
    ck_assert (full);
    /* Every item that is there has its start event. */
    ck_assert_int_eq (count_rows ("SELECT count(*) FROM gear AS g WHERE NOT EXISTS "
                                  "(SELECT 1 FROM gear_event WHERE gear_id = g.id AND kind = 'start')"),
                      0);
  }
}
END_TEST

/* Tests: migration and demo data */

START_TEST (test_migration_from_first_schema)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) script = NULL;
  g_autofree char *folder = g_dir_make_tmp ("footing-gear-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(FtJournal) upgraded_journal = NULL;
  g_autoptr(FtGear) upgraded = NULL;
  g_autoptr(GPtrArray) items = NULL;
  sqlite3 *raw = NULL;

  ck_assert_ptr_nonnull (folder);
  path = g_build_filename (folder, "footing.db", NULL);

  /* A journal as the first Footing wrote it, with gear and runs in it. */
  script = g_resource_lookup_data (footing_core_get_resource (),
                                   "/io/github/footing/Footing/core/migrations/0001-initial.sql",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  ck_assert_ptr_nonnull (script);
  sql = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));
  ck_assert_int_eq (sqlite3_open (path, &raw), SQLITE_OK);
  ck_assert_int_eq (sqlite3_exec (raw, sql, NULL, NULL, NULL), SQLITE_OK);
  ck_assert_int_eq (sqlite3_exec (raw,
                                  "PRAGMA user_version = 1; PRAGMA application_id = 1181708148;"
                                  "INSERT INTO gear (id, kind, name, start_day, prior_distance_m, "
                                  " threshold_distance_m, created_us) "
                                  " VALUES (1, 'running_shoe', 'Old trail', '2025-06-01', 100000, 600000, 1);"
                                  "INSERT INTO gear (id, kind, name, start_day, threshold_days, created_us) "
                                  " VALUES (2, 'insole', 'Arch', '2025-07-01', 365, 2);"
                                  "INSERT INTO gear_event (kind, day, gear_id, created_us) VALUES "
                                  " ('start', '2025-06-01', 1, 1), ('start', '2025-07-01', 2, 2);"
                                  "INSERT INTO gear_event (kind, day, gear_id, target_gear_id, created_us) "
                                  " VALUES ('move', '2025-07-01', 2, 1, 3);"
                                  "INSERT INTO journal_entry (day, foot, run_distance_m, worn_gear_id, "
                                  " created_us, updated_us) VALUES ('2026-01-05', 'left', 8000, 1, 4, 4);",
                                  NULL, NULL, NULL),
                    SQLITE_OK);
  sqlite3_close (raw);

  database = ft_database_open (path, &error);
  ck_assert_msg (database != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_eq (ft_database_get_schema_version (database),
                     ft_database_get_latest_schema_version ());
  ck_assert_uint_ge (ft_database_get_schema_version (database), 2);
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (database),
                                     "SELECT count(*) FROM gear WHERE reminder_dismissed = 0 "
                                     "AND snooze_until_day IS NULL AND snooze_until_distance_m IS NULL"),
                    2);

  upgraded_journal = ft_journal_new (database, fake_now, NULL, NULL);
  upgraded = ft_gear_new (upgraded_journal);
  items = ft_gear_list_items (upgraded, FALSE, &error);
  ck_assert_uint_eq (items->len, 2);
  for (guint i = 0; i < items->len; i++)
    {
      FtGearItem *item = g_ptr_array_index (items, i);

      if (ft_gear_item_get_id (item) == 1)
        {
          ck_assert_double_eq_tol (ft_gear_item_get_total_distance (item), 108000, 1e-6);
          ck_assert_uint_eq (ft_gear_item_get_n_inserts (item), 1);
        }
      else
        {
          ck_assert_int_eq (ft_gear_item_get_shoe_id (item), 1);
        }
    }

  g_clear_object (&upgraded);
  g_clear_object (&upgraded_journal);
  g_clear_object (&database);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (folder);
  }
}
END_TEST

START_TEST (test_demo_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) retired = NULL;
  g_autoptr(GPtrArray) events = NULL;
  gint64 started;
  gint64 took;
  guint moves = 0;
  guint changes = 0;

  ck_assert_msg (ft_demo_fill (db, FT_DEMO_DEFAULT_SEED, 520, now, &error),
                 "%s", error != NULL ? error->message : "");

  /* Ten years of journal: the whole list in a few milliseconds. */
  started = g_get_monotonic_time ();
  ck_assert (ft_gear_reload (gear, &error));
  took = g_get_monotonic_time () - started;
  fprintf (stderr, "# listing gear and events over 520 weeks took %" G_GINT64_FORMAT " µs\n", took);
  ck_assert_int_lt (took, 2 * G_USEC_PER_SEC);

  current = ft_gear_list_items (gear, FALSE, &error);
  retired = ft_gear_list_items (gear, TRUE, &error);
  events = ft_gear_list_events (gear, &error);
  ck_assert_uint_ge (current->len, 3);
  ck_assert_uint_eq (retired->len, 1);

  for (guint i = 0; i < events->len; i++)
    {
      FtGearEventKind kind = ft_gear_event_get_kind (g_ptr_array_index (events, i));

      moves += kind == FT_GEAR_EVENT_MOVE;
      changes += kind == FT_GEAR_EVENT_CHANGE;
    }
  ck_assert_uint_eq (moves, 2);
  ck_assert_uint_eq (changes, 1);

  /* Runs reach the running shoes, and the insole sits in the new pair. */
  for (guint i = 0; i < current->len; i++)
    {
      FtGearItem *item = g_ptr_array_index (current, i);

      if (ft_gear_item_get_kind (item) == FT_GEAR_RUNNING_SHOE)
        {
          ck_assert_double_gt (ft_gear_item_get_logged_distance (item), 0);
          ck_assert_uint_eq (ft_gear_item_get_n_inserts (item), 1);
        }
      if (ft_gear_item_get_kind (item) == FT_GEAR_INSOLE)
        ck_assert_int_ne (ft_gear_item_get_shoe_id (item), 0);
    }
  ck_assert_double_gt (ft_gear_item_get_logged_distance (g_ptr_array_index (retired, 0)), 0);

  /* Every run is credited to one shoe, exactly once. */
  {
    double logged = ft_gear_item_get_logged_distance (g_ptr_array_index (retired, 0));

    for (guint i = 0; i < current->len; i++)
      logged += ft_gear_item_get_logged_distance (g_ptr_array_index (current, i));

    ck_assert_double_eq_tol (logged,
                             sql_query_double (handle (),
                                               "SELECT sum (m) FROM (SELECT max (run_distance_m) "
                                               "AS m FROM journal_entry GROUP BY day)"),
                             1e-3);
  }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("gear");
  TCase *tc;

  tc = tcase_create ("fields");
  tcase_add_checked_fixture (tc, open_gear, close_gear);
  tcase_add_test (tc, test_kinds);
  tcase_add_test (tc, test_add_defaults);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("validation");
  tcase_add_checked_fixture (tc, open_gear, close_gear);
  tcase_add_test (tc, test_item_validation);
  tcase_add_test (tc, test_move_validation);
  tcase_add_test (tc, test_other_validation);
  tcase_add_test (tc, test_worn_gear_in_journal);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("events");
  tcase_add_checked_fixture (tc, open_gear, close_gear);
  tcase_add_test (tc, test_lifecycle);
  tcase_add_test (tc, test_backdated_events_sort);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("wear");
  tcase_add_checked_fixture (tc, open_gear, close_gear);
  tcase_add_test (tc, test_distance_credit);
  tcase_add_test (tc, test_threshold_by_distance);
  tcase_add_test (tc, test_threshold_by_age);
  tcase_add_test (tc, test_units_do_not_drift);
  tcase_add_test (tc, test_manual_distances);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("storage");
  tcase_add_checked_fixture (tc, open_gear, close_gear);
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_delete_and_restore);
  tcase_add_test (tc, test_changes_roll_back);
  tcase_add_test (tc, test_migration_from_first_schema);
  tcase_add_test (tc, test_demo_data);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
