-- Capacity and commitments (contract v1.1). A task can be held by up to `capacity` citizens at a
-- time; an agreement holds its tasks and the citizen's hours while it is current. The holds are
-- their own table, one row per holding agreement, so "what is taken" is one indexed read and the
-- rows disappear with the agreement (erasure included).
ALTER TABLE need_task ADD COLUMN capacity INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE need_task ADD CONSTRAINT ck_need_task_capacity CHECK (capacity >= 1);

-- FILLED set by the holds (not by a consultant), so releasing a task may reopen the need.
ALTER TABLE need ADD COLUMN filled_automatically BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE capacity_hold (
    agreement_id    VARCHAR(36)   PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
    need_id         VARCHAR(36)   NOT NULL,
    citizen_id      VARCHAR(36)   NOT NULL,
    hours_per_week  DOUBLE PRECISION NOT NULL,
    task_ids        VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_capacity_hold_need ON capacity_hold (need_id);
CREATE INDEX ix_capacity_hold_citizen ON capacity_hold (citizen_id);
