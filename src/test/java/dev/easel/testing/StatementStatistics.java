package dev.easel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The statements PostgreSQL spent its time on during a phase of a benchmark, from pg_stat_statements: on only when
 * the server was started with {@link EmbeddedPostgresConfiguration#STATEMENT_STATISTICS}, a no-op otherwise.
 */
public final class StatementStatistics {

    private final EmbeddedPostgres postgres;
    private final boolean on;

    public StatementStatistics(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.on = Boolean.getBoolean(EmbeddedPostgresConfiguration.STATEMENT_STATISTICS);
        if (on) {
            run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    /** Forgets what was counted so far: the next report covers what runs from here. */
    public void reset() {
        if (on) {
            run("SELECT pg_stat_statements_reset()");
        }
    }

    /** The {@code limit} statements with the most execution time since the last reset, a line each. */
    public String report(String phase, int limit) {
        if (!on) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        try (Connection connection = superuser();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT sum(total_exec_time) OVER () AS all_ms, total_exec_time, calls, rows,
                               regexp_replace(query, '\\s+', ' ', 'g') AS query
                          FROM pg_stat_statements
                         ORDER BY total_exec_time DESC LIMIT""" + " " + limit)) {
            while (rows.next()) {
                if (out.isEmpty()) {
                    out.append(String.format(
                            Locale.ROOT,
                            "STATEMENTS %s: %.1f s of execution in all%n",
                            phase,
                            rows.getDouble(1) / 1000));
                }
                String query = rows.getString(5);
                out.append(String.format(
                        Locale.ROOT,
                        "STATEMENTS %s: %8.1f s %9d calls %10d rows  %s%n",
                        phase,
                        rows.getDouble(2) / 1000,
                        rows.getLong(3),
                        rows.getLong(4),
                        query.length() > 160 ? query.substring(0, 160) + "..." : query));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements could not be read", e);
        }
        return out.toString();
    }

    private void run(String sql) {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    private Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", EmbeddedPostgresConfiguration.DATABASE)
                .getConnection();
    }
}
