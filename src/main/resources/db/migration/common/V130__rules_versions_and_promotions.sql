-- Every ruleset Easel has seen, kept by content hash (the version) with the text of its files, so that any one of
-- them can be evaluated in shadow, promoted or rolled back to. Rule files are analysts' text: no personal data.
CREATE TABLE rules_versions (
    version      CHAR(64)     PRIMARY KEY,
    origin       VARCHAR(20)  NOT NULL,
    author       VARCHAR(100) NOT NULL,
    base_version CHAR(64),
    note         VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE rules_version_files (
    version CHAR(64)     NOT NULL REFERENCES rules_versions (version),
    path    VARCHAR(300) NOT NULL,
    content TEXT         NOT NULL,
    PRIMARY KEY (version, path)
);

-- Each promotion, staged share or rollback, in order; the last one says what serves after a restart.
CREATE TABLE rules_promotions (
    promotion_id     VARCHAR(60)  PRIMARY KEY,
    version          CHAR(64)     NOT NULL REFERENCES rules_versions (version),
    base_version     CHAR(64)     NOT NULL REFERENCES rules_versions (version),
    share_percent    INTEGER      NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
    kind             VARCHAR(20)  NOT NULL,
    promoted_by      VARCHAR(100) NOT NULL,
    promoted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    impact_report_id VARCHAR(60),
    impact_digest    CHAR(64)
);
CREATE INDEX rules_promotions_time ON rules_promotions (promoted_at);

-- Shadow evaluations of a candidate beside the version in service: the impact report as JSON and its digest.
CREATE TABLE rules_impact_reports (
    report_id         VARCHAR(60)  PRIMARY KEY,
    candidate_version CHAR(64)     NOT NULL,
    base_version      CHAR(64)     NOT NULL,
    model_version     VARCHAR(64),
    scored_on         DATE         NOT NULL,
    requested_by      VARCHAR(100) NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(20)  NOT NULL,
    customers         BIGINT,
    digest            CHAR(64),
    report            TEXT
);
CREATE INDEX rules_impact_reports_candidate ON rules_impact_reports (candidate_version, started_at);
