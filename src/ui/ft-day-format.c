/* ft-day-format.c — the words every screen uses for a day: "Today",
 * "Yesterday", "Mon 16 Nov", and the year for days in earlier years.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal, the shoe log, the session history, the pauses and the forms
 * all name days alike, so one set of strings serves them and translators
 * see each once.
 */

#include "config.h"

#include "ft-day-format.h"

#include <glib/gi18n.h>

char *
ft_day_format (const GDate *day,
               const char  *format)
{
  char text[64];

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  if (g_date_strftime (text, sizeof text, format, day) == 0)
    text[0] = '\0';

  return g_strdup (text);
}

const char *
ft_day_format_near_name (const GDate *day,
                         const GDate *today)
{
  int days_ago;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  days_ago = g_date_days_between (day, today);
  if (days_ago == 0)
    return _("Today");
  if (days_ago == 1)
    return _("Yesterday");

  return NULL;
}

char *
ft_day_format_in_year (const GDate *day,
                       const GDate *today)
{
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (g_date_get_year (day) == g_date_get_year (today))
    /* Translators: a day in this year, see strftime() */
    return ft_day_format (day, _("%a %-d %b"));

  /* Translators: a day in another year, see strftime() */
  return ft_day_format (day, _("%-d %b %Y"));
}

char *
ft_day_format_near (const GDate *day,
                    const GDate *today)
{
  const char *name;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  name = ft_day_format_near_name (day, today);
  if (name != NULL)
    return g_strdup (name);

  return ft_day_format_in_year (day, today);
}

char *
ft_day_format_short (const GDate *day,
                     const GDate *today)
{
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (g_date_get_year (day) == g_date_get_year (today))
    /* Translators: a day in this year, see strftime() */
    return ft_day_format (day, _("%-d %b"));

  /* Translators: a day in another year, see strftime() */
  return ft_day_format (day, _("%-d %b %Y"));
}
