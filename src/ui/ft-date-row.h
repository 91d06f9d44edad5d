/* ft-date-row.h — a row for picking a day, today or earlier, from a calendar.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FT_TYPE_DATE_ROW (ft_date_row_get_type ())

G_DECLARE_FINAL_TYPE (FtDateRow, ft_date_row, FT, DATE_ROW, AdwActionRow)

GtkWidget *ft_date_row_new        (const char  *title,
                                   const GDate *latest) G_GNUC_WARN_UNUSED_RESULT;
/* Days after @latest (the journal's today) cannot be picked. */
void       ft_date_row_set_latest (FtDateRow   *self,
                                   const GDate *latest);
/* Clamped to the latest day. Emits "day-changed" when the day changes. */
void       ft_date_row_set_day    (FtDateRow   *self,
                                   const GDate *day);
void       ft_date_row_get_day    (FtDateRow   *self,
                                   GDate       *day);

G_END_DECLS
