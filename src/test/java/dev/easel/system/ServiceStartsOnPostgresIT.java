package dev.easel.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class ServiceStartsOnPostgresIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void migratesTheSchemaOntoPostgres() {
        String database = jdbc.sql("select version()").query(String.class).single();
        assertThat(database).startsWith("PostgreSQL");
        Integer currencies =
                jdbc.sql("select count(*) from currencies").query(Integer.class).single();
        assertThat(currencies).isGreaterThan(150);
    }

    @Test
    void answersHealthWithoutCredentials() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesAnonymousCallsWithProblemJson() {
        ResponseEntity<String> response = http.getForEntity("/api/anything", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /**
     * Each constraint is tried with a row that breaks it alone, so that the test fails if that one constraint is
     * missing; the same row with both references right is stored. Nothing is kept: the transaction is rolled back, and
     * each attempt runs to a savepoint of its own (PostgreSQL refuses every statement after a failed one otherwise).
     */
    @Test
    void refusesAnOrderOfAnUnknownCustomerAndAnOrderInAnUnknownCurrencyEachOnItsOwn() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("insert into customers (customer_key, customer_type, country, created_at, updated_at) "
                            + "values ('constraint-check', 'INDIVIDUAL', 'FR', now(), now())")
                    .update();
            long customer = jdbc.sql("select id from customers where customer_key = 'constraint-check'")
                    .query(Long.class)
                    .single();
            long unknownCustomer = jdbc.sql("select coalesce(max(id), 0) + 1000 from customers")
                    .query(Long.class)
                    .single();

            assertThat(refusedBy(status, order("unknown-customer", unknownCustomer, "EUR")))
                    .isEqualTo("orders_customer_id_fkey");
            assertThat(refusedBy(status, order("unknown-currency", customer, "XYZ")))
                    .isEqualTo("orders_currency_fkey");
            assertThat(refusedBy(status, order("both-known", customer, "EUR")))
                    .as("a row with nothing wrong")
                    .isNull();
        });
    }

    private static String order(String orderId, long customerId, String currency) {
        return "insert into orders (order_id, customer_id, channel, placed_at, currency, total, payload_hash, "
                + "recorded_at) values ('constraint-check-" + orderId + "', " + customerId + ", 'WEB', now(), '"
                + currency + "', 1, 'h', now())";
    }

    /** The name of the constraint that refused the statement, or null when it was stored. */
    private String refusedBy(TransactionStatus status, String sql) {
        Object savepoint = status.createSavepoint();
        try {
            jdbc.sql(sql).update();
            status.releaseSavepoint(savepoint);
            return null;
        } catch (DataIntegrityViolationException refused) {
            status.rollbackToSavepoint(savepoint);
            assertThat(refused.getMostSpecificCause()).isInstanceOf(PSQLException.class);
            return ((PSQLException) refused.getMostSpecificCause())
                    .getServerErrorMessage()
                    .getConstraint();
        }
    }
}
