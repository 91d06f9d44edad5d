/* ft-statistics.h — small, exact statistics for comparing two sets of days.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No GTK and no database: plain numbers in, plain numbers out, so each
 * function is tested against published reference values.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* NAN for no values. */
double   ft_statistics_mean   (const double *values,
                               gsize         n);
/* Does not change @values; NAN for no values. */
double   ft_statistics_median (const double *values,
                               gsize         n);

/**
 * FtMannWhitney:
 * @u: the U statistic of the first sample (pairs where a > b, ties ½)
 * @z: the standardised statistic (0 when the exact distribution was used)
 * @p_value: the two-sided p-value
 * @exact: the p-value comes from the exact distribution (small samples
 *   without ties) rather than the normal approximation with tie and
 *   continuity corrections
 */
typedef struct
{
  double   u;
  double   z;
  double   p_value;
  gboolean exact;
} FtMannWhitney;

/* The two-sided Mann–Whitney U test (Wilcoxon rank-sum) of @a against @b.
 * FALSE when either sample is empty. */
gboolean ft_statistics_mann_whitney (const double  *a,
                                     gsize          n_a,
                                     const double  *b,
                                     gsize          n_b,
                                     FtMannWhitney *result);

G_END_DECLS
