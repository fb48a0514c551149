-- Coordination across consultants (contract v1.1). Each consultant is a person with a login: staff
-- accounts carry the name colleagues know them by and their team (EMPLOYER logins have neither).
ALTER TABLE account ADD COLUMN display_name VARCHAR(200);
ALTER TABLE account ADD COLUMN team VARCHAR(100);

-- An employer's owner is the consultant who keeps the contact with it (an account's username;
-- notifications read this column too). Last and next contact follow the latest logged contact.
ALTER TABLE employer ADD COLUMN owner_username VARCHAR(100);
ALTER TABLE employer ADD COLUMN last_contact_date DATE;
ALTER TABLE employer ADD COLUMN next_contact_date DATE;
CREATE INDEX ix_employer_owner ON employer (owner_username);

-- The job centre's internal contact log with each employer.
CREATE TABLE employer_contact (
    id                 VARCHAR(36)   PRIMARY KEY,
    employer_id        VARCHAR(36)   NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
    contact_date       DATE          NOT NULL,
    contact_format     VARCHAR(20)   NOT NULL,
    summary            VARCHAR(2000),
    next_contact_date  DATE,
    consultant         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_employer_contact_next CHECK (next_contact_date IS NULL OR next_contact_date >= contact_date)
);
CREATE INDEX ix_employer_contact_employer ON employer_contact (employer_id, contact_date);

-- The caseload counts a consultant's current agreements.
CREATE INDEX ix_agreement_consultant ON agreement (consultant, status);
