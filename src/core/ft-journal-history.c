/* ft-journal-history.c — the journal's entries, newest first, as a lazy list.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ten years of check-ins are some 7 000 entries, so the list never loads them
 * all. It counts them with one query, and reads a page of PAGE_SIZE entries
 * when a position is first asked for, keeping the MAX_PAGES pages used last.
 * A page next to a cached one is read by its key (the day and foot where the
 * cached page ends), which an index serves; any other page uses an offset.
 *
 * Every cached page is dropped whenever the journal changes, so a cached page
 * always matches the database and can anchor the next one.
 */

#include "config.h"

#include "ft-journal-history.h"

#include "ft-database-private.h"
#include "ft-journal-private.h"

#define PAGE_SIZE 64
#define MAX_PAGES 16

/* The foot's place within a day, as FT_JOURNAL_ENTRY_ORDER sorts it. */
#define FOOT_RANK \
  "CASE journal_entry.foot WHEN 'left' THEN 0 WHEN 'right' THEN 1 ELSE 2 END"

/* Every query binds ?1 to the folded search text (NULL: any note, or none)
 * and ?2 to 1 to keep only notes for the therapist. */
#define FILTER                                                                     \
  "(?1 IS NULL OR instr (ft_history_fold (journal_entry.note), ?1) > 0) "          \
  "AND (?2 = 0 OR journal_entry.note_for_therapist = 1)"

#define COUNT_SQL \
  "SELECT count(*) FROM journal_entry WHERE " FILTER

/* ?3: the first position, ?4: how many. */
#define PAGE_AT_OFFSET_SQL                                                         \
  "SELECT " FT_JOURNAL_ENTRY_COLUMNS " FROM journal_entry"                         \
  " WHERE " FILTER                                                                 \
  " ORDER BY " FT_JOURNAL_ENTRY_ORDER                                              \
  " LIMIT ?4 OFFSET ?3"

/* The entries that sort after day ?3 and foot rank ?4; "day <= ?3" lets the
 * (day, foot) index find the start. */
#define PAGE_AFTER_SQL                                                             \
  "SELECT " FT_JOURNAL_ENTRY_COLUMNS " FROM journal_entry"                         \
  " WHERE " FILTER                                                                 \
  "   AND journal_entry.day <= ?3"                                                 \
  "   AND (journal_entry.day < ?3 OR " FOOT_RANK " > ?4)"                          \
  " ORDER BY " FT_JOURNAL_ENTRY_ORDER                                              \
  " LIMIT ?5"

/* The entries that sort just before day ?3 and foot rank ?4, nearest first:
 * the caller reverses them. */
#define PAGE_BEFORE_SQL                                                            \
  "SELECT " FT_JOURNAL_ENTRY_COLUMNS " FROM journal_entry"                         \
  " WHERE " FILTER                                                                 \
  "   AND journal_entry.day >= ?3"                                                 \
  "   AND (journal_entry.day > ?3 OR " FOOT_RANK " < ?4)"                          \
  " ORDER BY journal_entry.day ASC, " FOOT_RANK " DESC"                            \
  " LIMIT ?5"

/* For one changed entry, day ?3 and foot rank ?4: how many entries the list
 * holds, how many sort before that one, and whether it is in the list. */
#define LOCATE_SQL                                                                 \
  "SELECT count(*),"                                                               \
  "       count(*) FILTER (WHERE journal_entry.day > ?3"                           \
  "                           OR (journal_entry.day = ?3 AND " FOOT_RANK " < ?4)),"  \
  "       count(*) FILTER (WHERE journal_entry.day = ?3 AND " FOOT_RANK " = ?4)"   \
  " FROM journal_entry WHERE " FILTER

typedef struct
{
  guint      start;     /* the position of its first entry, a multiple of PAGE_SIZE */
  GPtrArray *entries;   /* FtJournalEntry, in list order */
} Page;

struct _FtJournalHistory
{
  GObject    parent_instance;

  FtJournal *journal;
  char      *filter_text;      /* folded; NULL: no text filter */
  GQueue     pages;            /* Page, the most recently used first */
  guint      n_items;          /* valid only when counted */
  guint      counted : 1;
  guint      therapist_only : 1;
};

enum
{
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

static void ft_journal_history_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FtJournalHistory, ft_journal_history, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ft_journal_history_list_model_init))

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
page_free (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->entries, g_ptr_array_unref);
  g_free (page);
}

