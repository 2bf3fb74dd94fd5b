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
 * engine creates or checks its tables, H2 runs in its regular mode; then PostgreSQL mode returns. On PostgreSQL this
 * does nothing.
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
    public void postProcessEngineBuild(ProcessEngine engine) {
        setMode("PostgreSQL");
    }

    private void setMode(String mode) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET MODE " + mode);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set H2 to " + mode + " mode for Camunda's tables", e);
        }
    }
}
