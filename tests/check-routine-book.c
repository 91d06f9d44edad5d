/* check-routine-book.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-demo.h"
#include "ft-error.h"
#include "ft-exercise-catalog.h"
#include "ft-journal.h"
#include "ft-routine-book.h"
#include "sql-query.h"
#include "temp-folder.h"
#include "test-support.h"

#include <check.h>
#include <string.h>

/* Set by the fixture: an in-memory journal with a fixed clock, its book
 * checking exercises against the shipped catalog. */
static FtDatabase *db;
static FtJournal *journal;
static FtExerciseCatalog *catalog;
static FtRoutineBook *book;
static GDateTime *now;
static char *image_folder;
static guint changed_count;

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static GArray *items_changed;

/* Helpers */

static GDateTime *
fake_now (gpointer user_data)
{
  return g_date_time_ref (now);
}

static void
changed_cb (FtRoutineBook *store)
{
  changed_count++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added)
{
  ItemsChanged change = { position, removed, added };

  g_array_append_val (items_changed, change);
}

static void
open_book (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;

  now = g_date_time_new (utc, 2026, 3, 20, 12, 0, 0);
  db = ft_database_open (":memory:", &error);
  ck_assert_ptr_null (error);
  journal = ft_journal_new (db, fake_now, NULL, NULL);
  image_folder = g_dir_make_tmp ("footing-routines-XXXXXX", NULL);
  catalog = ft_exercise_catalog_new (db, image_folder);
  ck_assert (ft_exercise_catalog_load (catalog, NULL, &error));
  book = ft_routine_book_new (journal);
  ft_routine_book_set_catalog (book, catalog);
  ck_assert_msg (ft_routine_book_load (book, &error), "load: %s",
                 error != NULL ? error->message : "");

  changed_count = 0;
  items_changed = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_signal_connect (book, "changed", G_CALLBACK (changed_cb), NULL);
  g_signal_connect (book, "items-changed", G_CALLBACK (items_changed_cb), NULL);
}

static void
close_book (void)
{
  g_clear_object (&book);
  g_clear_object (&catalog);
  g_clear_object (&journal);
  g_clear_object (&db);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&items_changed, g_array_unref);
  if (image_folder != NULL)
    temp_folder_remove (image_folder, NULL);
  g_clear_pointer (&image_folder, g_free);
}

static sqlite3 *
handle (void)
{
  return _ft_database_get_handle (db);
}

static FtRoutine *
routine_at (guint position)
{
  return g_list_model_get_item (G_LIST_MODEL (book), position);
}

static FtRoutine *
builtin (const char *key)
{
  FtRoutine *routine = ft_routine_book_get_builtin (book, key);

  ck_assert_msg (routine != NULL, "built-in %s is missing", key);

  return routine;
}

static GPtrArray *
one_step (const char *ref,
          guint       hold,
          guint       reps,
          guint       sets,
          guint       rest,
          FtSides     sides)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_step_free);

  g_ptr_array_add (steps, ft_routine_step_new (ref, hold, reps, sets, rest, sides));

  return steps;
}

/* The list's positions are 0, 1, 2… in model order, as in the journal. */
static void
assert_positions (void)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (book));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FtRoutine) routine = routine_at (i);

      ck_assert_uint_eq (ft_routine_get_position (routine), i);
    }

  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine"), n);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(DISTINCT position) FROM routine"), n);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT coalesce (max (position), -1) FROM routine"),
                    (gint64) n - 1);
}

static void
assert_steps (FtRoutine          *routine,
              const char * const *refs)
{
  guint n = g_strv_length ((char **) refs);

  ck_assert_uint_eq (ft_routine_get_n_steps (routine), n);
  for (guint i = 0; i < n; i++)
    ck_assert_str_eq (ft_routine_get_step (routine, i)->exercise_ref, refs[i]);
}

/* Tests */

