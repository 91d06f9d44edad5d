/* check-database.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database-private.h"
#include "ft-demo.h"
#include "ft-error.h"
#include "sql-query.h"
#include "test-support.h"

#include <check.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

/* Every table and index the migrations create. A new table must be added here,
 * so that the migration test notices a schema that grew without a test. */
static const char * const expected_tables[] = {
  "builtin_routine", "exercise", "gear", "gear_distance", "gear_event", "journal_entry", "pause", "pt_visit",
  "reminder_event", "routine", "routine_event", "routine_step", "session", "session_step",
  "symptom_kind", "symptom_rating",
};

static const char * const expected_indexes[] = {
  "gear_distance_gear", "gear_event_day", "gear_event_gear", "gear_event_target",
  "journal_entry_worn_gear", "pause_start", "pt_visit_day", "reminder_event_due",
  "routine_builtin_key", "routine_event_day", "routine_event_routine", "routine_position",
  "session_day", "session_day_outcome", "session_outcome", "session_routine",
  "session_routine_outcome", "symptom_rating_kind",
};

static const char * const builtin_kinds[] = {
  "tingling", "burning", "numbness", "night_pain", "first_step_pain",
};

/* "Foot" in ASCII; the header field that marks a file as a Footing journal. */
#define FOOTING_APPLICATION_ID 0x466F6F74

/* Set by the fixtures below. */
static FtDatabase *db;
static char *tmp_folder;

/* Helpers */

static void
exec_ok (sqlite3    *handle,
         const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (handle, sql, NULL, NULL, &message);

  ck_assert_msg (rc == SQLITE_OK, "%s failed: %s", sql,
                 message != NULL ? message : sqlite3_errstr (rc));
  sqlite3_free (message);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;
  gboolean ok;

  ok = g_file_get_contents (path, &contents, &length, &error);
  ck_assert_msg (ok, "cannot read %s: %s", path, error != NULL ? error->message : "?");

  return g_bytes_new_take (contents, length);
}

static void
write_file (const char *path,
            const void *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = g_file_set_contents (path, data, (gssize) length, &error);
  ck_assert_msg (ok, "cannot write %s: %s", path, error != NULL ? error->message : "?");
}

static guint
file_mode (const char *path)
{
  struct stat st;

  ck_assert_msg (g_stat (path, &st) == 0, "cannot stat %s: %s", path, g_strerror (errno));

  return st.st_mode & 07777;
}

static guint
count_folder_entries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  ck_assert_ptr_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* Tests make folders read-only on purpose, so open each one up before emptying it. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }

  g_rmdir (path);
}

static FtDatabase *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  FtDatabase *database = ft_database_open (path, &error);

  ck_assert_msg (database != NULL, "cannot open %s: %s", path,
                 error != NULL ? error->message : "no error set");

  return database;
}

/* Opens @path, expects it to be refused with @code, and checks that the
 * refusal left the file byte for byte as it was. */
static void
assert_refused_untouched (const char *path,
                          FtError     code)
{
  g_autoptr(GBytes) before = read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = ft_database_open (path, &error);
  ck_assert_ptr_null (database);
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (g_error_matches (error, FT_ERROR, code),
                 "expected FtError %d, got %s %d: %s",
                 code, g_quark_to_string (error->domain), error->code, error->message);

  after = read_file (path);
  ck_assert_msg (g_bytes_equal (before, after), "%s changed when it was refused", path);
}

/* A short text file, a few hundred bytes long. */
static void
make_text_file (const char *path)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 20; i++)
    g_string_append (text, "hello, this is not a database\n");
  write_file (path, text->str, text->len);
}

/* A page of noise whose header is all zeros, so nothing in it looks like
 * SQLite's magic string; a fixed seed keeps the test repeatable. */
static void
make_garbage_file (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4096);
  guint8 bytes[4096];

  for (gsize i = 0; i < sizeof bytes; i++)
    bytes[i] = i < 100 ? 0 : (guint8) g_rand_int_range (rand, 0, 256);
  write_file (path, bytes, sizeof bytes);
}

static void
make_other_program_database (const char *path)
{
  sqlite3 *handle = NULL;

  ck_assert_int_eq (sqlite3_open_v2 (path, &handle,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                    SQLITE_OK);
  exec_ok (handle, "CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT);"
                   "INSERT INTO foo (bar) VALUES ('keep me')");
  sqlite3_close (handle);
}

/* A journal that a later Footing migrated one step beyond this one. */
static void
make_newer_journal (const char *path)
{
  g_autoptr(FtDatabase) database = open_ok (path);
  g_autofree char *set_version = NULL;
  sqlite3 *handle = NULL;

  g_clear_object (&database);

  /* A pragma takes no bound values; the number is ours. */
  set_version = g_strdup_printf ("PRAGMA user_version = %u",
                                 ft_database_get_latest_schema_version () + 1);

  ck_assert_int_eq (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
  exec_ok (handle, set_version);
  sqlite3_close (handle);
}

/* Root may write anything, whatever the mode says, so a test about
 * read-only files has to run as someone else. Check forks a child for
 * each test, so only that child gives up root. Returns FALSE when the test
 * cannot run. */
static gboolean
become_unprivileged (void)
{
  struct passwd *nobody;
  uid_t uid = 65534;
  gid_t gid = 65534;

  if (geteuid () != 0)
    return TRUE;

  /* Without a fork, giving up root would leave the whole runner unprivileged. */
  if (g_strcmp0 (g_getenv ("CK_FORK"), "no") == 0)
    {
      g_printerr ("# Skipped: running as root with CK_FORK=no, so this test cannot give up "
                  "root without affecting the other tests, and root ignores file modes.\n");
      return FALSE;
    }

  nobody = getpwnam ("nobody");
  if (nobody != NULL)
    {
      uid = nobody->pw_uid;
      gid = nobody->pw_gid;
    }

  ck_assert_msg (chown (tmp_folder, uid, gid) == 0, "chown: %s", g_strerror (errno));
  ck_assert_msg (setgroups (0, NULL) == 0, "setgroups: %s", g_strerror (errno));
  ck_assert_msg (setgid (gid) == 0, "setgid: %s", g_strerror (errno));
  ck_assert_msg (setuid (uid) == 0, "setuid: %s", g_strerror (errno));
  ck_assert_int_ne (geteuid (), 0);

  /* Changing user makes the process undumpable; kernels that then refuse
   * ptrace would stop LeakSanitizer from inspecting it as it exits. */
  prctl (PR_SET_DUMPABLE, 1, 0, 0, 0);

  return TRUE;
}

/* Fixtures */

static void
open_memory_journal (void)
{
  db = open_ok (":memory:");
}

static void
close_memory_journal (void)
{
  g_clear_object (&db);
}

static void
make_tmp_folder (void)
{
  g_autoptr(GError) error = NULL;

  tmp_folder = g_dir_make_tmp ("footing-XXXXXX", &error);
  ck_assert_msg (tmp_folder != NULL, "g_dir_make_tmp: %s", error != NULL ? error->message : "?");
}

static void
remove_tmp_folder (void)
{
  remove_tree (tmp_folder);
  g_clear_pointer (&tmp_folder, g_free);
}

/* Tests on an in-memory journal */

START_TEST (test_migrates_from_empty)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0;

  ck_assert_uint_eq (ft_database_get_schema_version (db),
                     ft_database_get_latest_schema_version ());
  ck_assert_uint_ge (ft_database_get_latest_schema_version (), 1);

  /* The header itself records the version and marks the file as ours. */
  ck_assert_int_eq (sql_query_int64 (handle, "PRAGMA user_version"),
                    ft_database_get_latest_schema_version ());
  ck_assert_int_eq (sql_query_int64 (handle, "PRAGMA application_id"), FOOTING_APPLICATION_ID);

  ck_assert_int_eq (sqlite3_prepare_v2 (handle,
                                        "SELECT count(*) FROM sqlite_schema "
                                        "WHERE type = ?1 AND name = ?2",
                                        -1, &stmt, NULL),
                    SQLITE_OK);

  for (guint i = 0; i < G_N_ELEMENTS (expected_tables); i++)
    {
      sqlite3_bind_text (stmt, 1, "table", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, expected_tables[i], -1, SQLITE_STATIC);
      ck_assert_int_eq (sqlite3_step (stmt), SQLITE_ROW);
      ck_assert_msg (sqlite3_column_int (stmt, 0) == 1, "table %s is missing", expected_tables[i]);
      sqlite3_reset (stmt);
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected_indexes); i++)
    {
      sqlite3_bind_text (stmt, 1, "index", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, expected_indexes[i], -1, SQLITE_STATIC);
      ck_assert_int_eq (sqlite3_step (stmt), SQLITE_ROW);
      ck_assert_msg (sqlite3_column_int (stmt, 0) == 1, "index %s is missing", expected_indexes[i]);
      sqlite3_reset (stmt);
    }

  /* Nothing more than the list above, so that a new table comes with a test. */
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM sqlite_schema "
                                     "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"),
                    G_N_ELEMENTS (expected_tables));

  g_clear_pointer (&stmt, sqlite3_finalize);
  ck_assert_int_eq (sqlite3_prepare_v2 (handle,
                                        "SELECT key, builtin, hidden, name IS NULL "
                                        "FROM symptom_kind ORDER BY position",
                                        -1, &stmt, NULL),
                    SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ck_assert_uint_lt (n, G_N_ELEMENTS (builtin_kinds));
      ck_assert_str_eq ((const char *) sqlite3_column_text (stmt, 0), builtin_kinds[n]);
      ck_assert_int_eq (sqlite3_column_int (stmt, 1), 1);
      ck_assert_int_eq (sqlite3_column_int (stmt, 2), 0);
      /* Built-in names are translated by the app, so the row holds none. */
      ck_assert_int_eq (sqlite3_column_int (stmt, 3), 1);
      n++;
    }
  ck_assert_uint_eq (n, G_N_ELEMENTS (builtin_kinds));

  ck_assert_int_eq (sql_query_int64 (handle, "PRAGMA foreign_keys"), 1);
}
END_TEST

