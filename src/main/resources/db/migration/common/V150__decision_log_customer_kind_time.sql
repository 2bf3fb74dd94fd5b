-- Reports and metrics ask "was a CLV published for this customer after this moment?" once per consent signal.
-- With only (kind, recorded_at) and (customer_key, id) to choose from, H2 walked every CLV_PUBLISHED record after the
-- signal for each signal; this index answers the question with one short range scan per signal, on both databases.
CREATE INDEX decision_log_customer_kind_time ON decision_log (customer_key, kind, recorded_at);
