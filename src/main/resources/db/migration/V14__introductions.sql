-- Introductions (contract v1.1, "Coordination across consultants"): the step from an anonymous
-- match to a named citizen shown to the employer. One row per proposal; the answer is written on
-- the same row. The employer is kept on the row so an EMPLOYER login's scope is one comparison.
-- agreement_id is set when an ACCEPTED introduction is drafted into an agreement: at most one
-- (a unique column); deleting that draft frees the introduction again.
CREATE TABLE introduction (
    id              VARCHAR(36)      PRIMARY KEY,
    need_id         VARCHAR(36)      NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    employer_id     VARCHAR(36)      NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
    citizen_id      VARCHAR(36)      NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    status          VARCHAR(16)      NOT NULL,
    task_ids        VARCHAR(4000)    NOT NULL,
    hours_per_week  DOUBLE PRECISION NOT NULL,
    note            VARCHAR(2000),
    proposed_by     VARCHAR(100)     NOT NULL,
    proposed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason_code     VARCHAR(40),
    answer_comment  VARCHAR(2000),
    answered_by     VARCHAR(100),
    answered_at     TIMESTAMP WITH TIME ZONE,
    agreement_id    VARCHAR(36)      REFERENCES agreement (id) ON DELETE SET NULL,
    CONSTRAINT ck_introduction_status CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT uq_introduction_agreement UNIQUE (agreement_id)
);
CREATE INDEX ix_introduction_need ON introduction (need_id, status);
CREATE INDEX ix_introduction_citizen ON introduction (citizen_id, status);
