-- 0002-gear.sql: wear reminders for shoes and insoles, and indexes for gear.
--
-- Copyright 2026 The Footing authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- "Remind me later" holds an item's wear reminder back until a day or a
-- total distance, whichever comes first; a dismissed reminder stays quiet
-- until the item's thresholds change.

ALTER TABLE gear ADD COLUMN snooze_until_day TEXT
  CHECK (snooze_until_day IS NULL OR date (snooze_until_day, '+0 days') IS snooze_until_day);
ALTER TABLE gear ADD COLUMN snooze_until_distance_m REAL
  CHECK (snooze_until_distance_m IS NULL OR snooze_until_distance_m > 0);
ALTER TABLE gear ADD COLUMN reminder_dismissed INTEGER NOT NULL DEFAULT 0
  CHECK (reminder_dismissed IN (0, 1));

-- Deleting an item sets these to NULL; without an index each delete would
-- read the whole table.
CREATE INDEX gear_event_target ON gear_event (target_gear_id);
CREATE INDEX journal_entry_worn_gear ON journal_entry (worn_gear_id);
