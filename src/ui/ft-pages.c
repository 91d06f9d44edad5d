/* ft-pages.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-pages.h"

#include "ft-exercises-page.h"
#include "ft-journal-page.h"
#include "ft-routines-page.h"
#include "ft-shoes-page.h"
#include "ft-today-page.h"
#include "ft-trends-page.h"

#include <glib/gi18n.h>

/* The order is the sidebar's, and Alt+1…7 follow it. */
static const FtPageInfo pages[] = {
  { "today", N_("Today"), "ft-today-symbolic", ft_today_page_get_type, NULL, NULL },
  { "journal", N_("Journal"), "ft-journal-symbolic", ft_journal_page_get_type, NULL, NULL },
  { "routines", N_("Routines"), "ft-routines-symbolic", ft_routines_page_get_type, NULL, NULL },
  { "exercises", N_("Exercises"), "ft-exercises-symbolic", ft_exercises_page_get_type, NULL, NULL },
  { "shoes", N_("Shoes & Insoles"), "ft-shoes-symbolic", ft_shoes_page_get_type, NULL, NULL },
  { "trends", N_("Trends"), "ft-trends-symbolic", ft_trends_page_get_type, NULL, NULL },
  { "visits", N_("Visits"), "ft-visits-symbolic", NULL,
    N_("Therapy Visits"),
    N_("Your physical-therapy visits and the changes to your program will be listed here.") },
};

const FtPageInfo *
ft_pages_get_all (guint *n_pages)
{
  g_return_val_if_fail (n_pages != NULL, NULL);

  *n_pages = G_N_ELEMENTS (pages);

  return pages;
}

/**
 * ft_pages_lookup:
 * @name: a page name, perhaps from settings
 *
 * Returns: (nullable): the page, or %NULL if no page has that name
 */
const FtPageInfo *
ft_pages_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      if (g_strcmp0 (pages[i].name, name) == 0)
        return &pages[i];
    }

  return NULL;
}