static void
drop_pages (FtJournalHistory *self)
{
  g_queue_clear_full (&self->pages, page_free);
}

/* Folds case the Unicode way, so that "FERSE" finds "Ferse" and "ÜBUNG" finds
 * "Übung" (SQLite's lower () folds only ASCII), and composes the result so
 * that an accent typed either way matches. */
static char *
fold_text (const char *text,
           gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  g_autofree char *folded = g_utf8_casefold (valid, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

static void
fold_sql_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char *text;
  char *folded;

  g_assert (argc == 1);

  text = (const char *) sqlite3_value_text (argv[0]);
  if (text == NULL)
    {
      /* NULL in, or no memory for the conversion. */
      if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
        sqlite3_result_null (context);
      else
        sqlite3_result_error_nomem (context);
      return;
    }

  folded = fold_text (text, sqlite3_value_bytes (argv[0]));
  sqlite3_result_text (context, folded, -1, g_free);
}

static FtDatabase *
get_database (FtJournalHistory *self)
{
  return ft_journal_get_database (self->journal);
}

static gboolean
prepare_filtered (FtJournalHistory  *self,
                  const char        *sql,
                  sqlite3_stmt     **stmt,
                  GError           **error)
{
  if (!_ft_database_prepare (get_database (self), sql, stmt, error))
    return FALSE;

  /* The text lives until the statement is finalized, in the same call. */
  sqlite3_bind_text (*stmt, 1, self->filter_text, -1, SQLITE_STATIC);
  sqlite3_bind_int (*stmt, 2, self->therapist_only ? 1 : 0);

  return TRUE;
}

static gboolean
step_row (FtJournalHistory  *self,
          sqlite3_stmt      *stmt,
          GError           **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    return _ft_database_fail (get_database (self), rc, error);

  return TRUE;
}

static int
foot_rank (FtFoot foot)
{
  switch (foot)
    {
    case FT_FOOT_LEFT:
      return 0;

    case FT_FOOT_RIGHT:
      return 1;

    case FT_FOOT_BOTH:
      return 2;

    default:
      return -1;
    }
}

static guint
clamp_count (gint64 count)
{
  return (guint) CLAMP (count, 0, G_MAXUINT);
}

static guint
count_items (FtJournalHistory *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  if (self->counted)
    return self->n_items;

  self->counted = TRUE;
  self->n_items = 0;

  if (!prepare_filtered (self, COUNT_SQL, &stmt, &error) ||
      !step_row (self, stmt, &error))
    {
      g_warning ("Cannot count the journal's history: %s", error->message);
      return 0;
    }

  self->n_items = clamp_count (sqlite3_column_int64 (stmt, 0));

  return self->n_items;
}

/* Forgets everything read and tells the list's users that all of it may have
 * changed. If no one has asked for the count, no one has seen the list. */
static void
reload (FtJournalHistory *self)
{
  guint old_n = self->n_items;
  gboolean was_counted = self->counted;
  guint new_n;

  drop_pages (self);
  self->counted = FALSE;
  self->n_items = 0;

  if (!was_counted)
    return;

  new_n = count_items (self);
  if (old_n > 0 || new_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
}

static Page *
peek_page (FtJournalHistory *self,
           guint             start)
{
  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      Page *page = link->data;

      if (page->start == start)
        return page;
    }

  return NULL;
}

static Page *
use_page (FtJournalHistory *self,
          guint             start)
{
  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      Page *page = link->data;

      if (page->start == start)
        {
          g_queue_unlink (&self->pages, link);
          g_queue_push_head_link (&self->pages, link);
          return page;
        }
    }

  return NULL;
}

static void
reverse_entries (GPtrArray *entries)
{
  for (guint i = 0, j = entries->len; i + 1 < j; i++, j--)
    {
      gpointer swap = entries->pdata[i];

      entries->pdata[i] = entries->pdata[j - 1];
      entries->pdata[j - 1] = swap;
    }
}

/* Reads the page that starts at @start, by the key of a cached neighbour
 * when there is one, since an offset makes SQLite walk every earlier row. */
