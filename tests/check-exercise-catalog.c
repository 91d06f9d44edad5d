/* check-exercise-catalog.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-error.h"
#include "ft-exercise-catalog.h"
#include "sql-query.h"
#include "temp-folder.h"
#include "test-support.h"

#include <cairo.h>
#include <check.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define IMAGE_FOLDER_NAME "images"

/* Set by the fixture: a journal file in a fresh folder, its catalog loaded,
 * and the items-changed signals it sent ("position removed added"). */
static char *tmp_folder;
static char *db_path;
static char *image_folder;
static FtDatabase *db;
static FtExerciseCatalog *catalog;
static GPtrArray *changes;
static guint warnings;

static const char * const builtin_ids[] = {
  "upper-calf-stretch", "lower-calf-stretch", "calf-hamstring-band-stretch",
  "big-toe-band-stretch", "seated-towel-calf-stretch", "slant-board-calf-stretch",
  "shin-peroneal-stretch", "tibial-nerve-glide", "foot-scrunch", "heel-raise-parallel",
  "heel-raise-turned-in", "heel-raise-turned-out", "soleus-release",
  "posterior-tibialis-release", "gastrocnemius-release", "peroneal-massage",
  "hamstring-release", "plantar-fascia-release",
};

#define N_BUILTINS G_N_ELEMENTS (builtin_ids)

/* Helpers */

static void
catalog_items_changed_cb (GListModel *model,
                          guint       position,
                          guint       removed,
                          guint       added,
                          gpointer    user_data)
{
  g_ptr_array_add (changes, g_strdup_printf ("%u %u %u", position, removed, added));
}

static void
count_warning (const char     *log_domain,
               GLogLevelFlags  level,
               const char     *message,
               gpointer        user_data)
{
  warnings++;
}

static void
open_catalog (void)
{
  g_autoptr(GError) error = NULL;

  db = ft_database_open (db_path, &error);
  ck_assert_msg (db != NULL, "open: %s", error != NULL ? error->message : "?");

  catalog = ft_exercise_catalog_new (db, image_folder);
  g_signal_connect (catalog, "items-changed", G_CALLBACK (catalog_items_changed_cb), NULL);
  ck_assert_msg (ft_exercise_catalog_load (catalog, NULL, &error), "load: %s",
                 error != NULL ? error->message : "?");
  g_ptr_array_set_size (changes, 0);
}

static void
close_catalog (void)
{
  g_clear_object (&catalog);
  g_clear_object (&db);
}

static void
reopen_catalog (void)
{
  close_catalog ();
  open_catalog ();
}

static void
setup (void)
{
  g_autoptr(GError) error = NULL;

  tmp_folder = g_dir_make_tmp ("footing-exercise-XXXXXX", &error);
  ck_assert_msg (tmp_folder != NULL, "g_dir_make_tmp: %s", error != NULL ? error->message : "?");
  db_path = g_build_filename (tmp_folder, "footing.db", NULL);
  image_folder = g_build_filename (tmp_folder, "data", IMAGE_FOLDER_NAME, NULL);
  changes = g_ptr_array_new_with_free_func (g_free);
  warnings = 0;
  g_log_set_handler ("FootingCore", G_LOG_LEVEL_WARNING, count_warning, NULL);

  open_catalog ();
}

static void
teardown (void)
{
  g_autoptr(GError) error = NULL;

  close_catalog ();
  ck_assert_msg (temp_folder_remove (tmp_folder, &error), "remove: %s", error->message);
  g_clear_pointer (&tmp_folder, g_free);
  g_clear_pointer (&db_path, g_free);
  g_clear_pointer (&image_folder, g_free);
  g_clear_pointer (&changes, g_ptr_array_unref);
}

static sqlite3 *
handle (void)
{
  return _ft_database_get_handle (db);
}

static void
exec_sql (const char *sql)
{
  char *message = NULL;

  ck_assert_msg (sqlite3_exec (handle (), sql, NULL, NULL, &message) == SQLITE_OK, "%s: %s", sql,
                 message);
}

static gint64
count_rows (void)
{
  return sql_query_int64 (handle (), "SELECT count(*) FROM exercise");
}

static void
assert_changes (const char *expected)
{
  g_autoptr(GString) actual = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      if (i > 0)
        g_string_append (actual, "; ");
      g_string_append (actual, g_ptr_array_index (changes, i));
    }

  ck_assert_str_eq (actual->str, expected);
  g_ptr_array_set_size (changes, 0);
}

static FtExercise *
make_draft (const char *name)
{
  static const char * const steps[] = { "Sit tall.", "Lift the big toe alone.", NULL };
  FtExercise *draft = ft_exercise_new (NULL, name, FT_EXERCISE_STRENGTH);

  ft_exercise_set_target (draft, "Big toe");
  ft_exercise_set_steps (draft, steps);
  ft_exercise_set_dose (draft, 0, 0, 10, 2, TRUE);
  return draft;
}

static FtExercise *
add (const char *name)
{
  g_autoptr(FtExercise) draft = make_draft (name);
  g_autoptr(GError) error = NULL;
  FtExercise *stored = ft_exercise_catalog_add_custom (catalog, draft, &error);

  ck_assert_msg (stored != NULL, "add: %s", error != NULL ? error->message : "?");
  return stored;
}

static char *
write_file (const char   *name,
            const void   *data,
            gsize         length)
{
  char *path = g_build_filename (tmp_folder, name, NULL);
  g_autoptr(GError) error = NULL;

  ck_assert_msg (g_file_set_contents (path, data, (gssize) length, &error), "%s", error != NULL ? error->message : "?");
  return path;
}

static void
assert_error_contains (const GError *error,
                       int           code,
                       const char   *text)
{
  ck_assert_msg (error != NULL, "expected an error containing “%s”", text);
  ck_assert_msg (g_error_matches (error, FT_ERROR, code), "wrong error %d: %s", error->code,
                 error->message);
  ck_assert_msg (strstr (error->message, text) != NULL, "“%s” does not contain “%s”",
                 error->message, text);
}

