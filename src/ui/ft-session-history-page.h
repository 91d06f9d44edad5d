/* ft-session-history-page.h — the sessions done, by day, with this week's adherence.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-application.h"

G_BEGIN_DECLS

#define FT_TYPE_SESSION_HISTORY_PAGE (ft_session_history_page_get_type ())

G_DECLARE_FINAL_TYPE (FtSessionHistoryPage, ft_session_history_page, FT, SESSION_HISTORY_PAGE,
                      AdwNavigationPage)

AdwNavigationPage *ft_session_history_page_new (FtApplication *app) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
