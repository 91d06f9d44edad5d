-- 0001-initial.sql: the first Footing schema.
--
-- Copyright 2026 The Footing authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A day is a local calendar date 'YYYY-MM-DD'; an instant is UTC microseconds.
-- `date (x, '+0 days') IS x` accepts only real calendar dates in that exact
-- form: the modifier makes every SQLite version normalise 2026-02-30 to
-- another day, and garbage turns into NULL.

CREATE TABLE symptom_kind (
  id        INTEGER PRIMARY KEY,
  key       TEXT NOT NULL UNIQUE CHECK (length (key) BETWEEN 1 AND 64),
  name      TEXT CHECK (name IS NULL OR length (name) BETWEEN 1 AND 200),
  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  hidden    INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  position  INTEGER NOT NULL DEFAULT 0,
  -- Custom kinds carry their own name; built-in names are translated by the app.
  CHECK (builtin = 1 OR name IS NOT NULL)
);

INSERT INTO symptom_kind (key, builtin, position) VALUES
  ('tingling', 1, 1),
  ('burning', 1, 2),
  ('numbness', 1, 3),
  ('night_pain', 1, 4),
  ('first_step_pain', 1, 5);

CREATE TABLE gear (
  id                    INTEGER PRIMARY KEY,
  kind                  TEXT NOT NULL CHECK (kind IN ('running_shoe', 'everyday_shoe', 'work_shoe',
                                                      'sandal', 'insole', 'orthotic',
                                                      'night_splint', 'other')),
  name                  TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),
  brand                 TEXT CHECK (brand IS NULL OR length (brand) <= 200),
  start_day             TEXT NOT NULL CHECK (date (start_day, '+0 days') IS start_day),
  retire_day            TEXT CHECK (retire_day IS NULL
                                    OR (date (retire_day, '+0 days') IS retire_day AND retire_day >= start_day)),
  prior_distance_m      REAL NOT NULL DEFAULT 0 CHECK (prior_distance_m BETWEEN 0 AND 100000000),
  threshold_distance_m  REAL CHECK (threshold_distance_m IS NULL OR threshold_distance_m > 0),
  threshold_days        INTEGER CHECK (threshold_days IS NULL OR threshold_days > 0),
  notes                 TEXT CHECK (notes IS NULL OR length (notes) <= 10000),
  created_us            INTEGER NOT NULL
);

CREATE TABLE gear_event (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('start', 'retire', 'unretire', 'move', 'change')),
  day             TEXT NOT NULL CHECK (date (day, '+0 days') IS day),
  gear_id         INTEGER REFERENCES gear (id) ON DELETE CASCADE,
  -- For 'move': the shoe the insole went into (NULL: taken out).
  target_gear_id  INTEGER REFERENCES gear (id) ON DELETE SET NULL,
  label           TEXT CHECK (label IS NULL OR length (label) BETWEEN 1 AND 500),
  created_us      INTEGER NOT NULL,
  -- A free change names itself; every other event belongs to an item.
  CHECK ((kind = 'change' AND label IS NOT NULL) OR (kind <> 'change' AND gear_id IS NOT NULL))
);
CREATE INDEX gear_event_day ON gear_event (day);
CREATE INDEX gear_event_gear ON gear_event (gear_id, day);

CREATE TABLE gear_distance (
  id          INTEGER PRIMARY KEY,
  gear_id     INTEGER NOT NULL REFERENCES gear (id) ON DELETE CASCADE,
  day         TEXT NOT NULL CHECK (date (day, '+0 days') IS day),
  distance_m  REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 1000000)
);
CREATE INDEX gear_distance_gear ON gear_distance (gear_id, day);

CREATE TABLE journal_entry (
  id                  INTEGER PRIMARY KEY,
  day                 TEXT NOT NULL CHECK (date (day, '+0 days') IS day),
  foot                TEXT NOT NULL CHECK (foot IN ('left', 'right', 'both')),
  hours_on_feet       REAL CHECK (hours_on_feet IS NULL OR hours_on_feet BETWEEN 0 AND 24),
  run_distance_m      REAL CHECK (run_distance_m IS NULL OR run_distance_m BETWEEN 0 AND 500000),
  worn_gear_id        INTEGER REFERENCES gear (id) ON DELETE SET NULL,
  note                TEXT CHECK (note IS NULL OR length (note) <= 10000),
  note_for_therapist  INTEGER NOT NULL DEFAULT 0 CHECK (note_for_therapist IN (0, 1)),
  created_us          INTEGER NOT NULL,
  updated_us          INTEGER NOT NULL,
  UNIQUE (day, foot)
);

CREATE TABLE symptom_rating (
  entry_id  INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
  kind_id   INTEGER NOT NULL REFERENCES symptom_kind (id) ON DELETE RESTRICT,
  value     INTEGER NOT NULL CHECK (typeof (value) = 'integer' AND value BETWEEN 0 AND 10),
  PRIMARY KEY (entry_id, kind_id)
) WITHOUT ROWID;
CREATE INDEX symptom_rating_kind ON symptom_rating (kind_id, entry_id);