typedef struct
{
  const char *description;
  const char *bad;
  int         expected;   /* the extended result code the bad statement fails with */
  const char *good;
} ConstraintCase;

/* Rows the cases below refer to: shoe 1, entry 1 rated for tingling,
 * routine 1 with step 0, session 1 with step 0. */
static const char constraint_seed[] =
  "INSERT INTO gear (id, kind, name, start_day, created_us) "
  "  VALUES (1, 'running_shoe', 'Trail runners', '2026-01-10', 0);"
  "INSERT INTO journal_entry (id, day, foot, created_us, updated_us) "
  "  VALUES (1, '2026-03-01', 'left', 0, 0);"
  "INSERT INTO symptom_rating (entry_id, kind_id, value) "
  "  SELECT 1, id, 4 FROM symptom_kind WHERE key = 'tingling';"
  "INSERT INTO routine (id, name, created_us) VALUES (1, 'Morning', 0);"
  "INSERT INTO routine_step (routine_id, position, exercise_ref) VALUES (1, 0, 'foot-scrunch');"
  "INSERT INTO session (id, day, started_us, source, outcome) "
  "  VALUES (1, '2026-03-01', 1000, 'guided', 'completed');"
  "INSERT INTO session_step (session_id, position, exercise_ref, side, outcome) "
  "  VALUES (1, 0, 'foot-scrunch', 'none', 'completed');";

#define CHECK_FAILS SQLITE_CONSTRAINT_CHECK
#define FK_FAILS SQLITE_CONSTRAINT_FOREIGNKEY
#define UNIQUE_FAILS SQLITE_CONSTRAINT_UNIQUE

#define TEXT_OF(n) "printf('%.*c', " #n ", 'x')"

#define KIND "INSERT INTO symptom_kind (key, name, builtin, hidden) VALUES "
#define GEAR "INSERT INTO gear (kind, name, brand, start_day, retire_day, prior_distance_m, " \
             "threshold_distance_m, threshold_days, notes, created_us) VALUES "
#define GEAR_EVENT "INSERT INTO gear_event (kind, day, gear_id, target_gear_id, label, " \
                   "created_us) VALUES "
#define GEAR_DISTANCE "INSERT INTO gear_distance (gear_id, day, distance_m) VALUES "
#define ENTRY "INSERT INTO journal_entry (day, foot, hours_on_feet, run_distance_m, " \
              "worn_gear_id, note, note_for_therapist, created_us, updated_us) VALUES "
#define RATING(entry, kind, value) \
  "INSERT INTO symptom_rating (entry_id, kind_id, value) SELECT " #entry ", id, " value \
  " FROM symptom_kind WHERE key = '" kind "'"
#define EXERCISE "INSERT INTO exercise (name, kind, area, equipment, position, steps, cautions, " \
                 "hold_s, reps, sets, per_side, created_us) VALUES "
#define ROUTINE "INSERT INTO routine (name, target_count, target_period, created_us) VALUES "
#define ROUTINE_STEP "INSERT INTO routine_step (routine_id, position, exercise_ref, hold_s, " \
                     "reps, sets, rest_s, sides) VALUES "
#define SESSION "INSERT INTO session (day, started_us, ended_us, routine_id, routine_name, " \
                "source, outcome, before_rating, after_rating) VALUES "
#define SESSION_STEP "INSERT INTO session_step (session_id, position, exercise_ref, side, " \
                     "holds_done, reps_done, sets_done, outcome) VALUES "
#define VISIT "INSERT INTO pt_visit (day, clinic, notes, program_changes, created_us) VALUES "
#define REMINDER "INSERT INTO reminder_event (due_us, routine_id, outcome, acted_us) VALUES "
#define PAUSE "INSERT INTO pause (start_day, end_day, reason, note) VALUES "

/* One row per rule in migrations/0001-initial.sql: a statement that breaks
 * just that rule, and the nearest statement that keeps it. */
