/* ft-gear.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-gear.h"

#include "ft-error.h"
#include "ft-gear-private.h"
#include "ft-journal-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define NAME_MAX_CHARS 200
#define BRAND_MAX_CHARS 200
#define NOTES_MAX_CHARS 10000
#define LABEL_MAX_CHARS 500
#define PRIOR_MAX_M 100000000.0         /* 100 000 km, as gear allows */
#define MANUAL_MAX_M 1000000.0          /* 1000 km, as gear_distance allows */
#define THRESHOLD_MAX_DAYS 36500

#define FOOT_ORDER "CASE e.foot WHEN 'left' THEN 0 WHEN 'right' THEN 1 ELSE 2 END"

/* One row per journal day with a run, credited to one item (see the rule in
 * ft-gear.h). The longest run of the day counts once. */
#define CREDITED_CTE                                                                    \
  "run_days AS ("                                                                       \
  " SELECT day, max (run_distance_m) AS metres FROM journal_entry"                      \
  " WHERE run_distance_m > 0 GROUP BY day), "                                           \
  "credited AS ("                                                                       \
  " SELECT d.day AS day, d.metres AS metres, coalesce ("                                \
  "  (SELECT e.worn_gear_id FROM journal_entry AS e"                                    \
  "   WHERE e.day = d.day AND e.run_distance_m = d.metres"                              \
  "   ORDER BY " FOOT_ORDER " LIMIT 1),"                                                \
  "  (SELECT e.worn_gear_id FROM journal_entry AS e"                                    \
  "   WHERE e.day = d.day AND e.worn_gear_id IS NOT NULL"                               \
  "   ORDER BY " FOOT_ORDER " LIMIT 1),"                                                \
  "  (SELECT g.id FROM gear AS g WHERE g.kind = 'running_shoe' AND g.start_day <= d.day" \
  "   AND (g.retire_day IS NULL OR g.retire_day >= d.day)"                              \
  "   ORDER BY g.start_day DESC, g.id DESC LIMIT 1)) AS gear_id"                        \
  " FROM run_days AS d) "

/* The latest move of each insert on or before ?1. */
#define PLACED_CTE                                                                      \
  "placed AS ("                                                                         \
  " SELECT gear_id, target_gear_id, day, created_us, id FROM ("                         \
  "  SELECT gear_id, target_gear_id, day, created_us, id,"                              \
  "   row_number () OVER (PARTITION BY gear_id"                                         \
  "                       ORDER BY day DESC, created_us DESC, id DESC) AS n"            \
  "  FROM gear_event WHERE kind = 'move' AND day <= ?1)"                                \
  " WHERE n = 1) "

/* ?1 today, ?2 one item's id or 0 for all. The layout is in ft-gear-private.h. */
#define ITEMS_SQL                                                                       \
  "WITH " CREDITED_CTE ", "                                                             \
  "runs AS (SELECT gear_id, sum (metres) AS metres FROM credited"                       \
  "         WHERE gear_id IS NOT NULL GROUP BY gear_id), "                              \
  "manual AS (SELECT gear_id, sum (distance_m) AS metres FROM gear_distance"            \
  "           GROUP BY gear_id), "                                                      \
  PLACED_CTE                                                                            \
  "SELECT g.id, g.kind, g.name, g.brand, g.notes, g.start_day, g.retire_day,"           \
  " g.prior_distance_m, g.threshold_distance_m, g.threshold_days, g.created_us,"        \
  " g.snooze_until_day, g.snooze_until_distance_m, g.reminder_dismissed,"               \
  " coalesce (r.metres, 0) + coalesce (m.metres, 0), p.target_gear_id, s.name "         \
  "FROM gear AS g"                                                                      \
  " LEFT JOIN runs AS r ON r.gear_id = g.id"                                            \
  " LEFT JOIN manual AS m ON m.gear_id = g.id"                                          \
  " LEFT JOIN placed AS p ON p.gear_id = g.id"                                          \
  " LEFT JOIN gear AS s ON s.id = p.target_gear_id "                                    \
  "WHERE ?2 = 0 OR g.id = ?2 "                                                          \
  "ORDER BY g.retire_day IS NOT NULL, g.retire_day DESC, g.start_day DESC, g.id DESC"

/* ?1 today: which current insert sits in which shoe, in the order they went in. */
#define INSERTS_SQL                                                                     \
  "WITH " PLACED_CTE                                                                    \
  "SELECT p.target_gear_id, p.gear_id, i.name FROM placed AS p"                         \
  " JOIN gear AS i ON i.id = p.gear_id "                                                \
  "WHERE p.target_gear_id IS NOT NULL AND i.retire_day IS NULL "                        \
  "ORDER BY p.day, p.created_us, p.id"

/* ?1 one item's id or 0, ?2 one event's id or 0. The layout is in
 * ft-gear-private.h. */
#define EVENTS_SQL                                                                      \
  "WITH moves AS ("                                                                     \
  " SELECT id, lag (target_gear_id) OVER (PARTITION BY gear_id"                         \
  "                                       ORDER BY day, created_us, id) AS from_id"     \
  " FROM gear_event WHERE kind = 'move') "                                              \
  "SELECT ev.id, ev.kind, ev.day, ev.created_us, ev.gear_id, g.name, g.kind,"           \
  " ev.target_gear_id, t.name, mv.from_id, f.name, ev.label "                           \
  "FROM gear_event AS ev"                                                               \
  " LEFT JOIN gear AS g ON g.id = ev.gear_id"                                           \
  " LEFT JOIN gear AS t ON t.id = ev.target_gear_id"                                    \
  " LEFT JOIN moves AS mv ON mv.id = ev.id"                                             \
  " LEFT JOIN gear AS f ON f.id = mv.from_id "                                          \
  "WHERE (?1 = 0 OR ev.gear_id = ?1 OR ev.target_gear_id = ?1) AND (?2 = 0 OR ev.id = ?2) " \
  "ORDER BY ev.day DESC, ev.created_us DESC, ev.id DESC"

struct _FtGear
{
  GObject     parent_instance;

  FtJournal  *journal;
  FtDatabase *database;
  GListStore *current;
  GListStore *retired;
  GListStore *events;
};

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (FtGear, ft_gear, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

/* What a validation needs to know of a stored item. */
typedef struct
{
  gint64      id;
  FtGearKind  kind;
  char       *name;
  char        start[11];
  char        retire[11];       /* "": current */
  double      prior_m;
  double      threshold_m;      /* NAN: off */
  int         threshold_days;
} GearRow;

static void
gear_row_clear (GearRow *row)
{
  g_clear_pointer (&row->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GearRow, gear_row_clear)

/* FtGearDeletion */

typedef struct
{
  gint64  id;
  char   *kind;
  char    day[11];
  gint64  target_id;
  char   *label;
  gint64  created_us;
} EventRow;

typedef struct
{
  gint64  id;
  char    day[11];
  double  metres;
} DistanceRow;

struct _FtGearDeletion
{
  FtGearItem *item;
  gint64      id;
  char       *kind;
  char       *name;
  char       *brand;
  char       *notes;
  char       *start;
  char       *retire;
  double      prior_m;
  double      threshold_m;      /* NAN: off */
  int         threshold_days;   /* 0: off */
  gint64      created_us;
  char       *snooze_day;
  double      snooze_m;         /* NAN: none */
  gboolean    dismissed;
  GArray     *events;           /* EventRow */
  GArray     *distances;        /* DistanceRow */
  GArray     *moves_into;       /* gint64 event ids whose target it was */
  GArray     *worn_entries;     /* gint64 journal_entry ids that named it */
};

static void
event_row_clear (gpointer data)
{
  EventRow *row = data;

  g_clear_pointer (&row->kind, g_free);
  g_clear_pointer (&row->label, g_free);
}

static void
deletion_clear (gpointer data)
{
  FtGearDeletion *deletion = data;

  g_clear_object (&deletion->item);
  g_clear_pointer (&deletion->kind, g_free);
  g_clear_pointer (&deletion->name, g_free);
  g_clear_pointer (&deletion->brand, g_free);
  g_clear_pointer (&deletion->notes, g_free);
  g_clear_pointer (&deletion->start, g_free);
  g_clear_pointer (&deletion->retire, g_free);
  g_clear_pointer (&deletion->snooze_day, g_free);
  g_clear_pointer (&deletion->events, g_array_unref);
  g_clear_pointer (&deletion->distances, g_array_unref);
  g_clear_pointer (&deletion->moves_into, g_array_unref);
  g_clear_pointer (&deletion->worn_entries, g_array_unref);
}

static FtGearDeletion *
deletion_new (void)
{
  FtGearDeletion *deletion = g_rc_box_new0 (FtGearDeletion);

  deletion->threshold_m = NAN;
  deletion->snooze_m = NAN;
  deletion->events = g_array_new (FALSE, TRUE, sizeof (EventRow));
  g_array_set_clear_func (deletion->events, event_row_clear);
  deletion->distances = g_array_new (FALSE, TRUE, sizeof (DistanceRow));
  deletion->moves_into = g_array_new (FALSE, FALSE, sizeof (gint64));
  deletion->worn_entries = g_array_new (FALSE, FALSE, sizeof (gint64));

  return deletion;
}

/**
 * ft_gear_deletion_copy:
 * @deletion: a #FtGearDeletion
 *
 * Deletions never change, so a copy shares the original.
 *
 * Returns: (transfer full): @deletion
 */
FtGearDeletion *
ft_gear_deletion_copy (FtGearDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, NULL);

  return g_rc_box_acquire (deletion);
}

void
ft_gear_deletion_free (FtGearDeletion *deletion)
{
  g_return_if_fail (deletion != NULL);

  g_rc_box_release_full (deletion, deletion_clear);
}

G_DEFINE_BOXED_TYPE (FtGearDeletion, ft_gear_deletion, ft_gear_deletion_copy,
                     ft_gear_deletion_free)

/**
 * ft_gear_deletion_get_item:
 * @deletion: a #FtGearDeletion
 *
 * Returns: (transfer none): the item as it was just before it was deleted
 */
FtGearItem *
ft_gear_deletion_get_item (FtGearDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, NULL);

  return deletion->item;
}

