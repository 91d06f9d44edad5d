/* ft-journal.h — the symptom journal: entries, ratings and symptoms.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ft-database.h"
#include "ft-journal-entry.h"
#include "ft-symptom.h"

G_BEGIN_DECLS

/* The core never reads the clock: the journal asks this for "now", in the
 * time zone whose calendar days the journal's days are. Returns a new ref. */
typedef GDateTime *(*FtNowFunc) (gpointer user_data);

#define FT_TYPE_JOURNAL (ft_journal_get_type ())

G_DECLARE_FINAL_TYPE (FtJournal, ft_journal, FT, JOURNAL, GObject)

FtJournal      *ft_journal_new                  (FtDatabase      *database,
                                                 FtNowFunc        now_func,
                                                 gpointer         now_data,
                                                 GDestroyNotify   now_data_destroy) G_GNUC_WARN_UNUSED_RESULT;
FtDatabase     *ft_journal_get_database         (FtJournal       *self);
void            ft_journal_get_today            (FtJournal       *self,
                                                 GDate           *today);

/* Entries */
FtJournalEntry *ft_journal_get_entry            (FtJournal       *self,
                                                 const GDate     *day,
                                                 FtFoot           foot,
                                                 GError         **error);
GPtrArray      *ft_journal_list_range           (FtJournal       *self,
                                                 const GDate     *first,
                                                 const GDate     *last,
                                                 GError         **error);
gboolean        ft_journal_count_entries        (FtJournal       *self,
                                                 gint64          *count,
                                                 GError         **error);
gboolean        ft_journal_set_rating           (FtJournal       *self,
                                                 const GDate     *day,
                                                 FtFoot           foot,
                                                 gint64           symptom_id,
                                                 int              value,
                                                 GError         **error);
gboolean        ft_journal_set_hours_on_feet    (FtJournal       *self,
                                                 const GDate     *day,
                                                 FtFoot           foot,
                                                 double           hours,
                                                 GError         **error);
gboolean        ft_journal_set_run_distance     (FtJournal       *self,
                                                 const GDate     *day,
                                                 FtFoot           foot,
                                                 double           metres,
                                                 GError         **error);
gboolean        ft_journal_set_note             (FtJournal       *self,
                                                 const GDate     *day,
                                                 FtFoot           foot,
                                                 const char      *note,
                                                 gboolean         for_therapist,
                                                 GError         **error);
/* The shoe worn that day (0 clears): a shoe that exists and was in use on
 * @day. Runs are credited to it; see ft-gear.h. */
gboolean        ft_journal_set_worn_gear        (FtJournal       *self,
                                                 const GDate     *day,
                                                 FtFoot           foot,
                                                 gint64           gear_id,
                                                 GError         **error);
FtJournalEntry *ft_journal_delete_entry         (FtJournal       *self,
                                                 const GDate     *day,
                                                 FtFoot           foot,
                                                 GError         **error);
gboolean        ft_journal_restore_entry        (FtJournal       *self,
                                                 FtJournalEntry  *entry,
                                                 GError         **error);

/* Symptoms */
GPtrArray      *ft_journal_list_symptoms        (FtJournal       *self,
                                                 gboolean         include_hidden,
                                                 GError         **error);
FtSymptom      *ft_journal_add_symptom          (FtJournal       *self,
                                                 const char      *name,
                                                 GError         **error);
gboolean        ft_journal_rename_symptom       (FtJournal       *self,
                                                 gint64           symptom_id,
                                                 const char      *name,
                                                 GError         **error);
gboolean        ft_journal_set_symptom_hidden   (FtJournal       *self,
                                                 gint64           symptom_id,
                                                 gboolean         hidden,
                                                 GError         **error);
gboolean        ft_journal_count_symptom_uses   (FtJournal       *self,
                                                 gint64           symptom_id,
                                                 gint64          *count,
                                                 GError         **error);
gboolean        ft_journal_delete_symptom       (FtJournal       *self,
                                                 gint64           symptom_id,
                                                 GError         **error);

G_END_DECLS