static const ConstraintCase constraint_cases[] = {
  /* symptom_kind */
  { "empty kind key", KIND "('', 'Heel ache', 0, 0)", CHECK_FAILS,
    KIND "('heel_ache', 'Heel ache', 0, 0)" },
  { "kind key over 64 characters", KIND "(" TEXT_OF (65) ", 'Heel ache', 0, 0)", CHECK_FAILS,
    KIND "(" TEXT_OF (64) ", 'Heel ache', 0, 0)" },
  { "duplicate kind key", KIND "('tingling', 'Tingling', 0, 0)", UNIQUE_FAILS,
    KIND "('pins', 'Pins and needles', 0, 0)" },
  { "empty kind name", KIND "('heel_ache', '', 0, 0)", CHECK_FAILS,
    KIND "('heel_ache', 'H', 0, 0)" },
  { "kind name over 200 characters", KIND "('heel_ache', " TEXT_OF (201) ", 0, 0)", CHECK_FAILS,
    KIND "('heel_ache', " TEXT_OF (200) ", 0, 0)" },
  { "kind builtin flag 2", KIND "('heel_ache', 'Heel ache', 2, 0)", CHECK_FAILS,
    KIND "('heel_ache', 'Heel ache', 1, 0)" },
  { "kind hidden flag 2", KIND "('heel_ache', 'Heel ache', 0, 2)", CHECK_FAILS,
    KIND "('heel_ache', 'Heel ache', 0, 1)" },
  { "custom kind without a name", KIND "('heel_ache', NULL, 0, 0)", CHECK_FAILS,
    KIND "('heel_ache', NULL, 1, 0)" },

  /* gear */
  { "unknown gear kind",
    GEAR "('rollerskate', 'Skates', NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS,
    GEAR "('night_splint', 'Splint', NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)" },
  { "empty gear name", GEAR "('insole', '', NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS, GEAR "('insole', 'A', NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)" },
  { "blank gear name", GEAR "('insole', '   ', NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS, GEAR "('insole', ' A ', NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)" },
  { "gear name over 200 characters",
    GEAR "('insole', " TEXT_OF (201) ", NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS,
    GEAR "('insole', " TEXT_OF (200) ", NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)" },
  { "gear brand over 200 characters",
    GEAR "('insole', 'Arch', " TEXT_OF (201) ", '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS,
    GEAR "('insole', 'Arch', " TEXT_OF (200) ", '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)" },
  { "gear start day without leading zeros",
    GEAR "('insole', 'Arch', NULL, '2026-1-5', NULL, 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS, GEAR "('insole', 'Arch', NULL, '2026-01-05', NULL, 0, NULL, NULL, NULL, 0)" },
  { "gear retired before it started",
    GEAR "('insole', 'Arch', NULL, '2026-01-10', '2026-01-09', 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS,
    GEAR "('insole', 'Arch', NULL, '2026-01-10', '2026-01-10', 0, NULL, NULL, NULL, 0)" },
  { "gear retire day in month 13",
    GEAR "('insole', 'Arch', NULL, '2026-01-10', '2026-13-01', 0, NULL, NULL, NULL, 0)",
    CHECK_FAILS,
    GEAR "('insole', 'Arch', NULL, '2026-01-10', '2026-12-01', 0, NULL, NULL, NULL, 0)" },
  { "negative prior distance",
    GEAR "('running_shoe', 'Road', NULL, '2026-01-01', NULL, -1, NULL, NULL, NULL, 0)",
    CHECK_FAILS,
    GEAR "('running_shoe', 'Road', NULL, '2026-01-01', NULL, 0, NULL, NULL, NULL, 0)" },
  { "prior distance over 100 000 km",
    GEAR "('running_shoe', 'Road', NULL, '2026-01-01', NULL, 100000001, NULL, NULL, NULL, 0)",
    CHECK_FAILS,
    GEAR "('running_shoe', 'Road', NULL, '2026-01-01', NULL, 100000000, NULL, NULL, NULL, 0)" },
  { "zero distance threshold",
    GEAR "('running_shoe', 'Road', NULL, '2026-01-01', NULL, 0, 0, NULL, NULL, 0)",
    CHECK_FAILS, GEAR "('running_shoe', 'Road', NULL, '2026-01-01', NULL, 0, 0.5, NULL, NULL, 0)" },
  { "zero day threshold",
    GEAR "('insole', 'Arch', NULL, '2026-01-01', NULL, 0, NULL, 0, NULL, 0)",
    CHECK_FAILS, GEAR "('insole', 'Arch', NULL, '2026-01-01', NULL, 0, NULL, 1, NULL, 0)" },
  { "gear notes over 10000 characters",
    GEAR "('insole', 'Arch', NULL, '2026-01-01', NULL, 0, NULL, NULL, " TEXT_OF (10001) ", 0)",
    CHECK_FAILS,
    GEAR "('insole', 'Arch', NULL, '2026-01-01', NULL, 0, NULL, NULL, " TEXT_OF (10000) ", 0)" },

  /* gear_event */
  { "unknown gear event kind", GEAR_EVENT "('lost', '2026-03-01', 1, NULL, NULL, 0)", CHECK_FAILS,
    GEAR_EVENT "('unretire', '2026-03-01', 1, NULL, NULL, 0)" },
  { "gear event day 'yesterday'", GEAR_EVENT "('retire', 'yesterday', 1, NULL, NULL, 0)",
    CHECK_FAILS, GEAR_EVENT "('retire', '2026-03-01', 1, NULL, NULL, 0)" },
  { "change event without label", GEAR_EVENT "('change', '2026-03-01', NULL, NULL, NULL, 0)",
    CHECK_FAILS, GEAR_EVENT "('change', '2026-03-01', NULL, NULL, 'New desk', 0)" },
  { "start event without gear", GEAR_EVENT "('start', '2026-03-01', NULL, NULL, NULL, 0)",
    CHECK_FAILS, GEAR_EVENT "('start', '2026-03-01', 1, NULL, NULL, 0)" },
  { "move event without gear", GEAR_EVENT "('move', '2026-03-01', NULL, 1, 'Moved', 0)",
    CHECK_FAILS, GEAR_EVENT "('move', '2026-03-01', 1, 1, 'Moved', 0)" },
  { "empty event label", GEAR_EVENT "('change', '2026-03-01', NULL, NULL, '', 0)", CHECK_FAILS,
    GEAR_EVENT "('change', '2026-03-01', NULL, NULL, 'D', 0)" },
  { "event label over 500 characters",
    GEAR_EVENT "('change', '2026-03-01', NULL, NULL, " TEXT_OF (501) ", 0)", CHECK_FAILS,
    GEAR_EVENT "('change', '2026-03-01', NULL, NULL, " TEXT_OF (500) ", 0)" },
  { "event for missing gear", GEAR_EVENT "('start', '2026-03-01', 99, NULL, NULL, 0)", FK_FAILS,
    GEAR_EVENT "('start', '2026-03-01', 1, NULL, NULL, 0)" },
  { "move into missing gear", GEAR_EVENT "('move', '2026-03-01', 1, 99, NULL, 0)", FK_FAILS,
    GEAR_EVENT "('move', '2026-03-01', 1, NULL, NULL, 0)" },

  /* gear_distance */
  { "zero gear distance", GEAR_DISTANCE "(1, '2026-03-01', 0)", CHECK_FAILS,
    GEAR_DISTANCE "(1, '2026-03-01', 0.1)" },
  { "gear distance over 1000 km", GEAR_DISTANCE "(1, '2026-03-01', 1000001)", CHECK_FAILS,
    GEAR_DISTANCE "(1, '2026-03-01', 1000000)" },
  { "gear distance on 30 February", GEAR_DISTANCE "(1, '2026-02-30', 5000)", CHECK_FAILS,
    GEAR_DISTANCE "(1, '2026-02-28', 5000)" },
  { "distance for missing gear", GEAR_DISTANCE "(99, '2026-03-01', 5000)", FK_FAILS,
    GEAR_DISTANCE "(1, '2026-03-01', 5000)" },

  /* journal_entry */
  { "entry on 30 February", ENTRY "('2026-02-30', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-02-28', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)" },
  { "entry day without leading zeros",
    ENTRY "('2026-1-5', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-01-05', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)" },
  { "entry day 'yesterday'", ENTRY "('yesterday', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-02-28', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)" },
  { "entry in month 13", ENTRY "('2026-13-01', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-12-01', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)" },
  { "unknown foot 'middle'", ENTRY "('2026-03-02', 'middle', NULL, NULL, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-03-02', 'both', NULL, NULL, NULL, NULL, 0, 0, 0)" },
  { "25 hours on feet", ENTRY "('2026-03-02', 'left', 25, NULL, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-03-02', 'left', 24, NULL, NULL, NULL, 0, 0, 0)" },
  { "-1 hours on feet", ENTRY "('2026-03-02', 'left', -1, NULL, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-03-02', 'left', 0, NULL, NULL, NULL, 0, 0, 0)" },
  { "negative run distance", ENTRY "('2026-03-02', 'left', NULL, -1, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-03-02', 'left', NULL, 0, NULL, NULL, 0, 0, 0)" },
  { "run over 500 km", ENTRY "('2026-03-02', 'left', NULL, 500001, NULL, NULL, 0, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-03-02', 'left', NULL, 500000, NULL, NULL, 0, 0, 0)" },
  { "entry wearing missing gear", ENTRY "('2026-03-02', 'left', NULL, NULL, 99, NULL, 0, 0, 0)",
    FK_FAILS, ENTRY "('2026-03-02', 'left', NULL, NULL, 1, NULL, 0, 0, 0)" },
  { "note over 10000 characters",
    ENTRY "('2026-03-02', 'left', NULL, NULL, NULL, " TEXT_OF (10001) ", 0, 0, 0)", CHECK_FAILS,
    ENTRY "('2026-03-02', 'left', NULL, NULL, NULL, " TEXT_OF (10000) ", 0, 0, 0)" },
  { "note-for-therapist flag 2", ENTRY "('2026-03-02', 'left', NULL, NULL, NULL, 'Sore', 2, 0, 0)",
    CHECK_FAILS, ENTRY "('2026-03-02', 'left', NULL, NULL, NULL, 'Sore', 1, 0, 0)" },
  { "second entry for the same day and foot",
    ENTRY "('2026-03-01', 'left', NULL, NULL, NULL, NULL, 0, 0, 0)", UNIQUE_FAILS,
    ENTRY "('2026-03-01', 'right', NULL, NULL, NULL, NULL, 0, 0, 0)" },

  /* symptom_rating */
  { "rating -1", RATING (1, "burning", "-1"), CHECK_FAILS, RATING (1, "burning", "0") },
  { "rating 11", RATING (1, "burning", "11"), CHECK_FAILS, RATING (1, "burning", "10") },
  { "rating 2.5", RATING (1, "burning", "2.5"), CHECK_FAILS, RATING (1, "burning", "2") },
  { "rating '2.5' as text", RATING (1, "burning", "'2.5'"), CHECK_FAILS,
    RATING (1, "burning", "3") },
  { "rating 'three' as text", RATING (1, "burning", "'three'"), CHECK_FAILS,
    RATING (1, "burning", "3") },
  { "rating for a missing entry", RATING (99, "burning", "3"), FK_FAILS,
    RATING (1, "burning", "3") },
  { "rating of a missing kind",
    "INSERT INTO symptom_rating (entry_id, kind_id, value) VALUES (1, 99, 3)", FK_FAILS,
    "INSERT INTO symptom_rating (entry_id, kind_id, value) VALUES (1, 2, 3)" },
  { "second rating of one kind in an entry", RATING (1, "tingling", "5"),
    SQLITE_CONSTRAINT_PRIMARYKEY, RATING (1, "numbness", "5") },
  /* SQLite carries out RESTRICT as a built-in trigger, hence its result code. */
  { "deleting a symptom kind that has ratings",
    "DELETE FROM symptom_kind WHERE key = 'tingling'", SQLITE_CONSTRAINT_TRIGGER,
    "DELETE FROM symptom_kind WHERE key = 'first_step_pain'" },

  /* exercise */
  { "blank exercise name",
    EXERCISE "(' ', 'stretch', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)", CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)" },
  { "exercise name over 200 characters",
    EXERCISE "(" TEXT_OF (201) ", 'stretch', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)",
    CHECK_FAILS,
    EXERCISE "(" TEXT_OF (200) ", 'stretch', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)" },
  { "unknown exercise kind",
    EXERCISE "('Calf', 'yoga', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)", CHECK_FAILS,
    EXERCISE "('Calf', 'self_massage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)" },
  { "exercise area over 200 characters",
    EXERCISE "('Calf', 'stretch', " TEXT_OF (201) ", NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)",
    CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', " TEXT_OF (200)
             ", NULL, NULL, NULL, NULL, NULL, NULL, 1, 0, 0)" },
  { "exercise equipment over 200 characters",
    EXERCISE "('Calf', 'stretch', NULL, " TEXT_OF (201) ", NULL, NULL, NULL, NULL, NULL, 1, 0, 0)",
    CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', NULL, " TEXT_OF (200)
             ", NULL, NULL, NULL, NULL, NULL, 1, 0, 0)" },
  { "unknown exercise position",
    EXERCISE "('Calf', 'stretch', NULL, NULL, 'hanging', NULL, NULL, NULL, NULL, 1, 0, 0)",
    CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', NULL, NULL, 'lying', NULL, NULL, NULL, NULL, 1, 0, 0)" },
  { "exercise steps over 10000 characters",
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, " TEXT_OF (10001)
             ", NULL, NULL, NULL, 1, 0, 0)",
    CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, " TEXT_OF (10000)
             ", NULL, NULL, NULL, 1, 0, 0)" },
  { "exercise cautions over 10000 characters",
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, NULL, " TEXT_OF (10001)
             ", NULL, NULL, 1, 0, 0)",
    CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, NULL, " TEXT_OF (10000)
             ", NULL, NULL, 1, 0, 0)" },
  { "exercise hold of 0 s",
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, NULL, NULL, 0, NULL, 1, 0, 0)", CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, NULL, NULL, 1, NULL, 1, 0, 0)" },
  { "exercise hold over an hour",
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, NULL, NULL, 3601, NULL, 1, 0, 0)", CHECK_FAILS,
    EXERCISE "('Calf', 'stretch', NULL, NULL, NULL, NULL, NULL, 3600, NULL, 1, 0, 0)" },
  { "exercise with 0 reps",
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 0, 1, 0, 0)", CHECK_FAILS,
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 1, 1, 0, 0)" },
  { "exercise with 1001 reps",
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 1001, 1, 0, 0)", CHECK_FAILS,
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 1000, 1, 0, 0)" },
  { "exercise with 0 sets",
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 10, 0, 0, 0)", CHECK_FAILS,
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 10, 1, 0, 0)" },
  { "exercise with 101 sets",
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 10, 101, 0, 0)", CHECK_FAILS,
    EXERCISE "('Curl', 'strength', NULL, NULL, NULL, NULL, NULL, NULL, 10, 100, 0, 0)" },
  { "exercise per-side flag 2",
    EXERCISE "('Glide', 'nerve_glide', NULL, NULL, NULL, NULL, NULL, NULL, 10, 1, 2, 0)",
    CHECK_FAILS,
    EXERCISE "('Glide', 'nerve_glide', NULL, NULL, NULL, NULL, NULL, NULL, 10, 1, 1, 0)" },

  /* routine */
  { "blank routine name", ROUTINE "('  ', NULL, NULL, 0)", CHECK_FAILS,
    ROUTINE "('Evening', NULL, NULL, 0)" },
  { "routine name over 200 characters", ROUTINE "(" TEXT_OF (201) ", NULL, NULL, 0)", CHECK_FAILS,
    ROUTINE "(" TEXT_OF (200) ", NULL, NULL, 0)" },
  { "routine target count without period", ROUTINE "('Evening', 2, NULL, 0)", CHECK_FAILS,
    ROUTINE "('Evening', 2, 'day', 0)" },
  { "routine target period without count", ROUTINE "('Evening', NULL, 'week', 0)", CHECK_FAILS,
    ROUTINE "('Evening', NULL, NULL, 0)" },
  { "routine target count 0", ROUTINE "('Evening', 0, 'day', 0)", CHECK_FAILS,
    ROUTINE "('Evening', 1, 'day', 0)" },
  { "routine target count 101", ROUTINE "('Evening', 101, 'week', 0)", CHECK_FAILS,
    ROUTINE "('Evening', 100, 'week', 0)" },
  { "unknown routine period", ROUTINE "('Evening', 3, 'month', 0)", CHECK_FAILS,
    ROUTINE "('Evening', 3, 'week', 0)" },

  /* routine_step */
  { "step sides 'up'", ROUTINE_STEP "(1, 1, 'calf', 30, NULL, 1, 0, 'up')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'calf', 30, NULL, 1, 0, 'both')" },
  { "empty step exercise", ROUTINE_STEP "(1, 1, '', 30, NULL, 1, 0, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'c', 30, NULL, 1, 0, 'none')" },
  { "step exercise over 100 characters",
    ROUTINE_STEP "(1, 1, " TEXT_OF (101) ", 30, NULL, 1, 0, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, " TEXT_OF (100) ", 30, NULL, 1, 0, 'none')" },
  { "step hold of 0 s", ROUTINE_STEP "(1, 1, 'calf', 0, NULL, 1, 0, 'left')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'calf', 1, NULL, 1, 0, 'left')" },
  { "step hold over an hour", ROUTINE_STEP "(1, 1, 'calf', 3601, NULL, 1, 0, 'left')",
    CHECK_FAILS, ROUTINE_STEP "(1, 1, 'calf', 3600, NULL, 1, 0, 'left')" },
  { "step with 0 reps", ROUTINE_STEP "(1, 1, 'glide', NULL, 0, 1, 0, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'glide', NULL, 1, 1, 0, 'none')" },
  { "step with 1001 reps", ROUTINE_STEP "(1, 1, 'glide', NULL, 1001, 1, 0, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'glide', NULL, 1000, 1, 0, 'none')" },
  { "step with 0 sets", ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 0, 0, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 1, 0, 'none')" },
  { "step with 101 sets", ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 101, 0, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 100, 0, 'none')" },
  { "negative rest", ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 1, -1, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 1, 0, 'none')" },
  { "rest over an hour", ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 1, 3601, 'none')", CHECK_FAILS,
    ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 1, 3600, 'none')" },
  { "two steps in one position", ROUTINE_STEP "(1, 0, 'glide', NULL, 10, 1, 0, 'none')",
    UNIQUE_FAILS, ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 1, 0, 'none')" },
  { "step of a missing routine", ROUTINE_STEP "(99, 1, 'glide', NULL, 10, 1, 0, 'none')",
    FK_FAILS, ROUTINE_STEP "(1, 1, 'glide', NULL, 10, 1, 0, 'none')" },

  /* session */
  { "session day in month 13",
    SESSION "('2026-13-01', 1000, NULL, NULL, NULL, 'manual', 'completed', NULL, NULL)",
    CHECK_FAILS,
    SESSION "('2026-12-01', 1000, NULL, NULL, NULL, 'manual', 'completed', NULL, NULL)" },
  { "session ending before it started",
    SESSION "('2026-03-01', 1000, 999, NULL, NULL, 'manual', 'completed', NULL, NULL)",
    CHECK_FAILS,
    SESSION "('2026-03-01', 1000, 1000, NULL, NULL, 'manual', 'completed', NULL, NULL)" },
  { "session of a missing routine",
    SESSION "('2026-03-01', 1000, NULL, 99, NULL, 'guided', 'completed', NULL, NULL)", FK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, 1, NULL, 'guided', 'completed', NULL, NULL)" },
  { "session routine name over 200 characters",
    SESSION "('2026-03-01', 1000, NULL, NULL, " TEXT_OF (201)
            ", 'manual', 'completed', NULL, NULL)",
    CHECK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, NULL, " TEXT_OF (200)
            ", 'manual', 'completed', NULL, NULL)" },
  { "unknown session source",
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'telepathy', 'completed', NULL, NULL)",
    CHECK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'reminder', 'completed', NULL, NULL)" },
  { "unknown session outcome",
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'abandoned', NULL, NULL)",
    CHECK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'running', NULL, NULL)" },
  { "before rating 11",
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'partial', 11, NULL)", CHECK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'partial', 10, NULL)" },
  { "before rating -1",
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'partial', -1, NULL)", CHECK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'partial', 0, NULL)" },
  { "after rating 11",
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'skipped', NULL, 11)", CHECK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'skipped', NULL, 10)" },
  { "after rating -1",
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'skipped', NULL, -1)", CHECK_FAILS,
    SESSION "('2026-03-01', 1000, NULL, NULL, NULL, 'manual', 'skipped', NULL, 0)" },

  /* session_step */
  { "negative step position", SESSION_STEP "(1, -1, 'calf', 'left', 1, 0, 1, 'completed')",
    CHECK_FAILS, SESSION_STEP "(1, 1, 'calf', 'left', 1, 0, 1, 'completed')" },
  { "empty done exercise", SESSION_STEP "(1, 1, '', 'left', 1, 0, 1, 'completed')", CHECK_FAILS,
    SESSION_STEP "(1, 1, 'c', 'left', 1, 0, 1, 'completed')" },
  { "done exercise over 100 characters",
    SESSION_STEP "(1, 1, " TEXT_OF (101) ", 'left', 1, 0, 1, 'completed')", CHECK_FAILS,
    SESSION_STEP "(1, 1, " TEXT_OF (100) ", 'left', 1, 0, 1, 'completed')" },
  { "done step on both sides at once", SESSION_STEP "(1, 1, 'calf', 'both', 1, 0, 1, 'completed')",
    CHECK_FAILS, SESSION_STEP "(1, 1, 'calf', 'right', 1, 0, 1, 'completed')" },
  { "negative holds done", SESSION_STEP "(1, 1, 'calf', 'left', -1, 0, 1, 'completed')",
    CHECK_FAILS, SESSION_STEP "(1, 1, 'calf', 'left', 0, 0, 1, 'completed')" },
  { "negative reps done", SESSION_STEP "(1, 1, 'glide', 'none', 0, -1, 1, 'completed')",
    CHECK_FAILS, SESSION_STEP "(1, 1, 'glide', 'none', 0, 0, 1, 'completed')" },
  { "negative sets done", SESSION_STEP "(1, 1, 'glide', 'none', 0, 10, -1, 'completed')",
    CHECK_FAILS, SESSION_STEP "(1, 1, 'glide', 'none', 0, 10, 0, 'completed')" },
  { "step outcome 'running'", SESSION_STEP "(1, 1, 'glide', 'none', 0, 10, 1, 'running')",
    CHECK_FAILS, SESSION_STEP "(1, 1, 'glide', 'none', 0, 10, 1, 'partial')" },
  { "step done twice in one place",
    SESSION_STEP "(1, 0, 'foot-scrunch', 'none', 0, 10, 1, 'completed')", UNIQUE_FAILS,
    SESSION_STEP "(1, 0, 'foot-scrunch', 'left', 0, 10, 1, 'completed')" },
  { "step of a missing session", SESSION_STEP "(99, 1, 'calf', 'left', 1, 0, 1, 'skipped')",
    FK_FAILS, SESSION_STEP "(1, 1, 'calf', 'left', 1, 0, 1, 'skipped')" },

  /* pt_visit */
  { "visit on 30 February", VISIT "('2026-02-30', NULL, NULL, NULL, 0)", CHECK_FAILS,
    VISIT "('2026-03-02', NULL, NULL, NULL, 0)" },
  { "visit clinic over 200 characters", VISIT "('2026-03-02', " TEXT_OF (201) ", NULL, NULL, 0)",
    CHECK_FAILS, VISIT "('2026-03-02', " TEXT_OF (200) ", NULL, NULL, 0)" },
  { "visit notes over 10000 characters",
    VISIT "('2026-03-02', NULL, " TEXT_OF (10001) ", NULL, 0)", CHECK_FAILS,
    VISIT "('2026-03-02', NULL, " TEXT_OF (10000) ", NULL, 0)" },
  { "visit program changes over 10000 characters",
    VISIT "('2026-03-02', NULL, NULL, " TEXT_OF (10001) ", 0)", CHECK_FAILS,
    VISIT "('2026-03-02', NULL, NULL, " TEXT_OF (10000) ", 0)" },

  /* reminder_event */
  { "unknown reminder outcome", REMINDER "(1000, NULL, 'ignored', NULL)", CHECK_FAILS,
    REMINDER "(1000, NULL, 'snoozed', NULL)" },
  { "reminder acted on before 1970", REMINDER "(1000, NULL, 'taken', -1)", CHECK_FAILS,
    REMINDER "(1000, NULL, 'taken', 0)" },
  { "reminder of a missing routine", REMINDER "(1000, 99, 'missed', NULL)", FK_FAILS,
    REMINDER "(1000, 1, 'missed', NULL)" },

  /* pause */
  { "pause start day without leading zeros", PAUSE "('2026-3-1', NULL, 'holiday', NULL)",
    CHECK_FAILS, PAUSE "('2026-03-01', NULL, 'holiday', NULL)" },
  { "pause ending before it starts", PAUSE "('2026-03-10', '2026-03-09', 'flare_up', NULL)",
    CHECK_FAILS, PAUSE "('2026-03-10', '2026-03-10', 'flare_up', NULL)" },
  { "pause end day 'yesterday'", PAUSE "('2026-03-10', 'yesterday', 'rest', NULL)",
    CHECK_FAILS, PAUSE "('2026-03-10', '2026-03-11', 'rest', NULL)" },
  { "unknown pause reason", PAUSE "('2026-03-10', NULL, 'boredom', NULL)", CHECK_FAILS,
    PAUSE "('2026-03-10', NULL, 'other', NULL)" },
  { "pause note over 10000 characters",
    PAUSE "('2026-03-10', NULL, 'injury', " TEXT_OF (10001) ")", CHECK_FAILS,
    PAUSE "('2026-03-10', NULL, 'injury', " TEXT_OF (10000) ")" },
};

