-- What the audit module lets other modules read of the decision log, for reporting: each record as it was chained,
-- without its inputs digest or process instance. Reading through the view changes nothing of the log's protection:
-- the log stays insert-only.
CREATE VIEW audit_decisions AS
SELECT d.id, d.recorded_at, d.kind, d.actor, d.actor_role, d.customer_key, d.ruleset_version, d.model_version,
       d.rules_fired, d.outputs, d.reason, d.hash
  FROM decision_log d;