START_TEST (test_builtins_seeded_once)
{
  const char * const desk[] = { "upper-calf-stretch", "lower-calf-stretch", NULL };
  const char * const morning[] = { "seated-towel-calf-stretch", "foot-scrunch",
                                   "plantar-fascia-release", NULL };
  const char * const nerve[] = { "tibial-nerve-glide", "calf-hamstring-band-stretch",
                                 "big-toe-band-stretch", NULL };
  const char * const strength[] = { "foot-scrunch", "heel-raise-parallel", "heel-raise-turned-in",
                                    "heel-raise-turned-out", NULL };
  const char * const release[] = { "soleus-release", "posterior-tibialis-release",
                                   "gastrocnemius-release", "upper-calf-stretch",
                                   "lower-calf-stretch", "shin-peroneal-stretch",
                                   "plantar-fascia-release", NULL };
  const char * const night[] = { "peroneal-massage", NULL };
  const char * const * const all[] = { desk, morning, nerve, strength, release, night };
  const char * const *keys = ft_routine_book_get_builtin_keys ();
  g_autoptr(FtRoutineBook) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FtRoutine) desk_break = NULL;
  g_autoptr(FtRoutine) strength_routine = NULL;
  g_autoptr(FtRoutine) night_routine = NULL;
  gboolean has_data = TRUE;

  ck_assert_uint_eq (g_strv_length ((char **) keys), 6);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (book)), 6);
  assert_positions ();

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(FtRoutine) routine = routine_at (i);

      ck_assert_str_eq (ft_routine_get_builtin_key (routine), keys[i]);
      ck_assert (ft_routine_is_builtin (routine));
      ck_assert (!ft_routine_book_builtin_is_changed (book, routine));
      assert_steps (routine, all[i]);

      /* Every built-in step is a valid dose of an exercise in the catalog. */
      for (guint s = 0; s < ft_routine_get_n_steps (routine); s++)
        {
          const FtRoutineStep *step = ft_routine_get_step (routine, s);

          ck_assert_ptr_nonnull (ft_exercise_catalog_lookup (catalog, step->exercise_ref));
          ck_assert (step->hold_seconds > 0 || step->reps > 0);
          ck_assert_uint_ge (step->sets, 1);
        }
    }

  desk_break = builtin ("desk-break");
  ck_assert_str_eq (ft_routine_get_name (desk_break), "Desk break");
  ck_assert_int_eq (ft_routine_get_target_period (desk_break), FT_TARGET_DAY);
  ck_assert_uint_eq (ft_routine_get_target_count (desk_break), 5);
  ck_assert_uint_eq (ft_routine_get_step (desk_break, 0)->hold_seconds, 30);
  ck_assert_int_eq (ft_routine_get_step (desk_break, 0)->sides, FT_SIDES_BOTH);

  strength_routine = builtin ("strength");
  ck_assert_uint_eq (ft_routine_get_step (strength_routine, 1)->reps, 10);
  ck_assert_uint_eq (ft_routine_get_step (strength_routine, 1)->sets, 3);

  night_routine = builtin ("night");
  ck_assert_int_eq (ft_routine_get_target_period (night_routine), FT_TARGET_NONE);
  ck_assert_uint_eq (ft_routine_get_target_count (night_routine), 0);

  /* Built-ins alone are not a person's records. */
  ck_assert (ft_database_has_user_data (db, &has_data, &error));
  ck_assert (!has_data);

  /* Loading again, or from another book, adds nothing. */
  ck_assert (ft_routine_book_load (book, &error));
  again = ft_routine_book_new (journal);
  ck_assert (ft_routine_book_load (again, &error));
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (again)), 6);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine"), 6);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM builtin_routine"), 6);
}
END_TEST

START_TEST (test_deleted_builtin_stays_deleted)
{
  g_autoptr(FtRoutine) night = builtin ("night");
  g_autoptr(FtRoutineDeletion) deletion = NULL;
  g_autoptr(FtRoutine) back = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 99;

  deletion = ft_routine_book_delete (book, ft_routine_get_id (night), &error);
  ck_assert_ptr_nonnull (deletion);
  ck_assert (ft_routine_book_load (book, &error));
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (book)), 5);
  ck_assert_ptr_null (ft_routine_book_get_builtin (book, "night"));

  ck_assert (ft_routine_book_restore_builtins (book, &n_added, &error));
  ck_assert_uint_eq (n_added, 1);
  back = builtin ("night");
  ck_assert_uint_eq (ft_routine_get_position (back), 5);
  ck_assert (ft_routine_book_restore_builtins (book, &n_added, &error));
  ck_assert_uint_eq (n_added, 0);

  /* Undoing the delete now brings the old one back as the person's own. */
  ck_assert (ft_routine_book_restore (book, deletion, &error));
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine "
                                     "WHERE builtin_key = 'night'"), 1);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine"), 7);
  assert_positions ();
}
END_TEST

typedef struct
{
  const char *what;
  const char *ref;
  guint       hold;
  guint       reps;
  guint       sets;
  guint       rest;
  FtSides     sides;
  gboolean    valid;
} StepCase;

static const StepCase step_cases[] = {
  { "a 30 s hold", "upper-calf-stretch", 30, 0, 1, 0, FT_SIDES_BOTH, TRUE },
  { "the shortest hold", "upper-calf-stretch", 1, 0, 1, 0, FT_SIDES_LEFT, TRUE },
  { "the longest hold", "upper-calf-stretch", 3600, 0, 1, 0, FT_SIDES_RIGHT, TRUE },
  { "a hold over an hour", "upper-calf-stretch", 3601, 0, 1, 0, FT_SIDES_NONE, FALSE },
  { "one rep", "heel-raise-parallel", 0, 1, 1, 0, FT_SIDES_NONE, TRUE },
  { "1000 reps", "heel-raise-parallel", 0, 1000, 1, 0, FT_SIDES_NONE, TRUE },
  { "1001 reps", "heel-raise-parallel", 0, 1001, 1, 0, FT_SIDES_NONE, FALSE },
  { "neither hold nor reps", "heel-raise-parallel", 0, 0, 1, 0, FT_SIDES_NONE, FALSE },
  { "hold and reps", "foot-scrunch", 5, 10, 3, 30, FT_SIDES_NONE, TRUE },
  { "no sets", "foot-scrunch", 5, 10, 0, 0, FT_SIDES_NONE, FALSE },
  { "100 sets", "foot-scrunch", 5, 10, 100, 0, FT_SIDES_NONE, TRUE },
  { "101 sets", "foot-scrunch", 5, 10, 101, 0, FT_SIDES_NONE, FALSE },
  { "an hour's rest", "foot-scrunch", 5, 10, 2, 3600, FT_SIDES_NONE, TRUE },
  { "rest over an hour", "foot-scrunch", 5, 10, 2, 3601, FT_SIDES_NONE, FALSE },
  { "an unknown side", "foot-scrunch", 5, 10, 1, 0, (FtSides) 7, FALSE },
  { "no exercise", NULL, 30, 0, 1, 0, FT_SIDES_NONE, FALSE },
  { "an empty exercise", "", 30, 0, 1, 0, FT_SIDES_NONE, FALSE },
  { "an exercise not in the library", "moon-walk", 30, 0, 1, 0, FT_SIDES_NONE, FALSE },
  { "a deleted custom exercise", "custom:42", 30, 0, 1, 0, FT_SIDES_NONE, FALSE },
};

