-- Batch recalculations: the run, its chunks, and which customer is in which chunk (fixed when the run is planned,
-- so that a resumed run processes exactly the customers it planned).
CREATE TABLE clv_batch_runs (
    run_id           VARCHAR(40)  PRIMARY KEY,
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('PLANNED', 'RUNNING', 'FINISHED', 'FAILED')),
    chunks           INTEGER      NOT NULL,
    customers        BIGINT       NOT NULL,
    model_version    VARCHAR(40),
    ruleset_version  VARCHAR(64),
    scored_on        DATE         NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    requested_by     VARCHAR(100) NOT NULL,
    process_instance VARCHAR(64),
    summary          VARCHAR(4000)
);

CREATE TABLE clv_batch_chunks (
    run_id    VARCHAR(40) NOT NULL REFERENCES clv_batch_runs (run_id),
    chunk_no  INTEGER     NOT NULL,
    customers INTEGER     NOT NULL,
    done_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, chunk_no)
);

CREATE TABLE clv_batch_members (
    run_id       VARCHAR(40) NOT NULL,
    customer_key VARCHAR(40) NOT NULL,
    chunk_no     INTEGER     NOT NULL,
    PRIMARY KEY (run_id, customer_key),
    FOREIGN KEY (run_id, chunk_no) REFERENCES clv_batch_chunks (run_id, chunk_no)
);
CREATE INDEX clv_batch_members_chunk ON clv_batch_members (run_id, chunk_no);