/* FtGearDistance */

struct _FtGearDistance
{
  gint64  id;
  gint64  gear_id;
  char    day[11];
  double  metres;
};

static FtGearDistance *
distance_new_from_row (sqlite3_stmt *stmt)
{
  FtGearDistance *distance = g_rc_box_new0 (FtGearDistance);

  /* Columns: id, gear_id, day, distance_m. */
  distance->id = sqlite3_column_int64 (stmt, 0);
  distance->gear_id = sqlite3_column_int64 (stmt, 1);
  g_strlcpy (distance->day, (const char *) sqlite3_column_text (stmt, 2), sizeof distance->day);
  distance->metres = sqlite3_column_double (stmt, 3);

  return distance;
}

/**
 * ft_gear_distance_copy:
 * @distance: a #FtGearDistance
 *
 * Distances never change, so a copy shares the original.
 *
 * Returns: (transfer full): @distance
 */
FtGearDistance *
ft_gear_distance_copy (FtGearDistance *distance)
{
  g_return_val_if_fail (distance != NULL, NULL);

  return g_rc_box_acquire (distance);
}

void
ft_gear_distance_free (FtGearDistance *distance)
{
  g_return_if_fail (distance != NULL);

  g_rc_box_release (distance);
}

G_DEFINE_BOXED_TYPE (FtGearDistance, ft_gear_distance, ft_gear_distance_copy,
                     ft_gear_distance_free)

gint64
ft_gear_distance_get_id (FtGearDistance *distance)
{
  g_return_val_if_fail (distance != NULL, 0);

  return distance->id;
}

gint64
ft_gear_distance_get_gear_id (FtGearDistance *distance)
{
  g_return_val_if_fail (distance != NULL, 0);

  return distance->gear_id;
}

void
ft_gear_distance_get_day (FtGearDistance *distance,
                          GDate          *day)
{
  g_return_if_fail (distance != NULL);
  g_return_if_fail (day != NULL);

  _ft_journal_parse_day_key (distance->day, day);
}

const char *
ft_gear_distance_get_day_key (FtGearDistance *distance)
{
  g_return_val_if_fail (distance != NULL, NULL);

  return distance->day;
}

double
ft_gear_distance_get_metres (FtGearDistance *distance)
{
  g_return_val_if_fail (distance != NULL, 0);

  return distance->metres;
}

/* Helpers */

static void
get_today (FtGear *self,
           GDate  *today)
{
  ft_journal_get_today (self->journal, today);
}

static gint64
get_now_us (FtGear *self)
{
  return _ft_journal_get_now_us (self->journal);
}

static gboolean
check_day (FtGear       *self,
           const GDate  *day,
           char          key[11],
           GError      **error)
{
  GDate today;

  get_today (self, &today);

  return _ft_journal_check_recorded_day (day, &today, key, error);
}

/* Trims white space (Unicode's) and composes the text. Returns NULL for
 * text that is empty once trimmed (without @error), that is not UTF-8 (with
 * it) or that is longer than @max_chars (@length set, without @error). */
static char *
clean_text (const char  *text,
            glong        max_chars,
            glong       *length,
            GError     **error)
{
  const char *start;
  const char *end;
  g_autofree char *clean = NULL;

  *length = 0;

  if (text == NULL)
    return NULL;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("The text is not valid UTF-8, so it was not saved"));
      return NULL;
    }

  start = text;
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

  if (end == start)
    return NULL;

  clean = g_utf8_normalize (start, end - start, G_NORMALIZE_DEFAULT_COMPOSE);
  *length = g_utf8_strlen (clean, -1);
  if (*length > max_chars)
    return NULL;

  return g_steal_pointer (&clean);
}

/* Runs @sql with ?1 = @id and ?2 = @key (if not NULL); gives column 0 of the
 * first row as an integer (0 without rows) and, if asked, as text. */
