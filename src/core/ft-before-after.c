/* ft-before-after.c — how each symptom compared in the days around a change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-before-after.h"

#include "ft-error.h"
#include "ft-journal-private.h"
#include "ft-statistics.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Below this the one-decimal difference reads 0.0: "averaged the same". */
#define SAME_BELOW 0.05
/* The level of the two-sided test. */
#define SIGNIFICANCE 0.05
/* The last year a journal can store. */
#define LAST_STORABLE_YEAR 9999

G_DEFINE_BOXED_TYPE (FtBeforeAfter, ft_before_after, ft_before_after_copy, ft_before_after_free)

/* Helpers */

static void
symptom_change_free (FtSymptomChange *change)
{
  g_free (change->key);
  g_free (change->name);
  g_free (change->sentence);
  g_free (change);
}

static FtSymptomChange *
symptom_change_copy (const FtSymptomChange *change)
{
  FtSymptomChange *copy = g_memdup2 (change, sizeof (FtSymptomChange));

  copy->key = g_strdup (change->key);
  copy->name = g_strdup (change->name);
  copy->sentence = g_strdup (change->sentence);

  return copy;
}

static GPtrArray *
new_symptom_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) symptom_change_free);
}

static GPtrArray *
new_event_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ft_trend_event_free);
}

static gboolean
same_event (const FtTrendEvent *a,
            const FtTrendEvent *b)
{
  return a->kind == b->kind && a->source_id == b->source_id;
}

static int
compare_events_by_day (gconstpointer a,
                       gconstpointer b)
{
  const FtTrendEvent *x = a;
  const FtTrendEvent *y = b;

  return g_date_compare (&x->day, &y->day);
}

/* The first and last day of the window around @day, kept to the days a
 * journal can store. */
static void
window_bounds (const GDate *day,
               guint        window,
               GDate       *first,
               GDate       *last)
{
  guint julian = g_date_get_julian (day);

  g_date_clear (first, 1);
  g_date_set_julian (first, julian > window ? julian - window : 1);

  /* A GDate goes on to the year 65535, so this cannot overflow. */
  *last = *day;
  g_date_add_days (last, window);
  if (g_date_get_year (last) > LAST_STORABLE_YEAR)
    g_date_set_dmy (last, 31, G_DATE_DECEMBER, LAST_STORABLE_YEAR);
}

/* "the 14 days after" */
static char *
format_days_after (guint window)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a part of "Night pain averaged 2.1
                                        * lower in the 14 days after (12 and 13 days
                                        * rated); …". */
                                       "the %u day after",
                                       "the %u days after",
                                       window),
                          window);
}

/* "the 14 days before and after" */
static char *
format_days_around (guint window)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a part of "Numbness averaged the
                                        * same in the 14 days before and after (12 and 13
                                        * days rated)." */
                                       "the %u day before and after",
                                       "the %u days before and after",
                                       window),
                          window);
}

/* "12 and 13 days rated" */
static char *
format_days_rated (guint n_before,
                   guint n_after)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the rated days before and after a
                                        * change, a part of "Night pain averaged 2.1 lower
                                        * in the 14 days after (12 and 13 days rated); …".
                                        * The plural follows the second number. */
                                       "%1$u and %2$u day rated",
                                       "%1$u and %2$u days rated",
                                       n_after),
                          n_before, n_after);
}

