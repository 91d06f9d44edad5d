/* ft-day-format.h — the words every screen uses for a day: "Today",
 * "Yesterday", "Mon 16 Nov", and the year for days in earlier years.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @day written with the strftime() @format; "" when it does not fit. */
char       *ft_day_format           (const GDate *day,
                                     const char  *format) G_GNUC_WARN_UNUSED_RESULT;
/* "Today" or "Yesterday" when @day is one of them, else NULL. */
const char *ft_day_format_near_name (const GDate *day,
                                     const GDate *today);
/* "Mon 16 Nov" this year, "16 Nov 2025" in another. */
char       *ft_day_format_in_year   (const GDate *day,
                                     const GDate *today) G_GNUC_WARN_UNUSED_RESULT;
/* "Today", "Yesterday", then as ft_day_format_in_year(). */
char       *ft_day_format_near      (const GDate *day,
                                     const GDate *today) G_GNUC_WARN_UNUSED_RESULT;
/* "21 Sep" this year, "11 Jul 2025" in another. */
char       *ft_day_format_short     (const GDate *day,
                                     const GDate *today) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
