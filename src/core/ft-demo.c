/* ft-demo.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-demo.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ft-database-private.h"
#include "ft-error.h"
#include "ft-routine-private.h"

/* The demo person: tarsal tunnel symptoms in the left foot, some first-step
 * pain, runs three times a week, works at a desk. An insole with arch support
 * goes into the running shoe 40% of the way through, after which the nerve
 * symptoms ease over a few weeks. */

typedef enum
{
  TINGLING,
  BURNING,
  NUMBNESS,
  NIGHT_PAIN,
  FIRST_STEP_PAIN,
  N_SYMPTOMS
} Symptom;

static const char * const symptom_keys[N_SYMPTOMS] = {
  "tingling", "burning", "numbness", "night_pain", "first_step_pain",
};

/* Typical level before the change, and the share of it left once it settles. */
static const double baseline[N_SYMPTOMS] = { 5.0, 4.2, 2.8, 5.2, 5.8 };
static const double settled[N_SYMPTOMS] = { 0.35, 0.4, 0.55, 0.3, 0.7 };

typedef struct
{
  const char *key;
  const char *name;
  const char *steps[3];
  guint       hold_s;
  guint       reps;
} DemoRoutine;

static const DemoRoutine routines[] = {
  { "desk-break", N_("Desk break"), { "upper-calf-stretch", "lower-calf-stretch", NULL }, 30, 0 },
  { "morning", N_("Morning"), { "seated-towel-calf-stretch", "foot-scrunch", "plantar-fascia-release" }, 30, 10 },
  { "nerve-care", N_("Nerve care"), { "tibial-nerve-glide", "calf-hamstring-band-stretch", "big-toe-band-stretch" }, 30, 10 },
};

typedef struct
{
  FtDatabase   *database;
  GRand        *rand;
  GTimeZone    *tz;
  sqlite3_stmt *entry;
  sqlite3_stmt *rating;
  sqlite3_stmt *session;
  sqlite3_stmt *step;
  gint64        kind_ids[N_SYMPTOMS];
  gint64        routine_ids[G_N_ELEMENTS (routines)];
  gint64        running_shoe_id;
  gint64        new_running_shoe_id;
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_pointer (&demo->tz, g_time_zone_unref);
  g_clear_pointer (&demo->entry, sqlite3_finalize);
  g_clear_pointer (&demo->rating, sqlite3_finalize);
  g_clear_pointer (&demo->session, sqlite3_finalize);
  g_clear_pointer (&demo->step, sqlite3_finalize);
}

static void
format_day (const GDate *day,
            char         out[11])
{
  g_date_strftime (out, 11, "%Y-%m-%d", day);
}

/* A local instant on @day, as UTC microseconds. */
static gint64
instant (Demo        *demo,
         const GDate *day,
         int          hour,
         int          minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new (demo->tz,
                                             g_date_get_year (day),
                                             g_date_get_month (day),
                                             g_date_get_day (day),
                                             hour, minute, 0);

  return g_date_time_to_unix_usec (dt);
}

static gboolean
run_step (Demo          *demo,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  gboolean ok = _ft_database_step_done (demo->database, stmt, error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return ok;
}

static gint64
last_id (Demo *demo)
{
  return sqlite3_last_insert_rowid (_ft_database_get_handle (demo->database));
}

static gboolean
look_up_kinds (Demo    *demo,
               GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (demo->database, "SELECT id FROM symptom_kind WHERE key = ?1",
                             &stmt, error))
    return FALSE;

  for (guint i = 0; i < N_SYMPTOMS; i++)
    {
      sqlite3_bind_text (stmt, 1, symptom_keys[i], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        return _ft_database_fail (demo->database, sqlite3_errcode (_ft_database_get_handle (demo->database)), error);
      demo->kind_ids[i] = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }

  return TRUE;
}

/* The demo person has Footing's built-in routines, added the way the app
 * adds them, and runs three of them. */
static gboolean
add_routines (Demo        *demo,
              const GDate *first_day,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;

  if (!_ft_routine_book_seed (demo->database, instant (demo, first_day, 8, 0), error) ||
      !_ft_database_prepare (demo->database, "SELECT id FROM routine WHERE builtin_key = ?1",
                             &find, error))
    return FALSE;

  for (guint r = 0; r < G_N_ELEMENTS (routines); r++)
    {
      int rc;

      sqlite3_bind_text (find, 1, routines[r].key, -1, SQLITE_STATIC);
      rc = sqlite3_step (find);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_STORAGE,
                       _("The built-in routine “%s” is missing"), _(routines[r].name));
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        return _ft_database_fail (demo->database, rc, error);
      demo->routine_ids[r] = sqlite3_column_int64 (find, 0);
      sqlite3_reset (find);
    }

  return TRUE;
}

