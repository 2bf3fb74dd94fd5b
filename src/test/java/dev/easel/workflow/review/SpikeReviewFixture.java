package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.demo.cli.DemoDataCommand;
import dev.easel.workflow.recalculation.ClvRecalculationProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Brings a customer to a waiting "Review CLV spike" task the way the outside world would: ledger, consent and orders
 * through Easel's REST API, the model fitted through its API, and the clv-recalculation process run by the engine.
 * Tests share one database, so every customer gets fresh ids.
 */
final class SpikeReviewFixture {

    static final String PASSWORD = "demo";
    private static final int MARKETPLACE_CUSTOMERS = 320;
    private static boolean modelFitted;

    private final TestRestTemplate http;
    private final RuntimeService runtime;

    SpikeReviewFixture(TestRestTemplate http, RuntimeService runtime) {
        this.http = http;
        this.runtime = runtime;
    }

    /** A customer whose CLV was published once and then jumped with a large order, and the review task it got. */
    record FlaggedSpike(
            String customerId, String customerKey, BigDecimal previousTotal, String taskId, String reviewInstanceId) {}

    FlaggedSpike flaggedSpike() {
        fittedModel();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customerId = "spike-" + run;
        String sellerId = "spike-seller-" + run;
        ok(postJson(
                "ingest",
                "/api/sellers",
                Map.of("sellerId", sellerId, "name", "Easel Store", "party", "FIRST_PARTY", "country", "FR")));
        String customerKey = ok(postJson(
                        "ingest",
                        "/api/customers",
                        Map.of("customerId", customerId, "type", "INDIVIDUAL", "country", "FR", "channel", "WEB")))
                .path("customerKey")
                .asText();

        // A steady history of four equal orders: no single order dominates, so the first value publishes unreviewed.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StringBuilder history = new StringBuilder("orderId,customerId,channel,placedAt,currency,sellerId,"
                + "promotionCodes,lineNo,sku,category,quantity,unitPrice,discount,lineSellerId\n");
        for (int daysAgo : new int[] {300, 220, 150, 90}) {
            history.append("%s-h%d,%s,WEB,%s,EUR,%s,,1,PNT-%d,PAINTS,2,30.00,0,\n"
                    .formatted(customerId, daysAgo, customerId, now.minusDays(daysAgo), sellerId, daysAgo));
        }
        ok(postCsv("/api/imports/orders", history.toString()));
        ok(postJson(
                "ingest",
                "/api/consents",
                Map.of(
                        "customerId",
                        customerId,
                        "purpose",
                        "clv-profiling",
                        "status",
                        "GIVEN",
                        "lawfulBasis",
                        "CONSENT",
                        "capturedAt",
                        now.minusHours(2).toString(),
                        "source",
                        "web-form",
                        "policyVersion",
                        "privacy-2026-01",
                        "wording",
                        "I agree that Easel may use my purchase history to estimate my customer value.")));
        runRecalculation(customerKey);
        JsonNode published = currentClv(customerKey);
        assertThat(published.path("status").asText())
                .as("first value, before the spike")
                .isEqualTo("PUBLISHED");
        assertThat(published.path("historicOnly").asBoolean())
                .as("a fitted model predicts the value")
                .isFalse();
        BigDecimal previousTotal = published.path("total").decimalValue();

        largeOrder(customerId, "-large", 10);
        runRecalculation(customerKey);

