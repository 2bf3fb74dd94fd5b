-- Two logins (see README, "Run it on PostgreSQL"): the owner, who runs these migrations and owns every table, and the
-- service, "${service-role}", which the application runs as. The service reads and writes the ledger but on the audit
-- trail may only INSERT and SELECT; not being the owner, it can neither disable decision_log's triggers nor replace
-- their function. Camunda creates and upgrades its own tables at start-up, as the service, hence CREATE on the schema.
GRANT USAGE, CREATE ON SCHEMA public TO "${service-role}";
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO "${service-role}";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "${service-role}";
REVOKE UPDATE, DELETE, TRUNCATE ON decision_log FROM "${service-role}";
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "${flyway:table}" FROM "${service-role}";

-- Tables and sequences that later migrations create get the same ordinary rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO "${service-role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "${service-role}";
