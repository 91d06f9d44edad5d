/* ft-shoes-page.h — shoes, insoles and other gear: what is worn now, what
 * was worn before, and every change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-page.h"

G_BEGIN_DECLS

#define FT_TYPE_SHOES_PAGE (ft_shoes_page_get_type ())

G_DECLARE_FINAL_TYPE (FtShoesPage, ft_shoes_page, FT, SHOES_PAGE, FtPage)

G_END_DECLS
