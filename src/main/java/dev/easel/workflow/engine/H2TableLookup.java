package dev.easel.workflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.BatchDbSqlSession;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.db.sql.SimpleDbSqlSession;
import org.camunda.bpm.engine.impl.interceptor.Session;

/**
 * Camunda decides whether its tables exist through JDBC metadata, by their upper-case names. The embedded H2 file
 * keeps identifiers in lower case ({@code DATABASE_TO_LOWER}, as on PostgreSQL), so that lookup misses tables that are
 * there and a second start tries to create them again (ENGINE-03015). On H2 this factory's sessions ask
 * {@code information_schema} regardless of case; everything else is Camunda's own session.
 */
final class H2TableLookup extends DbSqlSessionFactory {

    private static final String TABLE_PRESENT = "SELECT COUNT(*) FROM information_schema.tables"
            + " WHERE LOWER(table_name) = LOWER(?) AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)";

    private final boolean jdbcBatchProcessing;

    private H2TableLookup(DbSqlSessionFactory engines, boolean jdbcBatchProcessing) {
        super(jdbcBatchProcessing);
        this.jdbcBatchProcessing = jdbcBatchProcessing;
        setDatabaseType(engines.getDatabaseType());
        setIdGenerator(engines.getIdGenerator());
        setSqlSessionFactory(engines.getSqlSessionFactory());
        setDbIdentityUsed(engines.isDbIdentityUsed());
        setDbHistoryUsed(engines.isDbHistoryUsed());
        setCmmnEnabled(engines.isCmmnEnabled());
        setDmnEnabled(engines.isDmnEnabled());
        setDatabaseTablePrefix(engines.getDatabaseTablePrefix());
        setDatabaseSchema(engines.getDatabaseSchema());
    }

    /** Puts the lookup in place of the engine's session factory; call after the engine's own initialisation. */
    static void install(ProcessEngineConfigurationImpl configuration) {
        H2TableLookup lookup =
                new H2TableLookup(configuration.getDbSqlSessionFactory(), configuration.isJdbcBatchProcessing());
        configuration.setDbSqlSessionFactory(lookup);
        configuration.getSessionFactories().put(DbSqlSession.class, lookup);
    }

    @Override
    public Session openSession() {
        return jdbcBatchProcessing ? new BatchSession(this) : new SimpleSession(this);
    }

    @Override
    public DbSqlSession openSession(Connection connection, String catalog, String schema) {
        return jdbcBatchProcessing
                ? new BatchSession(this, connection, catalog, schema)
                : new SimpleSession(this, connection, catalog, schema);
    }

    private static boolean tablePresent(DbSqlSession session, String tableName) {
        String table = session.prependDatabaseTablePrefix(tableName);
        try (PreparedStatement query = session.getSqlSession().getConnection().prepareStatement(TABLE_PRESENT)) {
            query.setString(1, table);
            try (ResultSet count = query.executeQuery()) {
                return count.next() && count.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot tell whether table " + table + " exists", e);
        }
    }

    private static final class BatchSession extends BatchDbSqlSession {

        BatchSession(DbSqlSessionFactory factory) {
            super(factory);
        }

        BatchSession(DbSqlSessionFactory factory, Connection connection, String catalog, String schema) {
            super(factory, connection, catalog, schema);
        }

        @Override
        public boolean isTablePresent(String tableName) {
            return tablePresent(this, tableName);
        }
    }

    private static final class SimpleSession extends SimpleDbSqlSession {

        SimpleSession(DbSqlSessionFactory factory) {
            super(factory);
        }

        SimpleSession(DbSqlSessionFactory factory, Connection connection, String catalog, String schema) {
            super(factory, connection, catalog, schema);
        }

        @Override
        public boolean isTablePresent(String tableName) {
            return tablePresent(this, tableName);
        }
    }
}