/* The built-in catalog */

START_TEST (test_builtins_complete)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (catalog)), N_BUILTINS);
  ck_assert (g_list_model_get_item_type (G_LIST_MODEL (catalog)) == FT_TYPE_EXERCISE);

  for (guint i = 0; i < N_BUILTINS; i++)
    {
      g_autoptr(FtExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      g_autofree char *path = NULL;
      g_autofree char *dose = NULL;
      const char * const *steps = ft_exercise_get_steps (exercise);
      const char *id = ft_exercise_get_id (exercise);
      guint n_steps = g_strv_length ((char **) steps);

      ck_assert_str_eq (id, builtin_ids[i]);
      ck_assert_msg (g_hash_table_add (ids, (gpointer) id), "%s twice", id);
      ck_assert (!ft_exercise_is_custom (exercise));
      ck_assert_int_eq (ft_exercise_get_custom_id (exercise), 0);
      ck_assert (ft_exercise_catalog_lookup (catalog, id) == exercise);

      ck_assert_msg (strlen (ft_exercise_get_name (exercise)) > 3, "%s: name", id);
      ck_assert_ptr_nonnull (ft_exercise_kind_to_key (ft_exercise_get_kind (exercise)));
      ck_assert_msg (ft_exercise_get_target (exercise) != NULL &&
                     strlen (ft_exercise_get_target (exercise)) > 3, "%s: target", id);
      ck_assert_msg (ft_exercise_get_body_areas (exercise) != FT_BODY_AREA_NONE, "%s: areas", id);
      ck_assert_msg (ft_exercise_get_position (exercise) != FT_POSITION_NONE, "%s: position", id);
      ck_assert_msg (n_steps >= 2 && n_steps <= 5, "%s: %u steps", id, n_steps);
      for (guint s = 0; s < n_steps; s++)
        ck_assert_msg (strlen (steps[s]) > 5 && strchr (steps[s], '\n') == NULL, "%s: step %u", id, s);
      ck_assert_msg (ft_exercise_get_cautions (exercise) != NULL, "%s: cautions", id);

      ck_assert_msg (ft_exercise_get_hold_seconds (exercise) > 0 || ft_exercise_get_reps (exercise) > 0,
                     "%s: dose", id);
      ck_assert_uint_ge (ft_exercise_get_sets (exercise), 1);
      dose = ft_exercise_format_dose (exercise);
      ck_assert_msg (dose[0] != '\0', "%s: dose text", id);

      path = g_strdup_printf ("/io/github/footing/Footing/core/illustrations/%s.svg", id);
      ck_assert_str_eq (ft_exercise_get_illustration (exercise), path);
      ck_assert_msg (ft_exercise_get_image_description (exercise) != NULL &&
                     strlen (ft_exercise_get_image_description (exercise)) > 30, "%s: description", id);
      ck_assert_ptr_null (ft_exercise_get_image_path (exercise));
    }

  ck_assert_ptr_null (ft_exercise_catalog_lookup (catalog, "no-such-exercise"));
  ck_assert_ptr_null (ft_exercise_catalog_lookup (catalog, "custom:1"));
}
END_TEST

START_TEST (test_builtin_facts)
{
  static const struct
  {
    const char *id;
    const char *dose;
    FtExerciseKind kind;
  } cases[] = {
    { "upper-calf-stretch", "Hold 30 s · each side", FT_EXERCISE_STRETCH },
    { "seated-towel-calf-stretch", "Hold 30 s × 3 sets · each side", FT_EXERCISE_STRETCH },
    { "slant-board-calf-stretch", "Hold 30–60 s", FT_EXERCISE_STRETCH },
    { "shin-peroneal-stretch", "Hold 20–30 s · each side", FT_EXERCISE_STRETCH },
    { "tibial-nerve-glide", "10 reps · each side", FT_EXERCISE_NERVE_GLIDE },
    { "foot-scrunch", "Hold 5 s · 10 reps × 3 sets", FT_EXERCISE_STRENGTH },
    { "heel-raise-turned-out", "10 reps × 3 sets", FT_EXERCISE_STRENGTH },
    { "soleus-release", "60–90 s · each side", FT_EXERCISE_SELF_MASSAGE },
    { "plantar-fascia-release", "60 s · each side", FT_EXERCISE_SELF_MASSAGE },
  };
  FtExercise *glide = ft_exercise_catalog_lookup (catalog, "tibial-nerve-glide");
  FtExercise *band = ft_exercise_catalog_lookup (catalog, "calf-hamstring-band-stretch");
  g_autofree char *equipment = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      FtExercise *exercise = ft_exercise_catalog_lookup (catalog, cases[i].id);
      g_autofree char *dose = ft_exercise_format_dose (exercise);

      ck_assert_str_eq (dose, cases[i].dose);
      ck_assert_int_eq (ft_exercise_get_kind (exercise), cases[i].kind);
    }

  ck_assert_str_eq (ft_exercise_get_cautions (glide), "Gentle; stop if tingling rises.");
  ck_assert (ft_exercise_get_body_areas (glide) & FT_BODY_AREA_NERVE);
  ck_assert_int_eq (ft_exercise_get_equipment (band), FT_EQUIPMENT_BAND);
  ck_assert_int_eq (ft_exercise_get_position (band), FT_POSITION_LYING);
  ck_assert (ft_exercise_get_body_areas (band) == (FT_BODY_AREA_CALF | FT_BODY_AREA_THIGH));

  equipment = ft_equipment_format (FT_EQUIPMENT_WALL | FT_EQUIPMENT_BAND);
  ck_assert_str_eq (equipment, "Wall, exercise band");
  g_free (g_steal_pointer (&equipment));
  equipment = ft_equipment_format (FT_EQUIPMENT_NONE);
  ck_assert_str_eq (equipment, "None");

  /* Search: the caller folds the text. */
  ck_assert (ft_exercise_matches (ft_exercise_catalog_lookup (catalog, "soleus-release"), "soleus"));
  ck_assert (ft_exercise_matches (ft_exercise_catalog_lookup (catalog, "upper-calf-stretch"),
                                  "gastrocnemius"));
  ck_assert (!ft_exercise_matches (glide, "gastrocnemius"));
}
END_TEST

