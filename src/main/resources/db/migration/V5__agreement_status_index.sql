-- The follow-up worklist reads agreements by status (ACTIVE ones, mostly).
CREATE INDEX ix_agreement_status ON agreement (status);
