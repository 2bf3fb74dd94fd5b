package dev.easel.shared;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Whether the database is PostgreSQL, asked on first use and remembered. The few statements that take a form of
 * their own there (arrays, {@code unnest}, upserts, {@code COPY}) ask it; H2, the embedded default, gets the portable
 * form.
 */
public final class PostgresCheck {

    private final JdbcOperations jdbc;
    private volatile Boolean postgres;

    public PostgresCheck(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>)
                    connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
