-- 0003-routines.sql: built-in routines, step times and counting sessions.
--
-- Copyright 2026 The Footing authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- routine.builtin_key now names the built-in routine a row *is*; a copy is
-- the person's own routine and has none. At most one row per key.

UPDATE routine SET builtin_key = NULL
  WHERE builtin_key IS NOT NULL
    AND id NOT IN (SELECT min (id) FROM routine WHERE builtin_key IS NOT NULL GROUP BY builtin_key);
CREATE UNIQUE INDEX routine_builtin_key ON routine (builtin_key) WHERE builtin_key IS NOT NULL;
CREATE INDEX routine_position ON routine (position);

-- Built-in routines already offered to this journal. A built-in is added
-- once; one the person deleted stays deleted until they restore the
-- built-ins themselves.
CREATE TABLE builtin_routine (
  key        TEXT PRIMARY KEY CHECK (length (key) BETWEEN 1 AND 64),
  added_us   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO builtin_routine (key, added_us)
  SELECT builtin_key, created_us FROM routine WHERE builtin_key IS NOT NULL;

-- When a step of a guided run ended, so that a run the app never closed
-- (a crash, a power cut) ends at its last finished step.
ALTER TABLE session_step ADD COLUMN ended_us INTEGER;

-- Progress toward targets counts finished sessions of a routine per day and
-- per week; this index answers it without reading the table.
CREATE INDEX session_routine_outcome ON session (routine_id, outcome, day);
CREATE INDEX session_outcome ON session (outcome);
