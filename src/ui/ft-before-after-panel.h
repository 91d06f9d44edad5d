/* ft-before-after-panel.h — what the symptoms did in the days before and
 * after each change of a trend, for the Trends page.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"
#include "ft-trend.h"

G_BEGIN_DECLS

#define FT_TYPE_BEFORE_AFTER_PANEL (ft_before_after_panel_get_type ())

G_DECLARE_FINAL_TYPE (FtBeforeAfterPanel, ft_before_after_panel, FT, BEFORE_AFTER_PANEL, AdwBin)

GtkWidget *ft_before_after_panel_new       (void) G_GNUC_WARN_UNUSED_RESULT;
/* Lists @trend's changes, newest first, compared over the days set in
 * Preferences ("compare-days") with the trend's foot filter. */
void       ft_before_after_panel_set_trend (FtBeforeAfterPanel *self,
                                            FtJournal          *journal,
                                            FtTrend            *trend);

/* The list of FtBeforeAfterRow, for tests. */
GtkListBox *ft_before_after_panel_get_list (FtBeforeAfterPanel *self);

G_END_DECLS