START_TEST (test_step_validation)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autofree char *before = sql_query_text (handle (), "SELECT group_concat (exercise_ref || hold_s, ',') FROM "
                                            "(SELECT * FROM routine_step ORDER BY routine_id, position)");

  for (guint i = 0; i < G_N_ELEMENTS (step_cases); i++)
    {
      const StepCase *c = &step_cases[i];
      g_autoptr(GPtrArray) steps = one_step (c->ref, c->hold, c->reps, c->sets, c->rest, c->sides);
      g_autoptr(GError) error = NULL;
      g_autoptr(FtRoutine) created = NULL;
      gboolean ok;

      created = ft_routine_book_create (book, "Checked", steps, 0, FT_TARGET_NONE, &error);
      ck_assert_msg ((created != NULL) == c->valid, "create with %s: %s", c->what,
                     error != NULL ? error->message : "accepted");
      if (!c->valid)
        {
          ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
          ck_assert_ptr_nonnull (strstr (error->message, "Step 1"));
        }
      else
        {
          const FtRoutineStep *step = ft_routine_get_step (created, 0);
          g_autoptr(FtRoutineDeletion) deletion = NULL;

          ck_assert (ft_routine_step_equal (step, g_ptr_array_index (steps, 0)));
          g_clear_pointer (&error, g_error_free);
          deletion = ft_routine_book_delete (book, ft_routine_get_id (created), &error);
          ck_assert_ptr_nonnull (deletion);
        }

      g_clear_pointer (&error, g_error_free);
      ok = ft_routine_book_set_steps (book, ft_routine_get_id (desk), steps, &error);
      ck_assert_msg (ok == c->valid, "steps with %s", c->what);
      if (ok)
        {
          g_autoptr(GPtrArray) original = ft_routine_dup_steps (desk);

          ck_assert (ft_routine_book_set_steps (book, ft_routine_get_id (desk), original, &error));
        }
    }

  {
    g_autofree char *after = sql_query_text (handle (), "SELECT group_concat (exercise_ref || hold_s, ',') FROM "
                                             "(SELECT * FROM routine_step ORDER BY routine_id, position)");

    ck_assert_str_eq (before, after);
    ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine"), 6);
  }
}
END_TEST

