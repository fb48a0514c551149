-- A number each write of a profile raises (CitizenStore.replaceAll), so a copy kept in memory for
-- matching can be checked against the row with one indexed read (issue 23). Not the updated_at
-- stamp: two writes may carry the same instant (a clock standing still in tests, a coarse clock).
ALTER TABLE citizen ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