static gboolean
query_value (FtGear       *self,
             const char   *sql,
             gint64        id,
             const char   *key,
             gint64       *value,
             char          text[11],
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!_ft_database_prepare (self->database, sql, &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (key != NULL)
    sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  if (value != NULL)
    *value = found ? sqlite3_column_int64 (stmt, 0) : 0;

  if (text != NULL)
    {
      const char *column = found ? (const char *) sqlite3_column_text (stmt, 0) : NULL;

      text[0] = '\0';
      if (column != NULL)
        g_strlcpy (text, column, 11);
    }

  return TRUE;
}

static gboolean
exec_bound (FtGear      *self,
            const char  *sql,
            gint64       id,
            const char  *key,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (self->database, sql, &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (key != NULL)
    sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
unknown_item (GError **error)
{
  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       _("That item is not in Shoes & Insoles; it may have been deleted"));
  return FALSE;
}

static gboolean
unknown_event (GError **error)
{
  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       _("That change is not in the history; it may have been deleted"));
  return FALSE;
}

static gboolean
load_row (FtGear   *self,
          gint64    gear_id,
          GearRow  *row,
          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;
  const char *text;

  *row = (GearRow) { 0 };
  row->threshold_m = NAN;

  if (!_ft_database_prepare (self->database,
                             "SELECT kind, name, start_day, retire_day, prior_distance_m, "
                             "threshold_distance_m, threshold_days FROM gear WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, gear_id);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  if (!found || !ft_gear_kind_from_key ((const char *) sqlite3_column_text (stmt, 0), &row->kind))
    return unknown_item (error);

  row->id = gear_id;
  row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  g_strlcpy (row->start, (const char *) sqlite3_column_text (stmt, 2), sizeof row->start);
  text = (const char *) sqlite3_column_text (stmt, 3);
  if (text != NULL)
    g_strlcpy (row->retire, text, sizeof row->retire);
  row->prior_m = sqlite3_column_double (stmt, 4);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    row->threshold_m = sqlite3_column_double (stmt, 5);
  row->threshold_days = sqlite3_column_int (stmt, 6);

  return TRUE;
}

static gboolean
row_in_use_on (const GearRow *row,
               const char    *key)
{
  return strcmp (row->start, key) <= 0 && (row->retire[0] == '\0' || strcmp (key, row->retire) <= 0);
}

static gboolean
insert_event (FtGear      *self,
              const char  *kind,
              const char  *day,
              gint64       gear_id,
              gint64       target_id,
              const char  *label,
              gint64      *event_id,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!_ft_database_prepare (self->database,
                             "INSERT INTO gear_event (kind, day, gear_id, target_gear_id, label, "
                             "created_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  if (gear_id != 0)
    sqlite3_bind_int64 (stmt, 3, gear_id);
  if (target_id != 0)
    sqlite3_bind_int64 (stmt, 4, target_id);
  sqlite3_bind_text (stmt, 5, label, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, get_now_us (self));

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  g_assert (found);
  if (event_id != NULL)
    *event_id = sqlite3_column_int64 (stmt, 0);

  return _ft_database_step_done (self->database, stmt, error);
}

/* Loading */

static FtGearItem *
find_item (GPtrArray *items,
           gint64     gear_id)
{
  for (guint i = 0; i < items->len; i++)
    {
      FtGearItem *item = g_ptr_array_index (items, i);

      if (ft_gear_item_get_id (item) == gear_id)
        return item;
    }

  return NULL;
}

/* Every item (or the one with @gear_id), current ones first; two queries. */
static GPtrArray *
query_items (FtGear    *self,
             gint64     gear_id,
             GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) inserts = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  char today_key[11];
  GDate today;
  int rc;

  get_today (self, &today);
  _ft_journal_day_key (&today, today_key);

  if (!_ft_database_prepare (self->database, ITEMS_SQL, &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, today_key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, gear_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FtGearItem *item = _ft_gear_item_new_from_row (stmt, &today);

      /* A row the store would never write is left out, not shown wrong. */
      if (item != NULL)
        g_ptr_array_add (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  if (!_ft_database_prepare (self->database, INSERTS_SQL, &inserts, error))
    return NULL;

  sqlite3_bind_text (inserts, 1, today_key, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (inserts)) == SQLITE_ROW)
    {
      FtGearItem *shoe = find_item (items, sqlite3_column_int64 (inserts, 0));

      if (shoe != NULL)
        _ft_gear_item_add_insert (shoe, sqlite3_column_int64 (inserts, 1),
                                  (const char *) sqlite3_column_text (inserts, 2));
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

static GPtrArray *
query_events (FtGear   *self,
              gint64    gear_id,
              gint64    event_id,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (!_ft_database_prepare (self->database, EVENTS_SQL, &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, gear_id);
  sqlite3_bind_int64 (stmt, 2, event_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FtGearEvent *event = _ft_gear_event_new_from_row (stmt);

      if (event != NULL)
        g_ptr_array_add (events, event);
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&events);
}

static FtGearEvent *
load_event (FtGear   *self,
            gint64    event_id,
            GError  **error)
{
  g_autoptr(GPtrArray) events = query_events (self, 0, event_id, error);

  if (events == NULL)
    return NULL;

  if (events->len == 0)
    {
      unknown_event (error);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (events, 0));
}

static void
replace_all (GListStore *store,
             GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

static gboolean
reload_models (FtGear  *self,
               GError **error)
{
  g_autoptr(GPtrArray) items = query_items (self, 0, error);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) current = g_ptr_array_new ();
  g_autoptr(GPtrArray) retired = g_ptr_array_new ();

  if (items == NULL)
    return FALSE;

  events = query_events (self, 0, 0, error);
  if (events == NULL)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      FtGearItem *item = g_ptr_array_index (items, i);

      g_ptr_array_add (ft_gear_item_is_retired (item) ? retired : current, item);
    }

  replace_all (self->current, current);
  replace_all (self->retired, retired);
  replace_all (self->events, events);

  return TRUE;
}

/* After a change: the lists follow, then the page hears of it. */
static void
changed (FtGear *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload_models (self, &error))
    g_warning ("Could not reload shoes and insoles: %s", error->message);

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* Ends a change's transaction: commits it and tells the views, or rolls it
 * back. */
static gboolean
commit_change (FtGear    *self,
               gboolean   ok,
               GError   **error)
{
  if (!_ft_database_finish (self->database, ok, error))
    return FALSE;

  changed (self);

  return TRUE;
}

static void
journal_entry_changed_cb (FtGear *self)
{
  changed (self);
}

/* GObject */

static void
ft_gear_dispose (GObject *object)
{
  FtGear *self = FT_GEAR (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->database);
  g_clear_object (&self->current);
  g_clear_object (&self->retired);
  g_clear_object (&self->events);

  G_OBJECT_CLASS (ft_gear_parent_class)->dispose (object);
}

static void
ft_gear_class_init (FtGearClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ft_gear_dispose;

  /**
   * FtGear::changed:
   * @self: the store
   *
   * Items, events or distances changed; the list models are up to date.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
ft_gear_init (FtGear *self)
{
  self->current = g_list_store_new (FT_TYPE_GEAR_ITEM);
  self->retired = g_list_store_new (FT_TYPE_GEAR_ITEM);
  self->events = g_list_store_new (FT_TYPE_GEAR_EVENT);
}

/**
 * ft_gear_new:
 * @journal: the journal whose database and today the store shares
 *
 * Returns: (transfer full): the store, its lists loaded
 */
FtGear *
ft_gear_new (FtJournal *journal)
{
  g_autoptr(GError) error = NULL;
  FtGear *self;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);

  self = g_object_new (FT_TYPE_GEAR, NULL);
  self->journal = g_object_ref (journal);
  self->database = g_object_ref (ft_journal_get_database (journal));

  g_signal_connect_object (journal, "entry-changed", G_CALLBACK (journal_entry_changed_cb),
                           self, G_CONNECT_SWAPPED);

  if (!reload_models (self, &error))
    g_warning ("Could not load shoes and insoles: %s", error->message);

  return self;
}

FtJournal *
ft_gear_get_journal (FtGear *self)
{
  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  return self->journal;
}

/**
 * ft_gear_get_current_items:
 * @self: a #FtGear
 *
 * Returns: (transfer none): the current items (#FtGearItem), newest start first
 */
GListModel *
ft_gear_get_current_items (FtGear *self)
{
  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  return G_LIST_MODEL (self->current);
}

/**
 * ft_gear_get_retired_items:
 * @self: a #FtGear
 *
 * Returns: (transfer none): the retired items (#FtGearItem), latest retired first
 */
GListModel *
ft_gear_get_retired_items (FtGear *self)
{
  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  return G_LIST_MODEL (self->retired);
}

/**
 * ft_gear_get_events:
 * @self: a #FtGear
 *
 * Returns: (transfer none): every event (#FtGearEvent), newest first
 */
GListModel *
ft_gear_get_events (FtGear *self)
{
  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  return G_LIST_MODEL (self->events);
}

/**
 * ft_gear_reload:
 * @self: a #FtGear
 * @error: return location for an #FtError
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_reload (FtGear  *self,
                GError **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);

  if (!reload_models (self, error))
    return FALSE;

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);

  return TRUE;
}

/**
 * ft_gear_list_items:
 * @self: a #FtGear
 * @retired: whether to list the retired items instead of the current ones
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (element-type FtGearItem): the items, in the
 *   order of the list models, or %NULL with @error set
 */
GPtrArray *
ft_gear_list_items (FtGear   *self,
                    gboolean  retired,
                    GError  **error)
{
  g_autoptr(GPtrArray) items = NULL;
  GPtrArray *listed;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  items = query_items (self, 0, error);
  if (items == NULL)
    return NULL;

  listed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      FtGearItem *item = g_ptr_array_index (items, i);

      if (ft_gear_item_is_retired (item) == (retired != FALSE))
        g_ptr_array_add (listed, g_object_ref (item));
    }

  return listed;
}

/**
 * ft_gear_get_item:
 * @self: a #FtGear
 * @gear_id: an item's id
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (nullable): the item, or %NULL with @error set
 */
FtGearItem *
ft_gear_get_item (FtGear  *self,
                  gint64   gear_id,
                  GError **error)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  items = query_items (self, gear_id, error);
  if (items == NULL)
    return NULL;

  if (items->len == 0 || gear_id <= 0)
    {
      unknown_item (error);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (items, 0));
}

/* Items */

/* Fields checked and cleaned, distances in metres. */
typedef struct
{
  const char *kind;
  char       *name;
  char       *brand;
  char       *notes;
  char        start[11];
  double      prior_m;
  double      threshold_m;      /* NAN: off */
  int         threshold_days;   /* 0: off */
} Clean;

static void
clean_clear (Clean *clean)
{
  g_clear_pointer (&clean->name, g_free);
  g_clear_pointer (&clean->brand, g_free);
  g_clear_pointer (&clean->notes, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Clean, clean_clear)

static gint64
display_units (double         metres,
               FtDistanceUnit unit)
{
  return llround (ft_distance_from_metres (metres, unit) * pow (10, FT_GEAR_DISTANCE_DECIMALS));
}

/* What is stored stays stored if the value is what it would be shown as:
 * converting back and forth never creeps. */
static double
resolve_distance (double         stored_m,
                  double         value,
                  FtDistanceUnit unit)
{
  if (isnan (value))
    return NAN;

  if (!isnan (stored_m) &&
      display_units (stored_m, unit) == llround (value * pow (10, FT_GEAR_DISTANCE_DECIMALS)))
    return stored_m;

  return ft_distance_to_metres (value, unit);
}

static gboolean
check_fields (FtGear             *self,
              const FtGearFields *fields,
              const GearRow      *stored,
              Clean              *clean,
              GError            **error)
{
  GError *local_error = NULL;
  double prior_m;
  double threshold_m;
  glong length;

  clean->kind = ft_gear_kind_to_key (fields->kind);
  if (clean->kind == NULL)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("Choose what kind of item this is: a shoe, an insole or another kind"));
      return FALSE;
    }

  clean->name = clean_text (fields->name, NAME_MAX_CHARS, &length, &local_error);
  if (local_error == NULL && length > NAME_MAX_CHARS)
    g_set_error (&local_error, FT_ERROR, FT_ERROR_INVALID,
                 _("A name holds at most %d characters, not %ld"), NAME_MAX_CHARS, length);
  else if (local_error == NULL && clean->name == NULL)
    g_set_error_literal (&local_error, FT_ERROR, FT_ERROR_INVALID,
                         _("Give the item a name, such as “Trail runners”"));

  if (local_error == NULL)
    {
      clean->brand = clean_text (fields->brand, BRAND_MAX_CHARS, &length, &local_error);
      if (local_error == NULL && length > BRAND_MAX_CHARS)
        g_set_error (&local_error, FT_ERROR, FT_ERROR_INVALID,
                     _("Brand and model hold at most %d characters, not %ld"),
                     BRAND_MAX_CHARS, length);
    }

  if (local_error == NULL)
    {
      clean->notes = clean_text (fields->notes, NOTES_MAX_CHARS, &length, &local_error);
      if (local_error == NULL && length > NOTES_MAX_CHARS)
        g_set_error (&local_error, FT_ERROR, FT_ERROR_INVALID,
                     _("Notes hold up to 10 000 characters; these have %ld"), length);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!check_day (self, &fields->start_day, clean->start, error))
    return FALSE;

  if (!isfinite (fields->prior_distance))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("The distance already on it must be a number, 0 if it is new"));
      return FALSE;
    }

  if (fields->prior_distance < 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("The distance already on it cannot be negative"));
      return FALSE;
    }

  prior_m = resolve_distance (stored != NULL ? stored->prior_m : NAN, fields->prior_distance,
                              fields->unit);
  if (prior_m > PRIOR_MAX_M)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("The distance already on it is at most 100 000 km"));
      return FALSE;
    }
  clean->prior_m = prior_m;

  if (!isnan (fields->threshold_distance))
    {
      if (!isfinite (fields->threshold_distance) || fields->threshold_distance <= 0)
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                               _("A distance to replace it at must be more than 0; "
                                 "switch the reminder off instead"));
          return FALSE;
        }

      threshold_m = resolve_distance (stored != NULL ? stored->threshold_m : NAN,
                                      fields->threshold_distance, fields->unit);
      if (threshold_m > PRIOR_MAX_M)
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                               _("A distance to replace it at is at most 100 000 km"));
          return FALSE;
        }
      clean->threshold_m = threshold_m;
    }
  else
    {
      clean->threshold_m = NAN;
    }

  if (fields->threshold_days < 0 || fields->threshold_days > THRESHOLD_MAX_DAYS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("An age to replace it at is 1 to %d days, or off"), THRESHOLD_MAX_DAYS);
      return FALSE;
    }
  clean->threshold_days = fields->threshold_days;

  return TRUE;
}

