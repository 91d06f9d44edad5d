/* ft-pages.h — the pages of the main window, in sidebar order.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;            /* the page's id in actions and settings */
  const char *title;           /* untranslated; pass through _() */
  const char *icon_name;
  /* An FtPage subclass, built with the journal and the settings, or
   * NULL for a page whose feature has not landed: it shows the status text. */
  GType     (*get_type) (void);
  const char *status_title;
  const char *status_description;
} FtPageInfo;

const FtPageInfo *ft_pages_get_all  (guint      *n_pages);
const FtPageInfo *ft_pages_lookup   (const char *name);

G_END_DECLS
