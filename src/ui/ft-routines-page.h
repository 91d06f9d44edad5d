/* ft-routines-page.h — the routines as cards, with how each is going, to
 * start, edit, reorder and keep.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-page.h"

G_BEGIN_DECLS

#define FT_TYPE_ROUTINES_PAGE (ft_routines_page_get_type ())

G_DECLARE_FINAL_TYPE (FtRoutinesPage, ft_routines_page, FT, ROUTINES_PAGE, FtPage)

/* The card showing @routine_id, or NULL. (transfer none) */
GtkWidget *ft_routines_page_find_card (FtRoutinesPage *self,
                                       gint64          routine_id);

G_END_DECLS
