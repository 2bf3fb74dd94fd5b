-- The audit trail is insert-only: refuse UPDATE and DELETE at the database itself (H2 runs a Java trigger).
CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log
    FOR EACH ROW CALL 'dev.easel.audit.storage.AppendOnlyTrigger';
CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
    FOR EACH ROW CALL 'dev.easel.audit.storage.AppendOnlyTrigger';
