/* ft-statistics.c — small, exact statistics for comparing two sets of days.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-statistics.h"

#include <math.h>
#include <stdlib.h>

/* The exact null distribution of U is used when there are no ties and both
 * samples have fewer values than this, the rule R's wilcox.test follows.
 * Tables for 49 × 49 values take a few million additions and under a
 * megabyte, so the exact p-value costs nothing worth avoiding; above that
 * the normal approximation is very close. */
#define EXACT_MAX_N 49

/* One value of the pooled sample, remembering which sample it came from. */
typedef struct
{
  double   value;
  gboolean from_a;
} Pooled;

/* Helpers */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
compare_pooled (const void *a,
                const void *b)
{
  return compare_doubles (&((const Pooled *) a)->value, &((const Pooled *) b)->value);
}

static gboolean
all_finite (const double *values,
            gsize         n)
{
  for (gsize i = 0; i < n; i++)
    {
      if (!isfinite (values[i]))
        return FALSE;
    }

  return TRUE;
}

/* Ranks the pooled sample with mid-ranks for ties. Returns the rank sum of
 * the first sample and sets @tie_sum to Σ (t³ − t) over the groups of t
 * equal values. */
static double
rank_sum_of_a (Pooled *pooled,
               gsize   n,
               double *tie_sum)
{
  double rank_sum = 0.0;
  gsize i = 0;

  qsort (pooled, n, sizeof (Pooled), compare_pooled);
  *tie_sum = 0.0;

  while (i < n)
    {
      gsize j = i + 1;
      double t;
      double mid_rank;

      while (j < n && pooled[j].value == pooled[i].value)
        j++;

      /* Values i … j − 1 (0-based) share ranks i + 1 … j. */
      t = (double) (j - i);
      mid_rank = ((double) (i + 1) + (double) j) / 2.0;

      for (gsize k = i; k < j; k++)
        {
          if (pooled[k].from_a)
            rank_sum += mid_rank;
        }

      *tie_sum += t * t * t - t;
      i = j;
    }

  return rank_sum;
}

/* The number of arrangements of @n_a values of one sample and @n_b of the
 * other, without ties, that give each U from 0 to n_a·n_b. Built by the
 * recurrence c(m, n, u) = c(m − 1, n, u − n) + c(m, n − 1, u): the largest
 * value either comes from the first sample and beats all n of the second,
 * or from the second and adds nothing. Only additions, so no precision is
 * lost to cancellation in the tails. Returns an array of n_a·n_b + 1
 * counts. */
static double *
exact_u_counts (gsize n_a,
                gsize n_b)
{
  gsize width = n_a * n_b + 1;
  /* rows[j] holds c(i, j, ·) for the current i, for each j = 0 … n_b. */
  g_autofree double *rows = g_new0 (double, (n_b + 1) * width);
  double *result;

  /* c(0, j, u) is 1 for u = 0: no value of the first sample, no pairs. */
  for (gsize j = 0; j <= n_b; j++)
    rows[j * width] = 1.0;

  for (gsize i = 1; i <= n_a; i++)
    {
      /* c(i, 0, ·) stays 1 at u = 0. Going up in j, rows[j − 1] already
       * holds c(i, j − 1, ·) while rows[j] still holds c(i − 1, j, ·); the
       * new row is filled from the top u down so that c(i − 1, j, u − j)
       * is read before it is overwritten. */
      for (gsize j = 1; j <= n_b; j++)
        {
          double *row = rows + j * width;
          const double *left = rows + (j - 1) * width;
          gsize top = i * j;

          for (gsize u = top + 1; u-- > 0;)
            {
              double from_a = u >= j ? row[u - j] : 0.0;

              row[u] = from_a + left[u];
            }
        }
    }

  result = g_new (double, width);
  for (gsize u = 0; u < width; u++)
    result[u] = rows[n_b * width + u];

  return result;
}

/* The two-sided exact p-value of an integer @u. */
static double
exact_p_value (gsize  n_a,
               gsize  n_b,
               double u)
{
  g_autofree double *counts = exact_u_counts (n_a, n_b);
  gsize width = n_a * n_b + 1;
  gsize k = (gsize) u;
  double total = 0.0;
  double lower = 0.0;
  double upper = 0.0;

  g_assert (u >= 0.0 && u <= (double) (width - 1) && floor (u) == u);

  for (gsize v = 0; v < width; v++)
    {
      total += counts[v];
      if (v <= k)
        lower += counts[v];
      if (v >= k)
        upper += counts[v];
    }

  return MIN (1.0, 2.0 * MIN (lower, upper) / total);
}