static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           index,
                   int           value)
{
  if (value <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

static gboolean
insert_item (FtGear       *self,
             const Clean  *clean,
             gint64       *gear_id,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!_ft_database_prepare (self->database,
                             "INSERT INTO gear (kind, name, brand, notes, start_day, "
                             "prior_distance_m, threshold_distance_m, threshold_days, created_us) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, clean->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, clean->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, clean->brand, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, clean->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, clean->start, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 6, clean->prior_m);
  _ft_database_bind_number (stmt, 7, clean->threshold_m);
  bind_optional_int (stmt, 8, clean->threshold_days);
  sqlite3_bind_int64 (stmt, 9, get_now_us (self));

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  g_assert (found);
  *gear_id = sqlite3_column_int64 (stmt, 0);

  return _ft_database_step_done (self->database, stmt, error) &&
         insert_event (self, "start", clean->start, *gear_id, 0, NULL, NULL, error);
}

/**
 * ft_gear_add_item:
 * @self: a #FtGear
 * @fields: the new item's values
 * @error: return location for an #FtError
 *
 * Adds an item with its start event, in one transaction.
 *
 * Returns: (transfer full) (nullable): the new item, or %NULL with @error set
 */
FtGearItem *
ft_gear_add_item (FtGear             *self,
                  const FtGearFields *fields,
                  GError            **error)
{
  g_auto(Clean) clean = { 0 };
  gint64 gear_id = 0;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);
  g_return_val_if_fail (fields != NULL, NULL);

  if (!check_fields (self, fields, NULL, &clean, error))
    return NULL;

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!commit_change (self, insert_item (self, &clean, &gear_id, error), error))
    return NULL;

  return ft_gear_get_item (self, gear_id, error);
}

/* The first and last days on which records tie the item down: its events
 * (but its start), moves into it, manual distances and journal days naming it. */
static gboolean
query_use_days (FtGear   *self,
                gint64    gear_id,
                char      first[11],
                char      last[11],
                GError  **error)
{
  return query_value (self,
                      "SELECT min (day) FROM ("
                      " SELECT day FROM gear_event WHERE gear_id = ?1 AND kind <> 'start'"
                      " UNION ALL SELECT day FROM gear_event WHERE target_gear_id = ?1"
                      " UNION ALL SELECT day FROM gear_distance WHERE gear_id = ?1"
                      " UNION ALL SELECT day FROM journal_entry WHERE worn_gear_id = ?1)",
                      gear_id, NULL, NULL, first, error) &&
         query_value (self,
                      "SELECT max (day) FROM ("
                      " SELECT day FROM gear_event WHERE gear_id = ?1 AND kind <> 'start'"
                      " UNION ALL SELECT day FROM gear_event WHERE target_gear_id = ?1"
                      " UNION ALL SELECT day FROM gear_distance WHERE gear_id = ?1"
                      " UNION ALL SELECT day FROM journal_entry WHERE worn_gear_id = ?1)",
                      gear_id, NULL, NULL, last, error);
}

static gboolean
check_kind_change (FtGear         *self,
                   const GearRow  *row,
                   FtGearKind      kind,
                   GError        **error)
{
  gint64 count;

  if (kind == row->kind)
    return TRUE;

  if (ft_gear_kind_is_insert (row->kind) && !ft_gear_kind_is_insert (kind))
    {
      if (!query_value (self, "SELECT count(*) FROM gear_event WHERE gear_id = ?1 AND kind = 'move'",
                        row->id, NULL, &count, NULL, error))
        return FALSE;

      if (count > 0)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("“%s” has been moved between shoes, so it stays an insole or orthotic"),
                       row->name);
          return FALSE;
        }
    }

  if (ft_gear_kind_is_shoe (row->kind) && !ft_gear_kind_is_shoe (kind))
    {
      if (!query_value (self,
                        "SELECT (SELECT count(*) FROM gear_event WHERE target_gear_id = ?1) + "
                        "(SELECT count(*) FROM journal_entry WHERE worn_gear_id = ?1)",
                        row->id, NULL, &count, NULL, error))
        return FALSE;

      if (count > 0)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("“%s” has held insoles or was worn on journal days, so it stays a shoe"),
                       row->name);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
update_item (FtGear       *self,
             gint64        gear_id,
             const Clean  *clean,
             gboolean      thresholds_changed,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (self->database,
                             "UPDATE gear SET kind = ?2, name = ?3, brand = ?4, notes = ?5, "
                             "start_day = ?6, prior_distance_m = ?7, threshold_distance_m = ?8, "
                             "threshold_days = ?9, "
                             "snooze_until_day = CASE WHEN ?10 THEN NULL ELSE snooze_until_day END, "
                             "snooze_until_distance_m = "
                             " CASE WHEN ?10 THEN NULL ELSE snooze_until_distance_m END, "
                             "reminder_dismissed = CASE WHEN ?10 THEN 0 ELSE reminder_dismissed END "
                             "WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, gear_id);
  sqlite3_bind_text (stmt, 2, clean->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, clean->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, clean->brand, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, clean->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, clean->start, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 7, clean->prior_m);
  _ft_database_bind_number (stmt, 8, clean->threshold_m);
  bind_optional_int (stmt, 9, clean->threshold_days);
  sqlite3_bind_int (stmt, 10, thresholds_changed ? 1 : 0);

  if (!_ft_database_step_done (self->database, stmt, error))
    return FALSE;

  /* The start event follows the start day. */
  return exec_bound (self, "UPDATE gear_event SET day = ?2 WHERE gear_id = ?1 AND kind = 'start'",
                     gear_id, clean->start, error);
}

static gboolean
edit_item (FtGear             *self,
           gint64              gear_id,
           const FtGearFields *fields,
           GError            **error)
{
  g_auto(GearRow) row = { 0 };
  g_auto(Clean) clean = { 0 };
  char first[11];
  char last[11];
  gboolean thresholds_changed;

  if (!load_row (self, gear_id, &row, error) ||
      !check_fields (self, fields, &row, &clean, error) ||
      !check_kind_change (self, &row, fields->kind, error) ||
      !query_use_days (self, gear_id, first, last, error))
    return FALSE;

  if (row.retire[0] != '\0' && strcmp (clean.start, row.retire) > 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” was retired on %s; it cannot have started after that"),
                   row.name, row.retire);
      return FALSE;
    }

  if (first[0] != '\0' && strcmp (clean.start, first) > 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” has records from %s, so it cannot have started later"),
                   row.name, first);
      return FALSE;
    }

  thresholds_changed = !(isnan (row.threshold_m) ? isnan (clean.threshold_m)
                                                 : row.threshold_m == clean.threshold_m) ||
                       row.threshold_days != clean.threshold_days;

  return update_item (self, gear_id, &clean, thresholds_changed, error);
}

/**
 * ft_gear_edit_item:
 * @self: a #FtGear
 * @gear_id: an item
 * @fields: its new values; distances unchanged as shown stay exactly as stored
 * @error: return location for an #FtError
 *
 * Changing a threshold clears "Remind me later" and a dismissal. The start
 * day cannot move past the item's first record or its retire day; an insole
 * that has moved stays an insert, a shoe that held one or was worn stays a
 * shoe.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_edit_item (FtGear             *self,
                   gint64              gear_id,
                   const FtGearFields *fields,
                   GError            **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, edit_item (self, gear_id, fields, error), error);
}

static gboolean
retire_item (FtGear       *self,
             gint64        gear_id,
             const GDate  *day,
             GError      **error)
{
  g_auto(GearRow) row = { 0 };
  char key[11];
  char first[11];
  char last[11];

  if (!load_row (self, gear_id, &row, error) || !check_day (self, day, key, error))
    return FALSE;

  if (row.retire[0] != '\0')
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("“%s” is already retired, since %s"), row.name, row.retire);
      return FALSE;
    }

  if (strcmp (key, row.start) < 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” was first worn on %s; it cannot be retired before that"),
                   row.name, row.start);
      return FALSE;
    }

  if (!query_use_days (self, gear_id, first, last, error))
    return FALSE;

  if (last[0] != '\0' && strcmp (key, last) < 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” has records up to %s; retire it on that day or later"),
                   row.name, last);
      return FALSE;
    }

  return exec_bound (self, "UPDATE gear SET retire_day = ?2 WHERE id = ?1", gear_id, key,
                     error) &&
         insert_event (self, "retire", key, gear_id, 0, NULL, NULL, error);
}

/**
 * ft_gear_retire_item:
 * @self: a #FtGear
 * @gear_id: a current item
 * @day: the retire day: not before its start or its last record, not in the future
 * @error: return location for an #FtError
 *
 * Retires the item and records the event, in one transaction. Its history
 * stays.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_retire_item (FtGear       *self,
                     gint64        gear_id,
                     const GDate  *day,
                     GError      **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, retire_item (self, gear_id, day, error), error);
}

static gboolean
unretire_item (FtGear       *self,
               gint64        gear_id,
               const GDate  *day,
               GError      **error)
{
  g_auto(GearRow) row = { 0 };
  char key[11];

  if (!load_row (self, gear_id, &row, error) || !check_day (self, day, key, error))
    return FALSE;

  if (row.retire[0] == '\0')
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID, _("“%s” is not retired"), row.name);
      return FALSE;
    }

  if (strcmp (key, row.retire) < 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” was retired on %s; it can only be brought back on that day or later"),
                   row.name, row.retire);
      return FALSE;
    }

  return exec_bound (self, "UPDATE gear SET retire_day = NULL WHERE id = ?1", gear_id, NULL,
                     error) &&
         insert_event (self, "unretire", key, gear_id, 0, NULL, NULL, error);
}

/**
 * ft_gear_unretire_item:
 * @self: a #FtGear
 * @gear_id: a retired item
 * @day: the day it came back: not before its retire day, not in the future
 * @error: return location for an #FtError
 *
 * Brings the item back into use and records the event, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_unretire_item (FtGear       *self,
                       gint64        gear_id,
                       const GDate  *day,
                       GError      **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, unretire_item (self, gear_id, day, error), error);
}

/* Deleting and restoring */

