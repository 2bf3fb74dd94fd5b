package dev.easel.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The embedded default runs H2 in PostgreSQL mode, which refuses the BLOB columns of Camunda's H2 scripts. While the
 * engine creates or checks its tables, H2 runs in its regular mode; then PostgreSQL mode returns. And the engine
 * looks for its tables without regard to case ({@link H2TableLookup}), so that it finds them on a restart. On
 * PostgreSQL this does nothing.
 */
@Component
class H2SchemaMode extends AbstractProcessEnginePlugin {

    private final DataSource dataSource;

    H2SchemaMode(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        setMode("REGULAR");
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (isH2()) {
            H2TableLookup.install(configuration);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        setMode("PostgreSQL");
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return isH2(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database Camunda's tables are in", e);
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getURL().startsWith("jdbc:h2:");
    }

    private void setMode(String mode) {
        try (Connection connection = dataSource.getConnection()) {
            if (isH2(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET MODE " + mode);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set H2 to " + mode + " mode for Camunda's tables", e);
        }
    }
}
