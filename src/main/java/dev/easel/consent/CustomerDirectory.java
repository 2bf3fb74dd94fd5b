package dev.easel.consent;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the customer a channel's customer id belongs to. */
@Component
class CustomerDirectory {

    private final JdbcClient jdbc;

    CustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subject> bySourceId(String customerId) {
        return jdbc.sql("""
                SELECT c.id, c.customer_key FROM customer_source_ids s JOIN customers c ON c.id = s.customer_id
                 WHERE s.source_id = ?
                """)
                .param(customerId)
                .query((rs, n) -> new Subject(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    record Subject(long id, String customerKey) {
    }
}