START_TEST (test_other_validation)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_step_free);
  g_autofree char *long_name = g_strnfill (201, 'a');
  g_autoptr(GString) name_200 = g_string_new (NULL);
  const char *bad_names[] = { "", "   ", "\xff\xfe", NULL };
  gint64 id = ft_routine_get_id (desk);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtRoutine) created = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad_names); i++)
    {
      g_clear_pointer (&error, g_error_free);
      ck_assert (!ft_routine_book_rename (book, id, bad_names[i], &error));
      ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
    }
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_rename (book, id, long_name, &error));
  g_clear_pointer (&error, g_error_free);

  /* 200 characters, counted as characters, not bytes. */
  for (guint i = 0; i < 200; i++)
    g_string_append (name_200, "é");
  ck_assert (ft_routine_book_rename (book, id, name_200->str, &error));
  ck_assert (ft_routine_book_rename (book, id, "  Office break  ", &error));
  g_clear_object (&desk);
  desk = ft_routine_book_get (book, id, &error);
  ck_assert_str_eq (ft_routine_get_name (desk), "Office break");

  /* Targets */
  ck_assert (!ft_routine_book_set_target (book, id, 0, FT_TARGET_DAY, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_set_target (book, id, 101, FT_TARGET_DAY, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_set_target (book, id, 0, FT_TARGET_WEEK, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_set_target (book, id, 8, FT_TARGET_WEEK, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_set_target (book, id, 1, (FtTargetPeriod) 9, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (ft_routine_book_set_target (book, id, 100, FT_TARGET_DAY, &error));
  ck_assert (ft_routine_book_set_target (book, id, 7, FT_TARGET_WEEK, &error));
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine "
                                     "WHERE target_count = 7 AND target_period = 'week'"), 1);
  ck_assert (ft_routine_book_set_target (book, id, 42, FT_TARGET_NONE, &error));
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine "
                                     "WHERE target_count IS NULL AND name = 'Office break'"), 1);

  /* Too many steps; an unknown routine. */
  for (guint i = 0; i < 101; i++)
    g_ptr_array_add (many, ft_routine_step_new ("foot-scrunch", 5, 10, 1, 0, FT_SIDES_NONE));
  ck_assert (!ft_routine_book_set_steps (book, id, many, &error));
  g_clear_pointer (&error, g_error_free);
  g_ptr_array_remove_index (many, 0);
  ck_assert (ft_routine_book_set_steps (book, id, many, &error));
  ck_assert (!ft_routine_book_rename (book, 9999, "Gone", &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_move (book, 9999, 0, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_routine_book_delete (book, 9999, &error));
  g_clear_pointer (&error, g_error_free);

  /* Without an exercise check, any reference of the right length goes. */
  ft_routine_book_set_catalog (book, NULL);
  g_ptr_array_set_size (many, 1);
  g_free (((FtRoutineStep *) g_ptr_array_index (many, 0))->exercise_ref);
  ((FtRoutineStep *) g_ptr_array_index (many, 0))->exercise_ref = g_strdup ("custom:77");
  created = ft_routine_book_create (book, "Own", many, 3, FT_TARGET_WEEK, &error);
  ck_assert_ptr_nonnull (created);
  ck_assert_int_eq (ft_routine_get_target_period (created), FT_TARGET_WEEK);
}
END_TEST

START_TEST (test_create_rename_duplicate)
{
  g_autoptr(GPtrArray) steps = one_step ("tibial-nerve-glide", 0, 10, 2, 15, FT_SIDES_LEFT);
  g_autoptr(FtRoutine) created = NULL;
  g_autoptr(FtRoutine) copy = NULL;
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(FtRoutine) desk_copy = NULL;
  g_autoptr(FtRoutine) shown = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged *change;

  created = ft_routine_book_create (book, " Lunch walk ", steps, 2, FT_TARGET_DAY, &error);
  ck_assert_ptr_nonnull (created);
  ck_assert_str_eq (ft_routine_get_name (created), "Lunch walk");
  ck_assert_uint_eq (ft_routine_get_position (created), 6);
  ck_assert_ptr_null (ft_routine_get_builtin_key (created));
  ck_assert_int_eq (ft_routine_get_created_us (created), g_date_time_to_unix_usec (now));
  ck_assert_uint_eq (changed_count, 1);
  ck_assert_uint_eq (items_changed->len, 1);
  change = &g_array_index (items_changed, ItemsChanged, 0);
  ck_assert_uint_eq (change->position, 6);
  ck_assert_uint_eq (change->removed, 0);
  ck_assert_uint_eq (change->added, 1);

  /* A rename replaces exactly that row. */
  ck_assert (ft_routine_book_rename (book, ft_routine_get_id (created), "Noon walk", &error));
  change = &g_array_index (items_changed, ItemsChanged, 1);
  ck_assert_uint_eq (change->position, 6);
  ck_assert_uint_eq (change->removed, 1);
  ck_assert_uint_eq (change->added, 1);
  shown = routine_at (6);
  ck_assert_str_eq (ft_routine_get_name (shown), "Noon walk");

  /* A copy sits right after its original, with the same doses and target. */
  copy = ft_routine_book_duplicate (book, ft_routine_get_id (created), &error);
  ck_assert_ptr_nonnull (copy);
  ck_assert_str_eq (ft_routine_get_name (copy), "Noon walk (copy)");
  ck_assert_uint_eq (ft_routine_get_position (copy), 7);
  ck_assert_uint_eq (ft_routine_get_target_count (copy), 2);
  ck_assert (ft_routine_step_equal (ft_routine_get_step (copy, 0), g_ptr_array_index (steps, 0)));
  ck_assert_int_ne (ft_routine_get_id (copy), ft_routine_get_id (created));

  /* A copy of a built-in is the person's own. */
  desk_copy = ft_routine_book_duplicate (book, ft_routine_get_id (desk), &error);
  ck_assert_str_eq (ft_routine_get_name (desk_copy), "Desk break (copy)");
  ck_assert_uint_eq (ft_routine_get_position (desk_copy), 1);
  ck_assert (!ft_routine_is_builtin (desk_copy));
  ck_assert_uint_eq (ft_routine_get_n_steps (desk_copy), 2);
  ck_assert (!ft_routine_book_builtin_is_changed (book, desk_copy));
  assert_positions ();

  /* A long name is shortened so that the copy's name fits. */
  {
    g_autofree char *long_name = g_strnfill (200, 'x');
    g_autoptr(FtRoutine) long_copy = NULL;

    ck_assert (ft_routine_book_rename (book, ft_routine_get_id (created), long_name, &error));
    long_copy = ft_routine_book_duplicate (book, ft_routine_get_id (created), &error);
    ck_assert_ptr_nonnull (long_copy);
    ck_assert_uint_eq (g_utf8_strlen (ft_routine_get_name (long_copy), -1), 200);
    ck_assert (g_str_has_suffix (ft_routine_get_name (long_copy), " (copy)"));
  }
}
END_TEST

START_TEST (test_move)
{
  g_autoptr(FtRoutine) night = builtin ("night");
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(FtRoutine) first = NULL;
  g_autoptr(FtRoutine) last = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert (ft_routine_book_move (book, ft_routine_get_id (night), 0, &error));
  first = routine_at (0);
  ck_assert_int_eq (ft_routine_get_id (first), ft_routine_get_id (night));
  g_clear_object (&first);
  first = routine_at (1);
  ck_assert_int_eq (ft_routine_get_id (first), ft_routine_get_id (desk));
  assert_positions ();

  /* Past the end: the last place. */
  ck_assert (ft_routine_book_move (book, ft_routine_get_id (desk), 1000, &error));
  last = routine_at (5);
  ck_assert_int_eq (ft_routine_get_id (last), ft_routine_get_id (desk));
  assert_positions ();

  /* Down by two, keyboard style. */
  ck_assert (ft_routine_book_move (book, ft_routine_get_id (night), 2, &error));
  g_clear_object (&first);
  first = routine_at (2);
  ck_assert_int_eq (ft_routine_get_id (first), ft_routine_get_id (night));
  assert_positions ();

  /* Onto its own place: nothing changes. */
  g_array_set_size (items_changed, 0);
  ck_assert (ft_routine_book_move (book, ft_routine_get_id (night), 2, &error));
  ck_assert_uint_eq (items_changed->len, 0);
}
END_TEST

START_TEST (test_delete_and_restore)
{
  g_autoptr(FtRoutine) morning = builtin ("morning");
  g_autoptr(FtRoutine) back = NULL;
  g_autoptr(FtRoutineDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ft_routine_get_id (morning);
  g_autofree char *insert = NULL;

  insert = g_strdup_printf ("INSERT INTO session (day, started_us, routine_id, routine_name, source, "
                            "outcome) VALUES ('2026-03-18', 1, %" G_GINT64_FORMAT ", 'Morning', "
                            "'guided', 'completed'), ('2026-03-19', 2, %" G_GINT64_FORMAT ", "
                            "'Morning', 'manual', 'partial')", id, id);
  ck_assert_int_eq (sqlite3_exec (handle (), insert, NULL, NULL, NULL), SQLITE_OK);

  deletion = ft_routine_book_delete (book, id, &error);
  ck_assert_ptr_nonnull (deletion);
  ck_assert_uint_eq (ft_routine_deletion_get_n_sessions (deletion), 2);
  ck_assert (ft_routine_equal (ft_routine_deletion_get_routine (deletion), morning));
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (book)), 5);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine_step "
                                     "WHERE routine_id NOT IN (SELECT id FROM routine)"), 0);
  /* The history stays, under the name it had. */
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM session "
                                     "WHERE routine_id IS NULL AND routine_name = 'Morning'"), 2);
  assert_positions ();

  ck_assert (ft_routine_book_restore (book, deletion, &error));
  back = ft_routine_book_get (book, id, &error);
  ck_assert_ptr_nonnull (back);
  ck_assert (ft_routine_equal (back, morning));
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM session WHERE routine_id IS NULL"),
                    0);
  assert_positions ();
  ck_assert_uint_eq (changed_count, 2);
}
END_TEST