/* Put back a deleted event or manual distance, under its old id when free:
 * ?1 id, then the columns in order. An event's target may be gone (NULL). */
#define RESTORE_EVENT_SQL                                                               \
  "INSERT INTO gear_event (id, kind, day, gear_id, target_gear_id, label, created_us) " \
  "VALUES (" FT_DATABASE_OLD_ID_IF_FREE ("gear_event") ", "                             \
  "?2, ?3, ?4, (SELECT id FROM gear WHERE id = ?5), ?6, ?7)"
#define RESTORE_DISTANCE_SQL                                                            \
  "INSERT INTO gear_distance (id, gear_id, day, distance_m) "                           \
  "VALUES (" FT_DATABASE_OLD_ID_IF_FREE ("gear_distance") ", ?2, ?3, ?4)"

/**
 * ft_gear_count_item_history:
 * @self: a #FtGear
 * @gear_id: an item
 * @count: (out): records besides its start: its other events, moves into
 *   it, manual distances, journal entries naming it and journal days whose
 *   run went to it by default
 * @error: return location for an #FtError
 *
 * Returns: %TRUE if @count was set
 */
gboolean
ft_gear_count_item_history (FtGear  *self,
                            gint64   gear_id,
                            gint64  *count,
                            GError **error)
{
  g_auto(GearRow) row = { 0 };

  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  if (!load_row (self, gear_id, &row, error))
    return FALSE;

  return query_value (self,
                      "WITH " CREDITED_CTE
                      "SELECT (SELECT count(*) FROM gear_event WHERE gear_id = ?1 AND kind <> 'start') "
                      "+ (SELECT count(*) FROM gear_event WHERE target_gear_id = ?1) "
                      "+ (SELECT count(*) FROM gear_distance WHERE gear_id = ?1) "
                      "+ (SELECT count(*) FROM journal_entry WHERE worn_gear_id = ?1) "
                      "+ (SELECT count(*) FROM credited AS c WHERE c.gear_id = ?1 AND NOT EXISTS "
                      "   (SELECT 1 FROM journal_entry AS e WHERE e.day = c.day AND e.worn_gear_id = ?1))",
                      gear_id, NULL, count, NULL, error);
}

static gboolean
collect_ids (FtGear      *self,
             const char  *sql,
             gint64       gear_id,
             GArray      *ids,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!_ft_database_prepare (self->database, sql, &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, gear_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    return _ft_database_fail (self->database, rc, error);

  return TRUE;
}

/* Inside a transaction: everything the delete will take away. */
static gboolean
collect_deletion (FtGear          *self,
                  gint64           gear_id,
                  FtGearDeletion  *deletion,
                  GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) events = NULL;
  g_autoptr(sqlite3_stmt) distances = NULL;
  gboolean found = FALSE;
  int rc;

  deletion->item = ft_gear_get_item (self, gear_id, error);
  if (deletion->item == NULL)
    return FALSE;

  if (!_ft_database_prepare (self->database,
                             "SELECT kind, name, brand, notes, start_day, retire_day, "
                             "prior_distance_m, threshold_distance_m, threshold_days, created_us, "
                             "snooze_until_day, snooze_until_distance_m, reminder_dismissed "
                             "FROM gear WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, gear_id);
  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;
  if (!found)
    return unknown_item (error);

  deletion->id = gear_id;
  deletion->kind = _ft_database_column_strdup (stmt, 0);
  deletion->name = _ft_database_column_strdup (stmt, 1);
  deletion->brand = _ft_database_column_strdup (stmt, 2);
  deletion->notes = _ft_database_column_strdup (stmt, 3);
  deletion->start = _ft_database_column_strdup (stmt, 4);
  deletion->retire = _ft_database_column_strdup (stmt, 5);
  deletion->prior_m = sqlite3_column_double (stmt, 6);
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    deletion->threshold_m = sqlite3_column_double (stmt, 7);
  deletion->threshold_days = sqlite3_column_int (stmt, 8);
  deletion->created_us = sqlite3_column_int64 (stmt, 9);
  deletion->snooze_day = _ft_database_column_strdup (stmt, 10);
  if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
    deletion->snooze_m = sqlite3_column_double (stmt, 11);
  deletion->dismissed = sqlite3_column_int (stmt, 12) != 0;

  if (!_ft_database_prepare (self->database,
                             "SELECT id, kind, day, target_gear_id, label, created_us "
                             "FROM gear_event WHERE gear_id = ?1 ORDER BY id",
                             &events, error))
    return FALSE;

  sqlite3_bind_int64 (events, 1, gear_id);
  while ((rc = sqlite3_step (events)) == SQLITE_ROW)
    {
      EventRow row = { 0 };

      row.id = sqlite3_column_int64 (events, 0);
      row.kind = _ft_database_column_strdup (events, 1);
      g_strlcpy (row.day, (const char *) sqlite3_column_text (events, 2), sizeof row.day);
      row.target_id = sqlite3_column_int64 (events, 3);
      row.label = _ft_database_column_strdup (events, 4);
      row.created_us = sqlite3_column_int64 (events, 5);
      g_array_append_val (deletion->events, row);
    }
  if (rc != SQLITE_DONE)
    return _ft_database_fail (self->database, rc, error);

  if (!_ft_database_prepare (self->database,
                             "SELECT id, day, distance_m FROM gear_distance WHERE gear_id = ?1 "
                             "ORDER BY id",
                             &distances, error))
    return FALSE;

  sqlite3_bind_int64 (distances, 1, gear_id);
  while ((rc = sqlite3_step (distances)) == SQLITE_ROW)
    {
      DistanceRow row = { 0 };

      row.id = sqlite3_column_int64 (distances, 0);
      g_strlcpy (row.day, (const char *) sqlite3_column_text (distances, 1), sizeof row.day);
      row.metres = sqlite3_column_double (distances, 2);
      g_array_append_val (deletion->distances, row);
    }
  if (rc != SQLITE_DONE)
    return _ft_database_fail (self->database, rc, error);

  return collect_ids (self,
                      "SELECT id FROM gear_event WHERE target_gear_id = ?1 "
                      "AND (gear_id IS NULL OR gear_id <> ?1) ORDER BY id",
                      gear_id, deletion->moves_into, error) &&
         collect_ids (self, "SELECT id FROM journal_entry WHERE worn_gear_id = ?1 ORDER BY id",
                      gear_id, deletion->worn_entries, error);
}

/**
 * ft_gear_delete_item:
 * @self: a #FtGear
 * @gear_id: an item
 * @error: return location for an #FtError
 *
 * Deletes the item with its events and manual distances; journal days that
 * named it and moves into it forget it. Ask first when
 * ft_gear_count_item_history() counts anything.
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   ft_gear_restore_item(), or %NULL with @error set
 */
FtGearDeletion *
ft_gear_delete_item (FtGear  *self,
                     gint64   gear_id,
                     GError **error)
{
  g_autoptr(FtGearDeletion) deletion = NULL;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  deletion = deletion_new ();

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!commit_change (self,
                      collect_deletion (self, gear_id, deletion, error) &&
                      exec_bound (self, "DELETE FROM gear WHERE id = ?1", gear_id, NULL, error),
                      error))
    return NULL;

  return g_steal_pointer (&deletion);
}

static gboolean
insert_restored (FtGear          *self,
                 FtGearDeletion  *deletion,
                 GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) event = NULL;
  g_autoptr(sqlite3_stmt) distance = NULL;
  g_autoptr(sqlite3_stmt) target = NULL;
  g_autoptr(sqlite3_stmt) worn = NULL;
  gboolean found = FALSE;
  gint64 gear_id;

  /* The old ids come back when they are free, so the item is the same one,
   * not a copy; if one was taken meanwhile, the row gets a new id. */
  if (!_ft_database_prepare (self->database,
                             "INSERT INTO gear (id, kind, name, brand, notes, start_day, retire_day, "
                             "prior_distance_m, threshold_distance_m, threshold_days, created_us, "
                             "snooze_until_day, snooze_until_distance_m, reminder_dismissed) VALUES ("
                             FT_DATABASE_OLD_ID_IF_FREE ("gear") ", "
                             "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) RETURNING id",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, deletion->id);
  sqlite3_bind_text (stmt, 2, deletion->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, deletion->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, deletion->brand, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, deletion->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, deletion->start, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, deletion->retire, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 8, deletion->prior_m);
  _ft_database_bind_number (stmt, 9, deletion->threshold_m);
  bind_optional_int (stmt, 10, deletion->threshold_days);
  sqlite3_bind_int64 (stmt, 11, deletion->created_us);
  sqlite3_bind_text (stmt, 12, deletion->snooze_day, -1, SQLITE_STATIC);
  _ft_database_bind_number (stmt, 13, deletion->snooze_m);
  sqlite3_bind_int (stmt, 14, deletion->dismissed ? 1 : 0);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  g_assert (found);
  gear_id = sqlite3_column_int64 (stmt, 0);

  if (!_ft_database_step_done (self->database, stmt, error))
    return FALSE;

  if (!_ft_database_prepare (self->database, RESTORE_EVENT_SQL, &event, error))
    return FALSE;

  for (guint i = 0; i < deletion->events->len; i++)
    {
      EventRow *row = &g_array_index (deletion->events, EventRow, i);

      sqlite3_reset (event);
      sqlite3_bind_int64 (event, 1, row->id);
      sqlite3_bind_text (event, 2, row->kind, -1, SQLITE_STATIC);
      sqlite3_bind_text (event, 3, row->day, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (event, 4, gear_id);
      /* A move into the item itself follows its new id. */
      sqlite3_bind_int64 (event, 5, row->target_id == deletion->id ? gear_id : row->target_id);
      sqlite3_bind_text (event, 6, row->label, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (event, 7, row->created_us);
      if (!_ft_database_step_done (self->database, event, error))
        return FALSE;
    }

  if (!_ft_database_prepare (self->database, RESTORE_DISTANCE_SQL, &distance, error))
    return FALSE;

  for (guint i = 0; i < deletion->distances->len; i++)
    {
      DistanceRow *row = &g_array_index (deletion->distances, DistanceRow, i);

      sqlite3_reset (distance);
      sqlite3_bind_int64 (distance, 1, row->id);
      sqlite3_bind_int64 (distance, 2, gear_id);
      sqlite3_bind_text (distance, 3, row->day, -1, SQLITE_STATIC);
      sqlite3_bind_double (distance, 4, row->metres);
      if (!_ft_database_step_done (self->database, distance, error))
        return FALSE;
    }

  /* Only rows that still forget the item take it back; a journal day that
   * has marked another shoe since keeps it. */
  if (!_ft_database_prepare (self->database,
                             "UPDATE gear_event SET target_gear_id = ?2 "
                             "WHERE id = ?1 AND kind = 'move' AND target_gear_id IS NULL",
                             &target, error) ||
      !_ft_database_prepare (self->database,
                             "UPDATE journal_entry SET worn_gear_id = ?2 "
                             "WHERE id = ?1 AND worn_gear_id IS NULL",
                             &worn, error))
    return FALSE;

  for (guint i = 0; i < deletion->moves_into->len; i++)
    {
      sqlite3_reset (target);
      sqlite3_bind_int64 (target, 1, g_array_index (deletion->moves_into, gint64, i));
      sqlite3_bind_int64 (target, 2, gear_id);
      if (!_ft_database_step_done (self->database, target, error))
        return FALSE;
    }

  for (guint i = 0; i < deletion->worn_entries->len; i++)
    {
      sqlite3_reset (worn);
      sqlite3_bind_int64 (worn, 1, g_array_index (deletion->worn_entries, gint64, i));
      sqlite3_bind_int64 (worn, 2, gear_id);
      if (!_ft_database_step_done (self->database, worn, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * ft_gear_restore_item:
 * @self: a #FtGear
 * @deletion: what ft_gear_delete_item() gave
 * @error: return location for an #FtError
 *
 * Puts a deleted item back exactly as it was: its row, events, manual
 * distances, the moves into it and the journal days that named it, with
 * their old ids when those are still free.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_restore_item (FtGear          *self,
                      FtGearDeletion  *deletion,
                      GError         **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, insert_restored (self, deletion, error), error);
}

/* Placement */

static gboolean
query_shoe_on_day (FtGear      *self,
                   gint64       insert_id,
                   const char  *key,
                   gint64      *shoe_id,
                   GError     **error)
{
  return query_value (self,
                      "SELECT target_gear_id FROM gear_event "
                      "WHERE gear_id = ?1 AND kind = 'move' AND day <= ?2 "
                      "ORDER BY day DESC, created_us DESC, id DESC LIMIT 1",
                      insert_id, key, shoe_id, NULL, error);
}

/**
 * ft_gear_get_shoe_on_day:
 * @self: a #FtGear
 * @insert_id: an insole or orthotic
 * @day: a day
 * @shoe_id: (out): the shoe it sat in, or 0 for none (also when it was not
 *   in use that day)
 * @error: return location for an #FtError
 *
 * Returns: %TRUE if @shoe_id was set
 */
gboolean
ft_gear_get_shoe_on_day (FtGear       *self,
                         gint64        insert_id,
                         const GDate  *day,
                         gint64       *shoe_id,
                         GError      **error)
{
  g_auto(GearRow) row = { 0 };
  char key[11];

  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);
  g_return_val_if_fail (shoe_id != NULL, FALSE);

  *shoe_id = 0;

  if (day == NULL || !g_date_valid (day) || g_date_get_year (day) > 9999)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, _("That is not a valid date"));
      return FALSE;
    }

  _ft_journal_day_key (day, key);

  if (!load_row (self, insert_id, &row, error))
    return FALSE;

  if (!row_in_use_on (&row, key))
    return TRUE;

  return query_shoe_on_day (self, insert_id, key, shoe_id, error);
}

/**
 * ft_gear_get_default_shoe:
 * @self: a #FtGear
 * @day: a day
 * @shoe_id: (out): the running shoe a run that day goes to when no shoe is
 *   marked, or 0 if none was in use
 * @error: return location for an #FtError
 *
 * Returns: %TRUE if @shoe_id was set
 */
gboolean
ft_gear_get_default_shoe (FtGear       *self,
                          const GDate  *day,
                          gint64       *shoe_id,
                          GError      **error)
{
  char key[11];

  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);
  g_return_val_if_fail (shoe_id != NULL, FALSE);

  *shoe_id = 0;

  if (day == NULL || !g_date_valid (day) || g_date_get_year (day) > 9999)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, _("That is not a valid date"));
      return FALSE;
    }

  _ft_journal_day_key (day, key);

  /* ?1 (always 0) keeps the shape query_value() binds. */
  return query_value (self,
                      "SELECT id FROM gear WHERE kind = 'running_shoe' AND ?1 = 0 "
                      "AND start_day <= ?2 AND (retire_day IS NULL OR retire_day >= ?2) "
                      "ORDER BY start_day DESC, id DESC LIMIT 1",
                      0, key, shoe_id, NULL, error);
}

