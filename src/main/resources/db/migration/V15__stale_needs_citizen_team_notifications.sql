-- Coordination across consultants (contract v1.1), part: stale needs, the citizen's team and
-- notifications of course events. Portable between H2 and PostgreSQL.

-- A need's last activity is read from its own updated_at and its agreements (NeedActivity): the
-- agreements of a need, and the OPEN needs the expiry job scans, are found by index.
CREATE INDEX ix_agreement_need ON agreement (need_id, updated_at);
CREATE INDEX ix_need_status ON need (status);

-- The people around a citizen (case worker, mentor, ...), stored with the profile as its job
-- goals are: replaced with every edit, erased with the citizen.
CREATE TABLE citizen_team_member (
    id          VARCHAR(36)  PRIMARY KEY,
    citizen_id  VARCHAR(36)  NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    ordinal     INTEGER      NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    phone       VARCHAR(20),
    email       VARCHAR(200)
);
CREATE INDEX ix_citizen_team_member_citizen ON citizen_team_member (citizen_id);

-- A consultant's notification of a course event. Goes with its agreement (erasing the citizen
-- erases their agreements); the text names the employer and need, never the citizen.
CREATE TABLE notification (
    id            VARCHAR(36)  PRIMARY KEY,
    recipient     VARCHAR(100) NOT NULL,
    agreement_id  VARCHAR(36)  NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    kind          VARCHAR(20)  NOT NULL,
    event_date    DATE         NOT NULL,
    message       VARCHAR(1000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);
