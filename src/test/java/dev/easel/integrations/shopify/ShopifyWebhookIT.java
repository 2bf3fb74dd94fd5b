package dev.easel.integrations.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ShopifyWebhookIT {

    private static final String SECRET = "demo-shopify-secret";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtime;

    private final long orderId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    @Test
    void aRepeatedDeliveryChangesNothingAndGivesOneOrder() {
        byte[] body = order(orderId).getBytes(StandardCharsets.UTF_8);
        String webhookId = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> first = deliver("orders/create", webhookId, body, sign(body));
        ResponseEntity<JsonNode> again = deliver("orders/create", webhookId, body, sign(body));
        ResponseEntity<JsonNode> update =
                deliver("orders/updated", UUID.randomUUID().toString(), body, sign(body));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("outcome").asText()).isEqualTo("RECORDED");
        assertThat(again.getBody().path("outcome").asText()).isEqualTo("DUPLICATE_DELIVERY");
        assertThat(update.getBody().path("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(count("select count(*) from orders where order_id = ?", "shopify:" + orderId))
                .isEqualTo(1);
        assertThat(jdbc.sql("select total from orders where order_id = ?")
                        .param("shopify:" + orderId)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("90.00");
    }

    @Test
    void refusesABadSignatureWith401AndStoresNothing() {
        byte[] body = order(orderId).getBytes(StandardCharsets.UTF_8);
        String webhookId = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> response =
                deliver("orders/create", webhookId, body, ShopifySignatureTests.sign("wrong-secret", body));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(count("select count(*) from shopify_webhook_deliveries where webhook_id = ?", webhookId))
                .isZero();
        assertThat(count("select count(*) from orders where order_id = ?", "shopify:" + orderId))
                .isZero();
    }

    @Test
    void aRedactRequestIsTrackedAgainstTheGdprDeadline() {
        byte[] body = ("{\"shop_id\": 954889, \"shop_domain\": \"easel.myshopify.com\", \"customer\": {\"id\": "
                        + orderId + ", \"email\": \"someone@example.com\"}, \"orders_to_redact\": [1]}")
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> response =
                deliver("customers/redact", UUID.randomUUID().toString(), body, sign(body));

        assertThat(response.getBody().path("outcome").asText()).isEqualTo("REQUEST_OPENED");
        long id = response.getBody().path("reference").asLong();
        Map<String, Object> request = jdbc.sql("select request_type, regulation, subject_reference, status "
                        + "from data_subject_requests where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(request)
                .containsEntry("request_type", "ERASURE")
                .containsEntry("regulation", "GDPR")
                .containsEntry("subject_reference", "shopify:" + orderId)
                .containsEntry("status", "OPEN");
        List<OffsetDateTime> times = jdbc.sql("select received_at, due_at from data_subject_requests where id = ?")
                .param(id)
                .query((rs, row) ->
                        List.of(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
                .single();
        assertThat(times.get(1).toInstant())
                .isEqualTo(times.get(0)
                        .withOffsetSameInstant(java.time.ZoneOffset.UTC)
                        .plusMonths(1)
                        .toInstant());
        assertThat(count("select count(*) from data_subject_requests where subject_reference like ?", "%example.com%"))
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("data-subject-request")
                        .processInstanceBusinessKey(String.valueOf(id))
                        .active()
                        .count())
                .as("reminder process waiting")
                .isEqualTo(1);
    }

    @Test
    void everySharedSampleEndsInTheLedgerOrInQuarantineNeverInA4xx() throws IOException {
        Path folder = Path.of(System.getProperty("easel.shared-data", "../shared/data"), "shopify");
        Map<String, Expected> expectations = new LinkedHashMap<>();
        expectations.put("customer.json", new Expected("customers/create", "RECORDED", null));
        expectations.put("order.json", new Expected("orders/create", "QUARANTINED", "total_line_items_price"));
        expectations.put("orders.json", new Expected("orders/create", "QUARANTINED", "subtotal_price"));
        expectations.put("refund.json", new Expected("refunds/create", "QUARANTINED", "order_id"));
        expectations.put(
                "transaction.json", new Expected("order_transactions/create", "QUARANTINED", "X-Shopify-Topic"));
        expectations.put(
                "transactions.json", new Expected("order_transactions/create", "QUARANTINED", "X-Shopify-Topic"));
        for (String name : expectations.keySet()) {
            Assumptions.assumeTrue(
                    Files.isReadable(folder.resolve(name)),
                    "Shopify sample not found: " + folder.resolve(name).toAbsolutePath()
                            + " (set -Deasel.shared-data to the folder holding shopify/)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")))
                    .as("every sample has an expected outcome")
                    .containsExactlyInAnyOrderElementsOf(expectations.keySet());
        }

        for (Map.Entry<String, Expected> entry : expectations.entrySet()) {
            Expected expected = entry.getValue();
            for (byte[] body : deliveries(folder.resolve(entry.getKey()))) {
                ResponseEntity<JsonNode> response =
                        deliver(expected.topic(), UUID.randomUUID().toString(), body, sign(body));

                assertThat(response.getStatusCode()).as(entry.getKey()).isEqualTo(HttpStatus.OK);
                assertThat(response.getBody().path("outcome").asText())
                        .as(entry.getKey())
                        .isEqualTo(expected.outcome());
                if (expected.reasonField() != null) {
                    JsonNode entryView = admin().getForEntity(
                                    "/api/integrations/shopify/quarantine/"
                                            + response.getBody()
                                                    .path("reference")
                                                    .asText(),
                                    JsonNode.class)
                            .getBody();
                    assertThat(entryView.path("state").asText()).isEqualTo("QUARANTINED");
                    assertThat(entryView.path("reasons").findValuesAsText("field"))
                            .as(entry.getKey())
                            .contains(expected.reasonField());
                }
            }
        }
        assertThat(count("select count(*) from customer_source_ids where source_id = ?", "shopify:207119551"))
                .isEqualTo(1);
    }

    @Test
    void anEditedOrderIsBookedAsAnAmendmentOfTheRecordedOrder() {
        byte[] placed = order(orderId).getBytes(StandardCharsets.UTF_8);
        byte[] edited = order(orderId, 3).getBytes(StandardCharsets.UTF_8);
        deliver("orders/create", UUID.randomUUID().toString(), placed, sign(placed));

        ResponseEntity<JsonNode> update =
                deliver("orders/updated", UUID.randomUUID().toString(), edited, sign(edited));

        assertThat(update.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(update.getBody().path("outcome").asText()).isEqualTo("AMENDED");
        assertThat(jdbc.sql("select total from orders where order_id = ?")
                        .param("shopify:" + orderId)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("120.00");
        assertThat(jdbc.sql("select quantity from order_lines l join orders o on o.id = l.order_id "
                                + "where o.order_id = ? and l.line_no = 1")
                        .param("shopify:" + orderId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        Map<String, Object> amendment = jdbc.sql("select a.previous_total, a.total from order_amendments a "
                        + "join orders o on o.id = a.order_id where o.order_id = ?")
                .param("shopify:" + orderId)
                .query()
                .singleRow();
        assertThat((java.math.BigDecimal) amendment.get("previous_total")).isEqualByComparingTo("90.00");
        assertThat((java.math.BigDecimal) amendment.get("total")).isEqualByComparingTo("120.00");
    }

    @Test
    void aRefundBeforeItsOrderWaitsInQuarantineAndIsBookedByAReplay(CapturedOutput log) {
        byte[] refund = refund(orderId).getBytes(StandardCharsets.UTF_8);
        ResponseEntity<JsonNode> early =
                deliver("refunds/create", UUID.randomUUID().toString(), refund, sign(refund));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(early.getBody().path("outcome").asText()).isEqualTo("QUARANTINED");
        String entry = "/api/integrations/shopify/quarantine/"
                + early.getBody().path("reference").asText();
        assertThat(admin().getForEntity(entry, JsonNode.class)
                        .getBody()
                        .path("reasons")
                        .findValuesAsText("field"))
                .contains("order_id");
        assertThat(count("select count(*) from refunds where refund_id = ?", "shopify:refund:" + orderId + "9"))
                .isZero();

        byte[] order = order(orderId).getBytes(StandardCharsets.UTF_8);
        deliver("orders/create", UUID.randomUUID().toString(), order, sign(order));
        ResponseEntity<JsonNode> replayed = admin().postForEntity(entry + "/replay", null, JsonNode.class);

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replayed.getBody().path("state").asText()).isEqualTo("REPLAYED");
        assertThat(replayed.getBody().path("history").findValuesAsText("action"))
                .containsExactly("QUARANTINED", "REPLAYED");
        assertThat(replayed.getBody().path("history").findValuesAsText("actor")).containsExactly("shopify", "admin");
        assertThat(jdbc.sql("select count(*) from refunds r join orders o on o.id = r.order_id where o.order_id = ?")
                        .param("shopify:" + orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from shopify_quarantine where id = ? and payload is not null",
                        early.getBody().path("reference").asLong()))
                .as("payload removed once booked")
                .isZero();
        assertThat(admin().postForEntity(entry + "/replay", null, JsonNode.class)
                        .getStatusCode())
                .as("a second replay")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(log.getAll()).contains("Quarantined Shopify delivery").doesNotContain("buyer." + orderId);
    }

    @Test
    void anAdminDiscardsAQuarantinedDeliveryAndTheMetricCountsWhatWaits() {
        byte[] body = "{\"id\": 1}".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<JsonNode> unknown =
                deliver("products/create", UUID.randomUUID().toString(), body, sign(body));
        assertThat(unknown.getBody().path("outcome").asText()).isEqualTo("QUARANTINED");
        double waiting = openGauge();
        assertThat(waiting).isGreaterThanOrEqualTo(1);
        String entry = "/api/integrations/shopify/quarantine/"
                + unknown.getBody().path("reference").asText();
        assertThat(http.withBasicAuth("analyst", "demo")
                        .getForEntity(entry, JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> discarded =
                admin().postForEntity(entry + "/discard", Map.of("reason", "not a topic Easel books"), JsonNode.class);

        assertThat(discarded.getBody().path("state").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.getBody().path("history").get(1).path("note").asText())
                .isEqualTo("not a topic Easel books");
        assertThat(discarded.getBody().path("history").get(1).path("actor").asText())
                .isEqualTo("admin");
        assertThat(openGauge()).isLessThan(waiting);
        assertThat(admin().getForEntity("/api/integrations/shopify/quarantine?state=DISCARDED", JsonNode.class)
                        .getBody()
                        .findValuesAsText("id"))
                .contains(unknown.getBody().path("reference").asText());
    }

    @Test
    void erasingACustomerDiscardsTheirQuarantinedDeliveriesWithTheirData() {
        byte[] customer = ("{\"id\": " + orderId + ", \"email\": \"buyer." + orderId + "@example.com\", "
                        + "\"default_address\": {\"country_code\": \"NL\"}}")
                .getBytes(StandardCharsets.UTF_8);
        String key = deliver("customers/create", UUID.randomUUID().toString(), customer, sign(customer))
                .getBody()
                .path("reference")
                .asText();
        byte[] wrongTotal = order(orderId)
                .replace("\"total_price\": \"112.00\"", "\"total_price\": \"999.00\"")
                .getBytes(StandardCharsets.UTF_8);
        long entry = deliver("orders/create", UUID.randomUUID().toString(), wrongTotal, sign(wrongTotal))
                .getBody()
                .path("reference")
                .asLong();

        ResponseEntity<JsonNode> erased = http.withBasicAuth("compliance", "demo")
                .postForEntity("/api/customers/" + key + "/erasure", null, JsonNode.class);

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = admin().getForEntity("/api/integrations/shopify/quarantine/" + entry, JsonNode.class)
                .getBody();
        assertThat(view.path("state").asText()).isEqualTo("DISCARDED");
        assertThat(view.path("history").findValuesAsText("actor")).containsExactly("shopify", "erasure");
        assertThat(count("select count(*) from shopify_quarantine where id = ? and payload is not null", entry))
                .isZero();
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413BeforeItIsStored() {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        String webhookId = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> response = deliver("orders/create", webhookId, body, sign(body));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(count("select count(*) from shopify_webhook_deliveries where webhook_id = ?", webhookId))
                .isZero();
    }

    private double openGauge() {
        return admin().getForEntity("/actuator/metrics/easel.shopify.quarantine.open", JsonNode.class)
                .getBody()
                .path("measurements")
                .get(0)
                .path("value")
                .asDouble();
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", "demo");
    }

    private record Expected(String topic, String outcome, String reasonField) {}

    /** orders.json holds a list: each order is its own delivery, as Shopify would send it. */
    private List<byte[]> deliveries(Path file) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        if (root.has("orders")) {
            return Stream.of(json.treeToValue(root.get("orders"), JsonNode[].class))
                    .map(order -> order.toString().getBytes(StandardCharsets.UTF_8))
                    .toList();
        }
        return List.of(Files.readAllBytes(file));
    }

    private ResponseEntity<JsonNode> deliver(String topic, String webhookId, byte[] body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Shopify-Topic", topic);
        headers.set("X-Shopify-Webhook-Id", webhookId);
        headers.set("X-Shopify-Hmac-SHA256", signature);
        return http.postForEntity("/webhooks/shopify", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static String sign(byte[] body) {
        return ShopifySignatureTests.sign(SECRET, body);
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    /** A consistent order in the newer shape: money bags, an order discount, tax and shipping. */
    static String order(long id) {
        return order(id, 2);
    }

    /** The same order with {@code paints} tubes of acrylic: 30.00 each, the rest unchanged. */
    static String order(long id, int paints) {
        java.math.BigDecimal gross = new java.math.BigDecimal("30.00")
                .multiply(java.math.BigDecimal.valueOf(paints))
                .add(new java.math.BigDecimal("40.00"));
        java.math.BigDecimal subtotal = gross.subtract(new java.math.BigDecimal("10.00"));
        java.math.BigDecimal total = subtotal.add(new java.math.BigDecimal("22.00"));
        return """
                {"id": %d, "currency": "EUR", "created_at": "2026-05-01T10:00:00+02:00",
                 "customer": {"id": %d, "email": "buyer.%d@example.com", "first_name": "Mara", "last_name": "Quill",
                              "default_address": {"address1": "Canal Street 5", "city": "Utrecht", "zip": "3511",
                                                  "country_code": "NL"}},
                 "line_items": [{"id": %d1, "sku": "ACR-1", "title": "Acrylic paint", "price": "30.00", "quantity": %d},
                                {"id": %d2, "sku": "BR-1", "product_type": "Brushes",
                                 "price_set": {"shop_money": {"amount": "40.00", "currency_code": "EUR"}},
                                 "quantity": 1}],
                 "total_line_items_price_set": {"shop_money": {"amount": "%s", "currency_code": "EUR"}},
                 "total_discounts": "10.00", "subtotal_price": "%s", "total_tax": "17.10",
                 "total_shipping_price_set": {"shop_money": {"amount": "4.90", "currency_code": "EUR"}},
                 "total_price": "%s"}
                """.formatted(
                id, id, id, id, paints, id, gross.toPlainString(), subtotal.toPlainString(), total.toPlainString());
    }

    /** A refund of one acrylic tube of {@link #order}. */
    static String refund(long orderId) {
        return """
                {"id": %d9, "order_id": %d, "created_at": "2026-05-03T09:00:00+02:00",
                 "refund_line_items": [{"line_item_id": %d1, "quantity": 1, "subtotal": "30.00"}],
                 "transactions": [{"kind": "refund", "status": "success", "amount": "30.00", "currency": "EUR"}]}
                """.formatted(orderId, orderId, orderId);
    }
}