        List<JsonNode> tasks = tasksVisibleTo("compliance", customerKey);
        assertThat(tasks).as("review tasks for the compliance group").hasSize(1);
        JsonNode task = tasks.get(0);
        return new FlaggedSpike(
                customerId,
                customerKey,
                previousTotal,
                task.path("id").asText(),
                task.path("processInstanceId").asText());
    }

    /**
     * Another order of oak easels (500 EUR each) for the customer, placed now, from Easel's own store. Orders carry a
     * day: one placed before the first value was computed would not count as new since it when the two fall on either
     * side of midnight.
     */
    void largeOrder(String customerId, String suffix, int easels) {
        ok(postJson(
                "ingest",
                "/api/orders",
                Map.of(
                        "orderId",
                        customerId + suffix,
                        "customerId",
                        customerId,
                        "channel",
                        "WEB",
                        "placedAt",
                        OffsetDateTime.now(ZoneOffset.UTC).toString(),
                        "currency",
                        "EUR",
                        "sellerId",
                        customerId.replace("spike-", "spike-seller-"),
                        "lines",
                        List.of(Map.of(
                                "lineNo",
                                1,
                                "sku",
                                "EASEL-OAK",
                                "category",
                                "TOOLS",
                                "quantity",
                                easels,
                                "unitPrice",
                                500,
                                "discount",
                                0)))));
    }

    /** The customer withdraws the consent to profiling, as their web form would send it. */
    void withdrawConsent(String customerId) {
        ok(postJson(
                "ingest",
                "/api/consents",
                Map.of(
                        "customerId",
                        customerId,
                        "purpose",
                        "clv-profiling",
                        "status",
                        "WITHDRAWN",
                        "lawfulBasis",
                        "CONSENT",
                        "capturedAt",
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString(),
                        "source",
                        "web-form",
                        "policyVersion",
                        "privacy-2026-01",
                        "wording",
                        "I agree that Easel may use my purchase history to estimate my customer value.")));
    }

    /** Completes the task through the engine REST API and asks for the process variables in the answer. */
    ResponseEntity<JsonNode> completeWithOutcome(String user, String taskId, String decision, String reason) {
        Map<String, Object> variables = Map.of(
                "decision",
                Map.of("value", decision, "type", "String"),
                "reason",
                Map.of("value", reason, "type", "String"));
        return http.withBasicAuth(user, PASSWORD)
                .postForEntity(
                        "/engine-rest/task/{id}/complete",
                        Map.of("variables", variables, "withVariablesInReturn", true),
                        JsonNode.class,
                        taskId);
    }

    /** The current CLV as analysts read it. */
    JsonNode currentClv(String customerKey) {
        return ok(http.withBasicAuth("analyst", PASSWORD)
                .getForEntity("/api/customers/" + customerKey + "/clv", JsonNode.class));
    }

    /** The tasks of the customer's review that the user may see, through the engine REST API. */
    List<JsonNode> tasksVisibleTo(String user, String customerKey) {
        JsonNode tasks = ok(http.withBasicAuth(user, PASSWORD)
                .getForEntity(
                        "/engine-rest/task?processDefinitionKey={key}&processInstanceBusinessKey={customer}",
                        JsonNode.class,
                        ClvSpikeReviewProcess.KEY,
                        customerKey));
        List<JsonNode> list = new ArrayList<>();
        tasks.forEach(list::add);
        return list;
    }

    /** The task's form variables (the evidence), by name, through the engine REST API. */
    Map<String, String> formVariables(String user, String taskId) {
        JsonNode variables = ok(http.withBasicAuth(user, PASSWORD)
                .getForEntity("/engine-rest/task/{id}/form-variables", JsonNode.class, taskId));
        Map<String, String> values = new LinkedHashMap<>();
        variables
                .properties()
                .forEach(field -> values.put(
                        field.getKey(), field.getValue().path("value").asText()));
        return values;
    }

    /** Completes the task through the engine REST API with the form's two fields. */
    ResponseEntity<JsonNode> complete(String user, String taskId, String decision, String reason) {
        Map<String, Object> variables = Map.of(
                "decision",
                Map.of("value", decision, "type", "String"),
                "reason",
                Map.of("value", reason, "type", "String"));
        return http.withBasicAuth(user, PASSWORD)
                .postForEntity(
                        "/engine-rest/task/{id}/complete", Map.of("variables", variables), JsonNode.class, taskId);
    }

    /** The customer's decision records, as an auditor reads them. */
    List<JsonNode> auditRecords(String customerKey) {
        JsonNode records = ok(http.withBasicAuth("auditor", PASSWORD)
                .getForEntity("/api/audit?customerKey={key}&limit=1000", JsonNode.class, customerKey));
        List<JsonNode> list = new ArrayList<>();
        records.forEach(list::add);
        return list;
    }

    JsonNode auditVerification() {
        return ok(http.withBasicAuth("auditor", PASSWORD).getForEntity("/api/audit/verify", JsonNode.class));
    }

    /**
     * The customer's recalculation has run: its round runs through when the change's hand-off is relayed, which the
     * tests do on the committing thread, so nothing of it is left running. A flagged value has started its review by then,
     * in the round's own transaction.
     */
    void runRecalculation(String customerKey) {
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ClvRecalculationProcess.KEY)
                        .processInstanceBusinessKey(customerKey)
                        .count())
                .as("recalculations of %s still running", customerKey)
                .isZero();
    }

    /**
     * The demo marketplace's ledger (the same 320 customers other integration tests load, so loading it twice changes
     * nothing) gives the model enough repeat customers; it is fitted once per test run. Its consents are left out: the
     * customers outside the GDPR who need none are enough for a fit, and recording 320 consents (each starting a
     * recalculation) would take most of the time. A consents file is no shortcut: imported again, it stores every
     * event twice.
     */
    private void fittedModel() {
        synchronized (SpikeReviewFixture.class) {
            if (modelFitted) {
                return;
            }
            try {
                Path folder = Files.createTempDirectory("spike-review-marketplace-");
                assertThat(DemoDataCommand.run(new String[] {
                            "--customers", String.valueOf(MARKETPLACE_CUSTOMERS), "--out", folder.toString()
                        }))
                        .isZero();
                for (String file : List.of("sellers", "promotions", "customers", "orders", "refunds")) {
                    ok(postCsv(
                            "/api/imports/" + file,
                            Files.readString(folder.resolve(file + ".csv"), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JsonNode fit = ok(postJson("admin", "/api/model/fits", Map.of("timeUnit", "DAYS")));
            assertThat(fit.path("status").asText()).isEqualTo("FITTED");
            modelFitted = true;
        }
    }

    private ResponseEntity<JsonNode> postJson(String user, String path, Object body) {
        return http.withBasicAuth(user, PASSWORD).postForEntity(path, body, JsonNode.class);
    }

    private ResponseEntity<JsonNode> postCsv(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.withBasicAuth("ingest", PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(csv, headers), JsonNode.class);
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as("%s: %s", response.getStatusCode(), response.getBody())
                .isTrue();
        return response.getBody();
    }
}
