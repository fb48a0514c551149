-- The course of a placement (contract v1.1): a follow-up says how it took place, carries the
-- measures (WHO-5 was there; GSE and the six BIP indicators, one column each so outcome figures
-- can aggregate them in SQL) and, after HIRED or ORDINARY_HOURS, is an aftercare follow-up saying
-- whether the citizen still has the job. Follow-ups written before this were all on ACTIVE
-- agreements: not aftercare.
ALTER TABLE agreement_follow_up ADD COLUMN follow_up_format VARCHAR(20);
ALTER TABLE agreement_follow_up ADD COLUMN gse INTEGER;
ALTER TABLE agreement_follow_up ADD COLUMN bip_cooperation INTEGER;
ALTER TABLE agreement_follow_up ADD COLUMN bip_job_search_knowledge INTEGER;
ALTER TABLE agreement_follow_up ADD COLUMN bip_energy INTEGER;
ALTER TABLE agreement_follow_up ADD COLUMN bip_health INTEGER;
ALTER TABLE agreement_follow_up ADD COLUMN bip_attendance INTEGER;
ALTER TABLE agreement_follow_up ADD COLUMN bip_consultant_assessment INTEGER;
ALTER TABLE agreement_follow_up ADD COLUMN aftercare BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE agreement_follow_up ADD COLUMN still_employed BOOLEAN;
ALTER TABLE agreement_follow_up ADD CONSTRAINT ck_follow_up_measures CHECK (
    (who5 IS NULL OR who5 BETWEEN 0 AND 100) AND (gse IS NULL OR gse BETWEEN 10 AND 40)
    AND (bip_cooperation IS NULL OR bip_cooperation BETWEEN 1 AND 5)
    AND (bip_job_search_knowledge IS NULL OR bip_job_search_knowledge BETWEEN 1 AND 5)
    AND (bip_energy IS NULL OR bip_energy BETWEEN 1 AND 5)
    AND (bip_health IS NULL OR bip_health BETWEEN 1 AND 5)
    AND (bip_attendance IS NULL OR bip_attendance BETWEEN 1 AND 5)
    AND (bip_consultant_assessment IS NULL OR bip_consultant_assessment BETWEEN 1 AND 5));
-- Exactly the aftercare follow-ups say whether the citizen is still employed.
ALTER TABLE agreement_follow_up ADD CONSTRAINT ck_follow_up_still_employed CHECK (
    (aftercare AND still_employed IS NOT NULL) OR (NOT aftercare AND still_employed IS NULL));

-- Progress and the worklist read an agreement's events (aftercare starts with HIRED or
-- ORDINARY_HOURS, a stop dates NEEDS_NEW_PLACEMENT).
CREATE INDEX ix_agreement_event_by_agreement ON agreement_event (agreement_id);

-- The citizen's measured capacity: what their latest follow-up (by date, over all their
-- agreements) found. Kept beside the profile, not computed from the agreements, because citizens
-- may not depend on agreements; the follow-up that finds it writes it in its own transaction.
-- Goes with the profile on erasure. No key to the agreement: the agreement goes with the citizen.
CREATE TABLE citizen_measured (
    citizen_id             VARCHAR(36)  PRIMARY KEY REFERENCES citizen (id) ON DELETE CASCADE,
    hours_per_week         DOUBLE PRECISION NOT NULL,
    effectiveness_percent  INTEGER,
    measured_on            DATE         NOT NULL,
    agreement_id           VARCHAR(36)  NOT NULL
);

-- From the follow-ups recorded before this: each citizen's latest (by date, then by when recorded).
INSERT INTO citizen_measured (citizen_id, hours_per_week, effectiveness_percent, measured_on, agreement_id)
SELECT a.citizen_id, f.actual_hours, f.effectiveness_percent, f.follow_up_date, f.agreement_id
  FROM agreement_follow_up f JOIN agreement a ON a.id = f.agreement_id
 WHERE NOT EXISTS (
       SELECT 1 FROM agreement_follow_up g JOIN agreement b ON b.id = g.agreement_id
        WHERE b.citizen_id = a.citizen_id
          AND (g.follow_up_date > f.follow_up_date
               OR (g.follow_up_date = f.follow_up_date AND g.created_at > f.created_at)
               OR (g.follow_up_date = f.follow_up_date AND g.created_at = f.created_at AND g.id > f.id)));
