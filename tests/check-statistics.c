/* check-statistics.c — mean, median and the Mann–Whitney U test.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference p-values come from the reference implementation
 * scipy.stats.mannwhitneyu (SciPy 1.10.1), asked for method="exact" where
 * Footing uses the exact distribution and method="asymptotic" (with its
 * default continuity correction) where Footing uses the normal
 * approximation; one case is the textbook example of SciPy's own
 * documentation for that function. They are compared to 4 significant
 * digits.
 */

#include "config.h"

#include "ft-statistics.h"
#include "test-support.h"

#include <check.h>
#include <math.h>

/* Helpers */

/* Whether @p agrees with @expected to 4 significant digits. */
static void
assert_p_value (double p,
                double expected)
{
  ck_assert_msg (fabs (p - expected) <= 5e-5 * fabs (expected),
                 "p-value %.10g, expected %.10g", p, expected);
}

/* A sample without repeated values: (i · step mod modulus) + offset for
 * i = 1 … n, with modulus a prime larger than n. The same expression made
 * the samples given to SciPy. */
static double *
spread_sample (gsize  n,
               guint  step,
               guint  modulus,
               double offset)
{
  double *values = g_new (double, n);

  g_assert (n < modulus);

  for (gsize i = 1; i <= n; i++)
    values[i - 1] = (double) ((i * step) % modulus) + offset;

  return values;
}

/* Tests: mean and median */

START_TEST (test_mean)
{
  static const double values[] = { 1.0, 2.0, 3.0, 4.0 };
  static const double single[] = { -2.5 };

  ck_assert_double_eq_tol (ft_statistics_mean (values, 4), 2.5, 1e-12);
  ck_assert_double_eq_tol (ft_statistics_mean (single, 1), -2.5, 1e-12);
  ck_assert (isnan (ft_statistics_mean (values, 0)));
  ck_assert (isnan (ft_statistics_mean (NULL, 0)));
}
END_TEST

START_TEST (test_median)
{
  double odd[] = { 7.0, 1.0, 3.0, 9.0, 2.0 };
  double even[] = { 6.0, 2.0, 10.0, 3.0 };
  double ties[] = { 4.0, 4.0, 1.0, 4.0 };

  ck_assert_double_eq_tol (ft_statistics_median (odd, 5), 3.0, 1e-12);
  ck_assert_double_eq_tol (ft_statistics_median (even, 4), 4.5, 1e-12);
  ck_assert_double_eq_tol (ft_statistics_median (ties, 4), 4.0, 1e-12);
  ck_assert_double_eq_tol (ft_statistics_median (odd, 1), 7.0, 1e-12);
  ck_assert (isnan (ft_statistics_median (odd, 0)));
  ck_assert (isnan (ft_statistics_median (NULL, 0)));

  /* The values stay where they were. */
  ck_assert_double_eq (odd[0], 7.0);
  ck_assert_double_eq (odd[1], 1.0);
  ck_assert_double_eq (odd[4], 2.0);
  ck_assert_double_eq (even[0], 6.0);
  ck_assert_double_eq (even[3], 3.0);
}
END_TEST

/* Tests: Mann–Whitney U */