START_TEST (test_reset_builtin)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(FtRoutine) edited = NULL;
  g_autoptr(FtRoutine) reset = NULL;
  g_autoptr(FtRoutine) own = NULL;
  g_autoptr(GPtrArray) steps = one_step ("slant-board-calf-stretch", 45, 0, 2, 10, FT_SIDES_NONE);
  g_autoptr(GError) error = NULL;
  gint64 id = ft_routine_get_id (desk);

  ck_assert (ft_routine_book_move (book, id, 3, &error));
  ck_assert (ft_routine_book_rename (book, id, "Standing desk", &error));
  ck_assert (ft_routine_book_set_steps (book, id, steps, &error));
  ck_assert (ft_routine_book_set_target (book, id, 8, FT_TARGET_DAY, &error));
  edited = ft_routine_book_get (book, id, &error);
  ck_assert (ft_routine_book_builtin_is_changed (book, edited));
  ck_assert_str_eq (ft_routine_get_builtin_key (edited), "desk-break");

  ck_assert (ft_routine_book_reset_builtin (book, id, &error));
  reset = ft_routine_book_get (book, id, &error);
  ck_assert (!ft_routine_book_builtin_is_changed (book, reset));
  ck_assert_str_eq (ft_routine_get_name (reset), "Desk break");
  ck_assert_uint_eq (ft_routine_get_target_count (reset), 5);
  ck_assert_uint_eq (ft_routine_get_n_steps (reset), 2);
  /* It keeps its place in the list. */
  ck_assert_uint_eq (ft_routine_get_position (reset), 3);

  own = ft_routine_book_create (book, "Own", steps, 0, FT_TARGET_NONE, &error);
  ck_assert (!ft_routine_book_reset_builtin (book, ft_routine_get_id (own), &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
}
END_TEST

/* A failure halfway leaves everything as it was. */
START_TEST (test_failed_change_rolls_back)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(GPtrArray) steps = one_step ("foot-scrunch", 5, 10, 1, 0, FT_SIDES_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sql_query_text (handle (), "SELECT group_concat (id || name || position, ',') "
                                            "FROM routine");

  /* A trigger that refuses the second step makes the step list fail. */
  ck_assert_int_eq (sqlite3_exec (handle (),
                                  "CREATE TEMP TRIGGER refuse BEFORE INSERT ON routine_step "
                                  "WHEN NEW.position = 1 BEGIN SELECT RAISE (ABORT, 'no'); END",
                                  NULL, NULL, NULL),
                    SQLITE_OK);
  g_ptr_array_add (steps, ft_routine_step_new ("foot-scrunch", 5, 10, 1, 0, FT_SIDES_NONE));
  ck_assert (!ft_routine_book_set_steps (book, ft_routine_get_id (desk), steps, &error));
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine_step "
                                     "WHERE exercise_ref = 'upper-calf-stretch'"), 2);
  g_clear_pointer (&error, g_error_free);
  ck_assert_ptr_null (ft_routine_book_duplicate (book, ft_routine_get_id (desk), &error));

  {
    g_autofree char *after = sql_query_text (handle (), "SELECT group_concat (id || name || position, ',') "
                                             "FROM routine");

    ck_assert_str_eq (before, after);
  }
}
END_TEST

/* An edit saves the name, the target and the steps together, and views
 * hear of it once. */
