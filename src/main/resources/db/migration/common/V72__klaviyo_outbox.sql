-- Transactional outbox for Klaviyo: written in the transaction of the change that calls for an update (a CLV
-- published, a consent changed, an erasure), sent by a relay that retries with back-off. One row per customer: a
-- newer request replaces a pending one (latest wins) and `version` stops a slow send from completing a newer request.
-- The relay builds the update when it sends, from the customer's current CLV and eligibility, so a queued update is
-- never stale. `synced` says whether Klaviyo holds Easel's properties for the customer; `properties` is what was last
-- sent. Pseudonymous: key and numbers only.
CREATE TABLE klaviyo_outbox (
    customer_key    VARCHAR(40)   PRIMARY KEY,
    action          VARCHAR(8)    NOT NULL CHECK (action IN ('UPSERT', 'CLEAR')),
    version         BIGINT        NOT NULL,
    state           VARCHAR(8)    NOT NULL CHECK (state IN ('PENDING', 'DONE')),
    synced          BOOLEAN       NOT NULL DEFAULT FALSE,
    properties      VARCHAR(4000),
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(200),
    enqueued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX klaviyo_outbox_due ON klaviyo_outbox (state, next_attempt_at);
