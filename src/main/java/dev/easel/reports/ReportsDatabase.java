package dev.easel.reports;

import dev.easel.shared.PostgresCheck;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the reports read, for the few queries that take a form per database (PostgreSQL and H2 plan some
 * shapes very differently). Asked once, on first use.
 */
@Component
class ReportsDatabase {

    private final PostgresCheck database;

    ReportsDatabase(DataSource dataSource) {
        this.database = new PostgresCheck(new JdbcTemplate(dataSource));
    }

    boolean postgres() {
        return database.postgres();
    }
}