START_TEST (test_update)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(FtRoutine) updated = NULL;
  g_autoptr(FtRoutine) shown = NULL;
  g_autoptr(GPtrArray) steps = one_step ("slant-board-calf-stretch", 45, 0, 2, 10, FT_SIDES_NONE);
  g_autoptr(GError) error = NULL;
  gint64 id = ft_routine_get_id (desk);
  ItemsChanged *change;

  g_ptr_array_add (steps, ft_routine_step_new ("foot-scrunch", 5, 10, 3, 30, FT_SIDES_NONE));
  ck_assert_msg (ft_routine_book_update (book, id, " Standing desk ", 3, FT_TARGET_WEEK, steps,
                                         &error),
                 "update: %s", error != NULL ? error->message : "");

  updated = ft_routine_book_get (book, id, &error);
  ck_assert_ptr_nonnull (updated);
  ck_assert_str_eq (ft_routine_get_name (updated), "Standing desk");
  ck_assert_int_eq (ft_routine_get_target_period (updated), FT_TARGET_WEEK);
  ck_assert_uint_eq (ft_routine_get_target_count (updated), 3);
  assert_steps (updated, (const char * const[]) { "slant-board-calf-stretch", "foot-scrunch", NULL });
  ck_assert (ft_routine_step_equal (ft_routine_get_step (updated, 1), g_ptr_array_index (steps, 1)));
  ck_assert_str_eq (ft_routine_get_builtin_key (updated), "desk-break");
  ck_assert_uint_eq (ft_routine_get_position (updated), 0);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine WHERE name = "
                                     "'Standing desk' AND target_count = 3 AND target_period = 'week'"),
                    1);

  /* One change, one row. */
  ck_assert_uint_eq (changed_count, 1);
  ck_assert_uint_eq (items_changed->len, 1);
  change = &g_array_index (items_changed, ItemsChanged, 0);
  ck_assert_uint_eq (change->position, 0);
  ck_assert_uint_eq (change->removed, 1);
  ck_assert_uint_eq (change->added, 1);
  shown = routine_at (0);
  ck_assert (ft_routine_equal (shown, updated));

  /* No target: the count is not kept. */
  ck_assert (ft_routine_book_update (book, id, "Standing desk", 42, FT_TARGET_NONE, steps, &error));
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine WHERE name = "
                                     "'Standing desk' AND target_count IS NULL "
                                     "AND target_period IS NULL"),
                    1);
  g_clear_object (&updated);
  updated = ft_routine_book_get (book, id, &error);
  ck_assert_int_eq (ft_routine_get_target_period (updated), FT_TARGET_NONE);
  ck_assert_uint_eq (ft_routine_get_target_count (updated), 0);
  ck_assert_uint_eq (changed_count, 2);
}
END_TEST

/* A refusal anywhere in an edit writes none of it. */
START_TEST (test_update_refused)
{
  g_autoptr(FtRoutine) morning = builtin ("morning");
  g_autoptr(FtRoutine) after = NULL;
  g_autoptr(GPtrArray) steps = one_step ("foot-scrunch", 5, 10, 1, 0, FT_SIDES_NONE);
  g_autoptr(GPtrArray) good = one_step ("foot-scrunch", 5, 10, 1, 0, FT_SIDES_NONE);
  g_autofree char *long_name = g_strnfill (201, 'a');
  g_autoptr(GError) error = NULL;
  gint64 id = ft_routine_get_id (morning);
  g_autofree char *before = sql_query_text (handle (),
                                            "SELECT group_concat (id || name || position || "
                                            "coalesce (target_count, '-') || "
                                            "coalesce (target_period, '-'), ',') FROM routine");
  g_autofree char *steps_before = sql_query_text (handle (),
                                                  "SELECT group_concat (routine_id || exercise_ref "
                                                  "|| coalesce (hold_s, '-') || sets, ',') FROM "
                                                  "(SELECT * FROM routine_step "
                                                  " ORDER BY routine_id, position)");

  /* The second step has no sets: a dose the book refuses. */
  g_ptr_array_add (steps, ft_routine_step_new ("upper-calf-stretch", 30, 0, 0, 0, FT_SIDES_BOTH));
  ck_assert (!ft_routine_book_update (book, id, "Early", 3, FT_TARGET_WEEK, steps, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
  ck_assert_ptr_nonnull (strstr (error->message, "Step 2"));
  g_clear_pointer (&error, g_error_free);

  /* The same messages as the single changes. */
  ck_assert (!ft_routine_book_update (book, id, "   ", 1, FT_TARGET_DAY, good, &error));
  ck_assert_str_eq (error->message, "A routine needs a name");
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_update (book, id, long_name, 1, FT_TARGET_DAY, good, &error));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_update (book, id, NULL, 1, FT_TARGET_DAY, good, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_update (book, id, "Early", 8, FT_TARGET_WEEK, good, &error));
  ck_assert_str_eq (error->message, "A weekly target is 1 to 7 days a week");
  g_clear_pointer (&error, g_error_free);
  ck_assert (!ft_routine_book_update (book, 9999, "Early", 1, FT_TARGET_DAY, good, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
  g_clear_pointer (&error, g_error_free);

  /* A write that fails halfway is rolled back too: the name and target
   * were already written when the second step is refused. */
  ck_assert_int_eq (sqlite3_exec (handle (),
                                  "CREATE TEMP TRIGGER refuse BEFORE INSERT ON routine_step "
                                  "WHEN NEW.position = 1 BEGIN SELECT RAISE (ABORT, 'no'); END",
                                  NULL, NULL, NULL),
                    SQLITE_OK);
  g_ptr_array_add (good, ft_routine_step_new ("upper-calf-stretch", 30, 0, 1, 0, FT_SIDES_BOTH));
  ck_assert (!ft_routine_book_update (book, id, "Early", 3, FT_TARGET_WEEK, good, &error));
  g_clear_pointer (&error, g_error_free);

  {
    g_autofree char *now_routines = sql_query_text (handle (),
                                                    "SELECT group_concat (id || name || position || "
                                                    "coalesce (target_count, '-') || "
                                                    "coalesce (target_period, '-'), ',') FROM routine");
    g_autofree char *now_steps = sql_query_text (handle (),
                                                 "SELECT group_concat (routine_id || exercise_ref "
                                                 "|| coalesce (hold_s, '-') || sets, ',') FROM "
                                                 "(SELECT * FROM routine_step "
                                                 " ORDER BY routine_id, position)");

    ck_assert_str_eq (before, now_routines);
    ck_assert_str_eq (steps_before, now_steps);
  }

  after = routine_at (ft_routine_get_position (morning));
  ck_assert (ft_routine_equal (after, morning));
  ck_assert_uint_eq (changed_count, 0);
  ck_assert_uint_eq (items_changed->len, 0);
}
END_TEST

START_TEST (test_demo_uses_builtins)
{
  g_autoptr(FtDatabase) demo_db = NULL;
  g_autoptr(FtJournal) demo_journal = NULL;
  g_autoptr(FtRoutineBook) demo_book = NULL;
  g_autoptr(GError) error = NULL;

  demo_db = ft_database_open (":memory:", &error);
  ck_assert (ft_demo_fill (demo_db, FT_DEMO_DEFAULT_SEED, 4, now, &error));
  demo_journal = ft_journal_new (demo_db, fake_now, NULL, NULL);
  demo_book = ft_routine_book_new (demo_journal);
  ck_assert (ft_routine_book_load (demo_book, &error));
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (demo_book)), 6);
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (demo_db),
                                     "SELECT count(DISTINCT builtin_key) FROM routine"), 6);
  /* Every demo session names a built-in. */
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (demo_db),
                                     "SELECT count(*) FROM session s LEFT JOIN routine r "
                                     "ON r.id = s.routine_id WHERE r.builtin_key IS NULL"), 0);
}
END_TEST

