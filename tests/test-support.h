/* test-support.h — small helpers that every test suite may share.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <check.h>
#include <glib.h>

G_BEGIN_DECLS

int   test_support_run (Suite *suite);
GDate test_support_day (int    year,
                        int    month,
                        int    day);

G_END_DECLS
