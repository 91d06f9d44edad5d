/* check-before-after.c — symptoms compared in the days around a change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference p-values of the day sets below come from the reference
 * implementation scipy.stats.mannwhitneyu (SciPy 1.10.1, method
 * "asymptotic", as the days have ties).
 */

#include "config.h"

#include "ft-before-after.h"
#include "ft-error.h"
#include "ft-gear.h"
#include "ft-journal.h"
#include "test-support.h"

#include <check.h>
#include <math.h>
#include <string.h>

/* Unrated day in a side's table of values. */
#define NO FT_NOT_RATED

/* Set by the fixture: an in-memory journal whose today is well after the
 * change the tests compare around, 2026-05-15. */
static FtDatabase *db;
static FtJournal *journal;
static GDateTime *now;
static FtTrendEvent *change;

/* Helpers */

static GDateTime *
fake_now (gpointer user_data)
{
  return g_date_time_ref (now);
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

/* The change's day moved by @offset days. */
static GDate
change_day (int offset)
{
  GDate day = change->day;

  if (offset > 0)
    g_date_add_days (&day, (guint) offset);
  else if (offset < 0)
    g_date_subtract_days (&day, (guint) -offset);

  return day;
}

static void
rate (const char *key,
      FtFoot      foot,
      int         offset,
      int         value)
{
  g_autoptr(GError) error = NULL;
  GDate day = change_day (offset);

  ck_assert_msg (ft_journal_set_rating (journal, &day, foot, symptom_id (key), value, &error),
                 "%s", error != NULL ? error->message : "");
}

/* Rates @n days from the change's day + @first_offset on, skipping NO. */
static void
rate_days (const char *key,
           FtFoot      foot,
           int         first_offset,
           const int  *values,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      if (values[i] != NO)
        rate (key, foot, first_offset + (int) i, values[i]);
    }
}

static FtTrendEvent *
event_new (FtTrendEventKind  kind,
           gint64            source_id,
           int               offset,
           const char       *label)
{
  FtTrendEvent *event = g_new0 (FtTrendEvent, 1);

  event->kind = kind;
  event->source_id = source_id;
  event->day = change_day (offset);
  event->label = g_strdup (label);
  event->detail = g_strconcat (label, ".", NULL);

  return event;
}

static GPtrArray *
no_events (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ft_trend_event_free);
}

static FtBeforeAfter *
compute (guint        window,
         FtFootFilter foot)
{
  g_autoptr(GPtrArray) events = no_events ();
  g_autoptr(GError) error = NULL;
  FtBeforeAfter *result = ft_before_after_compute (journal, change, window, foot, events, &error);

  ck_assert_msg (result != NULL, "%s", error != NULL ? error->message : "");

  return result;
}

static const FtSymptomChange *
find_change (const FtBeforeAfter *result,
             const char          *key)
{
  for (guint i = 0; i < result->symptoms->len; i++)
    {
      const FtSymptomChange *symptom = g_ptr_array_index (result->symptoms, i);

      if (g_str_equal (symptom->key, key))
        return symptom;
    }

  return NULL;
}

static const FtSymptomChange *
get_change (const FtBeforeAfter *result,
            const char          *key)
{
  const FtSymptomChange *symptom = find_change (result, key);

  ck_assert_msg (symptom != NULL, "no change for %s", key);

  return symptom;
}

/* Whether @p agrees with @expected to 4 significant digits. */
static void
assert_p_value (double p,
                double expected)
{
  ck_assert_msg (fabs (p - expected) <= 5e-5 * fabs (expected),
                 "p-value %.10g, expected %.10g", p, expected);
}

/* Fixture */

static void
open_journal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  now = g_date_time_new (utc, 2026, 6, 30, 12, 0, 0);
  db = ft_database_open (":memory:", &error);
  ck_assert_ptr_null (error);
  journal = ft_journal_new (db, fake_now, NULL, NULL);

  change = g_new0 (FtTrendEvent, 1);
  change->kind = FT_TREND_EVENT_GEAR;
  change->source_id = 7;
  change->day = test_support_day (2026, 5, 15);
  change->label = g_strdup ("New insoles");
  change->detail = g_strdup ("Started wearing the new insoles.");
}