static gboolean
add_gear_event (Demo        *demo,
                const char  *kind,
                const GDate *day,
                gint64       gear_id,
                gint64       target_gear_id,
                const char  *label,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char iso[11];

  format_day (day, iso);
  if (!_ft_database_prepare (demo->database,
                             "INSERT INTO gear_event (kind, day, gear_id, target_gear_id, label, "
                             "created_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, iso, -1, SQLITE_TRANSIENT);
  if (gear_id > 0)
    sqlite3_bind_int64 (stmt, 3, gear_id);
  if (target_gear_id > 0)
    sqlite3_bind_int64 (stmt, 4, target_gear_id);
  sqlite3_bind_text (stmt, 5, label, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, instant (demo, day, 20, 0));

  return _ft_database_step_done (demo->database, stmt, error);
}

static gboolean
add_gear (Demo        *demo,
          const char  *kind,
          const char  *name,
          const char  *brand,
          const GDate *start,
          double       prior_distance_m,
          gint64      *id,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char start_iso[11];

  format_day (start, start_iso);
  if (!_ft_database_prepare (demo->database,
                             "INSERT INTO gear (kind, name, brand, start_day, prior_distance_m, "
                             "threshold_distance_m, threshold_days, created_us) "
                             "VALUES (?1, ?2, ?3, ?4, ?6, ?7, ?8, ?9)",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, brand, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, start_iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 6, prior_distance_m);
  if (g_str_equal (kind, "running_shoe"))
    sqlite3_bind_double (stmt, 7, 600000.0);
  if (g_str_equal (kind, "insole"))
    sqlite3_bind_int (stmt, 8, 365);
  sqlite3_bind_int64 (stmt, 9, instant (demo, start, 20, 0));

  if (!_ft_database_step_done (demo->database, stmt, error))
    return FALSE;

  *id = last_id (demo);

  return add_gear_event (demo, "start", start, *id, 0, NULL, error);
}

static gboolean
retire_gear (Demo        *demo,
             gint64       gear_id,
             const GDate *day,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char iso[11];

  format_day (day, iso);
  if (!_ft_database_prepare (demo->database, "UPDATE gear SET retire_day = ?1 WHERE id = ?2",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, gear_id);

  return _ft_database_step_done (demo->database, stmt, error) &&
         add_gear_event (demo, "retire", day, gear_id, 0, NULL, error);
}

static gboolean
add_visit (Demo        *demo,
           const GDate *day,
           const char  *notes,
           const char  *changes,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char iso[11];

  format_day (day, iso);
  if (!_ft_database_prepare (demo->database,
                             "INSERT INTO pt_visit (day, clinic, notes, program_changes, created_us) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, _("Riverside Physiotherapy"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, notes, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, changes, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, instant (demo, day, 17, 30));

  return _ft_database_step_done (demo->database, stmt, error);
}

/* The therapist's change to the home program, as the routine book records it. */
static gboolean
add_routine_change (Demo        *demo,
                    const GDate *day,
                    guint        routine,
                    const char  *detail,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char iso[11];

  format_day (day, iso);
  if (!_ft_database_prepare (demo->database,
                             "INSERT INTO routine_event (day, routine_id, routine_name, kind, "
                             "detail, created_us) VALUES (?1, ?2, ?3, 'changed', ?4, ?5)",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, demo->routine_ids[routine]);
  sqlite3_bind_text (stmt, 3, _(routines[routine].name), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, detail, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, instant (demo, day, 18, 0));

  return _ft_database_step_done (demo->database, stmt, error);
}

static gboolean
add_pause (Demo        *demo,
           const GDate *start,
           const GDate *end,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char start_iso[11];
  char end_iso[11];

  format_day (start, start_iso);
  format_day (end, end_iso);
  if (!_ft_database_prepare (demo->database,
                             "INSERT INTO pause (start_day, end_day, reason, note) "
                             "VALUES (?1, ?2, 'holiday', ?3)",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, start_iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, end_iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, _("Family holiday"), -1, SQLITE_TRANSIENT);

  return _ft_database_step_done (demo->database, stmt, error);
}

static int
clamp_rating (double value)
{
  return (int) CLAMP (lround (value), 0, 10);
}

static gboolean
add_entry (Demo        *demo,
           const GDate *day,
           const char  *foot,
           const int    ratings[N_SYMPTOMS],
           double       hours,
           double       run_m,
           gint64       shoe_id,
           const char  *note,
           gboolean     for_therapist,
           GError     **error)
{
  char iso[11];
  gint64 entry_id;

  format_day (day, iso);
  sqlite3_bind_text (demo->entry, 1, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (demo->entry, 2, foot, -1, SQLITE_STATIC);
  sqlite3_bind_double (demo->entry, 3, hours);
  if (run_m > 0)
    {
      sqlite3_bind_double (demo->entry, 4, run_m);
      sqlite3_bind_int64 (demo->entry, 5, shoe_id);
    }
  sqlite3_bind_text (demo->entry, 6, note, -1, SQLITE_STATIC);
  sqlite3_bind_int (demo->entry, 7, note != NULL && for_therapist);
  sqlite3_bind_int64 (demo->entry, 8, instant (demo, day, 21, 30));
  if (!run_step (demo, demo->entry, error))
    return FALSE;
  entry_id = last_id (demo);

  for (guint k = 0; k < N_SYMPTOMS; k++)
    {
      /* Not rated is not zero: it is simply absent. */
      if (ratings[k] < 0)
        continue;

      sqlite3_bind_int64 (demo->rating, 1, entry_id);
      sqlite3_bind_int64 (demo->rating, 2, demo->kind_ids[k]);
      sqlite3_bind_int (demo->rating, 3, ratings[k]);
      if (!run_step (demo, demo->rating, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_session (Demo        *demo,
             const GDate *day,
             guint        routine,
             int          hour,
             int          minute,
             int          before,
             int          after,
             GError     **error)
{
  const DemoRoutine *r = &routines[routine];
  gint64 started = instant (demo, day, hour, minute);
  gint64 seconds = 0;
  gboolean partial = g_rand_double (demo->rand) < 0.05;
  gint64 session_id;
  guint position = 0;
  char iso[11];

  for (guint s = 0; s < G_N_ELEMENTS (r->steps) && r->steps[s] != NULL; s++)
    seconds += r->hold_s * 2 + 20;

  format_day (day, iso);
  sqlite3_bind_text (demo->session, 1, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (demo->session, 2, started);
  sqlite3_bind_int64 (demo->session, 3, started + seconds * G_USEC_PER_SEC);
  sqlite3_bind_int64 (demo->session, 4, demo->routine_ids[routine]);
  sqlite3_bind_text (demo->session, 5, _(r->name), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (demo->session, 6, partial ? "partial" : "completed", -1, SQLITE_STATIC);
  if (before >= 0)
    sqlite3_bind_int (demo->session, 7, before);
  if (after >= 0)
    sqlite3_bind_int (demo->session, 8, after);
  if (!run_step (demo, demo->session, error))
    return FALSE;
  session_id = last_id (demo);

  for (guint s = 0; s < G_N_ELEMENTS (r->steps) && r->steps[s] != NULL; s++)
    {
      gboolean counted = g_str_equal (r->steps[s], "tibial-nerve-glide") ||
                         g_str_equal (r->steps[s], "foot-scrunch");
      const char * const both_sides[] = { "left", "right" };
      const char * const no_side[] = { "none" };
      const char * const *sides = counted ? no_side : both_sides;
      guint n_sides = counted ? 1 : 2;
      gboolean last_step = s + 1 == G_N_ELEMENTS (r->steps) || r->steps[s + 1] == NULL;

      for (guint side = 0; side < n_sides; side++)
        {
          gboolean skipped = partial && last_step;

          sqlite3_bind_int64 (demo->step, 1, session_id);
          sqlite3_bind_int (demo->step, 2, (int) position++);
          sqlite3_bind_text (demo->step, 3, r->steps[s], -1, SQLITE_STATIC);
          sqlite3_bind_text (demo->step, 4, sides[side], -1, SQLITE_STATIC);
          sqlite3_bind_int (demo->step, 5, skipped || counted ? 0 : 1);
          sqlite3_bind_int (demo->step, 6, skipped || !counted ? 0 : (int) r->reps);
          sqlite3_bind_int (demo->step, 7, skipped ? 0 : 1);
          sqlite3_bind_text (demo->step, 8, skipped ? "skipped" : "completed", -1, SQLITE_STATIC);
          if (!run_step (demo, demo->step, error))
            return FALSE;
        }
    }

  return TRUE;
}

static const char *
pick_note (Demo     *demo,
           gboolean  ran,
           gboolean *for_therapist)
{
  static const char * const notes[] = {
    N_("Burning along the sole after the evening run."),
    N_("Woke up twice with tingling in the toes."),
    N_("Long day standing at the conference."),
    N_("Stretched at every break; the calf felt looser."),
    N_("Heel sore on the first steps, eased after ten minutes."),
    N_("Numb patch under the big toe again."),
  };
  guint i;

  if (g_rand_double (demo->rand) > (ran ? 0.18 : 0.08))
    return NULL;

  i = g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (notes));
  *for_therapist = g_rand_double (demo->rand) < 0.3;

  return _(notes[i]);
}

static gboolean
fill_days (Demo        *demo,
           const GDate *first_day,
           guint        n_days,
           guint        change_index,
           guint        visit_index,
           guint        retire_index,
           guint        pause_index,
           GError     **error)
{
  gboolean ran_yesterday = FALSE;
  double hours_yesterday = 4.0;

  for (guint i = 0; i < n_days; i++)
    {
      GDate day = *first_day;
      GDateWeekday weekday;
      gboolean weekend;
      gboolean run;
      double factor[N_SYMPTOMS];
      int ratings[N_SYMPTOMS];
      double hours;
      double run_m = 0;
      gboolean for_therapist = FALSE;
      const char *note;
      gint64 shoe = i >= retire_index ? demo->new_running_shoe_id : demo->running_shoe_id;
      guint desk_breaks;

      g_date_add_days (&day, i);
      weekday = g_date_get_weekday (&day);
      weekend = weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;

      if (i >= pause_index && i < pause_index + 7)
        {
          ran_yesterday = FALSE;
          continue;
        }

      run = (weekday == G_DATE_TUESDAY || weekday == G_DATE_THURSDAY ||
             weekday == G_DATE_SATURDAY) && g_rand_double (demo->rand) < 0.85;
      if (run)
        run_m = 100.0 * g_rand_int_range (demo->rand, 50, 121);

      hours = weekend ? 7.0 + 1.5 * (g_rand_double (demo->rand) - 0.5) * 2
                      : 3.5 + 1.0 * (g_rand_double (demo->rand) - 0.5) * 2;
      hours = round (hours * 2) / 2;

      /* Some days go unrecorded, as they do in real journals. */
      if (g_rand_double (demo->rand) < 0.07)
        {
          ran_yesterday = run;
          hours_yesterday = hours;
          continue;
        }

      for (guint k = 0; k < N_SYMPTOMS; k++)
        {
          double t = (double) i - (double) change_index;

          factor[k] = t < 0 ? 1.0 : 1.0 - (1.0 - settled[k]) * (1.0 - exp (-t / 14.0));
        }

      for (guint k = 0; k < N_SYMPTOMS; k++)
        {
          double value = baseline[k] * factor[k] + g_rand_double_range (demo->rand, -1.2, 1.2);

          if ((k == NIGHT_PAIN || k == BURNING) && ran_yesterday)
            value += 1.2 * factor[k];
          if (k == TINGLING && run)
            value += 0.8 * factor[k];
          if (k == FIRST_STEP_PAIN && hours_yesterday > 6.5)
            value += 0.9;

          ratings[k] = g_rand_double (demo->rand) < 0.04 ? -1 : clamp_rating (value);
        }

      note = pick_note (demo, run, &for_therapist);
      if (!add_entry (demo, &day, "left", ratings, hours, run_m, shoe, note, for_therapist, error))
        return FALSE;

      /* Now and then the right foot joins in, milder. */
      if (g_rand_double (demo->rand) < 0.1)
        {
          for (guint k = 0; k < N_SYMPTOMS; k++)
            ratings[k] = ratings[k] < 0 ? -1 : clamp_rating (ratings[k] * 0.4);
          if (!add_entry (demo, &day, "right", ratings, hours, 0, 0, NULL, FALSE, error))
            return FALSE;
        }

      if (g_rand_double (demo->rand) < 0.8 &&
          !add_session (demo, &day, 1, 7, g_rand_int_range (demo->rand, 0, 30), -1, -1, error))
        return FALSE;

      desk_breaks = weekend ? 0 : g_rand_int_range (demo->rand, 1, 6);
      for (guint b = 0; b < desk_breaks; b++)
        {
          int minutes = 10 * 60 + (int) b * 90 + g_rand_int_range (demo->rand, 0, 15);

          if (!add_session (demo, &day, 0, minutes / 60, minutes % 60, -1, -1, error))
            return FALSE;
        }

      /* Nerve care became daily at the first visit. */
      if (g_rand_double (demo->rand) < (i >= visit_index ? 0.85 : 0.5))
        {
          int before = ratings[BURNING];
          int after = before > 0 ? before - g_rand_int_range (demo->rand, 0, 2) : before;

          if (!add_session (demo, &day, 2, 21, g_rand_int_range (demo->rand, 0, 45),
                            before, after, error))
            return FALSE;
        }

      ran_yesterday = run;
      hours_yesterday = hours;
    }

  return TRUE;
}

static gboolean
fill (Demo       *demo,
      guint       weeks,
      GDateTime  *now,
      GError    **error)
{
  guint n_days = weeks * 7;
  GDate last_day;
  GDate first_day;
  GDate day;
  guint change_index = n_days * 2 / 5;
  guint visit_index = change_index >= 3 ? change_index - 3 : 0;
  guint follow_up_index = change_index + 25;
  guint retire_index = n_days >= 60 ? n_days * 7 / 10 : G_MAXUINT;
  guint pause_index = n_days >= 70 ? n_days * 3 / 5 : G_MAXUINT;
  gint64 everyday_id;
  gint64 insole_id;

  g_date_clear (&last_day, 1);
  g_date_set_dmy (&last_day,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  first_day = last_day;
  g_date_subtract_days (&first_day, n_days - 1);

  if (!look_up_kinds (demo, error) || !add_routines (demo, &first_day, error))
    return FALSE;

  day = first_day;
  g_date_subtract_days (&day, 90);
  if (!add_gear (demo, "running_shoe", _("Trail runners"), _("Ridgeline 4"), &day,
                 300000.0, &demo->running_shoe_id, error))
    return FALSE;

  g_date_subtract_days (&day, 200);
  if (!add_gear (demo, "everyday_shoe", _("Office shoes"), _("Walkwell Oxford"), &day,
                 0, &everyday_id, error))
    return FALSE;

  if (retire_index != G_MAXUINT)
    {
      GDate retire = first_day;

      g_date_add_days (&retire, retire_index);
      if (!retire_gear (demo, demo->running_shoe_id, &retire, error) ||
          !add_gear (demo, "running_shoe", _("Road runners"), _("Strider 9"), &retire,
                     0, &demo->new_running_shoe_id, error))
        return FALSE;
    }

  day = first_day;
  g_date_add_days (&day, change_index);
  if (!add_gear (demo, "insole", _("Arch-support insoles"), _("Contour Arch"), &day, 0,
                 &insole_id, error) ||
      !add_gear_event (demo, "move", &day, insole_id, demo->running_shoe_id, NULL, error))
    return FALSE;

  if (retire_index != G_MAXUINT)
    {
      day = first_day;
      g_date_add_days (&day, retire_index);
      if (!add_gear_event (demo, "move", &day, insole_id, demo->new_running_shoe_id, NULL, error))
        return FALSE;
    }

  if (n_days >= 100)
    {
      day = first_day;
      g_date_add_days (&day, n_days / 5);
      if (!add_gear_event (demo, "change", &day, 0, 0, _("New standing desk at work"), error))
        return FALSE;
    }

  day = first_day;
  g_date_add_days (&day, visit_index);
  if (!add_visit (demo, &day,
                  _("Tibial nerve irritated on the left; calves tight. Discussed arch support."),
                  _("Added Nerve care daily. Try insoles with arch support in the running shoes."),
                  error) ||
      !add_routine_change (demo, &day, 2, _("Now daily"), error))
    return FALSE;

  if (follow_up_index < n_days)
    {
      day = first_day;
      g_date_add_days (&day, follow_up_index);
      if (!add_visit (demo, &day,
                      _("Night burning less frequent since the insoles. Calf length improved."),
                      _("Keep the program. Desk breaks every 90 minutes."),
                      error))
        return FALSE;
    }

  if (pause_index != G_MAXUINT)
    {
      GDate end;

      day = first_day;
      g_date_add_days (&day, pause_index);
      end = day;
      g_date_add_days (&end, 6);
      if (!add_pause (demo, &day, &end, error))
        return FALSE;
    }

  if (demo->new_running_shoe_id == 0)
    demo->new_running_shoe_id = demo->running_shoe_id;

  return fill_days (demo, &first_day, n_days, change_index, visit_index, retire_index,
                    pause_index, error);
}

/**
 * ft_demo_fill:
 * @database: a journal that holds nothing yet
 * @seed: the same seed writes the same rows
 * @weeks: how many weeks of journal to write, ending on @now's day (1 to 1040)
 * @now: today, in the time zone the journal's days are local to
 * @error: return location for an #FtError
 *
 * Writes a realistic demo journal, all or nothing. A journal that already
 * holds records is refused with %FT_ERROR_EXISTS, so demo rows never mix with
 * a person's own.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_demo_fill (FtDatabase  *database,
              guint32      seed,
              guint        weeks,
              GDateTime   *now,
              GError     **error)
{
  Demo demo = { 0 };
  gboolean has_data;
  gboolean ok;

  g_return_val_if_fail (FT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (weeks < 1 || weeks > FT_DEMO_MAX_WEEKS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Demo data covers 1 to %u weeks, not %u"), FT_DEMO_MAX_WEEKS, weeks);
      return FALSE;
    }

  if (!ft_database_has_user_data (database, &has_data, error))
    return FALSE;

  if (has_data)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
                   _("%s already holds a journal; demo data is only written into a new one."),
                   ft_database_get_path (database));
      return FALSE;
    }

  demo.database = database;
  demo.rand = g_rand_new_with_seed (seed);
  demo.tz = g_time_zone_ref (g_date_time_get_timezone (now));

  ok = _ft_database_begin (database, error);
  ok = ok && _ft_database_prepare (database,
                                   "INSERT INTO journal_entry (day, foot, hours_on_feet, "
                                   "run_distance_m, worn_gear_id, note, note_for_therapist, "
                                   "created_us, updated_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                                   &demo.entry, error);
  ok = ok && _ft_database_prepare (database,
                                   "INSERT INTO symptom_rating (entry_id, kind_id, value) "
                                   "VALUES (?1, ?2, ?3)",
                                   &demo.rating, error);
  ok = ok && _ft_database_prepare (database,
                                   "INSERT INTO session (day, started_us, ended_us, routine_id, "
                                   "routine_name, source, outcome, before_rating, after_rating) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, 'guided', ?6, ?7, ?8)",
                                   &demo.session, error);
  ok = ok && _ft_database_prepare (database,
                                   "INSERT INTO session_step (session_id, position, exercise_ref, "
                                   "side, holds_done, reps_done, sets_done, outcome) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   &demo.step, error);
  ok = ok && fill (&demo, weeks, now, error);

  /* Statements must be gone before COMMIT or ROLLBACK can finish cleanly. */
  g_clear_pointer (&demo.entry, sqlite3_finalize);
  g_clear_pointer (&demo.rating, sqlite3_finalize);
  g_clear_pointer (&demo.session, sqlite3_finalize);
  g_clear_pointer (&demo.step, sqlite3_finalize);

  ok = ok && _ft_database_commit (database, error);
  if (!ok)
    _ft_database_rollback (database);

  demo_clear (&demo);

  return ok;
}
