package dev.easel.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.testing.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PostgresIntegrationTest
@RecordApplicationEvents
class ConsentsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Consents consents;

    @Autowired
    Customers customers;

    @Test
    void recordsAConsentOverTheApiWithWhoRecordedIt() {
        String customerKey = knownCustomer("web-consent-1");

        ResponseEntity<ConsentEvent> response = post(consent("web-consent-1", "clv-profiling", "GIVEN", null));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().customerKey()).isEqualTo(customerKey);
        assertThat(response.getBody().recordedBy()).isEqualTo("ingest");
    }

    @Test
    void announcesANewConsentEventWithThePseudonymousKeyOnly(ApplicationEvents events) {
        String customerKey = knownCustomer("web-consent-6");
        var submission = new ConsentSubmission(
                "web-consent-6",
                "clv-profiling",
                "WITHDRAWN",
                "CONSENT",
                java.time.OffsetDateTime.parse("2026-10-02T08:00:00Z"),
                "app",
                "privacy-2026-01",
                "wording",
                null);

        consents.record(submission, "compliance");
        consents.record(submission, "compliance");

        assertThat(events.stream(ConsentChanged.class))
                .singleElement()
                .satisfies(changed -> assertThat(changed.customerKey()).isEqualTo(customerKey));
    }

    @Test
    void theSameEventSentTwiceIsStoredOnce() {
        knownCustomer("web-consent-2");
        Map<String, Object> body = consent("web-consent-2", "marketing-sync", "GIVEN", null);

        ResponseEntity<ConsentEvent> first = post(body);
        ResponseEntity<ConsentEvent> second = post(body);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().id()).isEqualTo(first.getBody().id());
        assertThat(consents.history(first.getBody().customerKey())).hasSize(1);
    }

    @Test
    void namesEveryBadFieldAndStoresNothing() {
        ResponseEntity<String> response = http.withBasicAuth("ingest", "demo")
                .postForEntity(
                        "/api/consents", Map.of("customerId", "web-consent-3", "purpose", "newsletter"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody())
                .contains(
                        "\"field\":\"purpose\"",
                        "\"field\":\"status\"",
                        "\"field\":\"capturedAt\"",
                        "\"field\":\"wording\"");
    }

    @Test
    void refusesAConsentForAnUnknownCustomerAndSaysToSendTheCustomerFirst() {
        ResponseEntity<String> response = http.withBasicAuth("ingest", "demo")
                .postForEntity(
                        "/api/consents",
                        consent("nobody-" + UUID.randomUUID(), "clv-profiling", "GIVEN", null),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).contains("send the customer");
    }

    @Test
    void aGlobalPrivacyControlSignalIsNotUndoneByALaterEventWithoutIt() {
        String customerKey = knownCustomer("web-consent-4");
        post(consent("web-consent-4", "marketing-sync", "OPTED_OUT", "GPC"));
        Map<String, Object> later = consent("web-consent-4", "marketing-sync", "GIVEN", null);
        later.put("capturedAt", "2026-11-01T10:00:00Z");
        post(later);

        ConsentStanding standing = consents.standing(customerKey);

        assertThat(standing.globalPrivacyControl()).isTrue();
        assertThat(standing.latest(Purpose.MARKETING_SYNC))
                .get()
                .extracting(ConsentEvent::status)
                .isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void analystsMayNotRecordConsents() {
        knownCustomer("web-consent-5");
        ResponseEntity<String> response = http.withBasicAuth("analyst", "demo")
                .postForEntity("/api/consents", consent("web-consent-5", "clv-profiling", "GIVEN", null), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aConsentFileWithOneBadLineStoresNothingAndNamesTheLine() {
        String customerKey = knownCustomer("web-consent-7");
        String csv = String.join(
                        "\n",
                        String.join(",", ConsentImports.COLUMNS),
                        "web-consent-7,clv-profiling,GIVEN,CONSENT,2026-09-01T10:00:00Z,web-form,p1,\"I agree, gladly\",",
                        "web-consent-7,marketing-sync,MAYBE,CONSENT,2026-09-01T10:00:00Z,web-form,p1,I agree,")
                + "\n";

        ResponseEntity<String> refused = importConsents(csv, false);
        ResponseEntity<String> dryRunOfTheGoodLine =
                importConsents(csv.substring(0, csv.lastIndexOf("web-consent-7")), true);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("\"line\":3", "\"field\":\"status\"");
        assertThat(dryRunOfTheGoodLine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(consents.history(customerKey)).isEmpty();
        assertThat(auditKinds(customerKey)).isEmpty();
    }

    @Test
    void recordsEachConsentDecisionInTheAuditTrailAsTheCustomersOwn() {
        String customerKey = knownCustomer("web-consent-8");
        post(consent("web-consent-8", "clv-profiling", "GIVEN", null));
        Map<String, Object> withdrawal = consent("web-consent-8", "clv-profiling", "WITHDRAWN", null);
        withdrawal.put("capturedAt", "2026-10-05T09:30:00Z");
        post(withdrawal);

        List<JsonNode> records = audit(customerKey);

        assertThat(auditKinds(customerKey)).containsExactly("CONSENT_GIVEN", "CONSENT_WITHDRAWN");
        assertThat(records.get(1).path("decision").path("actorRole").asText()).isEqualTo("DATA_SUBJECT");
        assertThat(records.get(1)
                        .path("decision")
                        .path("outputs")
                        .path("recordedBy")
                        .asText())
                .isEqualTo("ingest");
        assertThat(records.get(1).path("decision").path("reason").asText())
                .isEqualTo("the customer withdrew consent to clv-profiling");
    }

    @Test
    void recordsEveryLineOfAnImportedConsentFileInTheAuditTrail() {
        String customerKey = knownCustomer("web-consent-9");
        String csv = String.join(
                        "\n",
                        String.join(",", ConsentImports.COLUMNS),
                        "web-consent-9,clv-profiling,GIVEN,CONSENT,2026-09-01T10:00:00Z,web-form,p1,I agree,",
                        "web-consent-9,marketing-sync,OPTED_OUT,LEGITIMATE_INTEREST,2026-09-02T10:00:00Z,web-form,p1,No,")
                + "\n";

        assertThat(importConsents(csv, false).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(auditKinds(customerKey)).containsExactly("CONSENT_GIVEN", "CONSENT_OPTED_OUT");
    }

    @Test
    void aConsentFileImportedTwiceStoresEachEventOnce() {
        String customerKey = knownCustomer("web-consent-10");
        String csv = String.join(
                        "\n",
                        String.join(",", ConsentImports.COLUMNS),
                        "web-consent-10,clv-profiling,GIVEN,CONSENT,2026-09-01T10:00:00Z,web-form,p1,I agree,",
                        "web-consent-10,clv-profiling,GIVEN,CONSENT,2026-09-01T10:00:00Z,web-form,p1,I agree,")
                + "\n";

        ResponseEntity<String> first = importConsents(csv, false);
        ResponseEntity<String> second = importConsents(csv, false);

        assertThat(first.getBody()).contains("\"imported\":1", "\"unchanged\":1");
        assertThat(second.getBody()).contains("\"imported\":0", "\"unchanged\":2");
        assertThat(consents.history(customerKey)).hasSize(1);
        assertThat(auditKinds(customerKey)).containsExactly("CONSENT_GIVEN");
    }

    /**
     * The customer's consent decisions in the trail, in order. Each change also hands off a recalculation, which runs
     * right after its commit here and adds its CLV decisions; those are not this class's subject.
     */
    private List<JsonNode> audit(String customerKey) {
        ResponseEntity<JsonNode> response = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit?customerKey=" + customerKey, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> consentRecords = new ArrayList<>();
        response.getBody().forEach(record -> {
            if (record.path("decision").path("kind").asText().startsWith("CONSENT_")) {
                consentRecords.add(record);
            }
        });
        return consentRecords;
    }

    private List<String> auditKinds(String customerKey) {
        return audit(customerKey).stream()
                .map(record -> record.path("decision").path("kind").asText())
                .toList();
    }

    private ResponseEntity<String> importConsents(String csv, boolean dryRun) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.withBasicAuth("ingest", "demo")
                .postForEntity(
                        "/api/imports/consents?dryRun=" + dryRun,
                        new org.springframework.http.HttpEntity<>(csv, headers),
                        String.class);
    }

    private ResponseEntity<ConsentEvent> post(Map<String, Object> body) {
        return http.withBasicAuth("ingest", "demo").postForEntity("/api/consents", body, ConsentEvent.class);
    }

    private static Map<String, Object> consent(String customerId, String purpose, String status, String signal) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "customerId",
                customerId,
                "purpose",
                purpose,
                "status",
                status,
                "lawfulBasis",
                "CONSENT",
                "capturedAt",
                "2026-10-01T09:30:00+02:00",
                "source",
                "web-form",
                "policyVersion",
                "privacy-2026-01",
                "wording",
                "I agree that Easel may use my purchase history to tailor offers."));
        if (signal != null) {
            body.put("signal", signal);
        }
        return body;
    }

    /** A customer sent to the ledger the way a channel would. */
    private String knownCustomer(String sourceId) {
        return customers
                .record(new CustomerRequest(
                        sourceId, "INDIVIDUAL", "FR", null, null, null, null, null, null, null, "WEB"))
                .customerKey();
    }
}
