package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.workflow.review.ClvSpikeReviewProcess;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Open "Review CLV spike" tasks of customers the test makes for itself, on the console's shared context: each customer
 * gets a steady history and consent through the REST API, its first value is published by the engine's own
 * recalculation, then a large order makes the next value a spike that waits for review. Nothing of the demo's
 * customers is touched.
 */
final class FlaggedReviews {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final TestRestTemplate http;
    private final TaskService tasks;

    FlaggedReviews(TestRestTemplate http, TaskService tasks) {
        this.http = http;
        this.tasks = tasks;
    }

    /** A flagged customer and its open review task. */
    record Flagged(String customerId, String customerKey, String taskId) {}

    /** {@code count} fresh customers, each with one open review; made side by side so that they wait together. */
    List<Flagged> flag(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String[]> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String customerId = "desk-" + run + "-" + i;
            customers.add(new String[] {customerId, steadyCustomer(customerId)});
        }
        for (String[] customer : customers) {
            await(() -> "PUBLISHED".equals(currentStatus(customer[1])), "first value of " + customer[1]);
        }
        customers.forEach(customer -> largeOrder(customer[0]));
        List<Flagged> flagged = new ArrayList<>();
        for (String[] customer : customers) {
            await(() -> openTask(customer[1]) != null, "review of " + customer[1]);
            flagged.add(
                    new Flagged(customer[0], customer[1], openTask(customer[1]).getId()));
        }
        return flagged;
    }

    Task openTask(String customerKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .processInstanceBusinessKey(customerKey)
                .singleResult();
    }

    private String steadyCustomer(String customerId) {
        ok(post(
                "ingest",
                "/api/sellers",
                Map.of(
                        "sellerId",
                        customerId + "-seller",
                        "name",
                        "Easel Store",
                        "party",
                        "FIRST_PARTY",
                        "country",
                        "FR")));
        String customerKey = ok(post(
                        "ingest",
                        "/api/customers",
                        Map.of("customerId", customerId, "type", "INDIVIDUAL", "country", "FR", "channel", "WEB")))
                .path("customerKey")
                .asText();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StringBuilder csv = new StringBuilder("orderId,customerId,channel,placedAt,currency,sellerId,"
                + "promotionCodes,lineNo,sku,category,quantity,unitPrice,discount,lineSellerId\n");
        for (int daysAgo : new int[] {300, 220, 150, 90}) {
            csv.append("%s-h%d,%s,WEB,%s,EUR,%s-seller,,1,PNT-%d,PAINTS,2,30.00,0,\n"
                    .formatted(customerId, daysAgo, customerId, now.minusDays(daysAgo), customerId, daysAgo));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        ok(http.withBasicAuth("ingest", "demo")
                .exchange(
                        "/api/imports/orders",
                        HttpMethod.POST,
                        new HttpEntity<>(csv.toString(), headers),
                        JsonNode.class));
        ok(post(
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
        return customerKey;
    }

    private void largeOrder(String customerId) {
        ok(post(
                "ingest",
                "/api/orders",
                Map.of(
                        "orderId",
                        customerId + "-large",
                        "customerId",
                        customerId,
                        "channel",
                        "WEB",
                        "placedAt",
                        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                        "currency",
                        "EUR",
                        "sellerId",
                        customerId + "-seller",
                        "lines",
                        List.of(Map.of(
                                "lineNo",
                                1,
                                "sku",
                                "EASEL-OAK",
                                "category",
                                "TOOLS",
                                "quantity",
                                10,
                                "unitPrice",
                                500,
                                "discount",
                                0)))));
    }

    private String currentStatus(String customerKey) {
        ResponseEntity<JsonNode> clv = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/customers/" + customerKey + "/clv", JsonNode.class);
        return clv.getStatusCode().is2xxSuccessful()
                ? clv.getBody().path("status").asText()
                : null;
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE + " for the " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return http.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as("%s: %s", response.getStatusCode(), response.getBody())
                .isTrue();
        return response.getBody();
    }
}
