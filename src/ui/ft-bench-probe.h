/* ft-bench-probe.h — timing hooks for build-aux/dev bench, off unless asked.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ft_bench_probe_attach (GtkWindow *window);

G_END_DECLS