CREATE TABLE exercise (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),
  kind        TEXT NOT NULL CHECK (kind IN ('stretch', 'nerve_glide', 'strength', 'self_massage')),
  area        TEXT CHECK (area IS NULL OR length (area) <= 200),
  equipment   TEXT CHECK (equipment IS NULL OR length (equipment) <= 200),
  position    TEXT CHECK (position IS NULL OR position IN ('standing', 'seated', 'lying')),
  steps       TEXT CHECK (steps IS NULL OR length (steps) <= 10000),
  cautions    TEXT CHECK (cautions IS NULL OR length (cautions) <= 10000),
  hold_s      INTEGER CHECK (hold_s IS NULL OR hold_s BETWEEN 1 AND 3600),
  reps        INTEGER CHECK (reps IS NULL OR reps BETWEEN 1 AND 1000),
  sets        INTEGER NOT NULL DEFAULT 1 CHECK (sets BETWEEN 1 AND 100),
  per_side    INTEGER NOT NULL DEFAULT 0 CHECK (per_side IN (0, 1)),
  image_path  TEXT,
  created_us  INTEGER NOT NULL
);

CREATE TABLE routine (
  id             INTEGER PRIMARY KEY,
  -- The built-in routine this one is, or was copied from; NULL for the person's own.
  builtin_key    TEXT,
  name           TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),
  position       INTEGER NOT NULL DEFAULT 0,
  target_count   INTEGER CHECK (target_count IS NULL OR target_count BETWEEN 1 AND 100),
  target_period  TEXT CHECK (target_period IS NULL OR target_period IN ('day', 'week')),
  created_us     INTEGER NOT NULL,
  CHECK ((target_count IS NULL) = (target_period IS NULL))
);

CREATE TABLE routine_step (
  id            INTEGER PRIMARY KEY,
  routine_id    INTEGER NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  -- A catalog id ('upper-calf-stretch') or 'custom:<exercise.id>'.
  exercise_ref  TEXT NOT NULL CHECK (length (exercise_ref) BETWEEN 1 AND 100),
  hold_s        INTEGER CHECK (hold_s IS NULL OR hold_s BETWEEN 1 AND 3600),
  reps          INTEGER CHECK (reps IS NULL OR reps BETWEEN 1 AND 1000),
  sets          INTEGER NOT NULL DEFAULT 1 CHECK (sets BETWEEN 1 AND 100),
  rest_s        INTEGER NOT NULL DEFAULT 0 CHECK (rest_s BETWEEN 0 AND 3600),
  sides         TEXT NOT NULL DEFAULT 'none' CHECK (sides IN ('left', 'right', 'both', 'none')),
  UNIQUE (routine_id, position)
);

CREATE TABLE session (
  id              INTEGER PRIMARY KEY,
  day             TEXT NOT NULL CHECK (date (day, '+0 days') IS day),
  started_us      INTEGER NOT NULL,
  ended_us        INTEGER CHECK (ended_us IS NULL OR ended_us >= started_us),
  routine_id      INTEGER REFERENCES routine (id) ON DELETE SET NULL,
  -- The routine's name when it ran, so history survives renames and deletes.
  routine_name    TEXT CHECK (routine_name IS NULL OR length (routine_name) <= 200),
  source          TEXT NOT NULL CHECK (source IN ('guided', 'manual', 'reminder')),
  outcome         TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'partial', 'skipped')),
  before_rating   INTEGER CHECK (before_rating IS NULL OR before_rating BETWEEN 0 AND 10),
  after_rating    INTEGER CHECK (after_rating IS NULL OR after_rating BETWEEN 0 AND 10)
);
CREATE INDEX session_day ON session (day);
CREATE INDEX session_routine ON session (routine_id, day);

CREATE TABLE session_step (
  id            INTEGER PRIMARY KEY,
  session_id    INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 0),
  exercise_ref  TEXT NOT NULL CHECK (length (exercise_ref) BETWEEN 1 AND 100),
  side          TEXT NOT NULL CHECK (side IN ('left', 'right', 'none')),
  holds_done    INTEGER NOT NULL DEFAULT 0 CHECK (holds_done >= 0),
  reps_done     INTEGER NOT NULL DEFAULT 0 CHECK (reps_done >= 0),
  sets_done     INTEGER NOT NULL DEFAULT 0 CHECK (sets_done >= 0),
  outcome       TEXT NOT NULL CHECK (outcome IN ('completed', 'partial', 'skipped')),
  UNIQUE (session_id, position, side)
);

CREATE TABLE pt_visit (
  id               INTEGER PRIMARY KEY,
  day              TEXT NOT NULL CHECK (date (day, '+0 days') IS day),
  clinic           TEXT CHECK (clinic IS NULL OR length (clinic) <= 200),
  notes            TEXT CHECK (notes IS NULL OR length (notes) <= 10000),
  program_changes  TEXT CHECK (program_changes IS NULL OR length (program_changes) <= 10000),
  created_us       INTEGER NOT NULL
);
CREATE INDEX pt_visit_day ON pt_visit (day);

CREATE TABLE reminder_event (
  id          INTEGER PRIMARY KEY,
  due_us      INTEGER NOT NULL,
  routine_id  INTEGER REFERENCES routine (id) ON DELETE SET NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('taken', 'snoozed', 'skipped', 'missed')),
  acted_us    INTEGER CHECK (acted_us IS NULL OR acted_us >= 0)
);
CREATE INDEX reminder_event_due ON reminder_event (due_us);

CREATE TABLE pause (
  id         INTEGER PRIMARY KEY,
  start_day  TEXT NOT NULL CHECK (date (start_day, '+0 days') IS start_day),
  end_day    TEXT CHECK (end_day IS NULL OR (date (end_day, '+0 days') IS end_day AND end_day >= start_day)),
  reason     TEXT NOT NULL CHECK (reason IN ('flare_up', 'holiday', 'injury', 'rest', 'other')),
  note       TEXT CHECK (note IS NULL OR length (note) <= 10000)
);
CREATE INDEX pause_start ON pause (start_day);
