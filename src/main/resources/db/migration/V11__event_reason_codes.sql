-- Contract v1.1 "The course of a placement": an ending carries a coded reason, any event may carry
-- the debrief with the employer, and a stopped course keeps the citizen and the employer apart
-- in matching for a while.

-- The code is an EndReason name (outcome figures group by it). The debrief is JSON text: it is
-- read back and shown whole, never queried field by field, as agreement versions are.
ALTER TABLE agreement_event ADD COLUMN reason_code VARCHAR(40);
ALTER TABLE agreement_event ADD COLUMN debrief VARCHAR(100000);

-- The change feed and webhooks tell the case worker's system why a course ended: the code only,
-- never free text or the debrief.
ALTER TABLE outbox ADD COLUMN reason_code VARCHAR(40);

-- Pairs matching leaves out: a citizen and an employer (all its needs) or one need, until a date
-- (exclusive: matched again from that day) or for good (NULL). Written in the transaction of what
-- caused it (a STOPPED event names its agreement); erasing the citizen removes their rows.
CREATE TABLE match_exclusion (
    id            VARCHAR(36)  PRIMARY KEY,
    citizen_id    VARCHAR(36)  NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    employer_id   VARCHAR(36)  REFERENCES employer (id) ON DELETE CASCADE,
    need_id       VARCHAR(36)  REFERENCES need (id) ON DELETE CASCADE,
    until_date    DATE,
    agreement_id  VARCHAR(36)  REFERENCES agreement (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_match_exclusion_pair CHECK (employer_id IS NOT NULL OR need_id IS NOT NULL)
);
CREATE INDEX ix_match_exclusion_citizen ON match_exclusion (citizen_id);
CREATE INDEX ix_match_exclusion_employer ON match_exclusion (employer_id);
CREATE INDEX ix_match_exclusion_need ON match_exclusion (need_id);