START_TEST (test_keys_round_trip)
{
  for (guint i = 0; i < FT_EXERCISE_N_KINDS; i++)
    {
      FtExerciseKind kind;

      ck_assert (ft_exercise_kind_from_key (ft_exercise_kind_to_key (i), &kind));
      ck_assert_uint_eq (kind, i);
      ck_assert_ptr_nonnull (ft_exercise_kind_get_label (i));
    }
  for (guint i = 0; i < FT_EQUIPMENT_N_ITEMS; i++)
    {
      FtEquipment item;

      ck_assert (ft_equipment_from_key (ft_equipment_to_key (1u << i), &item));
      ck_assert_uint_eq (item, 1u << i);
    }
  for (guint i = 0; i < FT_BODY_AREA_N_ITEMS; i++)
    {
      FtBodyArea area;

      ck_assert (ft_body_area_from_key (ft_body_area_to_key (1u << i), &area));
      ck_assert_uint_eq (area, 1u << i);
    }

  ck_assert_ptr_null (ft_exercise_kind_to_key (42));
  ck_assert_ptr_null (ft_equipment_to_key (FT_EQUIPMENT_WALL | FT_EQUIPMENT_BAND));
  ck_assert_ptr_null (ft_position_to_key (FT_POSITION_NONE));
}
END_TEST

START_TEST (test_load_is_cheap)
{
  g_autoptr(FtExerciseCatalog) other = ft_exercise_catalog_new (db, image_folder);
  g_autoptr(GError) error = NULL;
  gint64 start, elapsed;

  start = g_get_monotonic_time ();
  ck_assert (ft_exercise_catalog_load (other, NULL, &error));
  elapsed = g_get_monotonic_time () - start;

  printf ("# loading the catalog took %" G_GINT64_FORMAT " µs\n", elapsed);
  ck_assert_msg (elapsed < 50000, "loading took %" G_GINT64_FORMAT " µs", elapsed);

  /* A second load changes nothing. */
  ck_assert (ft_exercise_catalog_load (other, NULL, &error));
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (other)), N_BUILTINS);
}
END_TEST

/* Broken catalogs */

#define CATALOG_HEAD "<?xml version=\"1.0\"?>\n<exercises version=\"1\">\n"
#define GOOD_BODY \
  "  <name>A</name>\n  <target>T</target>\n" \
  "  <steps><step>One.</step><step>Two.</step></steps>\n" \
  "  <dose hold=\"30\"/>\n" \
  "  <illustration><description>A drawing.</description></illustration>\n"

static const struct
{
  const char *xml;
  const char *expected;     /* in the message, beside the file name */
} broken_cases[] = {
  { CATALOG_HEAD "<exercise id=\"a\" kind=\"stretch\">" GOOD_BODY "</exercise>\n<exercise",
    "broken" },
  { CATALOG_HEAD "<exercise id=\"a\" kind=\"dance\">" GOOD_BODY "</exercise></exercises>",
    "line 3: unknown kind “dance”" },
  { CATALOG_HEAD "<exercise id=\"a\" kind=\"stretch\">\n  <target>T</target>\n"
    "  <steps><step>One.</step></steps><dose hold=\"30\"/>\n"
    "  <illustration><description>D.</description></illustration>\n</exercise></exercises>",
    "has no <name>" },
  { CATALOG_HEAD "<exercise id=\"a\" kind=\"stretch\">" GOOD_BODY "</exercise>\n"
    "<exercise id=\"a\" kind=\"strength\">" GOOD_BODY "</exercise></exercises>",
    "line 9: the exercise id “a” is used twice" },
  { CATALOG_HEAD "<exercise id=\"a\" kind=\"stretch\">" GOOD_BODY "<dose reps=\"0\"/></exercise></exercises>",
    "one <dose>" },
  { CATALOG_HEAD "<exercise id=\"a\" kind=\"stretch\" equipment=\"rope\">" GOOD_BODY
    "</exercise></exercises>", "unknown equipment “rope”" },
  { CATALOG_HEAD "</exercises>", "holds no exercises" },
  { "<routine/>", "not an exercise catalog" },
};

START_TEST (test_broken_catalog)
{
  g_autoptr(FtDatabase) memory = NULL;
  g_autoptr(FtExerciseCatalog) broken = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  path = write_file ("catalog.xml", broken_cases[_i].xml, strlen (broken_cases[_i].xml));
  file = g_file_new_for_path (path);
  memory = ft_database_open (":memory:", &error);
  broken = ft_exercise_catalog_new (memory, image_folder);

  ck_assert (!ft_exercise_catalog_load_file (broken, file, &error));
  assert_error_contains (error, FT_ERROR_BAD_FILE, path);
  assert_error_contains (error, FT_ERROR_BAD_FILE, broken_cases[_i].expected);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (broken)), 0);
}
END_TEST

START_TEST (test_missing_catalog)
{
  g_autoptr(FtExerciseCatalog) other = ft_exercise_catalog_new (db, image_folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_build_filename (tmp_folder, "nothing.xml", NULL);

  ck_assert (!ft_exercise_catalog_load (other, "/io/github/footing/Footing/core/none.xml", &error));
  assert_error_contains (error, FT_ERROR_BAD_FILE, "none.xml");
  g_clear_error (&error);

  ck_assert (!ft_exercise_catalog_load_file (other, file, &error));
  assert_error_contains (error, FT_ERROR_BAD_FILE, "nothing.xml");
}
END_TEST

START_TEST (test_catalog_from_file)
{
  static const char xml[] = CATALOG_HEAD "<exercise id=\"a\" kind=\"strength\" areas=\"foot\" "
                            "equipment=\"towel chair\" position=\"seated\">" GOOD_BODY
                            "</exercise></exercises>";
  g_autoptr(FtExerciseCatalog) other = ft_exercise_catalog_new (db, image_folder);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_file ("good.xml", xml, strlen (xml));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FtExercise *a;

  ck_assert_msg (ft_exercise_catalog_load_file (other, file, &error), "%s",
                 error != NULL ? error->message : "?");
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (other)), 1);
  a = ft_exercise_catalog_lookup (other, "a");
  ck_assert_str_eq (ft_exercise_get_name (a), "A");
  ck_assert_int_eq (ft_exercise_get_equipment (a), FT_EQUIPMENT_TOWEL | FT_EQUIPMENT_CHAIR);
  ck_assert_int_eq (ft_exercise_get_body_areas (a), FT_BODY_AREA_FOOT);
  ck_assert_int_eq (ft_exercise_get_position (a), FT_POSITION_SEATED);
}
END_TEST