START_TEST (test_constraints_refuse_bad_rows)
{
  const ConstraintCase *c = &constraint_cases[_i];
  sqlite3 *handle = _ft_database_get_handle (db);
  int rc;

  exec_ok (handle, constraint_seed);

  rc = sqlite3_exec (handle, c->bad, NULL, NULL, NULL);
  ck_assert_msg ((rc & 0xff) == SQLITE_CONSTRAINT,
                 "%s: expected a constraint failure, got %d (%s)",
                 c->description, rc, sqlite3_errmsg (handle));
  ck_assert_msg (rc == c->expected, "%s: expected result %d, got %d (%s)",
                 c->description, c->expected, rc, sqlite3_errmsg (handle));

  /* The nearest good row goes in, so the failure above was about the rule. */
  rc = sqlite3_exec (handle, c->good, NULL, NULL, NULL);
  ck_assert_msg (rc == SQLITE_OK, "%s: the valid row was refused: %s",
                 c->description, sqlite3_errmsg (handle));
  ck_assert_msg (sqlite3_changes (handle) == 1, "%s: the valid statement changed %d rows",
                 c->description, sqlite3_changes (handle));
}
END_TEST

/* Integer affinity turns the text '3' into the integer 3 before any CHECK
 * runs, so it cannot be refused; what matters is that the journal never
 * holds a rating that is not an integer. */
