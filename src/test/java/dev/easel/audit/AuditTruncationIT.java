package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.PostgresIntegrationTest;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The attack of issue 12 end to end, committed, on a database of its own: the database owner switches the triggers off,
 * deletes the last records (consent withdrawals and what followed them) and rewrites the head row to match. The
 * chain and the head agree; the anchor the auditor took before does not.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "easel.audit.anchor.interval=1h")
class AuditTruncationIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void verifyNamesTheRecordsCutOffTheEndEvenWithTheHeadRowRewritten() {
        for (int i = 1; i <= 3; i++) {
            post("ingest", "/api/customers", """
                    {"customerId": "cut-%s-%d", "type": "INDIVIDUAL", "country": "DE", "channel": "WEB"}
                    """.formatted(run, i));
            post("ingest", "/api/consents", consent("cut-" + run + "-" + i, "GIVEN", "2026-05-01T09:00:00Z"));
        }
        JdbcClient asOwner = JdbcClient.create(owner);
        long before = asOwner.sql("SELECT last_id FROM decision_log_head")
                .query(Long.class)
                .single();
        for (int i = 1; i <= 3; i++) {
            post("ingest", "/api/consents", consent("cut-" + run + "-" + i, "WITHDRAWN", "2026-06-01T09:00:00Z"));
        }
        JsonNode anchor = post("auditor", "/api/audit/anchors", "").getBody();
        assertThat(verify().path("intact").asBoolean()).isTrue();

        String keptHash = asOwner.sql("SELECT hash FROM decision_log WHERE id = ?")
                .param(before)
                .query(String.class)
                .single();
        List<String> cut = asOwner.sql("SELECT kind FROM decision_log WHERE id > ? ORDER BY id")
                .param(before)
                .query(String.class)
                .list();
        asOwner.sql("ALTER TABLE decision_log DISABLE TRIGGER USER").update();
        asOwner.sql("DELETE FROM decision_log WHERE id > ?").param(before).update();
        asOwner.sql("UPDATE decision_log_head SET last_id = ?, last_hash = ?")
                .params(before, keptHash)
                .update();
        asOwner.sql("ALTER TABLE decision_log ENABLE TRIGGER USER").update();

        JsonNode verification = verify();

        assertThat(cut).filteredOn("CONSENT_WITHDRAWN"::equals).hasSize(3);
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("anchor").path("headId").asLong())
                .isEqualTo(anchor.path("headId").asLong());
        assertThat(verification.path("breaks")).singleElement().satisfies(found -> {
            assertThat(found.path("kind").asText()).isEqualTo("CUT_OFF");
            assertThat(found.path("firstId").asLong()).isEqualTo(before + 1);
            assertThat(found.path("lastId").asLong()).isEqualTo(before + cut.size());
            assertThat(found.path("problem").asText()).contains("the head row was rewritten");
        });
    }

    private JsonNode verify() {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("auditor", "demo").getForEntity("/api/audit/verify", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static String consent(String customerId, String status, String capturedAt) {
        return """
                {"customerId": "%s", "purpose": "marketing-sync", "status": "%s", "lawfulBasis": "CONSENT",
                 "capturedAt": "%s", "source": "web-form", "policyVersion": "2026-01", "wording": "Send me offers."}
                """.formatted(customerId, status, capturedAt);
    }

    private ResponseEntity<JsonNode> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(path + " " + response.getBody())
                .isTrue();
        return response;
    }
}
