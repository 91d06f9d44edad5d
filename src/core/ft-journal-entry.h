/* ft-journal-entry.h — one day's check-in for one foot, as stored.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FT_FOOT_LEFT,
  FT_FOOT_RIGHT,
  FT_FOOT_BOTH,
} FtFoot;

#define FT_TYPE_FOOT (ft_foot_get_type ())
GType       ft_foot_get_type  (void) G_GNUC_CONST;
const char *ft_foot_to_key    (FtFoot      foot);
gboolean    ft_foot_from_key  (const char *key,
                               FtFoot     *foot);
const char *ft_foot_get_label (FtFoot      foot);

#define FT_TYPE_JOURNAL_ENTRY (ft_journal_entry_get_type ())

G_DECLARE_FINAL_TYPE (FtJournalEntry, ft_journal_entry, FT, JOURNAL_ENTRY, GObject)

void        ft_journal_entry_get_day               (FtJournalEntry *self,
                                                    GDate          *day);
const char *ft_journal_entry_get_day_key           (FtJournalEntry *self);
FtFoot      ft_journal_entry_get_foot              (FtJournalEntry *self);
int         ft_journal_entry_get_rating            (FtJournalEntry *self,
                                                    gint64          symptom_id);
guint       ft_journal_entry_get_n_ratings         (FtJournalEntry *self);
void        ft_journal_entry_get_nth_rating        (FtJournalEntry *self,
                                                    guint           index,
                                                    gint64         *symptom_id,
                                                    int            *value);
gboolean    ft_journal_entry_get_hours_on_feet     (FtJournalEntry *self,
                                                    double         *hours);
gboolean    ft_journal_entry_get_run_distance      (FtJournalEntry *self,
                                                    double         *metres);
/* The shoe marked worn that day; 0: none marked. */
gint64      ft_journal_entry_get_worn_gear_id      (FtJournalEntry *self);
const char *ft_journal_entry_get_note              (FtJournalEntry *self);
gboolean    ft_journal_entry_get_note_for_therapist (FtJournalEntry *self);
gint64      ft_journal_entry_get_created_us        (FtJournalEntry *self);
gint64      ft_journal_entry_get_updated_us        (FtJournalEntry *self);

G_END_DECLS