static void
close_journal (void)
{
  g_clear_pointer (&change, ft_trend_event_free);
  g_clear_object (&journal);
  g_clear_object (&db);
  g_clear_pointer (&now, g_date_time_unref);
}

/* Tests: verdicts and sentences */

START_TEST (test_clear_drop)
{
  /* Twelve rated days of 5–6 before, thirteen of 3–4 after. */
  static const int before[] = { 5, 6, 5, NO, 6, 5, 6, 5, 6, NO, 5, 6, 5, 6 };
  static const int after[] = { 4, 3, 4, 3, NO, 4, 3, 3, 4, 3, 3, 4, 3, 3 };
  g_autoptr(FtBeforeAfter) result = NULL;
  const FtSymptomChange *night;

  rate_days ("night_pain", FT_FOOT_LEFT, -14, before, G_N_ELEMENTS (before));
  rate_days ("night_pain", FT_FOOT_LEFT, 1, after, G_N_ELEMENTS (after));

  result = compute (14, FT_FOOT_FILTER_ALL);
  night = get_change (result, "night_pain");

  ck_assert_uint_eq (night->n_before, 12);
  ck_assert_uint_eq (night->n_after, 13);
  ck_assert_double_eq_tol (night->mean_before, 5.5, 1e-9);
  ck_assert_double_eq_tol (night->mean_after, 44.0 / 13.0, 1e-9);
  ck_assert_double_eq_tol (night->median_before, 5.5, 1e-9);
  ck_assert_double_eq_tol (night->median_after, 3.0, 1e-9);
  ck_assert_double_eq_tol (night->difference, 44.0 / 13.0 - 5.5, 1e-9);
  assert_p_value (night->p_value, 1.277062446273885e-05);
  ck_assert_int_eq (night->verdict, FT_VERDICT_UNLIKELY_CHANCE);
  ck_assert_str_eq (night->sentence,
                    "Night pain averaged 2.1 lower in the 14 days after (12 and 13 days rated); "
                    "a difference this large is unlikely to be chance.");

  ck_assert_uint_eq (result->window, 14);
  ck_assert_int_eq (result->foot, FT_FOOT_FILTER_ALL);
  ck_assert_int_eq (result->event->source_id, 7);
  ck_assert_ptr_nonnull (result->overlaps);
  ck_assert_uint_eq (result->overlaps->len, 0);
  ck_assert_ptr_null (result->overlap_sentence);
}
END_TEST

START_TEST (test_small_rise_could_be_chance)
{
  static const int before[] = { 2, 3, 2, 3, NO, 2, 3, 2, 3, NO, 2, 3, 2, 3 };
  static const int after[] = { 3, 3, 2, 3, 3, NO, 3, 2, 3, 3, 3, 2, 3, 3 };
  g_autoptr(FtBeforeAfter) result = NULL;
  const FtSymptomChange *burning;

  rate_days ("burning", FT_FOOT_RIGHT, -14, before, G_N_ELEMENTS (before));
  rate_days ("burning", FT_FOOT_RIGHT, 1, after, G_N_ELEMENTS (after));

  result = compute (14, FT_FOOT_FILTER_ALL);
  burning = get_change (result, "burning");

  ck_assert_uint_eq (burning->n_before, 12);
  ck_assert_uint_eq (burning->n_after, 13);
  assert_p_value (burning->p_value, 0.18020408434288082);
  ck_assert_int_eq (burning->verdict, FT_VERDICT_COULD_BE_CHANCE);
  ck_assert_str_eq (burning->sentence,
                    "Burning averaged 0.3 higher in the 14 days after (12 and 13 days rated); "
                    "a difference this size could be chance.");
}
END_TEST

