/* ft-journal-private.h — internals the journal shares with other core files.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading entries from SQL
 * ========================
 *
 * Entries are immutable snapshots built from journal_entry rows plus their
 * symptom_rating rows. Any core file can load them in pages:
 *
 *   1. Prepare a statement that selects FT_JOURNAL_ENTRY_COLUMNS (the same text
 *      _ft_journal_entry_columns() returns) as its first columns, in that
 *      order, FROM journal_entry — the table must not be aliased, because the
 *      columns are qualified with "journal_entry.". Add any WHERE, ORDER BY
 *      and LIMIT; FT_JOURNAL_ENTRY_ORDER is the journal's usual order (newest
 *      day first, then left, right, both). Bind its parameters. For example:
 *
 *        "SELECT " FT_JOURNAL_ENTRY_COLUMNS " FROM journal_entry"
 *        " WHERE journal_entry.note LIKE ?1"
 *        " ORDER BY " FT_JOURNAL_ENTRY_ORDER " LIMIT ?2 OFFSET ?3"
 *
 *   2. Call _ft_journal_query_entries (journal, stmt, &error). It steps the
 *      statement to the end, builds one FtJournalEntry per row, in row order,
 *      and then fetches the ratings of all those entries in one more query.
 *      It does not reset or finalize the statement; the caller owns it.
 *
 * The columns, by index: 0 id, 1 day ('YYYY-MM-DD'), 2 foot ('left', 'right',
 * 'both'), 3 hours_on_feet (NULL: none), 4 run_distance_m (NULL: none),
 * 5 note (NULL: none), 6 note_for_therapist, 7 created_us, 8 updated_us,
 * 9 worn_gear_id (kept so that a restored entry is exact).
 *
 * A statement with extra columns after these is fine; they are ignored.
 *
 * Within each entry the ratings are in the symptoms' order (position, then
 * id). The ratings query binds the ids as one JSON array (json_each), so the
 * page size does not change the SQL and the rating primary key serves it.
 *
 * Other helpers: _ft_journal_day_key() writes a day's locale-independent key
 * "YYYY-MM-DD" (a valid GDate whose year is at most 9999);
 * _ft_journal_parse_day_key() reads one back. _ft_journal_check_day_key()
 * refuses a day the journal cannot store, with the journal's message, and
 * _ft_journal_check_recorded_day() also one after today. _ft_journal_entry_get_id() is
 * the row id, stable across ft_journal_restore_entry() when the id is still
 * free. _ft_journal_entry_new() + _ft_journal_entry_add_rating() build an
 * entry by hand (ratings added in symptom order); an entry must not change
 * once it has been handed out.
 */

#pragma once

#include "ft-database-private.h"
#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_JOURNAL_ENTRY_COLUMNS                                                   \
  "journal_entry.id, journal_entry.day, journal_entry.foot, "                      \
  "journal_entry.hours_on_feet, journal_entry.run_distance_m, journal_entry.note, " \
  "journal_entry.note_for_therapist, journal_entry.created_us, "                   \
  "journal_entry.updated_us, journal_entry.worn_gear_id"

#define FT_JOURNAL_ENTRY_N_COLUMNS 10

/* Newest day first; on one day the left foot, the right foot, then both. */
#define FT_JOURNAL_ENTRY_ORDER                                                     \
  "journal_entry.day DESC, "                                                       \
  "CASE journal_entry.foot WHEN 'left' THEN 0 WHEN 'right' THEN 1 ELSE 2 END"

/* ft-journal.c */
const char     *_ft_journal_entry_columns          (void);
gint64          _ft_journal_get_now_us             (FtJournal      *self);
GPtrArray      *_ft_journal_query_entries          (FtJournal      *self,
                                                    sqlite3_stmt   *stmt,
                                                    GError        **error);

/* ft-symptom.c */
FtSymptom      *_ft_symptom_new                    (gint64          id,
                                                    const char     *key,
                                                    const char     *name,
                                                    gboolean        builtin,
                                                    gboolean        hidden,
                                                    int             position);
const char     *_ft_symptom_builtin_name           (const char     *key);

/* ft-journal-entry.c */
void            _ft_journal_day_key                (const GDate    *day,
                                                    char            out[11]);
gboolean        _ft_journal_parse_day_key          (const char     *key,
                                                    GDate          *day);
gboolean        _ft_journal_check_day_key          (const GDate    *day,
                                                    char            key[11],
                                                    GError        **error);
gboolean        _ft_journal_check_recorded_day     (const GDate    *day,
                                                    const GDate    *today,
                                                    char            key[11],
                                                    GError        **error);
FtJournalEntry *_ft_journal_entry_new              (gint64          id,
                                                    const GDate    *day,
                                                    FtFoot          foot);
FtJournalEntry *_ft_journal_entry_new_from_row     (sqlite3_stmt   *stmt);
gint64          _ft_journal_entry_get_id           (FtJournalEntry *self);
gint64          _ft_journal_entry_get_worn_gear_id (FtJournalEntry *self);
void            _ft_journal_entry_add_rating       (FtJournalEntry *self,
                                                    gint64          symptom_id,
                                                    int             value);

G_END_DECLS