static GPtrArray *
query_page (FtJournalHistory  *self,
            guint              start,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  FtJournalEntry *anchor = NULL;
  gboolean backwards = FALSE;
  Page *neighbour;

  neighbour = start >= PAGE_SIZE ? peek_page (self, start - PAGE_SIZE) : NULL;
  if (neighbour != NULL && neighbour->entries->len == PAGE_SIZE)
    {
      anchor = g_ptr_array_index (neighbour->entries, PAGE_SIZE - 1);
    }
  else if ((neighbour = peek_page (self, start + PAGE_SIZE)) != NULL &&
           neighbour->entries->len > 0)
    {
      anchor = g_ptr_array_index (neighbour->entries, 0);
      backwards = TRUE;
    }

  if (anchor != NULL)
    {
      if (!prepare_filtered (self, backwards ? PAGE_BEFORE_SQL : PAGE_AFTER_SQL, &stmt, error))
        return NULL;

      sqlite3_bind_text (stmt, 3, ft_journal_entry_get_day_key (anchor), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 4, foot_rank (ft_journal_entry_get_foot (anchor)));
      sqlite3_bind_int (stmt, 5, PAGE_SIZE);
    }
  else
    {
      if (!prepare_filtered (self, PAGE_AT_OFFSET_SQL, &stmt, error))
        return NULL;

      sqlite3_bind_int64 (stmt, 3, start);
      sqlite3_bind_int (stmt, 4, PAGE_SIZE);
    }

  entries = _ft_journal_query_entries (self->journal, stmt, error);
  if (entries == NULL)
    return NULL;

  if (backwards)
    reverse_entries (entries);

  return g_steal_pointer (&entries);
}

static Page *
load_page (FtJournalHistory  *self,
           guint              start,
           GError           **error)
{
  GPtrArray *entries;
  Page *page;

  g_assert (start % PAGE_SIZE == 0);

  page = use_page (self, start);
  if (page != NULL)
    return page;

  entries = query_page (self, start, error);
  if (entries == NULL)
    return NULL;

  page = g_new0 (Page, 1);
  page->start = start;
  page->entries = entries;
  g_queue_push_head (&self->pages, page);

  /* Bounded memory, however long the journal and however far the scrolling. */
  while (self->pages.length > MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));

  return page;
}

/* Finds where the entry of @day_key and @rank sorts and whether the list now
 * holds it. Entries that sort before it are the same before and after it
 * changed, so the position holds for its old and new state alike. */
static gboolean
locate_entry (FtJournalHistory  *self,
              const char        *day_key,
              int                rank,
              guint             *n_items,
              guint             *position,
              gboolean          *present,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!prepare_filtered (self, LOCATE_SQL, &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 3, day_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, rank);

  if (!step_row (self, stmt, error))
    return FALSE;

  *n_items = clamp_count (sqlite3_column_int64 (stmt, 0));
  *position = clamp_count (sqlite3_column_int64 (stmt, 1));
  *present = sqlite3_column_int64 (stmt, 2) > 0;

  return TRUE;
}

/* Callbacks */

static void
journal_entry_changed_cb (FtJournal        *journal,
                          const char       *day_key,
                          FtFoot            foot,
                          FtJournalHistory *self)
{
  g_autoptr(GError) error = NULL;
  int rank = foot_rank (foot);
  guint old_n = self->n_items;
  guint new_n;
  guint position;
  gboolean present;

  if (!self->counted)
    {
      drop_pages (self);
      return;
    }

  if (day_key == NULL || rank < 0 ||
      !locate_entry (self, day_key, rank, &new_n, &position, &present, &error))
    {
      if (error != NULL)
        g_warning ("Cannot find the changed entry in the journal's history: %s", error->message);
      reload (self);
      return;
    }

  drop_pages (self);
  self->n_items = new_n;

  /* An edit that brings an entry into the filter, or takes it out, is an
   * insertion or a removal for the list. */
  if (present && new_n == old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  else if (present && new_n == old_n + 1)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  else if (!present && old_n > 0 && new_n == old_n - 1)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  else if (!present && new_n == old_n)
    return;   /* An entry the filter hides. */
  else if (old_n > 0 || new_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);   /* More than it said. */
}

static void
journal_symptoms_changed_cb (FtJournalHistory *self)
{
  /* Each row shows marks for the symptoms rated, which may now read differently. */
  reload (self);
}

/* GListModel */

static GType
ft_journal_history_get_item_type (GListModel *model)
{
  return FT_TYPE_JOURNAL_ENTRY;
}

static guint
ft_journal_history_get_n_items (GListModel *model)
{
  return count_items (FT_JOURNAL_HISTORY (model));
}

static gpointer
ft_journal_history_get_item (GListModel *model,
                             guint       position)
{
  FtJournalHistory *self = FT_JOURNAL_HISTORY (model);
  g_autoptr(GError) error = NULL;
  Page *page;
  guint index;

  if (position >= count_items (self))
    return NULL;

  page = load_page (self, position - position % PAGE_SIZE, &error);
  if (page == NULL)
    {
      g_warning ("Cannot read the journal's history: %s", error->message);
      return NULL;
    }

  /* Shorter than counted only if another program changed the file. */
  index = position - page->start;
  if (index >= page->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (page->entries, index));
}

static void
ft_journal_history_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ft_journal_history_get_item_type;
  iface->get_n_items = ft_journal_history_get_n_items;
  iface->get_item = ft_journal_history_get_item;
}