/* The sentence for a symptom whose numbers are filled in. */
static char *
describe_change (const FtSymptomChange *change,
                 guint                  window)
{
  g_autofree char *amount = NULL;
  g_autofree char *rated = NULL;
  g_autofree char *span = NULL;
  gboolean unlikely;

  if (change->verdict == FT_VERDICT_TOO_FEW)
    {
      /* Translators: %1$s is a symptom, the numbers are the rated days on
       * each side of a change: "Tingling: too few rated days to tell (3
       * before, 12 after)." */
      return g_strdup_printf (_("%1$s: too few rated days to tell (%2$u before, %3$u after)."),
                              change->name, change->n_before, change->n_after);
    }

  unlikely = change->verdict == FT_VERDICT_UNLIKELY_CHANCE;
  rated = format_days_rated (change->n_before, change->n_after);

  if (fabs (change->difference) < SAME_BELOW)
    {
      span = format_days_around (window);

      if (unlikely)
        {
          /* Translators: %1$s is a symptom, %2$s "the 14 days before and
           * after", %3$s "12 and 13 days rated". The averages match but the
           * days' values sit differently, more than chance would explain. */
          return g_strdup_printf (_("%1$s averaged the same in %2$s (%3$s), but its days were "
                                    "spread differently in a way unlikely to be chance."),
                                  change->name, span, rated);
        }

      /* Translators: %1$s is a symptom, %2$s "the 14 days before and after",
       * %3$s "12 and 13 days rated". */
      return g_strdup_printf (_("%1$s averaged the same in %2$s (%3$s)."),
                              change->name, span, rated);
    }

  span = format_days_after (window);
  amount = g_strdup_printf ("%.1f", fabs (change->difference));

  if (change->difference < 0)
    {
      if (unlikely)
        {
          /* Translators: %1$s is a symptom, %2$s a difference on the 0–10
           * scale ("2.1"), %3$s "the 14 days after", %4$s "12 and 13 days
           * rated". Describe the numbers only, never a cause. */
          return g_strdup_printf (_("%1$s averaged %2$s lower in %3$s (%4$s); a difference "
                                    "this large is unlikely to be chance."),
                                  change->name, amount, span, rated);
        }

      /* Translators: as above; a difference of this size happens by chance
       * often enough that it says little. */
      return g_strdup_printf (_("%1$s averaged %2$s lower in %3$s (%4$s); a difference "
                                "this size could be chance."),
                              change->name, amount, span, rated);
    }

  if (unlikely)
    {
      /* Translators: %1$s is a symptom, %2$s a difference on the 0–10 scale
       * ("2.1"), %3$s "the 14 days after", %4$s "12 and 13 days rated". */
      return g_strdup_printf (_("%1$s averaged %2$s higher in %3$s (%4$s); a difference "
                                "this large is unlikely to be chance."),
                              change->name, amount, span, rated);
    }

  /* Translators: as above. */
  return g_strdup_printf (_("%1$s averaged %2$s higher in %3$s (%4$s); a difference "
                            "this size could be chance."),
                          change->name, amount, span, rated);
}

/* Fills in the numbers of @change from the days' values on each side. */
static void
compare_sides (FtSymptomChange *change,
               GArray          *before,
               GArray          *after,
               guint            window)
{
  const double *b = (const double *) before->data;
  const double *a = (const double *) after->data;
  FtMannWhitney test;

  change->n_before = before->len;
  change->n_after = after->len;
  change->mean_before = ft_statistics_mean (b, before->len);
  change->mean_after = ft_statistics_mean (a, after->len);
  change->median_before = ft_statistics_median (b, before->len);
  change->median_after = ft_statistics_median (a, after->len);
  change->difference = change->mean_after - change->mean_before;
  change->p_value = NAN;
  change->verdict = FT_VERDICT_TOO_FEW;

  if (before->len >= FT_BEFORE_AFTER_MIN_DAYS && after->len >= FT_BEFORE_AFTER_MIN_DAYS &&
      ft_statistics_mann_whitney (a, after->len, b, before->len, &test))
    {
      change->p_value = test.p_value;
      change->verdict = test.p_value < SIGNIFICANCE ? FT_VERDICT_UNLIKELY_CHANCE
                                                    : FT_VERDICT_COULD_BE_CHANCE;
    }

  change->sentence = describe_change (change, window);
}

/* Each day's value of each symptom on either side of @day, in one query
 * over the day index of journal_entry (its UNIQUE (day, foot) index), in
 * no particular order: nothing computed from the days depends on it.
 * @before and @after map a symptom_kind id to a GArray of doubles; ids not
 * in them (hidden symptoms) are skipped. */