/* Custom exercises */

START_TEST (test_custom_round_trip)
{
  static const char * const messy_steps[] = { "  Sit tall.  ", "", "   ", "Lift the big toe.", NULL };
  static const char * const new_steps[] = { "Stand.", "Spread the toes.", "Relax.", NULL };
  g_autoptr(FtExercise) draft = make_draft ("  Toe yoga  ");
  g_autoptr(FtExercise) edit = NULL;
  g_autoptr(FtExercise) stored = NULL;
  g_autoptr(FtExercise) updated = NULL;
  g_autoptr(FtExercise) deleted = NULL;
  g_autoptr(GError) error = NULL;
  FtExercise *found;
  const char * const *steps;

  ft_exercise_set_steps (draft, messy_steps);
  ft_exercise_set_equipment (draft, FT_EQUIPMENT_TOWEL | FT_EQUIPMENT_BAND);
  ft_exercise_set_position (draft, FT_POSITION_SEATED);
  ft_exercise_set_cautions (draft, "Slowly.");
  ft_exercise_set_dose (draft, 5, 5, 10, 2, TRUE);

  stored = ft_exercise_catalog_add_custom (catalog, draft, &error);
  ck_assert_msg (stored != NULL, "%s", error != NULL ? error->message : "?");
  ck_assert_str_eq (ft_exercise_get_id (stored), "custom:1");
  ck_assert (ft_exercise_is_custom (stored));
  ck_assert_int_eq (ft_exercise_get_custom_id (stored), 1);
  ck_assert_str_eq (ft_exercise_get_name (stored), "Toe yoga");
  assert_changes ("18 0 1");
  ck_assert_ptr_eq (ft_exercise_catalog_lookup (catalog, "custom:1"), stored);

  reopen_catalog ();

  found = ft_exercise_catalog_lookup (catalog, "custom:1");
  ck_assert_ptr_nonnull (found);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (catalog)), N_BUILTINS + 1);
  ck_assert_str_eq (ft_exercise_get_name (found), "Toe yoga");
  ck_assert_int_eq (ft_exercise_get_kind (found), FT_EXERCISE_STRENGTH);
  ck_assert_str_eq (ft_exercise_get_target (found), "Big toe");
  ck_assert_int_eq (ft_exercise_get_equipment (found), FT_EQUIPMENT_TOWEL | FT_EQUIPMENT_BAND);
  ck_assert_int_eq (ft_exercise_get_position (found), FT_POSITION_SEATED);
  ck_assert_int_eq (ft_exercise_get_body_areas (found), FT_BODY_AREA_NONE);
  steps = ft_exercise_get_steps (found);
  ck_assert_uint_eq (g_strv_length ((char **) steps), 2);
  ck_assert_str_eq (steps[0], "Sit tall.");
  ck_assert_str_eq (steps[1], "Lift the big toe.");
  ck_assert_str_eq (ft_exercise_get_cautions (found), "Slowly.");
  ck_assert_uint_eq (ft_exercise_get_hold_seconds (found), 5);
  ck_assert_uint_eq (ft_exercise_get_hold_max_seconds (found), 0);
  ck_assert_uint_eq (ft_exercise_get_reps (found), 10);
  ck_assert_uint_eq (ft_exercise_get_sets (found), 2);
  ck_assert (ft_exercise_get_per_side (found));
  ck_assert_ptr_null (ft_exercise_get_image_path (found));

  /* Edit in place. */
  edit = ft_exercise_copy (found);
  ft_exercise_set_steps (edit, new_steps);
  ft_exercise_set_dose (edit, 0, 0, 12, 1, FALSE);
  ft_exercise_set_target (edit, NULL);
  updated = ft_exercise_catalog_update_custom (catalog, "custom:1", edit, &error);
  ck_assert_msg (updated != NULL, "%s", error != NULL ? error->message : "?");
  assert_changes ("18 1 1");
  ck_assert_str_eq (ft_exercise_get_id (updated), "custom:1");

  reopen_catalog ();
  found = ft_exercise_catalog_lookup (catalog, "custom:1");
  ck_assert_uint_eq (g_strv_length ((char **) ft_exercise_get_steps (found)), 3);
  ck_assert_uint_eq (ft_exercise_get_reps (found), 12);
  ck_assert_uint_eq (ft_exercise_get_hold_seconds (found), 0);
  ck_assert (!ft_exercise_get_per_side (found));
  ck_assert_ptr_null (ft_exercise_get_target (found));

  /* Delete, then undo. */
  deleted = ft_exercise_catalog_delete_custom (catalog, "custom:1", FALSE, &error);
  ck_assert_msg (deleted != NULL, "%s", error != NULL ? error->message : "?");
  assert_changes ("18 1 0");
  ck_assert_ptr_null (ft_exercise_catalog_lookup (catalog, "custom:1"));
  ck_assert_int_eq (count_rows (), 0);

  ck_assert (ft_exercise_catalog_restore_custom (catalog, deleted, &error));
  assert_changes ("18 0 1");
  ck_assert (!ft_exercise_catalog_restore_custom (catalog, deleted, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_EXISTS));
  g_clear_error (&error);

  reopen_catalog ();
  found = ft_exercise_catalog_lookup (catalog, "custom:1");
  ck_assert_ptr_nonnull (found);
  ck_assert_uint_eq (ft_exercise_get_reps (found), 12);

  /* Built-ins stay as they are. */
  ck_assert_ptr_null (ft_exercise_catalog_delete_custom (catalog, "foot-scrunch", TRUE, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
  g_clear_error (&error);
  ck_assert_ptr_null (ft_exercise_catalog_update_custom (catalog, "custom:99", edit, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
}
END_TEST

START_TEST (test_items_changed_positions)
{
  g_autoptr(FtExercise) a = add ("A");
  g_autoptr(FtExercise) b = add ("B");
  g_autoptr(FtExercise) c = add ("C");
  g_autoptr(FtExercise) d = NULL;
  g_autoptr(FtExercise) deleted_b = NULL;
  g_autoptr(FtExercise) deleted_c = NULL;
  g_autoptr(FtExercise) item = NULL;
  g_autoptr(GError) error = NULL;

  assert_changes ("18 0 1; 19 0 1; 20 0 1");

  deleted_b = ft_exercise_catalog_delete_custom (catalog, "custom:2", FALSE, &error);
  assert_changes ("19 1 0");
  deleted_c = ft_exercise_catalog_delete_custom (catalog, "custom:3", FALSE, &error);
  assert_changes ("19 1 0");

  /* The highest id was just deleted; a new exercise must not take it while
   * undo can still bring C back. */
  d = add ("D");
  ck_assert_str_eq (ft_exercise_get_id (d), "custom:4");
  assert_changes ("19 0 1");

  ck_assert (ft_exercise_catalog_restore_custom (catalog, deleted_c, &error));
  assert_changes ("19 0 1");
  ck_assert (ft_exercise_catalog_restore_custom (catalog, deleted_b, &error));
  assert_changes ("19 0 1");

  item = g_list_model_get_item (G_LIST_MODEL (catalog), 21);
  ck_assert_str_eq (ft_exercise_get_id (item), "custom:4");
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (catalog), 20);
  ck_assert_str_eq (ft_exercise_get_name (item), "C");
  ck_assert_ptr_null (g_list_model_get_item (G_LIST_MODEL (catalog), 22));

  g_clear_object (&b);
  b = ft_exercise_catalog_update_custom (catalog, "custom:2", deleted_b, &error);
  assert_changes ("19 1 1");
  (void) a;
  (void) c;
}
END_TEST

typedef void (*Spoil) (FtExercise *draft);

static void spoil_empty_name (FtExercise *d) { (void) d; }
static void spoil_steps (FtExercise *d)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 11; i++)
    g_ptr_array_add (steps, g_strdup_printf ("Step %u.", i + 1));
  g_ptr_array_add (steps, NULL);
  ft_exercise_set_steps (d, (const char * const *) steps->pdata);
}
static void spoil_long_step (FtExercise *d)
{
  g_autofree char *step = g_strnfill (501, 'x');
  const char * const steps[] = { step, NULL };

  ft_exercise_set_steps (d, steps);
}
static void spoil_two_line_step (FtExercise *d)
{
  const char * const steps[] = { "Sit\nand stand", NULL };

  ft_exercise_set_steps (d, steps);
}
static void spoil_no_dose (FtExercise *d) { ft_exercise_set_dose (d, 0, 0, 0, 1, FALSE); }
static void spoil_hold (FtExercise *d) { ft_exercise_set_dose (d, 3601, 0, 0, 1, FALSE); }
static void spoil_reps (FtExercise *d) { ft_exercise_set_dose (d, 0, 0, 1001, 1, FALSE); }
static void spoil_sets_zero (FtExercise *d) { ft_exercise_set_dose (d, 0, 0, 10, 0, FALSE); }
static void spoil_sets (FtExercise *d) { ft_exercise_set_dose (d, 0, 0, 10, 101, FALSE); }
static void spoil_hold_max (FtExercise *d) { ft_exercise_set_dose (d, 60, 30, 0, 1, FALSE); }
static void spoil_hold_range (FtExercise *d) { ft_exercise_set_dose (d, 30, 60, 0, 1, FALSE); }
static void spoil_max_without_hold (FtExercise *d) { ft_exercise_set_dose (d, 0, 30, 10, 1, FALSE); }
static void spoil_target (FtExercise *d)
{
  g_autofree char *target = g_strnfill (201, 'x');

  ft_exercise_set_target (d, target);
}
static void spoil_cautions (FtExercise *d)
{
  g_autofree char *cautions = g_strnfill (2001, 'x');

  ft_exercise_set_cautions (d, cautions);
}
static void spoil_position (FtExercise *d) { ft_exercise_set_position (d, (FtPosition) 9); }
static void spoil_equipment (FtExercise *d) { ft_exercise_set_equipment (d, (FtEquipment) (1u << 12)); }
static void spoil_image (FtExercise *d) { ft_exercise_set_image_path (d, "relative.png"); }

