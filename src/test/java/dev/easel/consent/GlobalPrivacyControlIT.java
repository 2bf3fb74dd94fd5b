package dev.easel.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.PostgresIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PostgresIntegrationTest
class GlobalPrivacyControlIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Consents consents;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aGpcSignalOptsOutOnceAndALaterRequestWithoutItUndoesNothing() {
        String customerId = "gpc-" + run;
        String key = post("/api/customers", """
                {"customerId": "%s", "type": "INDIVIDUAL", "country": "US", "region": "US-CA", "channel": "WEB"}
                """.formatted(customerId), false)
                .getBody()
                .path("customerKey")
                .asText();

        ResponseEntity<JsonNode> withSignal =
                post("/api/consents", consent(customerId, "marketing-sync", "2026-05-01T10:00:00Z"), true);
        ResponseEntity<JsonNode> identifyWithSignal = post("/api/events/segment", """
                {"type": "identify", "userId": "%s", "traits": {}}
                """.formatted(customerId), true);
        ResponseEntity<JsonNode> withoutSignal =
                post("/api/consents", consent(customerId, "clv-profiling", "2026-05-02T10:00:00Z"), false);

        assertThat(withSignal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(identifyWithSignal.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withoutSignal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(consents.history(key))
                .filteredOn(event -> "GPC".equals(event.signal()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.purpose()).isEqualTo(Purpose.MARKETING_SYNC);
                    assertThat(event.status()).isEqualTo(ConsentStatus.OPTED_OUT);
                });
        ConsentStanding standing = consents.standing(key);
        assertThat(standing.globalPrivacyControl()).isTrue();
        assertThat(standing.latest(Purpose.MARKETING_SYNC))
                .get()
                .extracting(ConsentEvent::status)
                .isEqualTo(ConsentStatus.OPTED_OUT);
    }

    @Test
    void servesTheGpcStatementWithoutCredentials() {
        ResponseEntity<JsonNode> response = http.getForEntity("/.well-known/gpc.json", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("gpc").asBoolean()).isTrue();
        assertThat(response.getBody().path("lastUpdate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static String consent(String customerId, String purpose, String capturedAt) {
        return """
                {"customerId": "%s", "purpose": "%s", "status": "GIVEN", "lawfulBasis": "CONSENT",
                 "capturedAt": "%s", "source": "web-form", "policyVersion": "2026-01", "wording": "Yes, please."}
                """.formatted(customerId, purpose, capturedAt);
    }

    private ResponseEntity<JsonNode> post(String path, String body, boolean gpc) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (gpc) {
            headers.set("Sec-GPC", "1");
        }
        return http.withBasicAuth("ingest", "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
