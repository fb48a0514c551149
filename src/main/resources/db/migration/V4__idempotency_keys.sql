-- Responses of POSTs sent with an Idempotency-Key, replayed when the same caller sends the key
-- again. A row without status is a request still in progress.
CREATE TABLE idempotency_key (
    caller       VARCHAR(100)  NOT NULL,
    idem_key     VARCHAR(200)  NOT NULL,
    status       INTEGER,
    location     VARCHAR(500),
    body         VARCHAR(1000000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX ix_idempotency_created ON idempotency_key (created_at);
