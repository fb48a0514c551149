-- Outbox rows now take their numbers from one counter row inside the writing transaction. The
-- row's lock is held until commit, so numbers become visible in commit order and without gaps:
-- a reader that has seen number N (the change feed, a webhook dispatcher, another replica's
-- index) has seen every change up to N, and never has to guess whether a gap will still fill.
CREATE TABLE outbox_counter (
    id       INTEGER PRIMARY KEY,
    last_id  BIGINT  NOT NULL
);
INSERT INTO outbox_counter (id, last_id) SELECT 1, COALESCE(MAX(id), 0) FROM outbox;

-- What happened, for the change feed and webhooks: CREATED, UPDATED or DELETED, and for
-- agreements what made the change (ACTIVATED, or an event such as HIRED).
ALTER TABLE outbox ADD COLUMN change_type VARCHAR(20) DEFAULT 'UPDATED' NOT NULL;
ALTER TABLE outbox ADD COLUMN detail VARCHAR(40);
UPDATE outbox SET change_type = 'DELETED' WHERE operation = 'DELETE';