START_TEST (test_equal_days_could_be_chance)
{
  static const int days[] = { 3, 4, 5, 4, 3, 5, 4, 3, 4, 5, 3, 4, 5, 4 };
  g_autoptr(FtBeforeAfter) result = NULL;
  const FtSymptomChange *numbness;

  rate_days ("numbness", FT_FOOT_BOTH, -14, days, G_N_ELEMENTS (days));
  rate_days ("numbness", FT_FOOT_BOTH, 1, days, G_N_ELEMENTS (days));

  result = compute (14, FT_FOOT_FILTER_ALL);
  numbness = get_change (result, "numbness");

  ck_assert_uint_eq (numbness->n_before, 14);
  ck_assert_uint_eq (numbness->n_after, 14);
  ck_assert_double_eq_tol (numbness->difference, 0.0, 1e-12);
  ck_assert_double_eq (numbness->p_value, 1.0);
  ck_assert_int_eq (numbness->verdict, FT_VERDICT_COULD_BE_CHANCE);
  ck_assert_str_eq (numbness->sentence,
                    "Numbness averaged the same in the 14 days before and after "
                    "(14 and 14 days rated).");
}
END_TEST

START_TEST (test_too_few_days)
{
  static const int after[] = { 2, 3, 2, 3, 2, 3, NO, 2, 3, 2, 3, 2, 3, NO };
  g_autoptr(FtBeforeAfter) result = NULL;
  const FtSymptomChange *tingling;
  const FtSymptomChange *burning;

  rate ("tingling", FT_FOOT_LEFT, -9, 6);
  rate ("tingling", FT_FOOT_LEFT, -5, 7);
  rate ("tingling", FT_FOOT_LEFT, -2, 6);
  rate_days ("tingling", FT_FOOT_LEFT, 1, after, G_N_ELEMENTS (after));

  /* Exactly the minimum on one side, one short on the other. */
  for (int i = 1; i <= FT_BEFORE_AFTER_MIN_DAYS; i++)
    rate ("burning", FT_FOOT_LEFT, -i, 5);
  for (int i = 1; i < FT_BEFORE_AFTER_MIN_DAYS; i++)
    rate ("burning", FT_FOOT_LEFT, i, 1);

  result = compute (14, FT_FOOT_FILTER_ALL);
  tingling = get_change (result, "tingling");

  ck_assert_uint_eq (tingling->n_before, 3);
  ck_assert_uint_eq (tingling->n_after, 12);
  ck_assert_double_eq_tol (tingling->mean_before, 19.0 / 3.0, 1e-9);
  ck_assert_double_eq_tol (tingling->mean_after, 2.5, 1e-9);
  ck_assert (isnan (tingling->p_value));
  ck_assert_int_eq (tingling->verdict, FT_VERDICT_TOO_FEW);
  ck_assert_str_eq (tingling->sentence,
                    "Tingling: too few rated days to tell (3 before, 12 after).");

  burning = get_change (result, "burning");
  ck_assert_uint_eq (burning->n_before, FT_BEFORE_AFTER_MIN_DAYS);
  ck_assert_uint_eq (burning->n_after, FT_BEFORE_AFTER_MIN_DAYS - 1);
  ck_assert_int_eq (burning->verdict, FT_VERDICT_TOO_FEW);

  /* One more day after: now there is a verdict. */
  rate ("burning", FT_FOOT_LEFT, FT_BEFORE_AFTER_MIN_DAYS, 1);
  g_clear_pointer (&result, ft_before_after_free);
  result = compute (14, FT_FOOT_FILTER_ALL);
  burning = get_change (result, "burning");
  ck_assert_uint_eq (burning->n_after, FT_BEFORE_AFTER_MIN_DAYS);
  ck_assert_int_eq (burning->verdict, FT_VERDICT_UNLIKELY_CHANCE);
}
END_TEST

START_TEST (test_no_ratings)
{
  g_autoptr(FtBeforeAfter) result = compute (14, FT_FOOT_FILTER_ALL);
  const FtSymptomChange *night = get_change (result, "night_pain");

  ck_assert_uint_eq (night->n_before, 0);
  ck_assert_uint_eq (night->n_after, 0);
  ck_assert (isnan (night->mean_before));
  ck_assert (isnan (night->mean_after));
  ck_assert (isnan (night->median_before));
  ck_assert (isnan (night->median_after));
  ck_assert (isnan (night->difference));
  ck_assert (isnan (night->p_value));
  ck_assert_int_eq (night->verdict, FT_VERDICT_TOO_FEW);
  ck_assert_str_eq (night->sentence, "Night pain: too few rated days to tell (0 before, 0 after).");
}
END_TEST