static const struct
{
  const char     *name;
  FtExerciseKind  kind;
  Spoil           spoil;
  const char     *expected;
} refused_cases[] = {
  { "", FT_EXERCISE_STRETCH, spoil_empty_name, "Give the exercise a name." },
  { "   \t ", FT_EXERCISE_STRETCH, spoil_empty_name, "Give the exercise a name." },
  /* NULL: a name of 201 characters. */
  { NULL, FT_EXERCISE_STRETCH, spoil_empty_name, "at most 200 characters; this one has 201" },
  { "Bad \xff name", FT_EXERCISE_STRETCH, spoil_empty_name, "UTF-8" },
  { "Kind", (FtExerciseKind) 7, spoil_empty_name, "what kind of exercise" },
  { "Steps", FT_EXERCISE_STRETCH, spoil_steps, "at most 10 steps" },
  { "Step", FT_EXERCISE_STRETCH, spoil_long_step, "at most 500 characters; this one has 501" },
  { "Step", FT_EXERCISE_STRETCH, spoil_two_line_step, "one line" },
  { "Dose", FT_EXERCISE_STRETCH, spoil_no_dose, "hold time, a number of repetitions" },
  { "Hold", FT_EXERCISE_STRETCH, spoil_hold, "1 to 3600 seconds, not 3601" },
  { "Reps", FT_EXERCISE_STRETCH, spoil_reps, "from 1 to 1000, not 1001" },
  { "Sets", FT_EXERCISE_STRETCH, spoil_sets_zero, "from 1 to 100, not 0" },
  { "Sets", FT_EXERCISE_STRETCH, spoil_sets, "from 1 to 100, not 101" },
  { "Max", FT_EXERCISE_STRETCH, spoil_hold_max, "longest hold (30 s) must be at least the shortest (60 s)" },
  { "Max", FT_EXERCISE_STRETCH, spoil_max_without_hold, "longest hold" },
  { "Range", FT_EXERCISE_STRETCH, spoil_hold_range, "one hold time" },
  { "Target", FT_EXERCISE_STRETCH, spoil_target, "target is at most 200" },
  { "Cautions", FT_EXERCISE_STRETCH, spoil_cautions, "at most 2000" },
  { "Position", FT_EXERCISE_STRETCH, spoil_position, "standing, seated or lying" },
  { "Equipment", FT_EXERCISE_STRETCH, spoil_equipment, "equipment" },
  { "Image", FT_EXERCISE_STRETCH, spoil_image, "pick it again" },
};