static int
compare_shoes (gconstpointer a,
               gconstpointer b)
{
  FtGearItem *first = *(FtGearItem **) a;
  FtGearItem *second = *(FtGearItem **) b;
  gboolean first_runs = ft_gear_item_get_kind (first) == FT_GEAR_RUNNING_SHOE;
  gboolean second_runs = ft_gear_item_get_kind (second) == FT_GEAR_RUNNING_SHOE;

  if (first_runs != second_runs)
    return first_runs ? -1 : 1;

  return g_utf8_collate (ft_gear_item_get_name (first), ft_gear_item_get_name (second));
}

/**
 * ft_gear_list_shoes_on_day:
 * @self: a #FtGear
 * @day: a day
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (element-type FtGearItem): the shoes in use on
 *   @day, running shoes first, then by name; %NULL with @error set
 */
GPtrArray *
ft_gear_list_shoes_on_day (FtGear       *self,
                           const GDate  *day,
                           GError      **error)
{
  g_autoptr(GPtrArray) items = NULL;
  GPtrArray *shoes;
  char key[11];

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (day == NULL || !g_date_valid (day) || g_date_get_year (day) > 9999)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, _("That is not a valid date"));
      return NULL;
    }

  _ft_journal_day_key (day, key);

  items = query_items (self, 0, error);
  if (items == NULL)
    return NULL;

  shoes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      FtGearItem *item = g_ptr_array_index (items, i);
      const char *start = ft_gear_item_get_start_day_key (item);
      GDate retire;
      char retire_key[11];

      if (!ft_gear_kind_is_shoe (ft_gear_item_get_kind (item)) || strcmp (start, key) > 0)
        continue;

      if (ft_gear_item_get_retire_day (item, &retire))
        {
          _ft_journal_day_key (&retire, retire_key);
          if (strcmp (key, retire_key) > 0)
            continue;
        }

      g_ptr_array_add (shoes, g_object_ref (item));
    }

  g_ptr_array_sort (shoes, compare_shoes);

  return shoes;
}