/* Tests: which days count */

START_TEST (test_window_edges_and_change_day)
{
  g_autoptr(FtBeforeAfter) result = NULL;
  const FtSymptomChange *night;

  /* Inside: the first and last day of each side. */
  rate ("night_pain", FT_FOOT_LEFT, -14, 4);
  rate ("night_pain", FT_FOOT_LEFT, -1, 6);
  rate ("night_pain", FT_FOOT_LEFT, 1, 2);
  rate ("night_pain", FT_FOOT_LEFT, 14, 2);
  /* Outside: the day of the change itself, and a day beyond each side. */
  rate ("night_pain", FT_FOOT_LEFT, 0, 10);
  rate ("night_pain", FT_FOOT_LEFT, -15, 10);
  rate ("night_pain", FT_FOOT_LEFT, 15, 10);

  result = compute (14, FT_FOOT_FILTER_ALL);
  night = get_change (result, "night_pain");

  ck_assert_uint_eq (night->n_before, 2);
  ck_assert_uint_eq (night->n_after, 2);
  ck_assert_double_eq_tol (night->mean_before, 5.0, 1e-9);
  ck_assert_double_eq_tol (night->mean_after, 2.0, 1e-9);

  /* A week's window leaves out days 8 to 14 on either side. */
  g_clear_pointer (&result, ft_before_after_free);
  result = compute (7, FT_FOOT_FILTER_ALL);
  night = get_change (result, "night_pain");
  ck_assert_uint_eq (night->n_before, 1);
  ck_assert_uint_eq (night->n_after, 1);
  ck_assert_double_eq_tol (night->mean_before, 6.0, 1e-9);
}
END_TEST

START_TEST (test_gaps_counted)
{
  /* Rated every third day: 5 days before (−14, −11, … −2), 4 after. */
  g_autoptr(FtBeforeAfter) result = NULL;
  const FtSymptomChange *tingling;

  for (int offset = -14; offset <= 14; offset += 3)
    {
      if (offset != 0)
        rate ("tingling", FT_FOOT_RIGHT, offset, 3);
    }

  result = compute (14, FT_FOOT_FILTER_ALL);
  tingling = get_change (result, "tingling");

  ck_assert_uint_eq (tingling->n_before, 5);
  ck_assert_uint_eq (tingling->n_after, 5);
  ck_assert_double_eq_tol (tingling->mean_before, 3.0, 1e-9);
  ck_assert_double_eq_tol (tingling->mean_after, 3.0, 1e-9);
  ck_assert_int_eq (tingling->verdict, FT_VERDICT_COULD_BE_CHANCE);
  ck_assert_str_eq (tingling->sentence,
                    "Tingling averaged the same in the 14 days before and after "
                    "(5 and 5 days rated).");
}
END_TEST

START_TEST (test_foot_filter)
{
  g_autoptr(FtBeforeAfter) all = NULL;
  g_autoptr(FtBeforeAfter) left = NULL;
  g_autoptr(FtBeforeAfter) right = NULL;
  g_autoptr(FtBeforeAfter) both = NULL;

  /* Day −3: left 6, right 2. Day −2: both feet 4. Day −1: right 8. */
  rate ("burning", FT_FOOT_LEFT, -3, 6);
  rate ("burning", FT_FOOT_RIGHT, -3, 2);
  rate ("burning", FT_FOOT_BOTH, -2, 4);
  rate ("burning", FT_FOOT_RIGHT, -1, 8);

  all = compute (14, FT_FOOT_FILTER_ALL);
  left = compute (14, FT_FOOT_FILTER_LEFT);
  right = compute (14, FT_FOOT_FILTER_RIGHT);
  both = compute (14, FT_FOOT_FILTER_BOTH);

  /* All: a day's value is the mean of its ratings, (6 + 2) / 2 on day −3. */
  ck_assert_uint_eq (get_change (all, "burning")->n_before, 3);
  ck_assert_double_eq_tol (get_change (all, "burning")->mean_before, (4.0 + 4.0 + 8.0) / 3.0,
                           1e-9);
  ck_assert_double_eq_tol (get_change (all, "burning")->median_before, 4.0, 1e-9);

  /* Left: its own ratings and those for both feet. */
  ck_assert_uint_eq (get_change (left, "burning")->n_before, 2);
  ck_assert_double_eq_tol (get_change (left, "burning")->mean_before, 5.0, 1e-9);

  ck_assert_uint_eq (get_change (right, "burning")->n_before, 3);
  ck_assert_double_eq_tol (get_change (right, "burning")->mean_before, (2.0 + 4.0 + 8.0) / 3.0,
                           1e-9);

  ck_assert_uint_eq (get_change (both, "burning")->n_before, 1);
  ck_assert_double_eq_tol (get_change (both, "burning")->mean_before, 4.0, 1e-9);

  ck_assert_int_eq (left->foot, FT_FOOT_FILTER_LEFT);
}
END_TEST

