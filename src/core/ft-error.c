/* ft-error.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-error.h"

G_DEFINE_QUARK (ft-error-quark, ft_error)