/* Program changes */

static gint64
count_events (const char *where)
{
  g_autofree char *sql = g_strconcat ("SELECT count(*) FROM routine_event WHERE ", where, NULL);

  return sql_query_int64 (handle (), sql);
}

/* The newest routine_event as "kind|name|detail|day". */
static char *
last_event (void)
{
  return sql_query_text (handle (),
                         "SELECT kind || '|' || routine_name || '|' || coalesce (detail, '-') "
                         "       || '|' || day FROM routine_event ORDER BY id DESC LIMIT 1");
}

static void
assert_last_event (const char *expected)
{
  g_autofree char *last = last_event ();

  ck_assert_str_eq (last, expected);
}

START_TEST (test_events_for_changes)
{
  g_autoptr(GPtrArray) steps = one_step ("foot-scrunch", 5, 10, 1, 0, FT_SIDES_NONE);
  g_autoptr(GPtrArray) other = one_step ("slant-board-calf-stretch", 45, 0, 2, 10, FT_SIDES_NONE);
  g_autoptr(FtRoutine) own = NULL;
  g_autoptr(FtRoutine) copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* The built-ins offered at load are not a change. */
  ck_assert_int_eq (count_events ("1"), 0);

  own = ft_routine_book_create (book, "Evening", steps, 0, FT_TARGET_NONE, &error);
  ck_assert_ptr_nonnull (own);
  id = ft_routine_get_id (own);
  assert_last_event ("added|Evening|-|2026-03-20");
  ck_assert_int_eq (count_events ("routine_id = (SELECT id FROM routine WHERE name = 'Evening')"),
                    1);

  /* A new name or place alone changes nothing in the program. */
  ck_assert (ft_routine_book_rename (book, id, "Evenings", &error));
  ck_assert (ft_routine_book_move (book, id, 0, &error));
  ck_assert (ft_routine_book_update (book, id, "Evening calm", 0, FT_TARGET_NONE, steps, &error));
  ck_assert (ft_routine_book_set_steps (book, id, steps, &error));
  ck_assert (ft_routine_book_set_target (book, id, 0, FT_TARGET_NONE, &error));
  ck_assert_int_eq (count_events ("1"), 1);

  ck_assert (ft_routine_book_set_target (book, id, 3, FT_TARGET_WEEK, &error));
  assert_last_event ("changed|Evening calm|Now 3 days a week|2026-03-20");
  ck_assert (ft_routine_book_set_steps (book, id, other, &error));
  assert_last_event ("changed|Evening calm|New steps|2026-03-20");
  ck_assert (ft_routine_book_set_target (book, id, 1, FT_TARGET_DAY, &error));
  assert_last_event ("changed|Evening calm|Now daily|2026-03-20");
  ck_assert (ft_routine_book_update (book, id, "Evening", 2, FT_TARGET_DAY, steps, &error));
  assert_last_event ("changed|Evening|Now 2 times a day, with new steps|2026-03-20");
  ck_assert (ft_routine_book_set_target (book, id, 0, FT_TARGET_NONE, &error));
  assert_last_event ("changed|Evening|Now without a target|2026-03-20");
  ck_assert_int_eq (count_events ("1"), 6);

  /* A refused change records nothing either. */
  ck_assert (!ft_routine_book_set_target (book, id, 0, FT_TARGET_DAY, &error));
  g_clear_error (&error);
  ck_assert_int_eq (count_events ("1"), 6);

  /* The journal's day, not the clock's: a week later is another day. */
  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_new_utc (2026, 3, 27, 23, 59, 0);
  copy = ft_routine_book_duplicate (book, ft_routine_get_id (own), &error);
  ck_assert_ptr_nonnull (copy);
  assert_last_event ("added|Evening (copy)|-|2026-03-27");

  ck_assert_int_eq (count_events ("created_us = 0"), 0);
  ck_assert_int_eq (count_events ("routine_id IS NULL"), 0);
}
END_TEST