static gboolean
query_days (FtJournal    *journal,
            const GDate  *first,
            const GDate  *day,
            const GDate  *last,
            FtFootFilter  foot,
            GHashTable   *before,
            GHashTable   *after,
            GError      **error)
{
  FtDatabase *database = ft_journal_get_database (journal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  char first_key[11];
  char day_key[11];
  char last_key[11];
  int rc;

  _ft_journal_day_key (first, first_key);
  _ft_journal_day_key (day, day_key);
  _ft_journal_day_key (last, last_key);

  /* The foot condition is one of ft-trend.c's constant fragments, never a
   * value; the values are all bound. */
  sql = g_strconcat ("SELECT symptom_rating.kind_id, journal_entry.day < ?2, "
                     "       avg (symptom_rating.value) "
                     "FROM journal_entry "
                     "JOIN symptom_rating ON symptom_rating.entry_id = journal_entry.id "
                     "WHERE journal_entry.day BETWEEN ?1 AND ?3 "
                     "  AND journal_entry.day <> ?2 "
                     "  AND (", ft_foot_filter_to_sql (foot), ") "
                     "GROUP BY journal_entry.day, symptom_rating.kind_id",
                     NULL);

  if (!_ft_database_prepare (database, sql, &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, first_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, day_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_key, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 kind_id = sqlite3_column_int64 (stmt, 0);
      gboolean is_before = sqlite3_column_int (stmt, 1) != 0;
      double value = sqlite3_column_double (stmt, 2);
      GArray *values = g_hash_table_lookup (is_before ? before : after, &kind_id);

      if (values != NULL)
        g_array_append_val (values, value);
    }

  if (rc != SQLITE_DONE)
    return _ft_database_fail (database, rc, error);

  return TRUE;
}

/* "5 days later", "3 days earlier", "the same day" */
static char *
format_distance (int days)
{
  if (days > 0)
    {
      /* Translators: when another change happened, counted from the one
       * being compared: "Another change happened 5 days later: …". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day later", "%d days later", days),
                              days);
    }

  if (days < 0)
    {
      /* Translators: as "%d days later", for a change before this one. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day earlier", "%d days earlier",
                                           -days),
                              -days);
    }

  /* Translators: as "%d days later", for a change on the same day. */
  return g_strdup (_("the same day"));
}

/* An event told as a sentence of its own: its detail, else its label, with
 * a full stop when it has no closing mark. */
static char *
event_as_sentence (const FtTrendEvent *event)
{
  const char *text = event->detail;
  gsize length;

  if (text == NULL || *text == '\0')
    text = event->label != NULL ? event->label : "";

  length = strlen (text);
  if (length > 0 && strchr (".!?…", text[length - 1]) != NULL)
    return g_strdup (text);

  return g_strconcat (text, ".", NULL);
}

/* An event told as an item of a list: its detail without the full stop
 * (labels are cut short for chart markers), else its label. */
static char *
event_as_phrase (const FtTrendEvent *event)
{
  const char *text = event->detail;
  gsize length;

  if (text == NULL || *text == '\0')
    return g_strdup (event->label != NULL ? event->label : "");

  length = strlen (text);
  if (length > 0 && text[length - 1] == '.')
    length--;

  return g_strndup (text, length);
}

static char *
describe_overlaps (const FtTrendEvent *event,
                   GPtrArray          *overlaps,
                   guint               window)
{
  g_autoptr(GString) list = NULL;
  g_autofree char *within = NULL;

  if (overlaps->len == 0)
    return NULL;

  if (overlaps->len == 1)
    {
      const FtTrendEvent *other = g_ptr_array_index (overlaps, 0);
      g_autofree char *distance = format_distance (g_date_days_between (&event->day,
                                                                        &other->day));
      g_autofree char *what = event_as_sentence (other);

      /* Translators: %1$s is "5 days later", "3 days earlier" or "the same
       * day"; %2$s the other change told as a sentence with its own full
       * stop: "Another change happened 5 days later: New standing desk at
       * work." */
      return g_strdup_printf (_("Another change happened %1$s: %2$s"), distance, what);
    }

  list = g_string_new (NULL);
  for (guint i = 0; i < overlaps->len; i++)
    {
      const FtTrendEvent *other = g_ptr_array_index (overlaps, i);
      g_autofree char *distance = format_distance (g_date_days_between (&event->day,
                                                                        &other->day));
      g_autofree char *what = event_as_phrase (other);

      if (i > 0)
        {
          /* Translators: between the items of a list of changes. */
          g_string_append (list, C_("list separator", ", "));
        }

      /* Translators: one item of a list of changes: %1$s the change,
       * %2$s "5 days later": "Started using Road runners (5 days later)". */
      g_string_append_printf (list, C_("overlap item", "%1$s (%2$s)"), what, distance);
    }

  /* Translators: a part of "2 other changes happened within 14 days: …". */
  within = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "within %u day", "within %u days",
                                         window),
                            window);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %1$u is how many other changes
                                        * (2 or more), %2$s "within 14 days", %3$s the
                                        * list: "2 other changes happened within 14 days:
                                        * A (5 days later), B (2 days earlier)." */
                                       "%1$u other change happened %2$s: %3$s.",
                                       "%1$u other changes happened %2$s: %3$s.",
                                       overlaps->len),
                          overlaps->len, within, list->str);
}

