/* ft-pages.h — the pages of the main window, in sidebar order.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;            /* the page's id in actions and settings */
  const char *title;           /* untranslated; pass through _() */
  const char *icon_name;
  const char *status_title;    /* what the page says before its feature lands */
  const char *status_description;
} FtPageInfo;

const FtPageInfo *ft_pages_get_all  (guint      *n_pages);
const FtPageInfo *ft_pages_lookup   (const char *name);

G_END_DECLS