START_TEST (test_rating_digits_are_stored_as_integer)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autofree char *type = NULL;

  exec_ok (handle, constraint_seed);
  exec_ok (handle, RATING (1, "burning", "'3'"));

  type = sql_query_text (handle, "SELECT typeof (value) || ':' || value FROM symptom_rating "
                         "WHERE kind_id = (SELECT id FROM symptom_kind WHERE key = 'burning')");
  ck_assert_str_eq (type, "integer:3");
}
END_TEST

START_TEST (test_default_path)
{
  g_autofree char *path = ft_database_default_path ("/x/data");

  ck_assert_str_eq (path, "/x/data/footing/footing.db");
}
END_TEST

START_TEST (test_has_user_data)
{
  sqlite3 *handle = _ft_database_get_handle (db);
  g_autoptr(GError) error = NULL;
  gboolean has_data = TRUE;

  ck_assert (ft_database_has_user_data (db, &has_data, &error));
  ck_assert_ptr_null (error);
  ck_assert (!has_data);

  exec_ok (handle, "INSERT INTO pt_visit (day, created_us) VALUES ('2026-03-01', 0)");

  ck_assert (ft_database_has_user_data (db, &has_data, &error));
  ck_assert_ptr_null (error);
  ck_assert (has_data);
}
END_TEST

