-- The reporting views are for reading. PostgreSQL makes simple views updatable, and the default privileges of V95
-- would grant the service role writes on them: take those back, so that no view becomes a way round a table's rights.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON commerce_customer_jurisdictions, commerce_customer_firsts,
    commerce_order_placements, commerce_order_revenue, consent_choices, clv_current_results, clv_published_current,
    clv_published_history, clv_latest_model_fit, audit_decisions FROM "${service-role}";
