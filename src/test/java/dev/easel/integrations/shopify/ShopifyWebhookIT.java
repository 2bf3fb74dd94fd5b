package dev.easel.integrations.shopify;

import static org.assertj.core.api.Assertions.assertThat;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.testing.PostgresIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
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
        ResponseEntity<JsonNode> update = deliver("orders/updated", UUID.randomUUID().toString(), body, sign(body));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("outcome").asText()).isEqualTo("RECORDED");
        assertThat(again.getBody().path("outcome").asText()).isEqualTo("DUPLICATE_DELIVERY");
        assertThat(update.getBody().path("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(count("select count(*) from orders where order_id = ?", "shopify:" + orderId)).isEqualTo(1);
        assertThat(jdbc.sql("select total from orders where order_id = ?").param("shopify:" + orderId)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("90.00");
    }

    @Test
    void refusesABadSignatureWith401AndStoresNothing() {
        byte[] body = order(orderId).getBytes(StandardCharsets.UTF_8);
        String webhookId = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> response = deliver("orders/create", webhookId, body,
                ShopifySignatureTests.sign("wrong-secret", body));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(count("select count(*) from shopify_webhook_deliveries where webhook_id = ?", webhookId))
                .isZero();
        assertThat(count("select count(*) from orders where order_id = ?", "shopify:" + orderId)).isZero();
    }

    @Test
    void aRedactRequestIsTrackedAgainstTheGdprDeadline() {
        byte[] body = ("{\"shop_id\": 954889, \"shop_domain\": \"easel.myshopify.com\", \"customer\": {\"id\": "
                + orderId + ", \"email\": \"someone@example.com\"}, \"orders_to_redact\": [1]}")
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> response = deliver("customers/redact", UUID.randomUUID().toString(), body,
                sign(body));

        assertThat(response.getBody().path("outcome").asText()).isEqualTo("REQUEST_OPENED");
        long id = response.getBody().path("reference").asLong();
        Map<String, Object> request = jdbc.sql("select request_type, regulation, subject_reference, status "
                + "from data_subject_requests where id = ?").param(id).query().singleRow();
        assertThat(request).containsEntry("request_type", "ERASURE").containsEntry("regulation", "GDPR")
                .containsEntry("subject_reference", "shopify:" + orderId).containsEntry("status", "OPEN");
        List<OffsetDateTime> times = jdbc.sql("select received_at, due_at from data_subject_requests where id = ?")
                .param(id).query((rs, row) -> List.of(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class))).single();
        assertThat(times.get(1).toInstant()).isEqualTo(times.get(0).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .plusMonths(1).toInstant());
        assertThat(count("select count(*) from data_subject_requests where subject_reference like ?",
                "%example.com%")).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("data-subject-request")
                .processInstanceBusinessKey(String.valueOf(id)).active().count()).as("reminder process waiting")
                .isEqualTo(1);
    }

    @Test
    void everySharedSampleImportsOrIsRefusedWithAReason() throws IOException {
        Path folder = Path.of(System.getProperty("easel.shared-data", "../shared/data"), "shopify");
        Map<String, Expected> expectations = new LinkedHashMap<>();
        expectations.put("customer.json", new Expected("customers/create", HttpStatus.OK, null));
        expectations.put("order.json", new Expected("orders/create", HttpStatus.UNPROCESSABLE_ENTITY,
                "total_line_items_price"));
        expectations.put("orders.json", new Expected("orders/create", HttpStatus.UNPROCESSABLE_ENTITY,
                "subtotal_price"));
        expectations.put("refund.json", new Expected("refunds/create", HttpStatus.UNPROCESSABLE_ENTITY,
                "transactions"));
        expectations.put("transaction.json", new Expected("order_transactions/create",
                HttpStatus.UNPROCESSABLE_ENTITY, "X-Shopify-Topic"));
        expectations.put("transactions.json", new Expected("order_transactions/create",
                HttpStatus.UNPROCESSABLE_ENTITY, "X-Shopify-Topic"));
        for (String name : expectations.keySet()) {
            Assumptions.assumeTrue(Files.isReadable(folder.resolve(name)), "Shopify sample not found: "
                    + folder.resolve(name).toAbsolutePath() + " (set -Deasel.shared-data to the folder holding shopify/)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")))
                    .as("every sample has an expected outcome").containsExactlyInAnyOrderElementsOf(expectations.keySet());
        }

        for (Map.Entry<String, Expected> entry : expectations.entrySet()) {
            Expected expected = entry.getValue();
            for (byte[] body : deliveries(folder.resolve(entry.getKey()))) {
                ResponseEntity<JsonNode> response = deliver(expected.topic(), UUID.randomUUID().toString(), body,
                        sign(body));

                assertThat(response.getStatusCode()).as(entry.getKey()).isEqualTo(expected.status());
                if (expected.refusedField() != null) {
                    assertThat(response.getBody().path("detail").asText()).as(entry.getKey()).isNotBlank();
                    assertThat(response.getBody().path("errors").findValuesAsText("field")).as(entry.getKey())
                            .contains(expected.refusedField());
                }
            }
        }
        assertThat(count("select count(*) from customer_source_ids where source_id = ?", "shopify:207119551"))
                .isEqualTo(1);
    }

    private record Expected(String topic, HttpStatus status, String refusedField) {
    }

    /** orders.json holds a list: each order is its own delivery, as Shopify would send it. */
    private List<byte[]> deliveries(Path file) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        if (root.has("orders")) {
            return Stream.of(json.treeToValue(root.get("orders"), JsonNode[].class))
                    .map(order -> order.toString().getBytes(StandardCharsets.UTF_8)).toList();
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
        return """
                {"id": %d, "currency": "EUR", "created_at": "2026-05-01T10:00:00+02:00",
                 "customer": {"id": %d, "email": "buyer.%d@example.com", "first_name": "Mara", "last_name": "Quill",
                              "default_address": {"address1": "Canal Street 5", "city": "Utrecht", "zip": "3511",
                                                  "country_code": "NL"}},
                 "line_items": [{"id": %d1, "sku": "ACR-1", "title": "Acrylic paint", "price": "30.00", "quantity": 2},
                                {"id": %d2, "sku": "BR-1", "product_type": "Brushes",
                                 "price_set": {"shop_money": {"amount": "40.00", "currency_code": "EUR"}},
                                 "quantity": 1}],
                 "total_line_items_price_set": {"shop_money": {"amount": "100.00", "currency_code": "EUR"}},
                 "total_discounts": "10.00", "subtotal_price": "90.00", "total_tax": "17.10",
                 "total_shipping_price_set": {"shop_money": {"amount": "4.90", "currency_code": "EUR"}},
                 "total_price": "112.00"}
                """.formatted(id, id, id, id, id);
    }
}