START_TEST (test_window_limits)
{
  static const guint refused[] = { 0, 1, FT_BEFORE_AFTER_MIN_WINDOW - 1,
                                   FT_BEFORE_AFTER_MAX_WINDOW + 1, 365 };
  g_autoptr(FtBeforeAfter) shortest = NULL;
  g_autoptr(FtBeforeAfter) longest = NULL;

  rate ("numbness", FT_FOOT_LEFT, -42, 3);
  rate ("numbness", FT_FOOT_LEFT, -43, 3);
  rate ("numbness", FT_FOOT_LEFT, 42, 3);

  shortest = compute (7, FT_FOOT_FILTER_ALL);
  ck_assert_uint_eq (shortest->window, 7);
  ck_assert_uint_eq (get_change (shortest, "numbness")->n_before, 0);

  longest = compute (42, FT_FOOT_FILTER_ALL);
  ck_assert_uint_eq (longest->window, 42);
  ck_assert_uint_eq (get_change (longest, "numbness")->n_before, 1);
  ck_assert_uint_eq (get_change (longest, "numbness")->n_after, 1);
  ck_assert_str_eq (get_change (longest, "numbness")->sentence,
                    "Numbness: too few rated days to tell (1 before, 1 after).");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FtBeforeAfter) result = NULL;

      result = ft_before_after_compute (journal, change, refused[i], FT_FOOT_FILTER_ALL, NULL,
                                        &error);
      ck_assert_ptr_null (result);
      ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_INVALID));
      ck_assert_msg (strstr (error->message, "7 to 42 days") != NULL, "%s", error->message);
    }
}
END_TEST

START_TEST (test_custom_and_hidden_symptoms)
{
  static const int before[] = { 4, 5, 4, 5, 4, 5, 4 };
  static const int after[] = { 4, 5, 4, 5, 4, 5, 4 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FtSymptom) cramp = ft_journal_add_symptom (journal, "Toe cramps", &error);
  g_autoptr(FtBeforeAfter) result = NULL;
  const FtSymptomChange *custom;
  const FtSymptomChange *last;

  ck_assert_ptr_nonnull (cramp);
  ck_assert (ft_journal_set_symptom_hidden (journal, symptom_id ("first_step_pain"), TRUE,
                                            &error));

  rate_days (ft_symptom_get_key (cramp), FT_FOOT_LEFT, -7, before, G_N_ELEMENTS (before));
  rate_days (ft_symptom_get_key (cramp), FT_FOOT_LEFT, 1, after, G_N_ELEMENTS (after));

  result = compute (14, FT_FOOT_FILTER_ALL);

  /* The four shown built-in symptoms in their order, then the custom one. */
  ck_assert_uint_eq (result->symptoms->len, 5);
  ck_assert_str_eq (((FtSymptomChange *) g_ptr_array_index (result->symptoms, 0))->key,
                    "tingling");
  ck_assert_str_eq (((FtSymptomChange *) g_ptr_array_index (result->symptoms, 3))->key,
                    "night_pain");
  ck_assert_ptr_null (find_change (result, "first_step_pain"));

  last = g_ptr_array_index (result->symptoms, 4);
  custom = get_change (result, ft_symptom_get_key (cramp));
  ck_assert_ptr_eq (custom, last);
  ck_assert_int_eq (custom->symptom_id, ft_symptom_get_id (cramp));
  ck_assert_str_eq (custom->name, "Toe cramps");
  ck_assert_uint_eq (custom->n_before, 7);
  ck_assert_uint_eq (custom->n_after, 7);
  ck_assert_int_eq (custom->verdict, FT_VERDICT_COULD_BE_CHANCE);
  ck_assert_str_eq (custom->sentence,
                    "Toe cramps averaged the same in the 14 days before and after "
                    "(7 and 7 days rated).");
}
END_TEST

