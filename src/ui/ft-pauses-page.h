/* ft-pauses-page.h — the pauses of the program, to add, change and delete.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-application.h"

G_BEGIN_DECLS

#define FT_TYPE_PAUSES_PAGE (ft_pauses_page_get_type ())

G_DECLARE_FINAL_TYPE (FtPausesPage, ft_pauses_page, FT, PAUSES_PAGE, AdwNavigationPage)

AdwNavigationPage *ft_pauses_page_new (FtApplication *app) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