static const struct
{
  const char   *name;
  const double *a;
  gsize         n_a;
  const double *b;
  gsize         n_b;
  double        u;
  double        p_value;
  gboolean      exact;
} reference_cases[] = {
  /* SciPy's documentation example (ages at diagnosis, male against
   * female): U = 17, exact p = 0.1111 (14 of the 126 arrangements). */
  { "scipy example",
    (const double[]) { 19, 22, 16, 29, 24 }, 5,
    (const double[]) { 20, 11, 17, 12 }, 4,
    17.0, 0.1111111111111111, TRUE },
  /* The smallest textbook case: all of one sample below the other. Of the
   * C(6, 3) = 20 arrangements one gives U = 0 and one U = 9, p = 2/20. */
  { "complete separation",
    (const double[]) { 1, 2, 3 }, 3,
    (const double[]) { 4, 5, 6 }, 3,
    0.0, 0.1, TRUE },
  /* Interleaved without ties. */
  { "interleaved",
    (const double[]) { 1.5, 3.5, 5.5, 7.5 }, 4,
    (const double[]) { 2.5, 4.5, 6.5, 8.5 }, 4,
    6.0, 0.6857142857142857, TRUE },
  /* U exactly at its mean: nothing to see, p = 1. */
  { "u at its mean",
    (const double[]) { 2, 4, 6, 8 }, 4,
    (const double[]) { 1, 3, 5, 7, 9 }, 5,
    10.0, 1.0, TRUE },
  /* Ties, so the normal approximation with tie correction. */
  { "ties",
    (const double[]) { 1, 2, 2, 3, 3, 3, 4, 5 }, 8,
    (const double[]) { 2, 3, 4, 4, 5, 5, 6, 6, 7 }, 9,
    13.5, 0.03175895714806371, FALSE },
  /* Fourteen days of 2–3 after fourteen days of 6–7: a clear shift. */
  { "clear shift",
    (const double[]) { 3, 2, 2, 3, 3, 2, 3, 2, 2, 3, 2, 3, 3, 2 }, 14,
    (const double[]) { 6, 7, 6, 6, 7, 7, 6, 7, 6, 6, 7, 6, 7, 7 }, 14,
    0.0, 3.7664983535611904e-06, FALSE },
  /* The same days on both sides. */
  { "identical with ties",
    (const double[]) { 3, 4, 4, 5, 6, 6, 6, 2 }, 8,
    (const double[]) { 6, 2, 4, 6, 5, 4, 3, 6 }, 8,
    32.0, 1.0, FALSE },
};

START_TEST (test_reference_values)
{
  FtMannWhitney result = { 0 };

  ck_assert_msg (ft_statistics_mann_whitney (reference_cases[_i].a, reference_cases[_i].n_a,
                                             reference_cases[_i].b, reference_cases[_i].n_b,
                                             &result),
                 "%s", reference_cases[_i].name);
  ck_assert_msg (result.u == reference_cases[_i].u, "%s: U %g", reference_cases[_i].name,
                 result.u);
  ck_assert_msg (result.exact == reference_cases[_i].exact, "%s", reference_cases[_i].name);
  assert_p_value (result.p_value, reference_cases[_i].p_value);
  if (result.exact)
    ck_assert_double_eq (result.z, 0.0);
}
END_TEST

START_TEST (test_swapped_samples)
{
  FtMannWhitney forward = { 0 };
  FtMannWhitney backward = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (reference_cases); i++)
    {
      double n_pairs = (double) (reference_cases[i].n_a * reference_cases[i].n_b);

      ck_assert (ft_statistics_mann_whitney (reference_cases[i].a, reference_cases[i].n_a,
                                             reference_cases[i].b, reference_cases[i].n_b,
                                             &forward));
      ck_assert (ft_statistics_mann_whitney (reference_cases[i].b, reference_cases[i].n_b,
                                             reference_cases[i].a, reference_cases[i].n_a,
                                             &backward));
      ck_assert_double_eq_tol (forward.u + backward.u, n_pairs, 1e-9);
      ck_assert_double_eq_tol (forward.z, -backward.z, 1e-12);
      ck_assert_double_eq_tol (forward.p_value, backward.p_value, 1e-12);
    }
}
END_TEST

START_TEST (test_tie_corrected_z)
{
  static const double a[] = { 1, 2, 2, 3, 3, 3, 4, 5 };
  static const double b[] = { 2, 3, 4, 4, 5, 5, 6, 6, 7 };
  FtMannWhitney result = { 0 };

  /* (13.5 − 36 + 0.5) / σ with σ² = 72/12 · (18 − 138/272): the tie
   * groups are three 2s, four 3s, three 4s, three 5s and two 6s. */
  ck_assert (ft_statistics_mann_whitney (a, G_N_ELEMENTS (a), b, G_N_ELEMENTS (b), &result));
  ck_assert_double_eq_tol (result.z, -2.147431348925186, 1e-9);
}
END_TEST