static gboolean
move_insert (FtGear       *self,
             gint64        insert_id,
             gint64        shoe_id,
             const GDate  *day,
             gint64       *event_id,
             GError      **error)
{
  g_auto(GearRow) insert = { 0 };
  g_auto(GearRow) shoe = { 0 };
  gint64 moves_that_day;
  gint64 current_shoe;
  char key[11];

  if (!load_row (self, insert_id, &insert, error) || !check_day (self, day, key, error))
    return FALSE;

  if (!ft_gear_kind_is_insert (insert.kind))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Only insoles and orthotics go into shoes, and “%s” is neither"),
                   insert.name);
      return FALSE;
    }

  if (insert.retire[0] != '\0')
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("“%s” is retired; bring it back before moving it"), insert.name);
      return FALSE;
    }

  if (strcmp (key, insert.start) < 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” was first worn on %s; it cannot move before that"),
                   insert.name, insert.start);
      return FALSE;
    }

  if (shoe_id != 0)
    {
      if (!load_row (self, shoe_id, &shoe, error))
        return FALSE;

      if (!ft_gear_kind_is_shoe (shoe.kind))
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("Insoles and orthotics go into shoes, and “%s” is not a shoe"),
                       shoe.name);
          return FALSE;
        }

      if (!row_in_use_on (&shoe, key))
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       /* Translators: the first %s is a shoe's name, the second a date. */
                       _("“%s” was not in use on %s"), shoe.name, key);
          return FALSE;
        }
    }

  /* One move a day: an insert is never in two shoes on one day. */
  if (!query_value (self,
                    "SELECT count(*) FROM gear_event WHERE gear_id = ?1 AND kind = 'move' AND day = ?2",
                    insert_id, key, &moves_that_day, NULL, error))
    return FALSE;

  if (moves_that_day > 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an insole's name, the second a date. */
                   _("“%s” already moved on %s; an insole is in one shoe a day. "
                     "Delete that move first to change it."),
                   insert.name, key);
      return FALSE;
    }

  if (!query_shoe_on_day (self, insert_id, key, &current_shoe, error))
    return FALSE;

  if (current_shoe == shoe_id)
    {
      if (shoe_id == 0)
        g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                     /* Translators: the first %s is an insole's name, the second a date. */
                     _("“%s” was in no shoe on %s"), insert.name, key);
      else
        g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                     /* Translators: the first %s is an insole's name, the second a shoe's,
                      * the third a date. */
                     _("“%s” was already in “%s” on %s"), insert.name, shoe.name, key);
      return FALSE;
    }

  return insert_event (self, "move", key, insert_id, shoe_id, NULL, event_id, error);
}

/**
 * ft_gear_move_insert:
 * @self: a #FtGear
 * @insert_id: a current insole or orthotic
 * @shoe_id: a shoe in use on @day, or 0 to take the insert out
 * @day: the day of the move; not before the insert's start, not in the future
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (nullable): the move, or %NULL with @error set
 */
FtGearEvent *
ft_gear_move_insert (FtGear       *self,
                     gint64        insert_id,
                     gint64        shoe_id,
                     const GDate  *day,
                     GError      **error)
{
  gint64 event_id = 0;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!commit_change (self, move_insert (self, insert_id, shoe_id, day, &event_id, error), error))
    return NULL;

  return load_event (self, event_id, error);
}

/* Distances and reminders */

static gboolean
add_distance (FtGear       *self,
              gint64        gear_id,
              const GDate  *day,
              double        metres,
              gint64       *distance_id,
              GError      **error)
{
  g_auto(GearRow) row = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;
  char key[11];

  if (!load_row (self, gear_id, &row, error) || !check_day (self, day, key, error))
    return FALSE;

  if (!row_in_use_on (&row, key))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” was not in use on %s"), row.name, key);
      return FALSE;
    }

  if (!_ft_database_prepare (self->database,
                             "INSERT INTO gear_distance (gear_id, day, distance_m) VALUES (?1, ?2, ?3) "
                             "RETURNING id",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, gear_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 3, metres);

  if (!_ft_database_step_row (self->database, stmt, &found, error))
    return FALSE;

  g_assert (found);
  *distance_id = sqlite3_column_int64 (stmt, 0);

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
unknown_distance (GError **error)
{
  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       _("That distance is not recorded any more; it may have been deleted"));
  return FALSE;
}

/* Reads a manual distance, or NULL (without @error) when there is none. */
static FtGearDistance *
query_distance (FtGear   *self,
                gint64    distance_id,
                GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!_ft_database_prepare (self->database,
                             "SELECT id, gear_id, day, distance_m FROM gear_distance WHERE id = ?1",
                             &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, distance_id);

  if (!_ft_database_step_row (self->database, stmt, &found, error) || !found)
    return NULL;

  return distance_new_from_row (stmt);
}

/**
 * ft_gear_add_distance:
 * @self: a #FtGear
 * @gear_id: an item in use on @day
 * @day: today or earlier
 * @value: the distance in @unit: more than 0, at most 1000 km
 * @unit: the unit of @value
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (nullable): the entry as stored, for
 *   ft_gear_delete_distance() should the person take it back; %NULL with
 *   @error set
 */
FtGearDistance *
ft_gear_add_distance (FtGear          *self,
                      gint64           gear_id,
                      const GDate     *day,
                      double           value,
                      FtDistanceUnit   unit,
                      GError         **error)
{
  g_autoptr(FtGearDistance) added = NULL;
  gint64 distance_id = 0;
  double metres;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (!isfinite (value))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A distance must be a number"));
      return NULL;
    }

  if (value < 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A distance cannot be negative"));
      return NULL;
    }

  metres = ft_distance_to_metres (value, unit);
  if (metres <= 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A distance to add must be more than 0"));
      return NULL;
    }

  if (metres > MANUAL_MAX_M)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A distance added at once is at most 1000 km"));
      return NULL;
    }

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!commit_change (self,
                      add_distance (self, gear_id, day, metres, &distance_id, error) &&
                      (added = query_distance (self, distance_id, error)) != NULL,
                      error))
    return NULL;

  return g_steal_pointer (&added);
}

/**
 * ft_gear_list_distances:
 * @self: a #FtGear
 * @gear_id: an item
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (element-type FtGearDistance): the distances added
 *   to the item by hand, newest day first and, on one day, the one added
 *   last first; %NULL with @error set
 */
GPtrArray *
ft_gear_list_distances (FtGear  *self,
                        gint64   gear_id,
                        GError **error)
{
  g_auto(GearRow) row = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) distances = NULL;
  int rc;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (!load_row (self, gear_id, &row, error))
    return NULL;

  if (!_ft_database_prepare (self->database,
                             "SELECT id, gear_id, day, distance_m FROM gear_distance "
                             "WHERE gear_id = ?1 ORDER BY day DESC, id DESC",
                             &stmt, error))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, gear_id);

  distances = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_gear_distance_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (distances, distance_new_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&distances);
}

static gboolean
delete_distance (FtGear           *self,
                 gint64            gear_id,
                 gint64            distance_id,
                 FtGearDistance  **deleted,
                 GError          **error)
{
  g_auto(GearRow) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(FtGearDistance) distance = NULL;

  if (!load_row (self, gear_id, &row, error))
    return FALSE;

  distance = query_distance (self, distance_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (distance == NULL)
    return unknown_distance (error);

  /* The id came with another item: removing it would change the wrong one. */
  if (distance->gear_id != gear_id)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: %s is the name of a shoe or insole */
                   _("That distance was added to another item, not to “%s”; nothing was removed"),
                   row.name);
      return FALSE;
    }

  if (!exec_bound (self, "DELETE FROM gear_distance WHERE id = ?1", distance_id, NULL, error))
    return FALSE;

  *deleted = g_steal_pointer (&distance);

  return TRUE;
}

/**
 * ft_gear_delete_distance:
 * @self: a #FtGear
 * @gear_id: the item the distance was added to
 * @distance_id: one of its manual distances
 * @error: return location for an #FtError
 *
 * Removes a distance added by hand, such as a typing slip. The item's total
 * follows at once.
 *
 * Returns: (transfer full) (nullable): the removed distance, for
 *   ft_gear_restore_distance(), or %NULL with @error set
 */
FtGearDistance *
ft_gear_delete_distance (FtGear  *self,
                         gint64   gear_id,
                         gint64   distance_id,
                         GError **error)
{
  g_autoptr(FtGearDistance) deleted = NULL;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!commit_change (self, delete_distance (self, gear_id, distance_id, &deleted, error), error))
    return NULL;

  return g_steal_pointer (&deleted);
}

static gboolean
insert_restored_distance (FtGear          *self,
                          FtGearDistance  *distance,
                          GError         **error)
{
  g_auto(GearRow) row = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(FtGearDistance) present = NULL;

  if (!load_row (self, distance->gear_id, &row, error))
    return FALSE;

  /* Put back twice, it would count twice. */
  present = query_distance (self, distance->id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (present != NULL && present->gear_id == distance->gear_id &&
      g_str_equal (present->day, distance->day) && present->metres == distance->metres)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("The distance added to “%s” on %s is back already"),
                   row.name, distance->day);
      return FALSE;
    }

  /* Its first or retire day may have moved meanwhile. */
  if (!row_in_use_on (&row, distance->day))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: the first %s is an item's name, the second a date. */
                   _("“%s” was not in use on %s any more, so the distance added that day cannot "
                     "go back; change when it was first worn or retired, then add it again"),
                   row.name, distance->day);
      return FALSE;
    }

  if (!_ft_database_prepare (self->database, RESTORE_DISTANCE_SQL, &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, distance->id);
  sqlite3_bind_int64 (stmt, 2, distance->gear_id);
  sqlite3_bind_text (stmt, 3, distance->day, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 4, distance->metres);

  return _ft_database_step_done (self->database, stmt, error);
}

