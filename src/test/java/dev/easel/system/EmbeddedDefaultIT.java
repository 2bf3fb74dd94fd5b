package dev.easel.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded default as a newcomer starts it: H2 in PostgreSQL mode, the demo users and, on an empty database, the
 * demo marketplace (smaller here, to keep the build quick).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "easel.demo.customers=200",
            "easel.rules.watch.enabled=false"
        })
class EmbeddedDefaultIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheDemoMarketplaceOnFirstStart() {
        assertThat(count("customers")).isGreaterThanOrEqualTo(200);
        assertThat(count("orders")).isGreaterThan(count("customers"));
        assertThat(count("refunds")).isPositive();
        assertThat(count("consent_events")).isPositive();
    }

    @Test
    void anAnalystReadsADemoCustomerWithMaskedContactData() {
        String customerKey = aCustomerWithAnEmail();

        ResponseEntity<Map<String, Object>> analystView = get("analyst", customerKey);
        ResponseEntity<Map<String, Object>> complianceView = get("compliance", customerKey);

        assertThat(analystView.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(analystView.getBody())
                .containsEntry("customerKey", customerKey)
                .containsEntry("contactMasked", true);
        assertThat(email(analystView)).contains("***");
        assertThat(email(complianceView)).endsWith("@example.test").doesNotContain("***");
    }

    @Test
    void theDemoUsersAreActiveAndHoldTheirRoles() {
        assertThat(get("analyst", "no-such-key").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("analyst", "wrong")
                        .getForEntity("/api/audit", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("analyst", "demo")
                        .getForEntity("/api/audit", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("auditor", "demo")
                        .getForEntity("/api/audit/verify", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String customerKey) {
        return http.withBasicAuth(user, "demo").exchange("/api/customers/" + customerKey, HttpMethod.GET, null, JSON);
    }

    @SuppressWarnings("unchecked")
    private static String email(ResponseEntity<Map<String, Object>> customer) {
        return String.valueOf(((Map<String, Object>) customer.getBody().get("contact")).get("email"));
    }

    private String aCustomerWithAnEmail() {
        return jdbc.sql("""
                SELECT c.customer_key FROM customers c JOIN customer_contacts p ON p.customer_id = c.id
                 WHERE p.email_lookup IS NOT NULL ORDER BY c.id LIMIT 1
                """).query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
