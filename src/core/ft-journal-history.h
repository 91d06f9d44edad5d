/* ft-journal-history.h — the journal's entries, newest first, as a lazy list.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_JOURNAL_HISTORY (ft_journal_history_get_type ())

G_DECLARE_FINAL_TYPE (FtJournalHistory, ft_journal_history, FT, JOURNAL_HISTORY, GObject)

FtJournalHistory *ft_journal_history_new        (FtJournal        *journal) G_GNUC_WARN_UNUSED_RESULT;
void              ft_journal_history_set_filter (FtJournalHistory *self,
                                                 const char       *text,
                                                 gboolean          therapist_notes_only);

G_END_DECLS