START_TEST (test_events_for_builtins)
{
  g_autoptr(FtRoutine) desk = builtin ("desk-break");
  g_autoptr(FtRoutine) night = builtin ("night");
  g_autoptr(FtRoutineDeletion) deletion = NULL;
  g_autoptr(GPtrArray) steps = one_step ("slant-board-calf-stretch", 45, 0, 2, 10, FT_SIDES_NONE);
  g_autoptr(GError) error = NULL;
  gint64 id = ft_routine_get_id (desk);
  guint n_added = 0;

  /* Back to what Footing ships, with only the name changed: no change. */
  ck_assert (ft_routine_book_rename (book, id, "Standing desk", &error));
  ck_assert (ft_routine_book_reset_builtin (book, id, &error));
  ck_assert_int_eq (count_events ("1"), 0);

  ck_assert (ft_routine_book_set_steps (book, id, steps, &error));
  ck_assert (ft_routine_book_reset_builtin (book, id, &error));
  assert_last_event ("changed|Desk break|Back to Footing’s version|2026-03-20");
  ck_assert_int_eq (count_events ("1"), 2);

  deletion = ft_routine_book_delete (book, ft_routine_get_id (night), &error);
  ck_assert_ptr_nonnull (deletion);
  assert_last_event ("removed|Night|-|2026-03-20");
  ck_assert (ft_routine_book_restore_builtins (book, &n_added, &error));
  ck_assert_uint_eq (n_added, 1);
  assert_last_event ("added|Night|-|2026-03-20");

  /* Loading again offers nothing new and records nothing. */
  ck_assert (ft_routine_book_load (book, &error));
  ck_assert_int_eq (count_events ("1"), 4);
}
END_TEST

START_TEST (test_undo_leaves_no_event)
{
  g_autoptr(FtRoutine) morning = builtin ("morning");
  g_autoptr(FtRoutineDeletion) deletion = NULL;
  g_autoptr(FtRoutineDeletion) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ft_routine_get_id (morning);

  ck_assert (ft_routine_book_set_target (book, id, 4, FT_TARGET_WEEK, &error));
  ck_assert (ft_routine_book_set_target (book, id, 5, FT_TARGET_WEEK, &error));
  ck_assert_int_eq (count_events ("kind = 'changed'"), 2);

  deletion = ft_routine_book_delete (book, id, &error);
  ck_assert_ptr_nonnull (deletion);
  ck_assert_int_eq (count_events ("kind = 'removed' AND routine_id IS NULL "
                                  "AND routine_name = 'Morning'"), 1);
  /* The earlier changes stay in the history, under the name they had. */
  ck_assert_int_eq (count_events ("kind = 'changed' AND routine_id IS NULL"), 2);

  ck_assert (ft_routine_book_restore (book, deletion, &error));
  ck_assert_int_eq (count_events ("kind = 'removed'"), 0);
  ck_assert_int_eq (count_events ("routine_id IS NULL"), 0);
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT count(*) FROM routine_event e "
                                     "JOIN routine r ON r.id = e.routine_id "
                                     "WHERE r.builtin_key = 'morning'"), 2);

  /* Deleting again records the removal again. */
  again = ft_routine_book_delete (book, id, &error);
  ck_assert_ptr_nonnull (again);
  ck_assert_int_eq (count_events ("kind = 'removed'"), 1);
}
END_TEST

START_TEST (test_demo_records_program_change)
{
  g_autoptr(FtDatabase) demo_db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *demo;

  demo_db = ft_database_open (":memory:", &error);
  ck_assert (ft_demo_fill (demo_db, FT_DEMO_DEFAULT_SEED, 26, now, &error));
  demo = _ft_database_get_handle (demo_db);

  ck_assert_int_eq (sql_query_int64 (demo, "SELECT count(*) FROM routine_event"), 1);
  /* On the day of the first visit, about Nerve care. */
  ck_assert_int_eq (sql_query_int64 (demo,
                                     "SELECT count(*) FROM routine_event e "
                                     "JOIN routine r ON r.id = e.routine_id "
                                     "WHERE r.builtin_key = 'nerve-care' AND e.kind = 'changed' "
                                     "AND e.routine_name = 'Nerve care' AND e.detail = 'Now daily' "
                                     "AND e.day = (SELECT min (day) FROM pt_visit)"), 1);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("routine-book");
  TCase *tc;

  tc = tcase_create ("built-ins");
  tcase_add_checked_fixture (tc, open_book, close_book);
  tcase_add_test (tc, test_builtins_seeded_once);
  tcase_add_test (tc, test_deleted_builtin_stays_deleted);
  tcase_add_test (tc, test_reset_builtin);
  tcase_add_test (tc, test_demo_uses_builtins);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("validation");
  tcase_add_checked_fixture (tc, open_book, close_book);
  tcase_add_test (tc, test_step_validation);
  tcase_add_test (tc, test_other_validation);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("changes");
  tcase_add_checked_fixture (tc, open_book, close_book);
  tcase_add_test (tc, test_create_rename_duplicate);
  tcase_add_test (tc, test_move);
  tcase_add_test (tc, test_delete_and_restore);
  tcase_add_test (tc, test_failed_change_rolls_back);
  tcase_add_test (tc, test_update);
  tcase_add_test (tc, test_update_refused);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("program changes");
  tcase_add_checked_fixture (tc, open_book, close_book);
  tcase_add_test (tc, test_events_for_changes);
  tcase_add_test (tc, test_events_for_builtins);
  tcase_add_test (tc, test_undo_leaves_no_event);
  tcase_add_test (tc, test_demo_records_program_change);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
