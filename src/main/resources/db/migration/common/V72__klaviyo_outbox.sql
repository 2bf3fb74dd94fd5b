-- Transactional outbox for Klaviyo profile updates: written in the same transaction as the change that causes it,
-- sent by a relay that retries with back-off. One row per customer: a newer update replaces a pending one (latest
-- wins), and `version` stops a slow send from marking a newer update as sent. Pseudonymous: key and numbers only.
CREATE TABLE klaviyo_outbox (
    customer_key    VARCHAR(40)   PRIMARY KEY,
    action          VARCHAR(8)    NOT NULL CHECK (action IN ('UPSERT', 'CLEAR')),
    properties      VARCHAR(4000),
    version         BIGINT        NOT NULL,
    state           VARCHAR(8)    NOT NULL CHECK (state IN ('PENDING', 'SENT')),
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(200),
    enqueued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX klaviyo_outbox_due ON klaviyo_outbox (state, next_attempt_at);