START_TEST (test_hidden_ratings_left_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtBeforeAfter) result = NULL;

  rate ("first_step_pain", FT_FOOT_LEFT, -2, 5);
  ck_assert (ft_journal_set_symptom_hidden (journal, symptom_id ("first_step_pain"), TRUE,
                                            &error));

  result = compute (14, FT_FOOT_FILTER_ALL);
  ck_assert_uint_eq (result->symptoms->len, 4);
  ck_assert_ptr_null (find_change (result, "first_step_pain"));
}
END_TEST

/* Tests: other changes nearby */

START_TEST (test_one_overlap)
{
  static const struct
  {
    int         offset;
    const char *sentence;
  } cases[] = {
    { 5, "Another change happened 5 days later: New standing desk at work." },
    { -3, "Another change happened 3 days earlier: New standing desk at work." },
    { 0, "Another change happened the same day: New standing desk at work." },
    { 1, "Another change happened 1 day later: New standing desk at work." },
    { -1, "Another change happened 1 day earlier: New standing desk at work." },
    { 14, "Another change happened 14 days later: New standing desk at work." },
    { -14, "Another change happened 14 days earlier: New standing desk at work." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) events = no_events ();
      g_autoptr(FtBeforeAfter) result = NULL;
      g_autoptr(GError) error = NULL;
      const FtTrendEvent *overlap;

      /* The change itself, and changes outside the window, are not named. */
      g_ptr_array_add (events, ft_trend_event_copy (change));
      g_ptr_array_add (events, event_new (FT_TREND_EVENT_VISIT, 3, -15, "PT visit"));
      g_ptr_array_add (events, event_new (FT_TREND_EVENT_CHANGE, 2, cases[i].offset,
                                          "New standing desk at work"));
      g_ptr_array_add (events, event_new (FT_TREND_EVENT_GEAR, 8, 15, "Retired old shoes"));

      result = ft_before_after_compute (journal, change, 14, FT_FOOT_FILTER_ALL, events, &error);
      ck_assert_ptr_nonnull (result);
      ck_assert_uint_eq (result->overlaps->len, 1);
      overlap = g_ptr_array_index (result->overlaps, 0);
      ck_assert_int_eq (overlap->source_id, 2);
      ck_assert_str_eq (result->overlap_sentence, cases[i].sentence);
    }
}
END_TEST

START_TEST (test_several_overlaps)
{
  g_autoptr(GPtrArray) events = no_events ();
  g_autoptr(FtBeforeAfter) result = NULL;
  g_autoptr(FtBeforeAfter) copy = NULL;
  g_autoptr(GError) error = NULL;

  /* Another gear event, and a visit with the change's own id: only the
   * same kind and id is the change itself. */
  g_ptr_array_add (events, event_new (FT_TREND_EVENT_GEAR, 9, 5, "New standing desk at work"));
  g_ptr_array_add (events, ft_trend_event_copy (change));
  g_ptr_array_add (events, event_new (FT_TREND_EVENT_VISIT, 7, -2, "PT visit"));

  result = ft_before_after_compute (journal, change, 14, FT_FOOT_FILTER_ALL, events, &error);
  ck_assert_ptr_nonnull (result);
  ck_assert_uint_eq (result->overlaps->len, 2);
  /* Oldest first. */
  ck_assert_int_eq (((FtTrendEvent *) g_ptr_array_index (result->overlaps, 0))->kind,
                    FT_TREND_EVENT_VISIT);
  ck_assert_str_eq (result->overlap_sentence,
                    "2 other changes happened within 14 days: PT visit (2 days earlier), "
                    "New standing desk at work (5 days later).");

  copy = ft_before_after_copy (result);
  ck_assert_ptr_ne (copy->overlaps, result->overlaps);
  ck_assert_uint_eq (copy->overlaps->len, 2);
  ck_assert_str_eq (copy->overlap_sentence, result->overlap_sentence);
  ck_assert_ptr_ne (copy->event, result->event);
  ck_assert_str_eq (copy->event->label, "New insoles");
  ck_assert_uint_eq (copy->symptoms->len, result->symptoms->len);
  ck_assert_str_eq (((FtSymptomChange *) g_ptr_array_index (copy->symptoms, 0))->sentence,
                    ((FtSymptomChange *) g_ptr_array_index (result->symptoms, 0))->sentence);
}
END_TEST

