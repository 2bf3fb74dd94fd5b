package dev.easel.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class ServiceStartsOnPostgresIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheSchemaOntoPostgres() {
        String database = jdbc.sql("select version()").query(String.class).single();
        assertThat(database).startsWith("PostgreSQL");
        Integer currencies = jdbc.sql("select count(*) from currencies").query(Integer.class).single();
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

    @Test
    void refusesDatabaseRowsThatMustNeverBeWrong() {
        assertThat(rejected("insert into orders (order_id, customer_id, channel, placed_at, currency, total, "
                + "payload_hash, recorded_at) values ('x', 999999, 'WEB', now(), 'XYZ', 1, 'h', now())"))
                .as("unknown currency and customer").isTrue();
    }

    private boolean rejected(String sql) {
        try {
            jdbc.sql(sql).update();
            return false;
        } catch (RuntimeException expected) {
            return true;
        }
    }
}
