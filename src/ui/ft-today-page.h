/* ft-today-page.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-page.h"

G_BEGIN_DECLS

#define FT_TYPE_TODAY_PAGE (ft_today_page_get_type ())

G_DECLARE_FINAL_TYPE (FtTodayPage, ft_today_page, FT, TODAY_PAGE, FtPage)

G_END_DECLS