/* A custom symptom kind is a person's own record even with no ratings yet. */
START_TEST (test_custom_kind_is_user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean has_data = TRUE;

  exec_ok (_ft_database_get_handle (db),
           "INSERT INTO symptom_kind (key, name) VALUES ('heel_ache', 'Heel ache')");

  ck_assert (ft_database_has_user_data (db, &has_data, &error));
  ck_assert (has_data);
}
END_TEST

/* Tests on journal files */

START_TEST (test_new_file_is_private)
{
  g_autofree char *data_dir = g_build_filename (tmp_folder, "data", NULL);
  g_autofree char *folder = g_build_filename (data_dir, "footing", NULL);
  g_autofree char *path = g_build_filename (folder, "footing.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(FtDatabase) database = NULL;

  ck_assert (!g_file_test (data_dir, G_FILE_TEST_EXISTS));

  database = open_ok (path);
  ck_assert_str_eq (ft_database_get_path (database), path);
  ck_assert_uint_eq (ft_database_get_schema_version (database),
                     ft_database_get_latest_schema_version ());

  ck_assert_uint_eq (file_mode (data_dir), 0700);
  ck_assert_uint_eq (file_mode (folder), 0700);
  ck_assert_uint_eq (file_mode (path), 0600);

  /* The WAL holds recent changes, so it must be just as private. */
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    ck_assert_uint_eq (file_mode (wal) & 0077, 0);
  if (g_file_test (shm, G_FILE_TEST_EXISTS))
    ck_assert_uint_eq (file_mode (shm) & 0077, 0);
}
END_TEST

START_TEST (test_loose_mode_is_tightened)
{
  g_autofree char *path = g_build_filename (tmp_folder, "footing.db", NULL);
  g_autofree char *empty = g_build_filename (tmp_folder, "empty.db", NULL);
  g_autoptr(FtDatabase) database = open_ok (path);

  g_clear_object (&database);

  /* As if an older copy had been restored with a loose umask. */
  ck_assert_int_eq (g_chmod (path, 0644), 0);
  database = open_ok (path);
  ck_assert_uint_eq (file_mode (path), 0600);
  g_clear_object (&database);

  /* An empty file is a new journal, and gets the same treatment. */
  write_file (empty, "", 0);
  ck_assert_int_eq (g_chmod (empty, 0644), 0);
  database = open_ok (empty);
  ck_assert_uint_eq (file_mode (empty), 0600);
  ck_assert_uint_eq (ft_database_get_schema_version (database),
                     ft_database_get_latest_schema_version ());
}
END_TEST

START_TEST (test_reopen_keeps_data)
{
  g_autofree char *path = g_build_filename (tmp_folder, "footing.db", NULL);
  g_autoptr(FtDatabase) database = open_ok (path);
  g_autofree char *row = NULL;

  exec_ok (_ft_database_get_handle (database),
           "INSERT INTO journal_entry (day, foot, hours_on_feet, note, created_us, updated_us) "
           "VALUES ('2026-03-14', 'left', 6.5, 'Long walk', 1, 2);"
           "INSERT INTO symptom_rating (entry_id, kind_id, value) "
           "SELECT last_insert_rowid (), id, 7 FROM symptom_kind WHERE key = 'night_pain'");
  g_clear_object (&database);

  database = open_ok (path);
  ck_assert_uint_eq (ft_database_get_schema_version (database),
                     ft_database_get_latest_schema_version ());

  row = sql_query_text (_ft_database_get_handle (database),
                        "SELECT e.day || '|' || e.foot || '|' || e.hours_on_feet || '|' || e.note "
                        "       || '|' || k.key || '|' || r.value "
                        "FROM journal_entry e JOIN symptom_rating r ON r.entry_id = e.id "
                        "JOIN symptom_kind k ON k.id = r.kind_id");
  ck_assert_str_eq (row, "2026-03-14|left|6.5|Long walk|night_pain|7");
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (database),
                                     "SELECT count(*) FROM symptom_rating"), 1);
  /* Reopening must not seed the built-in kinds a second time. */
  ck_assert_int_eq (sql_query_int64 (_ft_database_get_handle (database),
                                     "SELECT count(*) FROM symptom_kind"),
                    G_N_ELEMENTS (builtin_kinds));
}
END_TEST