/* GObject */

static void
ft_journal_history_constructed (GObject *object)
{
  FtJournalHistory *self = FT_JOURNAL_HISTORY (object);
  int rc;

  G_OBJECT_CLASS (ft_journal_history_parent_class)->constructed (object);

  g_assert (FT_IS_JOURNAL (self->journal));

  /* Defining it again on a connection that has it is harmless. */
  rc = sqlite3_create_function_v2 (_ft_database_get_handle (get_database (self)),
                                   "ft_history_fold", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   NULL, fold_sql_function, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    g_warning ("Cannot prepare the journal's history for searching: %s", sqlite3_errstr (rc));

  g_signal_connect_object (self->journal, "entry-changed",
                           G_CALLBACK (journal_entry_changed_cb), self, 0);
  g_signal_connect_object (self->journal, "symptoms-changed",
                           G_CALLBACK (journal_symptoms_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
ft_journal_history_dispose (GObject *object)
{
  FtJournalHistory *self = FT_JOURNAL_HISTORY (object);

  /* The journal may outlive this list; it must not call back into it. */
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);

  drop_pages (self);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (ft_journal_history_parent_class)->dispose (object);
}

static void
ft_journal_history_finalize (GObject *object)
{
  FtJournalHistory *self = FT_JOURNAL_HISTORY (object);

  g_clear_pointer (&self->filter_text, g_free);

  G_OBJECT_CLASS (ft_journal_history_parent_class)->finalize (object);
}

static void
ft_journal_history_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FtJournalHistory *self = FT_JOURNAL_HISTORY (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_journal_history_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  FtJournalHistory *self = FT_JOURNAL_HISTORY (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_journal_history_class_init (FtJournalHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ft_journal_history_constructed;
  object_class->dispose = ft_journal_history_dispose;
  object_class->finalize = ft_journal_history_finalize;
  object_class->get_property = ft_journal_history_get_property;
  object_class->set_property = ft_journal_history_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         FT_TYPE_JOURNAL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ft_journal_history_init (FtJournalHistory *self)
{
  g_queue_init (&self->pages);
}

/* Public API */

/**
 * ft_journal_history_new:
 * @journal: a #FtJournal
 *
 * Creates a list of @journal's entries, newest day first and, on one day,
 * the left foot, the right foot, then both. It reads entries only when they
 * are asked for, and follows the journal's changes with precise
 * #GListModel::items-changed signals.
 *
 * Returns: (transfer full): a #GListModel of #FtJournalEntry
 */
FtJournalHistory *
ft_journal_history_new (FtJournal *journal)
{
  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);

  return g_object_new (FT_TYPE_JOURNAL_HISTORY,
                       "journal", journal,
                       NULL);
}

/**
 * ft_journal_history_set_filter:
 * @self: a #FtJournalHistory
 * @text: (nullable): keep only entries whose note contains this, ignoring
 *   case; %NULL or "" keeps every entry
 * @therapist_notes_only: keep only entries whose note is for the therapist
 *
 * Filters the list. The text is matched literally: "%" and "_" are not
 * wildcards. A change replaces the whole list in one
 * #GListModel::items-changed.
 */
void
ft_journal_history_set_filter (FtJournalHistory *self,
                               const char       *text,
                               gboolean          therapist_notes_only)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (FT_IS_JOURNAL_HISTORY (self));

  if (text != NULL && *text != '\0')
    folded = fold_text (text, -1);

  therapist_notes_only = !!therapist_notes_only;
  if (g_strcmp0 (folded, self->filter_text) == 0 &&
      (guint) therapist_notes_only == self->therapist_only)
    return;

  g_free (self->filter_text);
  self->filter_text = g_steal_pointer (&folded);
  self->therapist_only = therapist_notes_only;

  reload (self);
}