/* Both samples under 50 values and no ties: exact, even for large tables. */
START_TEST (test_exact_larger_samples)
{
  g_autofree double *a = spread_sample (20, 7, 23, 0.25);
  g_autofree double *b = spread_sample (25, 11, 29, 4.5);
  g_autofree double *c = spread_sample (49, 17, 53, 0.25);
  g_autofree double *d = spread_sample (49, 19, 59, 3.5);
  FtMannWhitney result = { 0 };

  ck_assert (ft_statistics_mann_whitney (a, 20, b, 25, &result));
  ck_assert (result.exact);
  ck_assert_double_eq (result.u, 128.0);
  /* SciPy exact; its normal approximation would say 0.005516. */
  assert_p_value (result.p_value, 0.004728543522199041);

  ck_assert (ft_statistics_mann_whitney (c, 49, d, 49, &result));
  ck_assert (result.exact);
  ck_assert_double_eq (result.u, 904.0);
  assert_p_value (result.p_value, 0.03504273994748477);
}
END_TEST

/* 50 or more values: the normal approximation, without ties to correct. */
START_TEST (test_normal_without_ties)
{
  g_autofree double *a = spread_sample (60, 37, 101, 0.25);
  g_autofree double *b = spread_sample (55, 53, 103, 8.5);
  FtMannWhitney result = { 0 };

  ck_assert (ft_statistics_mann_whitney (a, 60, b, 55, &result));
  ck_assert (!result.exact);
  ck_assert_double_eq (result.u, 1496.0);
  assert_p_value (result.p_value, 0.39010056440404817);
}
END_TEST

START_TEST (test_all_equal)
{
  static const double a[] = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 };
  static const double b[] = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 };
  static const double one[] = { 5 };
  FtMannWhitney result = { 0 };

  /* σ = 0: there is no difference to find (SciPy also says 1). */
  ck_assert (ft_statistics_mann_whitney (a, 10, b, 10, &result));
  ck_assert (!result.exact);
  ck_assert_double_eq (result.u, 50.0);
  ck_assert_double_eq (result.z, 0.0);
  ck_assert_double_eq (result.p_value, 1.0);

  ck_assert (ft_statistics_mann_whitney (one, 1, one, 1, &result));
  ck_assert_double_eq (result.u, 0.5);
  ck_assert_double_eq (result.p_value, 1.0);
}
END_TEST

START_TEST (test_single_values)
{
  static const double low[] = { 1 };
  static const double high[] = { 2 };
  FtMannWhitney result = { 0 };

  /* One value each: two arrangements, each as likely, p = 1. */
  ck_assert (ft_statistics_mann_whitney (low, 1, high, 1, &result));
  ck_assert (result.exact);
  ck_assert_double_eq (result.u, 0.0);
  ck_assert_double_eq (result.p_value, 1.0);
}
END_TEST

START_TEST (test_empty_samples)
{
  static const double values[] = { 1, 2, 3 };
  FtMannWhitney result = { .u = -1.0 };

  ck_assert (!ft_statistics_mann_whitney (values, 3, NULL, 0, &result));
  ck_assert (!ft_statistics_mann_whitney (NULL, 0, values, 3, &result));
  ck_assert (!ft_statistics_mann_whitney (NULL, 0, NULL, 0, &result));
  /* Left alone. */
  ck_assert_double_eq (result.u, -1.0);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("statistics");
  TCase *tc;

  tc = tcase_create ("summaries");
  tcase_add_test (tc, test_mean);
  tcase_add_test (tc, test_median);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("mann-whitney");
  tcase_add_loop_test (tc, test_reference_values, 0, G_N_ELEMENTS (reference_cases));
  tcase_add_test (tc, test_swapped_samples);
  tcase_add_test (tc, test_tie_corrected_z);
  tcase_add_test (tc, test_exact_larger_samples);
  tcase_add_test (tc, test_normal_without_ties);
  tcase_add_test (tc, test_all_equal);
  tcase_add_test (tc, test_single_values);
  tcase_add_test (tc, test_empty_samples);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
