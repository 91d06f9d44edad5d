/* ft-journal-page.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-page.h"

G_BEGIN_DECLS

#define FT_TYPE_JOURNAL_PAGE (ft_journal_page_get_type ())

G_DECLARE_FINAL_TYPE (FtJournalPage, ft_journal_page, FT, JOURNAL_PAGE, FtPage)

G_END_DECLS