START_TEST (test_refused)
{
  g_autoptr(FtExercise) draft = make_draft ("Toe yoga");
  g_autoptr(FtExercise) stored = NULL;
  g_autoptr(FtExercise) updated = NULL;
  g_autoptr(FtExercise) bad = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *steps = ft_exercise_get_steps (draft);
  g_autofree char *long_name = g_strnfill (201, 'x');

  stored = ft_exercise_catalog_add_custom (catalog, draft, &error);
  ck_assert_ptr_nonnull (stored);
  g_ptr_array_set_size (changes, 0);

  bad = ft_exercise_new (NULL, refused_cases[_i].name != NULL ? refused_cases[_i].name : long_name,
                         refused_cases[_i].kind);
  ft_exercise_set_steps (bad, steps);
  ft_exercise_set_dose (bad, 30, 0, 0, 1, FALSE);
  refused_cases[_i].spoil (bad);

  ck_assert_ptr_null (ft_exercise_catalog_add_custom (catalog, bad, &error));
  assert_error_contains (error, FT_ERROR_INVALID, refused_cases[_i].expected);
  g_clear_error (&error);

  ck_assert_ptr_null (ft_exercise_catalog_update_custom (catalog, "custom:1", bad, &error));
  assert_error_contains (error, FT_ERROR_INVALID, refused_cases[_i].expected);

  /* Nothing was written or announced. */
  ck_assert_int_eq (count_rows (), 1);
  ck_assert_uint_eq (changes->len, 0);
  ck_assert_str_eq (ft_exercise_get_name (ft_exercise_catalog_lookup (catalog, "custom:1")),
                    "Toe yoga");
}
END_TEST

START_TEST (test_bad_rows_are_skipped)
{
  FtExercise *kept;

  /* Rows the journal's own checks let through but this Footing cannot
   * show, next to a good one with a piece of equipment from the future. */
  exec_sql ("INSERT INTO exercise (id, name, kind, sets, created_us) VALUES (1, 'No dose', 'stretch', 1, 0)");
  exec_sql ("INSERT INTO exercise (id, name, kind, reps, sets, steps, created_us) "
            "VALUES (2, 'Eleven', 'stretch', 5, 1, '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11', 0)");
  exec_sql ("INSERT INTO exercise (id, name, kind, reps, sets, equipment, created_us) "
            "VALUES (3, 'Kept', 'strength', 5, 1, 'band,rope', 0)");

  reopen_catalog ();

  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (catalog)), N_BUILTINS + 1);
  ck_assert_ptr_null (ft_exercise_catalog_lookup (catalog, "custom:1"));
  ck_assert_ptr_null (ft_exercise_catalog_lookup (catalog, "custom:2"));
  kept = ft_exercise_catalog_lookup (catalog, "custom:3");
  ck_assert_ptr_nonnull (kept);
  ck_assert_int_eq (ft_exercise_get_equipment (kept), FT_EQUIPMENT_BAND);
  ck_assert_uint_eq (warnings, 3);

  /* A skipped row's id is not handed out again. */
  {
    g_autoptr(FtExercise) added = add ("New");

    ck_assert_str_eq (ft_exercise_get_id (added), "custom:4");
  }
}
END_TEST

START_TEST (test_delete_in_use)
{
  g_autoptr(FtExercise) a = add ("Toe yoga");
  g_autoptr(FtExercise) deleted = NULL;
  g_autoptr(FtExercise) later = NULL;
  g_autoptr(GError) error = NULL;
  guint uses = 0;

  exec_sql ("INSERT INTO routine (id, name, created_us) VALUES (1, 'Morning', 0), (2, 'Night', 0)");
  exec_sql ("INSERT INTO routine_step (routine_id, position, exercise_ref) VALUES "
            "(1, 0, 'custom:1'), (1, 1, 'custom:1'), (2, 0, 'custom:1'), (2, 1, 'foot-scrunch')");
  g_ptr_array_set_size (changes, 0);

  ck_assert (ft_exercise_catalog_count_uses (catalog, "custom:1", &uses, &error));
  ck_assert_uint_eq (uses, 2);
  ck_assert (ft_exercise_catalog_count_uses (catalog, "foot-scrunch", &uses, &error));
  ck_assert_uint_eq (uses, 1);

  ck_assert_ptr_null (ft_exercise_catalog_delete_custom (catalog, "custom:1", FALSE, &error));
  assert_error_contains (error, FT_ERROR_IN_USE, "“Toe yoga” is used by 2 routines.");
  g_clear_error (&error);
  ck_assert_int_eq (count_rows (), 1);
  ck_assert_uint_eq (changes->len, 0);

  deleted = ft_exercise_catalog_delete_custom (catalog, "custom:1", TRUE, &error);
  ck_assert_ptr_nonnull (deleted);
  assert_changes ("18 1 0");
  ck_assert_int_eq (count_rows (), 0);
  /* The routines keep naming it; they show it as missing. */
  ck_assert_int_eq (sql_query_int64 (handle (),
                                     "SELECT count(*) FROM routine_step WHERE exercise_ref = 'custom:1'"),
                    3);

  /* After a restart a new exercise still does not take over the name the
   * routines hold. */
  reopen_catalog ();
  later = add ("Later");
  ck_assert_str_eq (ft_exercise_get_id (later), "custom:2");

  ck_assert (ft_exercise_catalog_restore_custom (catalog, deleted, &error));
  assert_changes ("18 0 1; 18 0 1");
}
END_TEST

