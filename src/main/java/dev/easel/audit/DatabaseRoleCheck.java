package dev.easel.audit;

import java.sql.DatabaseMetaData;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL with {@code easel.audit.require-separate-owner}, refuses to start when the service's own login could
 * change or delete audit records, naming what is wrong: the triggers that keep decision_log insert-only bind only
 * those who neither own the table (an owner may disable them) nor are a superuser.
 */
@Component
class DatabaseRoleCheck implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;
    private final AuditProperties properties;

    DatabaseRoleCheck(JdbcTemplate jdbc, AuditProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.requireSeparateOwner() || !postgres()) {
            return;
        }
        String problem = jdbc.queryForObject("""
                SELECT CASE
                    WHEN r.rolsuper THEN 'is a superuser'
                    WHEN pg_has_role(current_user, c.relowner, 'USAGE')
                        THEN 'owns decision_log (or is a member of its owner)'
                    WHEN has_table_privilege('decision_log', 'UPDATE') THEN 'may UPDATE decision_log'
                    WHEN has_table_privilege('decision_log', 'DELETE') THEN 'may DELETE from decision_log'
                    WHEN has_table_privilege('decision_log', 'TRUNCATE') THEN 'may TRUNCATE decision_log'
                    END
                FROM pg_class c JOIN pg_roles r ON r.rolname = current_user
                WHERE c.oid = 'decision_log'::regclass
                """, String.class);
        if (problem != null) {
            throw new IllegalStateException("The service's database login " + problem
                    + ", so it could rewrite the audit trail. Run the service as a role that may only INSERT and "
                    + "SELECT on decision_log, and the migrations as the schema owner (EASEL_DB_OWNER_USER): see the "
                    + "README, \"Run it on PostgreSQL\".");
        }
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            DatabaseMetaData metaData = connection.getMetaData();
            return "PostgreSQL".equals(metaData.getDatabaseProductName());
        }));
    }
}
