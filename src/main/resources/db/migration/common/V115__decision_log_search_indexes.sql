-- The auditor's desk reads the log newest first by record id under any one filter: by kind, by actor, or by period.
-- (customer_key, id) already serves a customer's records; these make the others an index range rather than a scan.
CREATE INDEX decision_log_kind_id ON decision_log (kind, id);
CREATE INDEX decision_log_actor_id ON decision_log (actor, id);
CREATE INDEX decision_log_recorded_at ON decision_log (recorded_at, id);
