/* ft-demo.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ft-database.h"

G_BEGIN_DECLS

/* Twenty years; the ten-year benchmark journal is 520 weeks. */
#define FT_DEMO_MAX_WEEKS 1040
#define FT_DEMO_DEFAULT_WEEKS 26
#define FT_DEMO_DEFAULT_SEED 20260301

gboolean ft_demo_fill (FtDatabase  *database,
                       guint32      seed,
                       guint        weeks,
                       GDateTime   *now,
                       GError     **error);

G_END_DECLS
