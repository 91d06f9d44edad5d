#!/usr/bin/env python3
# build-aux/count-tests.py TESTLOG.json… — prints 'N passed, N failed' over
# meson test logs, counting each Check test case of a TAP suite on its own.
#
# Copyright 2026 The Footing authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import re
import sys

passed = failed = skipped = 0

for path in sys.argv[1:]:
    try:
        with open(path, encoding='utf-8') as log:
            lines = log.readlines()
    except OSError as error:
        print(f'count-tests: cannot read {path}: {error.strerror}', file=sys.stderr)
        failed += 1
        continue

    for line in lines:
        test = json.loads(line)
        result = test.get('result')
        cases_passed = cases_failed = cases_skipped = 0
        # The log does not name the protocol; TAP result lines speak for it.
        for output_line in (test.get('stdout') or '').splitlines():
            if re.match(r'^not ok \d+', output_line):
                cases_failed += 1
            elif re.match(r'^ok \d+.*# SKIP', output_line, re.IGNORECASE):
                cases_skipped += 1
            elif re.match(r'^ok \d+', output_line):
                cases_passed += 1
        if cases_passed + cases_failed + cases_skipped == 0:
            # Not TAP, or it crashed before any case: the test counts as one.
            if result in ('OK', 'EXPECTEDFAIL'):
                cases_passed = 1
            elif result == 'SKIP':
                cases_skipped = 1
            else:
                cases_failed = 1
        elif result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and cases_failed == 0:
            # A suite that died after its last case (a leak, a crash at exit).
            cases_failed = 1
        passed += cases_passed
        failed += cases_failed
        skipped += cases_skipped

summary = f'{passed} passed, {failed} failed'
if skipped:
    summary += f', {skipped} skipped'
print(summary)
sys.exit(1 if failed else 0)
