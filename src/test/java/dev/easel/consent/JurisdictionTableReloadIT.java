package dev.easel.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RulesFolders;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The jurisdiction table is read from the rules folder the service serves, and a new row changes decisions after a
 * reload, without a restart. On a copy of the project's rules, watched by nothing, so that reloads happen when the
 * test says.
 */
@PostgresIntegrationTest
class JurisdictionTableReloadIT {

    private static final Path RULES = copyOfRules();

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("easel.rules.location", RULES::toString);
        registry.add("easel.rules.watch.enabled", () -> "false");
    }

    @Autowired
    ConsentEligibility gate;

    @Autowired
    Customers customers;

    @Autowired
    Consents consents;

    @Autowired
    RuleEngine rules;

    @Autowired
    TestRestTemplate http;

    @Test
    void aNewRowForNewYorkChangesItsCustomersDecisionsAfterAReload() throws IOException {
        String customerId = "ny-" + UUID.randomUUID().toString().substring(0, 8);
        String key = customers
                .record(new CustomerRequest(
                        customerId, "INDIVIDUAL", "US", "US-NY", null, null, null, null, null, null, "WEB"))
                .customerKey();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        EligibilityVerdict before =
                gate.decide(key, Purpose.CLV_PROFILING, today).orElseThrow();
        assertThat(before.law().isAnywhereElse()).isTrue();
        assertThat(before.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        String versionBefore = rules.rulesetVersion();

        Path table = RULES.resolve("consent/jurisdictions.csv");
        Files.writeString(
                table,
                Files.readString(table)
                        + "# New York (an example law for this test): opt-in from a year ago, and a change next year.\n"
                        + "US-NY,New York Example Act,US-NY,opt-in,profiling,yes,13," + today.minusYears(1) + "\n"
                        + "US-NY,New York Example Act (amended),US-NY,opt-out,profiling,no,13," + today.plusYears(1)
                        + "\n");
        ResponseEntity<JsonNode> reload =
                http.withBasicAuth("admin", "demo").postForEntity("/api/rules/reload", null, JsonNode.class);

        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rules.rulesetVersion()).isNotEqualTo(versionBefore);
        assertThat(reload.getBody().path("jurisdictions").findValuesAsText("name"))
                .contains("New York Example Act", "New York Example Act (amended)", "Colorado Privacy Act");
        EligibilityVerdict after =
                gate.decide(key, Purpose.CLV_PROFILING, today).orElseThrow();
        assertThat(after.law().name())
                .as("the row dated next year changes nothing yet")
                .isEqualTo("New York Example Act");
        assertThat(after.status()).isEqualTo(EligibilityStatus.SUPPRESSED);
        assertThat(after.reasons()).containsExactly("NO_LAWFUL_BASIS");
        assertThat(after.rulesetVersion()).isEqualTo(rules.rulesetVersion());

        consents.record(
                new ConsentSubmission(
                        customerId,
                        "clv-profiling",
                        "GIVEN",
                        "CONSENT",
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                        "web-form",
                        "2026.2",
                        "I agree that Easel estimates my customer value.",
                        null),
                "it");

        assertThat(gate.allows(key, Purpose.CLV_PROFILING, today)).isTrue();
        assertThat(gate.decide(key, Purpose.CLV_PROFILING, today.plusYears(1))
                        .orElseThrow()
                        .law()
                        .name())
                .isEqualTo("New York Example Act (amended)");
    }

    @Test
    void aTableWithABadLineIsRefusedWithItsLineAndTheServingTableStays() throws IOException {
        Path table = RULES.resolve("consent/jurisdictions.csv");
        String good = Files.readString(table);
        String version = rules.rulesetVersion();
        try {
            Files.writeString(table, good + "US-NY,Broken,US-NY,opt-in,profiling,maybe,13,2020-01-01\n");
            long badLine = good.lines().count() + 1;

            ResponseEntity<JsonNode> reload =
                    http.withBasicAuth("admin", "demo").postForEntity("/api/rules/reload", null, JsonNode.class);

            assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(reload.getBody().toString())
                    .contains("consent/jurisdictions.csv")
                    .contains("gpc 'maybe'")
                    .contains(String.valueOf(badLine));
            assertThat(rules.rulesetVersion()).isEqualTo(version);
        } finally {
            Files.writeString(table, good);
        }
    }

    private static Path copyOfRules() {
        try {
            return RulesFolders.copyOfProjectRules(Files.createTempDirectory("jurisdictions-it-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
