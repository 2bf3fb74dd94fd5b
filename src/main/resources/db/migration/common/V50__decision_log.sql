-- The audit trail: one row per decision, never updated or deleted (the vendor migrations add triggers that refuse it),
-- each row chained to the one before by hash = SHA-256(previous hash || canonical JSON of the row).
-- Pseudonymous keys only: no personal data ever lands here.
CREATE TABLE decision_log (
    id               BIGINT        PRIMARY KEY,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    actor            VARCHAR(100)  NOT NULL,
    actor_role       VARCHAR(40)   NOT NULL,
    customer_key     VARCHAR(40),
    ruleset_version  VARCHAR(64),
    model_version    VARCHAR(64),
    inputs_digest    VARCHAR(64),
    rules_fired      VARCHAR(4000) NOT NULL,
    outputs          VARCHAR(8000) NOT NULL,
    reason           VARCHAR(2000),
    process_instance VARCHAR(64),
    previous_hash    CHAR(64)      NOT NULL,
    hash             CHAR(64)      NOT NULL UNIQUE
);
CREATE INDEX decision_log_customer ON decision_log (customer_key, id);
CREATE INDEX decision_log_kind_time ON decision_log (kind, recorded_at);

-- The chain's head: which row is last and its hash. One row, locked by every append, so the chain stays a line even
-- when decisions commit concurrently; the verifier also uses it to notice rows cut off the end.
CREATE TABLE decision_log_head (
    singleton BOOLEAN  PRIMARY KEY CHECK (singleton),
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO decision_log_head (singleton, last_id, last_hash)
VALUES (TRUE, 0, '0000000000000000000000000000000000000000000000000000000000000000');