/* Public API */

/**
 * ft_statistics_mean:
 * @values: (array length=n): finite numbers
 * @n: how many
 *
 * Returns: the arithmetic mean, or NAN when @n is 0
 */
double
ft_statistics_mean (const double *values,
                    gsize         n)
{
  double sum = 0.0;

  g_return_val_if_fail (values != NULL || n == 0, NAN);

  if (n == 0)
    return NAN;

  for (gsize i = 0; i < n; i++)
    sum += values[i];

  return sum / (double) n;
}

/**
 * ft_statistics_median:
 * @values: (array length=n): finite numbers, left as they are
 * @n: how many
 *
 * Returns: the middle value, the mean of the two middle values when @n is
 *   even, or NAN when @n is 0
 */
double
ft_statistics_median (const double *values,
                      gsize         n)
{
  g_autofree double *sorted = NULL;

  g_return_val_if_fail (values != NULL || n == 0, NAN);

  if (n == 0)
    return NAN;

  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);

  if (n % 2 == 1)
    return sorted[n / 2];

  return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

/**
 * ft_statistics_mann_whitney:
 * @a: (array length=n_a): the first sample, finite numbers
 * @n_a: its size
 * @b: (array length=n_b): the second sample, finite numbers
 * @n_b: its size
 * @result: (out caller-allocates): the test's outcome
 *
 * The two-sided Mann–Whitney U test of @a against @b. U is the rank sum of
 * @a less n_a(n_a + 1)/2, with tied values sharing their mean rank: the
 * number of pairs where the value from @a is the larger, ties counting ½.
 *
 * Without ties, and with both samples under 50 values, the p-value comes
 * from the exact distribution of U: 2 · min (P(U ≤ u), P(U ≥ u)), at most 1.
 * Otherwise it comes from the normal approximation, with the variance
 * corrected for ties, σ² = n_a·n_b/12 · ((n + 1) − Σ(t³ − t)/(n(n − 1))),
 * and a continuity correction of ½ towards the mean. When every value is
 * the same there is no difference to find and the p-value is 1.
 *
 * Returns: %FALSE, leaving @result alone, when either sample is empty
 */
gboolean
ft_statistics_mann_whitney (const double  *a,
                            gsize          n_a,
                            const double  *b,
                            gsize          n_b,
                            FtMannWhitney *result)
{
  g_autofree Pooled *pooled = NULL;
  double n;
  double mean_u;
  double tie_sum;
  double u;

  g_return_val_if_fail (a != NULL || n_a == 0, FALSE);
  g_return_val_if_fail (b != NULL || n_b == 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (n_a == 0 || n_b == 0)
    return FALSE;

  g_return_val_if_fail (all_finite (a, n_a) && all_finite (b, n_b), FALSE);

  pooled = g_new (Pooled, n_a + n_b);
  for (gsize i = 0; i < n_a; i++)
    pooled[i] = (Pooled) { a[i], TRUE };
  for (gsize i = 0; i < n_b; i++)
    pooled[n_a + i] = (Pooled) { b[i], FALSE };

  u = rank_sum_of_a (pooled, n_a + n_b, &tie_sum) - (double) n_a * (double) (n_a + 1) / 2.0;
  n = (double) (n_a + n_b);
  mean_u = (double) n_a * (double) n_b / 2.0;

  result->u = u;

  if (tie_sum == 0.0 && n_a <= EXACT_MAX_N && n_b <= EXACT_MAX_N)
    {
      result->z = 0.0;
      result->p_value = exact_p_value (n_a, n_b, u);
      result->exact = TRUE;
    }
  else
    {
      double variance = (double) n_a * (double) n_b / 12.0 *
                        ((n + 1.0) - tie_sum / (n * (n - 1.0)));
      double distance = fabs (u - mean_u);

      result->exact = FALSE;

      /* Every value equal: U is always its mean, nothing to test. The
       * relative bound absorbs rounding in the tie sum. */
      if (variance <= 1e-12 * (double) n_a * (double) n_b * n)
        {
          result->z = 0.0;
          result->p_value = 1.0;
        }
      else
        {
          /* The continuity correction moves U half a step towards its
           * mean, and never past it. */
          double z = MAX (0.0, distance - 0.5) / sqrt (variance);

          result->z = u < mean_u ? -z : z;
          result->p_value = MIN (1.0, erfc (z / G_SQRT2));
        }
    }

  return TRUE;
}