START_TEST (test_three_overlaps_same_day_order)
{
  g_autoptr(GPtrArray) events = no_events ();
  g_autoptr(FtBeforeAfter) result = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (events, event_new (FT_TREND_EVENT_ROUTINE, 1, 7, "Added nerve care"));
  g_ptr_array_add (events, event_new (FT_TREND_EVENT_CHANGE, 4, 0, "Started cycling"));
  g_ptr_array_add (events, event_new (FT_TREND_EVENT_VISIT, 5, 0, "PT visit"));
  /* A list names a change by its detail: labels are cut for the chart. */
  g_free (((FtTrendEvent *) g_ptr_array_index (events, 1))->label);
  ((FtTrendEvent *) g_ptr_array_index (events, 1))->label = g_strdup ("Started cyc…");

  result = ft_before_after_compute (journal, change, 7, FT_FOOT_FILTER_ALL, events, &error);
  ck_assert_ptr_nonnull (result);
  ck_assert_str_eq (result->overlap_sentence,
                    "3 other changes happened within 7 days: Started cycling (the same day), "
                    "PT visit (the same day), Added nerve care (7 days later).");
}
END_TEST

START_TEST (test_overlap_told_by_label)
{
  g_autoptr(GPtrArray) events = no_events ();
  g_autoptr(FtBeforeAfter) result = NULL;
  g_autoptr(GError) error = NULL;
  FtTrendEvent *other = event_new (FT_TREND_EVENT_CHANGE, 2, 2, "Started cycling");

  /* Without a detail the label stands in, with a full stop. */
  g_clear_pointer (&other->detail, g_free);
  g_ptr_array_add (events, other);

  result = ft_before_after_compute (journal, change, 14, FT_FOOT_FILTER_ALL, events, &error);
  ck_assert_ptr_nonnull (result);
  ck_assert_str_eq (result->overlap_sentence,
                    "Another change happened 2 days later: Started cycling.");
}
END_TEST

START_TEST (test_overlaps_read_from_journal)
{
  g_autoptr(FtGear) gear = ft_gear_new (journal);
  g_autoptr(FtGearEvent) own = NULL;
  g_autoptr(FtGearEvent) desk = NULL;
  g_autoptr(FtGearEvent) later = NULL;
  g_autoptr(FtBeforeAfter) none = NULL;
  g_autoptr(FtBeforeAfter) result = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = change_day (0);
  GDate desk_day = change_day (5);
  GDate later_day = change_day (15);

  /* Without a list the journal's own changes are read; at first none. */
  none = ft_before_after_compute (journal, change, 14, FT_FOOT_FILTER_ALL, NULL, &error);
  ck_assert_ptr_nonnull (none);
  ck_assert_uint_eq (none->overlaps->len, 0);
  ck_assert_ptr_null (none->overlap_sentence);

  own = ft_gear_add_change (gear, &day, "Started cycling", &error);
  ck_assert_ptr_nonnull (own);
  desk = ft_gear_add_change (gear, &desk_day, "New standing desk at work", &error);
  ck_assert_ptr_nonnull (desk);
  later = ft_gear_add_change (gear, &later_day, "Longer runs", &error);
  ck_assert_ptr_nonnull (later);

  /* Compare around the first change, as the journal lists it. */
  change->kind = FT_TREND_EVENT_CHANGE;
  change->source_id = ft_gear_event_get_id (own);

  result = ft_before_after_compute (journal, change, 14, FT_FOOT_FILTER_ALL, NULL, &error);
  ck_assert_ptr_nonnull (result);
  ck_assert_uint_eq (result->overlaps->len, 1);
  ck_assert_int_eq (((FtTrendEvent *) g_ptr_array_index (result->overlaps, 0))->source_id,
                    ft_gear_event_get_id (desk));
  ck_assert_str_eq (result->overlap_sentence,
                    "Another change happened 5 days later: New standing desk at work.");
}
END_TEST

