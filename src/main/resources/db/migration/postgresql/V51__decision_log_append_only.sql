-- The audit trail is insert-only: refuse UPDATE, DELETE and TRUNCATE at the database itself.
CREATE FUNCTION refuse_decision_log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'decision_log is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER decision_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON decision_log
    FOR EACH ROW EXECUTE FUNCTION refuse_decision_log_change();

CREATE TRIGGER decision_log_no_truncate
    BEFORE TRUNCATE ON decision_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_decision_log_change();