START_TEST (test_file_pragmas)
{
  g_autofree char *path = g_build_filename (tmp_folder, "footing.db", NULL);
  g_autoptr(FtDatabase) database = open_ok (path);
  sqlite3 *handle = _ft_database_get_handle (database);
  g_autofree char *journal_mode = sql_query_text (handle, "PRAGMA journal_mode");

  ck_assert_str_eq (journal_mode, "wal");
  ck_assert_int_eq (sql_query_int64 (handle, "PRAGMA foreign_keys"), 1);
}
END_TEST

START_TEST (test_text_file_is_not_a_database)
{
  g_autofree char *path = g_build_filename (tmp_folder, "notes.db", NULL);
  g_autoptr(GBytes) bytes = NULL;

  make_text_file (path);
  bytes = read_file (path);
  ck_assert_uint_gt (g_bytes_get_size (bytes), 300);

  assert_refused_untouched (path, FT_ERROR_NOT_A_DATABASE);
  /* No WAL or lock file left beside it either. */
  ck_assert_uint_eq (count_folder_entries (tmp_folder), 1);
}
END_TEST

START_TEST (test_garbage_file_is_not_a_database)
{
  g_autofree char *path = g_build_filename (tmp_folder, "noise.db", NULL);

  make_garbage_file (path);

  assert_refused_untouched (path, FT_ERROR_NOT_A_DATABASE);
  ck_assert_uint_eq (count_folder_entries (tmp_folder), 1);
}
END_TEST

START_TEST (test_other_program_database)
{
  g_autofree char *path = g_build_filename (tmp_folder, "other.db", NULL);
  g_autofree char *tagged = g_build_filename (tmp_folder, "tagged.db", NULL);
  sqlite3 *handle = NULL;

  make_other_program_database (path);
  assert_refused_untouched (path, FT_ERROR_NOT_FOOTING);
  ck_assert_uint_eq (count_folder_entries (tmp_folder), 1);

  /* A program that marks its files but has made no tables yet. */
  ck_assert_int_eq (sqlite3_open_v2 (tagged, &handle,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                    SQLITE_OK);
  exec_ok (handle, "PRAGMA application_id = 1234");
  sqlite3_close (handle);
  assert_refused_untouched (tagged, FT_ERROR_NOT_FOOTING);
}
END_TEST

START_TEST (test_newer_journal_is_refused)
{
  g_autofree char *path = g_build_filename (tmp_folder, "footing.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  make_newer_journal (path);
  before = read_file (path);

  database = ft_database_open (path, &error);
  ck_assert_ptr_null (database);
  ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_TOO_NEW),
                 "expected FT_ERROR_TOO_NEW, got %s", error != NULL ? error->message : "none");
  ck_assert_msg (strstr (error->message, path) != NULL,
                 "the message does not name the file: %s", error->message);

  after = read_file (path);
  ck_assert (g_bytes_equal (before, after));
  ck_assert_uint_eq (count_folder_entries (tmp_folder), 1);
}
END_TEST

/* The documentation promises that a refused file is left exactly as it was,
 * and its permissions are part of that. */
typedef struct
{
  const char *name;
  void      (*make) (const char *path);
  FtError     code;
} RefusedCase;

static const RefusedCase refused_cases[] = {
  { "text.db", make_text_file, FT_ERROR_NOT_A_DATABASE },
  { "noise.db", make_garbage_file, FT_ERROR_NOT_A_DATABASE },
  { "other.db", make_other_program_database, FT_ERROR_NOT_FOOTING },
  { "newer.db", make_newer_journal, FT_ERROR_TOO_NEW },
};

START_TEST (test_refused_file_keeps_its_mode)
{
  const RefusedCase *c = &refused_cases[_i];
  g_autofree char *path = g_build_filename (tmp_folder, c->name, NULL);

  c->make (path);
  ck_assert_int_eq (g_chmod (path, 0644), 0);

  assert_refused_untouched (path, c->code);
  ck_assert_msg (file_mode (path) == 0644, "%s: mode changed from 0644 to 0%o",
                 c->name, file_mode (path));
}
END_TEST

START_TEST (test_read_only_file)
{
  g_autofree char *path = NULL;
  g_autoptr(FtDatabase) database = NULL;

  if (!become_unprivileged ())
    return;

  path = g_build_filename (tmp_folder, "footing.db", NULL);
  database = open_ok (path);
  exec_ok (_ft_database_get_handle (database),
           "INSERT INTO pt_visit (day, created_us) VALUES ('2026-03-01', 0)");
  g_clear_object (&database);

  ck_assert_int_eq (g_chmod (path, 0400), 0);
  assert_refused_untouched (path, FT_ERROR_READ_ONLY);
  ck_assert_uint_eq (file_mode (path), 0400);
  ck_assert_uint_eq (count_folder_entries (tmp_folder), 1);
}
END_TEST

START_TEST (test_read_only_folder)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FtDatabase) database = NULL;

  if (!become_unprivileged ())
    return;

  folder = g_build_filename (tmp_folder, "footing", NULL);
  path = g_build_filename (folder, "footing.db", NULL);
  database = open_ok (path);
  exec_ok (_ft_database_get_handle (database),
           "INSERT INTO pt_visit (day, created_us) VALUES ('2026-03-01', 0)");
  g_clear_object (&database);

  /* SQLite needs to make its WAL and lock files beside the journal. */
  ck_assert_int_eq (g_chmod (folder, 0500), 0);
  assert_refused_untouched (path, FT_ERROR_READ_ONLY);
  ck_assert_uint_eq (count_folder_entries (folder), 1);
}
END_TEST

