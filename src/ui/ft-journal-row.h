/* ft-journal-row.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_JOURNAL_ROW (ft_journal_row_get_type ())

G_DECLARE_FINAL_TYPE (FtJournalRow, ft_journal_row, FT, JOURNAL_ROW, GtkWidget)

GtkWidget *ft_journal_row_new  (void) G_GNUC_WARN_UNUSED_RESULT;
void       ft_journal_row_bind (FtJournalRow   *self,
                                FtJournalEntry *entry,
                                FtJournalEntry *newer,
                                const GDate    *today,
                                GDateWeekday    week_start,
                                GPtrArray      *symptoms);

G_END_DECLS