/* Other changes on @first … @last, oldest first. */
static GPtrArray *
find_overlaps (FtJournal           *journal,
               const FtTrendEvent  *event,
               const GDate         *first,
               const GDate         *last,
               GPtrArray           *events,
               GError             **error)
{
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GPtrArray) overlaps = new_event_array ();

  if (events == NULL)
    {
      read = ft_trend_list_events (journal, first, last, error);
      if (read == NULL)
        return NULL;
      events = read;
    }

  for (guint i = 0; i < events->len; i++)
    {
      const FtTrendEvent *other = g_ptr_array_index (events, i);

      if (same_event (other, event) ||
          g_date_compare (&other->day, first) < 0 || g_date_compare (&other->day, last) > 0)
        continue;

      g_ptr_array_add (overlaps, ft_trend_event_copy (other));
    }

  /* Stable, so changes on one day keep the order they came in. */
  g_ptr_array_sort_values (overlaps, compare_events_by_day);

  return g_steal_pointer (&overlaps);
}

/* Public API */

/**
 * ft_before_after_copy:
 * @before_after: an #FtBeforeAfter
 *
 * Returns: (transfer full): a deep copy of @before_after
 */
FtBeforeAfter *
ft_before_after_copy (const FtBeforeAfter *before_after)
{
  FtBeforeAfter *copy;

  g_return_val_if_fail (before_after != NULL, NULL);

  copy = g_new0 (FtBeforeAfter, 1);
  copy->event = ft_trend_event_copy (before_after->event);
  copy->window = before_after->window;
  copy->foot = before_after->foot;
  copy->symptoms = new_symptom_array ();
  for (guint i = 0; i < before_after->symptoms->len; i++)
    g_ptr_array_add (copy->symptoms,
                     symptom_change_copy (g_ptr_array_index (before_after->symptoms, i)));
  copy->overlaps = new_event_array ();
  for (guint i = 0; i < before_after->overlaps->len; i++)
    g_ptr_array_add (copy->overlaps,
                     ft_trend_event_copy (g_ptr_array_index (before_after->overlaps, i)));
  copy->overlap_sentence = g_strdup (before_after->overlap_sentence);

  return copy;
}

void
ft_before_after_free (FtBeforeAfter *before_after)
{
  if (before_after == NULL)
    return;

  g_clear_pointer (&before_after->event, ft_trend_event_free);
  g_clear_pointer (&before_after->symptoms, g_ptr_array_unref);
  g_clear_pointer (&before_after->overlaps, g_ptr_array_unref);
  g_free (before_after->overlap_sentence);
  g_free (before_after);
}