static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_ref (user_data);
}

START_TEST (test_now_func)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1, 9, 30, 0);
  g_autoptr(FtExercise) a = NULL;

  ft_exercise_catalog_set_now_func (catalog, fixed_now, g_date_time_ref (when),
                                    (GDestroyNotify) g_date_time_unref);
  a = add ("Timed");
  ck_assert_int_eq (sql_query_int64 (handle (), "SELECT created_us FROM exercise WHERE id = 1"),
                    g_date_time_to_unix_usec (when));
}
END_TEST

/* Images */

static const guint8 tiny_jpeg[] = {
  0xff, 0xd8,
  0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x08, 0x00, 0x10, 0x03,
  0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
  0xff, 0xd9,
};

static char *
write_png (const char *name,
           int         width,
           int         height)
{
  char *path = g_build_filename (tmp_folder, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  ck_assert_int_eq (cairo_surface_write_to_png (surface, path), CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

/* A PNG whose header claims a size, with an end chunk and no pixels. */
static char *
write_png_header (const char *name,
                  guint32     width,
                  guint32     height)
{
  guint8 data[8 + 25 + 12] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
    0, 0, 0, 13, 'I', 'H', 'D', 'R',
  };
  static const guint8 end[12] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82 };

  for (int i = 0; i < 4; i++)
    {
      data[16 + i] = (guint8) (width >> (24 - 8 * i));
      data[20 + i] = (guint8) (height >> (24 - 8 * i));
    }
  data[24] = 8;
  data[25] = 6;
  memcpy (data + 33, end, sizeof end);

  return write_file (name, data, sizeof data);
}

static char *
import (const char  *path,
        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return ft_exercise_catalog_import_image (catalog, file, NULL, error);
}

static void
assert_private_copy (const char *copy,
                     const char *extension)
{
  GStatBuf info;
  g_autofree char *folder = g_path_get_dirname (copy);

  ck_assert_str_eq (folder, image_folder);
  ck_assert_msg (g_str_has_suffix (copy, extension), "%s does not end in %s", copy, extension);
  ck_assert_int_eq (g_stat (copy, &info), 0);
  ck_assert_int_eq (info.st_mode & 0777, 0600);
  ck_assert_int_eq (g_stat (image_folder, &info), 0);
  ck_assert_int_eq (info.st_mode & 0777, 0700);
}

START_TEST (test_import_images)
{
  static const char svg[] = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                            "width=\"64\" height=\"32\"><rect width=\"64\" height=\"32\"/></svg>\n";
  static const char svg_viewbox[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 20\">"
                                    "<circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";
  g_autofree char *png = write_png ("drawing.png", 20, 10);
  g_autofree char *jpeg = write_file ("photo.png", tiny_jpeg, sizeof tiny_jpeg);
  g_autofree char *svg_path = write_file ("sketch.svg", svg, strlen (svg));
  g_autofree char *svg_viewbox_path = write_file ("box.svg", svg_viewbox, strlen (svg_viewbox));
  g_autofree char *png_copy = NULL;
  g_autofree char *png_copy_2 = NULL;
  g_autofree char *jpeg_copy = NULL;
  g_autofree char *svg_copy = NULL;
  g_autofree char *svg_viewbox_copy = NULL;
  g_autofree char *original = NULL;
  g_autofree char *copied = NULL;
  gsize original_length, copied_length;
  g_autoptr(GError) error = NULL;

  ck_assert (!g_file_test (image_folder, G_FILE_TEST_EXISTS));

  png_copy = import (png, &error);
  ck_assert_msg (png_copy != NULL, "%s", error != NULL ? error->message : "?");
  assert_private_copy (png_copy, ".png");
  ck_assert (g_file_get_contents (png, &original, &original_length, NULL));
  ck_assert (g_file_get_contents (png_copy, &copied, &copied_length, NULL));
  ck_assert_uint_eq (original_length, copied_length);
  ck_assert (memcmp (original, copied, original_length) == 0);

  /* The same file twice: two copies, nothing overwritten. */
  png_copy_2 = import (png, &error);
  ck_assert_ptr_nonnull (png_copy_2);
  ck_assert_str_ne (png_copy, png_copy_2);

  /* The name says PNG, the bytes say JPEG: the copy says JPEG. */
  jpeg_copy = import (jpeg, &error);
  ck_assert_msg (jpeg_copy != NULL, "%s", error != NULL ? error->message : "?");
  assert_private_copy (jpeg_copy, ".jpg");

  svg_copy = import (svg_path, &error);
  ck_assert_msg (svg_copy != NULL, "%s", error != NULL ? error->message : "?");
  assert_private_copy (svg_copy, ".svg");

  svg_viewbox_copy = import (svg_viewbox_path, &error);
  ck_assert_msg (svg_viewbox_copy != NULL, "%s", error != NULL ? error->message : "?");

  /* An exercise keeps its picture through a restart; forgetting a deleted
   * one removes the copy. */
  {
    g_autoptr(FtExercise) draft = make_draft ("With a picture");
    g_autoptr(FtExercise) stored = NULL;
    g_autoptr(FtExercise) deleted = NULL;

    ft_exercise_set_image_path (draft, png_copy);
    stored = ft_exercise_catalog_add_custom (catalog, draft, &error);
    ck_assert_ptr_nonnull (stored);
    reopen_catalog ();
    ck_assert_str_eq (ft_exercise_get_image_path (ft_exercise_catalog_lookup (catalog, "custom:1")),
                      png_copy);

    deleted = ft_exercise_catalog_delete_custom (catalog, "custom:1", FALSE, &error);
    ck_assert (g_file_test (png_copy, G_FILE_TEST_EXISTS));
    ft_exercise_catalog_forget_image (catalog, deleted);
    ck_assert (!g_file_test (png_copy, G_FILE_TEST_EXISTS));

    /* A file outside the image folder is never removed. */
    ft_exercise_set_image_path (deleted, png);
    ft_exercise_catalog_forget_image (catalog, deleted);
    ck_assert (g_file_test (png, G_FILE_TEST_EXISTS));
  }
}
END_TEST

static const guint8 gif[] = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, ';' };

START_TEST (test_refused_images)
{
  static const char text[] = "These are not the pixels you are looking for.\n";
  static const char svg_no_size[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\" height=\"5\"/></svg>";
  static const char svg_broken[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"5\" height=\"5\"><rect";
  g_autofree char *cat = write_file ("cat.gif", gif, sizeof gif);
  g_autofree char *gif_as_png = write_file ("cat.png", gif, sizeof gif);
  g_autofree char *not_png = write_file ("notes.png", text, strlen (text));
  g_autofree char *empty = write_file ("empty.png", "", 0);
  g_autofree char *wide = write_png_header ("x.png", 9000, 300);
  g_autofree char *tall = write_png_header ("tall.png", 10, 9000);
  g_autofree char *zero = write_png_header ("zero.png", 0, 10);
  g_autofree char *no_size = write_file ("plain.svg", svg_no_size, strlen (svg_no_size));
  g_autofree char *broken_svg = write_file ("broken.svg", svg_broken, strlen (svg_broken));
  g_autofree char *huge = write_png ("huge.png", 4, 4);
  g_autofree char *cut = write_png ("cut.png", 40, 40);
  g_autofree char *jpeg_cut = write_file ("cut.jpg", tiny_jpeg, 20);
  g_autoptr(GError) error = NULL;
  struct
  {
    const char *path;
    int         code;
    const char *message;
  } cases[] = {
    { cat, FT_ERROR_BAD_FILE, "“cat.gif” is not a PNG, JPEG or SVG image." },
    { gif_as_png, FT_ERROR_BAD_FILE, "“cat.png” is not a PNG, JPEG or SVG image." },
    { empty, FT_ERROR_BAD_FILE, "“empty.png” is not a PNG, JPEG or SVG image." },
    { wide, FT_ERROR_INVALID, "“x.png” is 9000 × 300 pixels; pick an image of at most 8000 pixels a side." },
    { tall, FT_ERROR_INVALID, "“tall.png” is 10 × 9000 pixels" },
    { zero, FT_ERROR_BAD_FILE, "“zero.png” looks like a PNG image but is damaged" },
    { no_size, FT_ERROR_BAD_FILE, "“plain.svg” does not say how large it is" },
    { broken_svg, FT_ERROR_BAD_FILE, "“broken.svg” looks like an SVG image but cannot be read" },
    /* g_format_size() puts a no-break space before the unit. */
    { huge, FT_ERROR_INVALID, "“huge.png” is 12.4\u00a0MB; pick an image of at most 10 MB." },
    { cut, FT_ERROR_BAD_FILE, "“cut.png” looks like a PNG image but is damaged or cut short" },
    { jpeg_cut, FT_ERROR_BAD_FILE, "“cut.jpg” looks like a JPEG image but is damaged" },
    { tmp_folder, FT_ERROR_BAD_FILE, "is not a PNG, JPEG or SVG image." },
  };

  /* Past the limit in bytes, but a real PNG at the start. */
  ck_assert_int_eq (truncate (huge, 12400000), 0);
  /* A real PNG without its end. */
  ck_assert_int_eq (truncate (cut, 60), 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *copy = import (cases[i].path, &error);

      ck_assert_msg (copy == NULL, "%s was taken", cases[i].path);
      ck_assert_msg (g_error_matches (error, FT_ERROR, cases[i].code), "%s: %s", cases[i].path,
                     error->message);
      ck_assert_msg (strstr (error->message, cases[i].message) != NULL, "“%s” lacks “%s”",
                     error->message, cases[i].message);
      g_clear_error (&error);
    }

  {
    g_autofree char *copy = import (not_png, &error);

    ck_assert_ptr_null (copy);
    assert_error_contains (error, FT_ERROR_BAD_FILE, "“notes.png” is not a PNG, JPEG or SVG image.");
  }

  /* Nothing refused was copied. */
  if (g_file_test (image_folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (image_folder, 0, NULL);

      ck_assert_ptr_null (g_dir_read_name (dir));
    }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("exercise-catalog");
  TCase *tc;

  tc = tcase_create ("builtins");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_builtins_complete);
  tcase_add_test (tc, test_builtin_facts);
  tcase_add_test (tc, test_keys_round_trip);
  tcase_add_test (tc, test_load_is_cheap);
  tcase_add_loop_test (tc, test_broken_catalog, 0, G_N_ELEMENTS (broken_cases));
  tcase_add_test (tc, test_missing_catalog);
  tcase_add_test (tc, test_catalog_from_file);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("custom");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_custom_round_trip);
  tcase_add_test (tc, test_items_changed_positions);
  tcase_add_loop_test (tc, test_refused, 0, G_N_ELEMENTS (refused_cases));
  tcase_add_test (tc, test_bad_rows_are_skipped);
  tcase_add_test (tc, test_delete_in_use);
  tcase_add_test (tc, test_now_func);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("images");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_import_images);
  tcase_add_test (tc, test_refused_images);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
