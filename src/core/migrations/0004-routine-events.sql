-- 0004-routine-events.sql: changes to the home program, for the trend charts.
--
-- Copyright 2026 The Footing authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A routine added, changed (its steps or its target) or removed is a change
-- the person and their therapist want to see beside the symptoms, like a
-- new pair of insoles. The row keeps the routine's name as it was, so it
-- survives renames and the routine's deletion; detail is a short phrase
-- such as "Now daily", in the language Footing ran in.

CREATE TABLE routine_event (
  id            INTEGER PRIMARY KEY,
  day           TEXT NOT NULL CHECK (date (day, '+0 days') IS day),
  routine_id    INTEGER REFERENCES routine (id) ON DELETE SET NULL,
  routine_name  TEXT NOT NULL CHECK (length (trim (routine_name)) BETWEEN 1 AND 200),
  kind          TEXT NOT NULL CHECK (kind IN ('added', 'changed', 'removed')),
  detail        TEXT CHECK (detail IS NULL OR length (detail) BETWEEN 1 AND 500),
  created_us    INTEGER NOT NULL
);
CREATE INDEX routine_event_day ON routine_event (day);
-- Deleting a routine sets routine_id to NULL; the index keeps that cheap.
CREATE INDEX routine_event_routine ON routine_event (routine_id);

-- The trend counts finished sessions per day over a range of days; with
-- this index it reads only the range, and only the index.
CREATE INDEX session_day_outcome ON session (day, outcome);