/**
 * ft_gear_restore_distance:
 * @self: a #FtGear
 * @distance: a distance ft_gear_delete_distance() gave
 * @error: return location for an #FtError
 *
 * Puts a removed manual distance back exactly: its item, day and metres,
 * with its old id when that is free. Refused when the item is gone, when it
 * was no longer in use on that day, or (%FT_ERROR_EXISTS) when the distance
 * is back already.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_restore_distance (FtGear          *self,
                          FtGearDistance  *distance,
                          GError         **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);
  g_return_val_if_fail (distance != NULL, FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, insert_restored_distance (self, distance, error), error);
}

static gboolean
set_reminder (FtGear       *self,
              gint64        gear_id,
              const char   *until,
              double        until_m,
              gboolean      dismissed,
              GError      **error)
{
  g_auto(GearRow) row = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!load_row (self, gear_id, &row, error))
    return FALSE;

  if (!_ft_database_prepare (self->database,
                             "UPDATE gear SET snooze_until_day = ?2, snooze_until_distance_m = ?3, "
                             "reminder_dismissed = ?4 WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, gear_id);
  sqlite3_bind_text (stmt, 2, until, -1, SQLITE_STATIC);
  _ft_database_bind_number (stmt, 3, until_m);
  sqlite3_bind_int (stmt, 4, dismissed ? 1 : 0);

  return _ft_database_step_done (self->database, stmt, error);
}

/**
 * ft_gear_snooze_reminder:
 * @self: a #FtGear
 * @gear_id: an item
 * @until: (nullable): a day after today to remind again on, or %NULL
 * @until_distance_m: a total distance to remind again at, or NAN
 * @error: return location for an #FtError
 *
 * "Remind me later": whichever of @until and @until_distance_m comes first
 * ends it. At least one must be given.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_snooze_reminder (FtGear       *self,
                         gint64        gear_id,
                         const GDate  *until,
                         double        until_distance_m,
                         GError      **error)
{
  char key[11] = "";
  GDate today;

  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);

  if (until == NULL && isnan (until_distance_m))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("Choose a day or a distance to be reminded again"));
      return FALSE;
    }

  if (until != NULL)
    {
      if (!g_date_valid (until) || g_date_get_year (until) > 9999)
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, _("That is not a valid date"));
          return FALSE;
        }

      get_today (self, &today);
      if (g_date_compare (until, &today) <= 0)
        {
          g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                               _("Choose a day after today to be reminded again"));
          return FALSE;
        }

      _ft_journal_day_key (until, key);
    }

  if (!isnan (until_distance_m) && (!isfinite (until_distance_m) || until_distance_m <= 0 ||
                                    until_distance_m > PRIOR_MAX_M))
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("A distance to be reminded at must be more than 0 and at most 100 000 km"));
      return FALSE;
    }

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self,
                        set_reminder (self, gear_id, key[0] != '\0' ? key : NULL,
                                      until_distance_m, FALSE, error),
                        error);
}

/**
 * ft_gear_dismiss_reminder:
 * @self: a #FtGear
 * @gear_id: an item
 * @error: return location for an #FtError
 *
 * Quiets the wear reminder until the item's thresholds are changed.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_dismiss_reminder (FtGear  *self,
                          gint64   gear_id,
                          GError **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, set_reminder (self, gear_id, NULL, NAN, TRUE, error), error);
}

/* Events */

/**
 * ft_gear_list_events:
 * @self: a #FtGear
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (element-type FtGearEvent): every event, newest
 *   first, or %NULL with @error set
 */
GPtrArray *
ft_gear_list_events (FtGear  *self,
                     GError **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  return query_events (self, 0, 0, error);
}

/**
 * ft_gear_list_item_events:
 * @self: a #FtGear
 * @gear_id: an item
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (element-type FtGearEvent): the item's events and
 *   the moves into it, newest first, or %NULL with @error set
 */
GPtrArray *
ft_gear_list_item_events (FtGear  *self,
                          gint64   gear_id,
                          GError **error)
{
  g_auto(GearRow) row = { 0 };

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (!load_row (self, gear_id, &row, error))
    return NULL;

  return query_events (self, gear_id, 0, error);
}

static char *
clean_label (const char  *label,
             GError     **error)
{
  GError *local_error = NULL;
  glong length;
  char *clean = clean_text (label, LABEL_MAX_CHARS, &length, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (length > LABEL_MAX_CHARS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A change is described in at most %d characters, not %ld"),
                   LABEL_MAX_CHARS, length);
      return NULL;
    }

  if (clean == NULL)
    g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                         _("Describe the change, such as “Started running on trails”"));

  return clean;
}

/**
 * ft_gear_add_change:
 * @self: a #FtGear
 * @day: the day of the change; today or earlier
 * @label: what changed, 1 to 500 characters once trimmed
 * @error: return location for an #FtError
 *
 * Records a change that is not an item ("New desk setup").
 *
 * Returns: (transfer full) (nullable): the event, or %NULL with @error set
 */
FtGearEvent *
ft_gear_add_change (FtGear       *self,
                    const GDate  *day,
                    const char   *label,
                    GError      **error)
{
  g_autofree char *clean = NULL;
  gint64 event_id = 0;
  char key[11];

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (!check_day (self, day, key, error))
    return NULL;

  clean = clean_label (label, error);
  if (clean == NULL)
    return NULL;

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!commit_change (self, insert_event (self, "change", key, 0, 0, clean, &event_id, error),
                      error))
    return NULL;

  return load_event (self, event_id, error);
}

static gboolean
check_event_kind (FtGear           *self,
                  gint64            event_id,
                  gboolean          deleting,
                  GError          **error)
{
  char kind[11];

  if (!query_value (self, "SELECT kind FROM gear_event WHERE id = ?1", event_id, NULL, NULL,
                    kind, error))
    return FALSE;

  if (kind[0] == '\0')
    return unknown_event (error);

  if (g_str_equal (kind, "change") || (deleting && g_str_equal (kind, "move")))
    return TRUE;

  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                       deleting ? _("A start or retirement changes with its item: edit, "
                                    "retire or bring back the item instead")
                                : _("Only a change you described can be edited here"));
  return FALSE;
}

static gboolean
edit_change (FtGear      *self,
             gint64       event_id,
             const char  *key,
             const char  *label,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!check_event_kind (self, event_id, FALSE, error))
    return FALSE;

  if (!_ft_database_prepare (self->database,
                             "UPDATE gear_event SET day = ?2, label = ?3 WHERE id = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, label, -1, SQLITE_STATIC);

  return _ft_database_step_done (self->database, stmt, error);
}

/**
 * ft_gear_edit_change:
 * @self: a #FtGear
 * @event_id: a free change
 * @day: its day; today or earlier
 * @label: what changed, 1 to 500 characters once trimmed
 * @error: return location for an #FtError
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_edit_change (FtGear       *self,
                     gint64        event_id,
                     const GDate  *day,
                     const char   *label,
                     GError      **error)
{
  g_autofree char *clean = NULL;
  char key[11];

  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);

  if (!check_day (self, day, key, error))
    return FALSE;

  clean = clean_label (label, error);
  if (clean == NULL)
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, edit_change (self, event_id, key, clean, error), error);
}

/**
 * ft_gear_delete_event:
 * @self: a #FtGear
 * @event_id: a free change or a move
 * @error: return location for an #FtError
 *
 * Returns: (transfer full) (nullable): the deleted event, for
 *   ft_gear_restore_event(), or %NULL with @error set
 */
FtGearEvent *
ft_gear_delete_event (FtGear  *self,
                      gint64   event_id,
                      GError **error)
{
  g_autoptr(FtGearEvent) event = NULL;

  g_return_val_if_fail (FT_IS_GEAR (self), NULL);

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!commit_change (self,
                      check_event_kind (self, event_id, TRUE, error) &&
                      (event = load_event (self, event_id, error)) != NULL &&
                      exec_bound (self, "DELETE FROM gear_event WHERE id = ?1", event_id,
                                  NULL, error),
                      error))
    return NULL;

  return g_steal_pointer (&event);
}

static gboolean
insert_restored_event (FtGear       *self,
                       FtGearEvent  *event,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  FtGearEventKind kind = ft_gear_event_get_kind (event);
  gint64 gear_id = ft_gear_event_get_gear_id (event);
  gint64 taken;

  if (kind == FT_GEAR_EVENT_MOVE)
    {
      g_auto(GearRow) row = { 0 };

      if (!load_row (self, gear_id, &row, error))
        return FALSE;

      /* The day must not hold another move of it by now. */
      if (!query_value (self,
                        "SELECT count(*) FROM gear_event WHERE gear_id = ?1 AND kind = 'move' "
                        "AND day = ?2",
                        gear_id, ft_gear_event_get_day_key (event), &taken, NULL, error))
        return FALSE;

      if (taken > 0)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
                       _("“%s” has moved on %s since; that move stays"),
                       row.name, ft_gear_event_get_day_key (event));
          return FALSE;
        }
    }

  if (!_ft_database_prepare (self->database, RESTORE_EVENT_SQL, &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ft_gear_event_get_id (event));
  sqlite3_bind_text (stmt, 2, ft_gear_event_kind_to_key (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ft_gear_event_get_day_key (event), -1, SQLITE_STATIC);
  if (gear_id != 0)
    sqlite3_bind_int64 (stmt, 4, gear_id);
  sqlite3_bind_int64 (stmt, 5, ft_gear_event_get_to_id (event));
  sqlite3_bind_text (stmt, 6, ft_gear_event_get_label (event), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, ft_gear_event_get_created_us (event));

  return _ft_database_step_done (self->database, stmt, error);
}

/**
 * ft_gear_restore_event:
 * @self: a #FtGear
 * @event: an event ft_gear_delete_event() gave
 * @error: return location for an #FtError
 *
 * Puts a deleted change or move back as it was, with its old id when that is
 * free. A move whose insert has moved on that day since is
 * %FT_ERROR_EXISTS.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_gear_restore_event (FtGear       *self,
                       FtGearEvent  *event,
                       GError      **error)
{
  g_return_val_if_fail (FT_IS_GEAR (self), FALSE);
  g_return_val_if_fail (FT_IS_GEAR_EVENT (event), FALSE);

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  return commit_change (self, insert_restored_event (self, event, error), error);
}