/**
 * ft_before_after_compute:
 * @journal: the journal
 * @event: the change to compare around
 * @window: days on each side, 7 to 42
 * @foot: which ratings count
 * @events: (nullable) (element-type FtTrendEvent): the changes to look for
 *   overlaps in; %NULL reads them from @journal
 * @error: return location for an #FtError
 *
 * Compares each symptom that is not hidden in the @window days before and
 * after @event; see ft-before-after.h for the rules.
 *
 * Returns: (transfer full): the comparison, or %NULL with @error set
 */
FtBeforeAfter *
ft_before_after_compute (FtJournal           *journal,
                         const FtTrendEvent  *event,
                         guint                window,
                         FtFootFilter         foot,
                         GPtrArray           *events,
                         GError             **error)
{
  g_autoptr(FtBeforeAfter) result = NULL;
  g_autoptr(GPtrArray) symptoms = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  char day_key[11];
  GDate first;
  GDate last;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (event != NULL, NULL);
  g_return_val_if_fail (ft_foot_filter_to_key (foot) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (window < FT_BEFORE_AFTER_MIN_WINDOW || window > FT_BEFORE_AFTER_MAX_WINDOW)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the numbers are 7, 42 and the number asked for. */
                   _("A comparison looks at %u to %u days on each side of a change, not %u"),
                   FT_BEFORE_AFTER_MIN_WINDOW, FT_BEFORE_AFTER_MAX_WINDOW, window);
      return NULL;
    }

  if (!_ft_journal_check_day_key (&event->day, day_key, error))
    return NULL;

  window_bounds (&event->day, window, &first, &last);

  symptoms = ft_journal_list_symptoms (journal, FALSE, error);
  if (symptoms == NULL)
    return NULL;

  before = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                  (GDestroyNotify) g_array_unref);
  after = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                 (GDestroyNotify) g_array_unref);

  result = g_new0 (FtBeforeAfter, 1);
  result->event = ft_trend_event_copy (event);
  result->window = window;
  result->foot = foot;
  result->symptoms = new_symptom_array ();

  for (guint i = 0; i < symptoms->len; i++)
    {
      FtSymptom *symptom = g_ptr_array_index (symptoms, i);
      FtSymptomChange *change = g_new0 (FtSymptomChange, 1);

      change->symptom_id = ft_symptom_get_id (symptom);
      change->key = g_strdup (ft_symptom_get_key (symptom));
      change->name = g_strdup (ft_symptom_get_name (symptom));
      g_ptr_array_add (result->symptoms, change);

      /* The key points into the change, which outlives the tables. */
      g_hash_table_insert (before, &change->symptom_id,
                           g_array_new (FALSE, FALSE, sizeof (double)));
      g_hash_table_insert (after, &change->symptom_id,
                           g_array_new (FALSE, FALSE, sizeof (double)));
    }

  if (!query_days (journal, &first, &event->day, &last, foot, before, after, error))
    return NULL;

  for (guint i = 0; i < result->symptoms->len; i++)
    {
      FtSymptomChange *change = g_ptr_array_index (result->symptoms, i);

      compare_sides (change,
                     g_hash_table_lookup (before, &change->symptom_id),
                     g_hash_table_lookup (after, &change->symptom_id),
                     window);
    }

  result->overlaps = find_overlaps (journal, event, &first, &last, events, error);
  if (result->overlaps == NULL)
    return NULL;

  result->overlap_sentence = describe_overlaps (event, result->overlaps, window);

  return g_steal_pointer (&result);
}

/**
 * ft_verdict_describe:
 * @verdict: a verdict
 *
 * Returns: the verdict in words, as a sentence of its own
 */
const char *
ft_verdict_describe (FtVerdict verdict)
{
  switch (verdict)
    {
    case FT_VERDICT_TOO_FEW:
      return _("Too few rated days to tell.");

    case FT_VERDICT_COULD_BE_CHANCE:
      return _("A difference this size could be chance.");

    case FT_VERDICT_UNLIKELY_CHANCE:
      return _("A difference this large is unlikely to be chance.");

    default:
      g_return_val_if_reached (NULL);
    }
}
