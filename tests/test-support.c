/* test-support.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-support.h"

/**
 * test_support_run:
 * @suite: (transfer full): the suite to run
 *
 * Runs every test of @suite, in the way CK_FORK and CK_VERBOSITY say.
 *
 * Returns: the test program's exit status: 0 when all passed, else 1
 */
int
test_support_run (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  int failed;

  srunner_run_all (runner, CK_ENV);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failed == 0 ? 0 : 1;
}

/* A valid calendar day, for tests that name their days. */
GDate
test_support_day (int year,
                  int month,
                  int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return date;
}
