-- Arbejdsaftaler. The content of each version is kept whole (JSON text): versions are read and
-- rendered as documents, never queried field by field. Erasing a citizen erases their agreements.

CREATE TABLE agreement (
    id               VARCHAR(36)  PRIMARY KEY,
    citizen_id       VARCHAR(36)  NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    need_id          VARCHAR(36)  NOT NULL REFERENCES need (id),
    employer_id      VARCHAR(36)  NOT NULL REFERENCES employer (id),
    consultant       VARCHAR(100) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    version          INTEGER      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_agreement_citizen ON agreement (citizen_id);
CREATE INDEX ix_agreement_employer ON agreement (employer_id);

CREATE TABLE agreement_version (
    id            VARCHAR(36)  PRIMARY KEY,
    agreement_id  VARCHAR(36)  NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    version       INTEGER      NOT NULL,
    content       VARCHAR(200000) NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_agreement_version UNIQUE (agreement_id, version)
);

CREATE TABLE agreement_approval (
    id            VARCHAR(36)  PRIMARY KEY,
    agreement_id  VARCHAR(36)  NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    version       INTEGER      NOT NULL,
    party         VARCHAR(20)  NOT NULL,
    approved_by   VARCHAR(100) NOT NULL,
    approved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_agreement_approval UNIQUE (agreement_id, version, party)
);

CREATE TABLE agreement_follow_up (
    id                     VARCHAR(36)  PRIMARY KEY,
    agreement_id           VARCHAR(36)  NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    follow_up_date         DATE         NOT NULL,
    actual_hours           DOUBLE PRECISION NOT NULL,
    effectiveness_percent  INTEGER,
    who5                   INTEGER,
    notes                  VARCHAR(4000),
    recorded_by            VARCHAR(100) NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_follow_up_agreement ON agreement_follow_up (agreement_id);

CREATE TABLE agreement_event (
    id            VARCHAR(36)  PRIMARY KEY,
    agreement_id  VARCHAR(36)  NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    event_type    VARCHAR(20)  NOT NULL,
    event_date    DATE         NOT NULL,
    reason        VARCHAR(2000),
    recorded_by   VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
