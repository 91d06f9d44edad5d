/* ft-feet-time-view.h — the "nerve or fascia?" view: night pain beside
 * first-step pain, and time on feet against the next morning, as data.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"
#include "ft-trend.h"

G_BEGIN_DECLS

#define FT_TYPE_FEET_TIME_VIEW (ft_feet_time_view_get_type ())

G_DECLARE_FINAL_TYPE (FtFeetTimeView, ft_feet_time_view, FT, FEET_TIME_VIEW, AdwBin)

/* Hours on feet are grouped in buckets this wide for the table. */
#define FT_FEET_TIME_BUCKET_HOURS 2

GtkWidget *ft_feet_time_view_new       (void) G_GNUC_WARN_UNUSED_RESULT;
/* Shows @trend's range and foot filter; reads the hours on feet from
 * @journal. */
void       ft_feet_time_view_set_trend (FtFeetTimeView *self,
                                        FtJournal      *journal,
                                        FtTrend        *trend);

G_END_DECLS