/* Tests: words */

START_TEST (test_verdict_words)
{
  ck_assert_str_eq (ft_verdict_describe (FT_VERDICT_TOO_FEW), "Too few rated days to tell.");
  ck_assert_str_eq (ft_verdict_describe (FT_VERDICT_COULD_BE_CHANCE),
                    "A difference this size could be chance.");
  ck_assert_str_eq (ft_verdict_describe (FT_VERDICT_UNLIKELY_CHANCE),
                    "A difference this large is unlikely to be chance.");
}
END_TEST

START_TEST (test_sentences_never_claim_a_cause)
{
  static const char * const banned[] = { "because", "fixed", "helped", "caused", "worked" };
  static const int low[] = { 1, 2, 1, 2, 1, 2, 1 };
  static const int high[] = { 8, 9, 8, 9, 8, 9, 8 };
  static const int same[] = { 3, 3, 4, 3, 3, 4, 3 };
  g_autoptr(FtBeforeAfter) result = NULL;

  rate_days ("tingling", FT_FOOT_LEFT, -7, low, G_N_ELEMENTS (low));
  rate_days ("tingling", FT_FOOT_LEFT, 1, high, G_N_ELEMENTS (high));
  rate_days ("burning", FT_FOOT_LEFT, -7, same, G_N_ELEMENTS (same));
  rate_days ("burning", FT_FOOT_LEFT, 1, same, G_N_ELEMENTS (same));
  rate ("numbness", FT_FOOT_LEFT, 1, 4);

  result = compute (7, FT_FOOT_FILTER_ALL);
  ck_assert_str_eq (get_change (result, "tingling")->sentence,
                    "Tingling averaged 7.0 higher in the 7 days after (7 and 7 days rated); "
                    "a difference this large is unlikely to be chance.");

  for (guint i = 0; i < result->symptoms->len; i++)
    {
      const FtSymptomChange *symptom = g_ptr_array_index (result->symptoms, i);
      g_autofree char *lower = g_utf8_strdown (symptom->sentence, -1);

      for (guint j = 0; j < G_N_ELEMENTS (banned); j++)
        ck_assert_msg (strstr (lower, banned[j]) == NULL, "%s", symptom->sentence);
    }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("before-after");
  TCase *tc;

  tc = tcase_create ("verdicts");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_clear_drop);
  tcase_add_test (tc, test_small_rise_could_be_chance);
  tcase_add_test (tc, test_equal_days_could_be_chance);
  tcase_add_test (tc, test_too_few_days);
  tcase_add_test (tc, test_no_ratings);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("days");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_window_edges_and_change_day);
  tcase_add_test (tc, test_gaps_counted);
  tcase_add_test (tc, test_foot_filter);
  tcase_add_test (tc, test_window_limits);
  tcase_add_test (tc, test_custom_and_hidden_symptoms);
  tcase_add_test (tc, test_hidden_ratings_left_out);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("overlaps");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_one_overlap);
  tcase_add_test (tc, test_several_overlaps);
  tcase_add_test (tc, test_three_overlaps_same_day_order);
  tcase_add_test (tc, test_overlap_told_by_label);
  tcase_add_test (tc, test_overlaps_read_from_journal);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("words");
  tcase_add_checked_fixture (tc, open_journal, close_journal);
  tcase_add_test (tc, test_verdict_words);
  tcase_add_test (tc, test_sentences_never_claim_a_cause);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