START_TEST (test_read_only_empty_folder)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *nested = NULL;
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  if (!become_unprivileged ())
    return;

  folder = g_build_filename (tmp_folder, "footing", NULL);
  path = g_build_filename (folder, "footing.db", NULL);
  nested = g_build_filename (folder, "deeper", "footing.db", NULL);
  ck_assert_int_eq (g_mkdir (folder, 0500), 0);
  ck_assert_uint_eq (file_mode (folder), 0500);

  database = ft_database_open (path, &error);
  ck_assert_ptr_null (database);
  ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_READ_ONLY),
                 "expected FT_ERROR_READ_ONLY, got %s", error != NULL ? error->message : "none");
  g_clear_error (&error);

  database = ft_database_open (nested, &error);
  ck_assert_ptr_null (database);
  ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_READ_ONLY),
                 "expected FT_ERROR_READ_ONLY, got %s", error != NULL ? error->message : "none");

  ck_assert_uint_eq (count_folder_entries (folder), 0);
}
END_TEST

/* Lets the journal grow by a page or so, then reports the disk as full. */
static void
limit_growth (sqlite3 *handle)
{
  g_autofree char *limit = NULL;
  gint64 page_count = sql_query_int64 (handle, "PRAGMA page_count");

  /* A pragma takes no bound values; the number comes from the journal. */
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, page_count + 1);
  exec_ok (handle, limit);
  ck_assert_int_eq (sql_query_int64 (handle, "PRAGMA max_page_count"), page_count + 1);
}

static void
assert_fresh_journal (FtDatabase *database)
{
  sqlite3 *handle = _ft_database_get_handle (database);
  g_autofree char *integrity = sql_query_text (handle, "PRAGMA integrity_check");
  g_autoptr(GError) error = NULL;
  gboolean has_data = TRUE;

  ck_assert_str_eq (integrity, "ok");
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_kind WHERE builtin = 1 "
                                     "AND key IN ('tingling', 'burning', 'numbness', "
                                     "'night_pain', 'first_step_pain')"),
                    G_N_ELEMENTS (builtin_kinds));
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_kind"),
                    G_N_ELEMENTS (builtin_kinds));
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM journal_entry"), 0);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM symptom_rating"), 0);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM session"), 0);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM session_step"), 0);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM gear_distance"), 0);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM routine_step"), 0);

  ck_assert (ft_database_has_user_data (database, &has_data, &error));
  ck_assert (!has_data);
}

START_TEST (test_disk_full_demo_leaves_nothing)
{
  g_autofree char *path = g_build_filename (tmp_folder, "footing.db", NULL);
  g_autoptr(FtDatabase) database = open_ok (path);
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 3, 15, 12, 0, 0);
  g_autoptr(GError) error = NULL;

  limit_growth (_ft_database_get_handle (database));

  ck_assert (!ft_demo_fill (database, FT_DEMO_DEFAULT_SEED, 52, now, &error));
  ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_DISK_FULL),
                 "expected FT_ERROR_DISK_FULL, got %s", error != NULL ? error->message : "none");
  ck_assert_msg (strstr (error->message, path) != NULL,
                 "the message does not name the file: %s", error->message);

  /* The connection is still usable and sees none of the half-written demo. */
  ck_assert (sqlite3_get_autocommit (_ft_database_get_handle (database)));
  assert_fresh_journal (database);
  g_clear_object (&database);

  database = open_ok (path);
  assert_fresh_journal (database);
}
END_TEST

START_TEST (test_disk_full_write_rolls_back)
{
  g_autofree char *path = g_build_filename (tmp_folder, "footing.db", NULL);
  g_autoptr(FtDatabase) database = open_ok (path);
  sqlite3 *handle = _ft_database_get_handle (database);
  g_autofree char *row = NULL;
  g_autofree char *integrity = NULL;
  g_autoptr(GError) error = NULL;

  exec_ok (handle,
           "INSERT INTO journal_entry (day, foot, note, created_us, updated_us) "
           "VALUES ('2026-03-14', 'left', 'Before the disk filled up', 1, 1)");

  limit_growth (handle);

  /* Far more than one page: a year of visits with long notes. */
  ck_assert (_ft_database_begin (database, &error));
  ck_assert (!_ft_database_exec (database,
                                 "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL "
                                 "  SELECT i + 1 FROM n WHERE i < 365) "
                                 "INSERT INTO pt_visit (day, notes, created_us) "
                                 "SELECT date ('2025-01-01', '+' || i || ' days'), "
                                 "       printf ('%.*c', 2000, 'n'), i FROM n",
                                 &error));
  ck_assert_msg (g_error_matches (error, FT_ERROR, FT_ERROR_DISK_FULL),
                 "expected FT_ERROR_DISK_FULL, got %s", error != NULL ? error->message : "none");
  _ft_database_rollback (database);
  ck_assert (sqlite3_get_autocommit (handle));
  g_clear_error (&error);

  /* The same code, reported directly, maps the same way. */
  ck_assert (!_ft_database_fail (database, SQLITE_FULL, &error));
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_DISK_FULL));

  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM pt_visit"), 0);
  g_clear_object (&database);

  database = open_ok (path);
  handle = _ft_database_get_handle (database);
  integrity = sql_query_text (handle, "PRAGMA integrity_check");
  ck_assert_str_eq (integrity, "ok");
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM pt_visit"), 0);
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM journal_entry"), 1);
  row = sql_query_text (handle, "SELECT day || '|' || foot || '|' || note FROM journal_entry");
  ck_assert_str_eq (row, "2026-03-14|left|Before the disk filled up");

  /* Once there is room again, writing works. */
  exec_ok (handle, "INSERT INTO pt_visit (day, created_us) VALUES ('2026-03-15', 0)");
  ck_assert_int_eq (sql_query_int64 (handle, "SELECT count(*) FROM pt_visit"), 1);
}
END_TEST

static Suite *
database_suite (void)
{
  Suite *suite = suite_create ("database");
  TCase *memory = tcase_create ("memory");
  TCase *files = tcase_create ("files");

  tcase_add_checked_fixture (memory, open_memory_journal, close_memory_journal);
  tcase_add_test (memory, test_migrates_from_empty);
  tcase_add_loop_test (memory, test_constraints_refuse_bad_rows, 0,
                       G_N_ELEMENTS (constraint_cases));
  tcase_add_test (memory, test_rating_digits_are_stored_as_integer);
  tcase_add_test (memory, test_default_path);
  tcase_add_test (memory, test_has_user_data);
  tcase_add_test (memory, test_custom_kind_is_user_data);
  suite_add_tcase (suite, memory);

  tcase_add_checked_fixture (files, make_tmp_folder, remove_tmp_folder);
  /* Sanitizer builds are several times slower than Check's default 4 s allows. */
  tcase_set_timeout (files, 60);
  tcase_add_test (files, test_new_file_is_private);
  tcase_add_test (files, test_loose_mode_is_tightened);
  tcase_add_test (files, test_reopen_keeps_data);
  tcase_add_test (files, test_file_pragmas);
  tcase_add_test (files, test_text_file_is_not_a_database);
  tcase_add_test (files, test_garbage_file_is_not_a_database);
  tcase_add_test (files, test_other_program_database);
  tcase_add_test (files, test_newer_journal_is_refused);
  tcase_add_loop_test (files, test_refused_file_keeps_its_mode, 0, G_N_ELEMENTS (refused_cases));
  tcase_add_test (files, test_read_only_file);
  tcase_add_test (files, test_read_only_folder);
  tcase_add_test (files, test_read_only_empty_folder);
  tcase_add_test (files, test_disk_full_demo_leaves_nothing);
  tcase_add_test (files, test_disk_full_write_rolls_back);
  suite_add_tcase (suite, files);

  return suite;
}

int
main (void)
{
  return test_support_run (database_suite ());
}
