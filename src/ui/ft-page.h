/* ft-page.h — a page of the main window, with the journal and settings it shows.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_PAGE (ft_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (FtPage, ft_page, FT, PAGE, AdwBin)

struct _FtPageClass
{
  AdwBinClass parent_class;
};

FtJournal *ft_page_get_journal  (FtPage *self);
GSettings *ft_page_get_settings (FtPage *self);

G_END_DECLS
