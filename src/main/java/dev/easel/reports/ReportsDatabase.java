package dev.easel.reports;

import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the reports read, for the few queries that take a form per database (PostgreSQL and H2 plan some
 * shapes very differently). Asked once, on first use.
 */
@Component
class ReportsDatabase {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    ReportsDatabase(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>)
                    connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
