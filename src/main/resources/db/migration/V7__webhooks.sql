-- Webhook subscriptions and their deliveries. Deliveries are queued here, not in memory, so they
-- survive restarts and any instance can send them; the unique key makes enqueueing idempotent.
CREATE TABLE webhook_subscription (
    id           VARCHAR(36)   PRIMARY KEY,
    url          VARCHAR(2000) NOT NULL,
    event_types  VARCHAR(200)  NOT NULL,
    secret       VARCHAR(100)  NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_delivery (
    id                VARCHAR(36)  PRIMARY KEY,
    subscription_id   VARCHAR(36)  NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    outbox_id         BIGINT       NOT NULL,
    event_type        VARCHAR(40)  NOT NULL,
    entity_id         VARCHAR(36)  NOT NULL,
    payload           VARCHAR(4000) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    attempts          INTEGER      NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE,
    last_status_code  INTEGER,
    last_error        VARCHAR(500),
    delivered_at      TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_webhook_delivery UNIQUE (subscription_id, outbox_id)
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);

-- How far the dispatcher has turned outbox rows into deliveries; moved by compare-and-set, so
-- with several instances each row is enqueued once.
CREATE TABLE webhook_cursor (
    id              INTEGER PRIMARY KEY,
    last_outbox_id  BIGINT  NOT NULL
);
INSERT INTO webhook_cursor (id, last_outbox_id) SELECT 1, COALESCE(MAX(id), 0) FROM outbox;
