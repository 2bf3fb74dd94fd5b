package dev.easel.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PostgresIntegrationTest
@RecordApplicationEvents
class IngestionIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Orders orders;

    @Autowired
    ApplicationEvents events;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void mergesTheSameEmailArrivingFromAnotherChannelIntoOneCustomer() {
        ResponseEntity<JsonNode> web =
                post("ingest", "/api/customers", customer("web-" + run, "Ada." + run + "@Example.com"));
        ResponseEntity<JsonNode> app =
                post("ingest", "/api/customers", customer("app-" + run, "  ada." + run + "@example.COM "));

        assertThat(web.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(app.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(app.getBody().path("outcome").asText()).isEqualTo("MERGED");
        String key = web.getBody().path("customerKey").asText();
        assertThat(app.getBody().path("customerKey").asText()).isEqualTo(key);
        assertThat(key).startsWith("cus_").doesNotContainIgnoringCase("ada");
        assertThat(jdbc.sql("select count(*) from customer_source_ids s join customers c on c.id = s.customer_id "
                                + "where c.customer_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void neverMergesTwoKnownCustomersByEmail() {
        String first = post("ingest", "/api/customers", customer("web-" + run, "first." + run + "@example.com"))
                .getBody()
                .path("customerKey")
                .asText();
        post("ingest", "/api/customers", customer("app-" + run, "second." + run + "@example.com"));

        ResponseEntity<JsonNode> response =
                post("ingest", "/api/customers", customer("web-" + run, "second." + run + "@example.com"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("email");
        assertThat(get("compliance", "/api/customers/" + first)
                        .getBody()
                        .path("contact")
                        .path("email")
                        .asText())
                .isEqualTo("first." + run + "@example.com");
    }

    @Test
    void showsAnalystsMaskedContactDataAndComplianceTheRecordedOne() {
        String key = post("ingest", "/api/customers", customer("web-" + run, "jane." + run + "@example.com"))
                .getBody()
                .path("customerKey")
                .asText();

        JsonNode analyst = get("analyst", "/api/customers/" + key).getBody();
        JsonNode compliance = get("compliance", "/api/customers/" + key).getBody();

        assertThat(analyst.path("contact").path("email").asText()).isEqualTo("j***@example.com");
        assertThat(analyst.path("contact").path("name").asText()).isEqualTo("J. D.");
        assertThat(analyst.path("sources").get(0).has("sourceId")).isFalse();
        assertThat(analyst.toString()).doesNotContain("jane." + run).doesNotContain("Jane Doe");
        assertThat(compliance.path("contact").path("email").asText()).isEqualTo("jane." + run + "@example.com");
        assertThat(compliance.path("sources").get(0).path("sourceId").asText()).isEqualTo("web-" + run);
    }

    @Test
    void namesEveryBadFieldOfAnOrderAndStoresNothing() {
        catalogue();
        String body = """
                {"orderId": "o-%1$s", "customerId": "nobody-%1$s", "channel": "FAX", "placedAt": "2025-09-01T10:00:00Z",
                 "currency": "EURO", "sellerId": "ghost-%1$s", "promotionCodes": ["NOPE-%1$s"],
                 "lines": [{"lineNo": 1, "sku": "PNT-1", "category": "PAINTS", "quantity": 2, "unitPrice": 5,
                            "discount": 11},
                           {"lineNo": 2, "sku": "", "category": "GLITTER", "quantity": 0, "unitPrice": -1}]}
                """.formatted(run);

        ResponseEntity<JsonNode> response = post("ingest", "/api/orders", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "customerId",
                        "channel",
                        "currency",
                        "sellerId",
                        "promotionCodes[0]",
                        "lines[0].discount",
                        "lines[1].sku",
                        "lines[1].category",
                        "lines[1].quantity",
                        "lines[1].unitPrice");
        assertThat(count("select count(*) from orders where order_id = ?", "o-" + run))
                .isZero();
    }

    @Test
    void aRepeatedOrderChangesNothingAndTheSameIdWithAnotherBodyIsAConflict() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, null));

        ResponseEntity<JsonNode> first = post("ingest", "/api/orders", order("o-" + run, "12.50"));
        ResponseEntity<JsonNode> repeat = post("admin", "/api/orders", order("o-" + run, "12.5000"));
        ResponseEntity<JsonNode> changed = post("ingest", "/api/orders", order("o-" + run, "13.00"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().path("total").decimalValue()).isEqualByComparingTo("20");
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.getBody().path("created").asBoolean()).isFalse();
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(changed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(count(
                        "select count(*) from order_lines l join orders o on o.id = l.order_id "
                                + "where o.order_id = ?",
                        "o-" + run))
                .isEqualTo(1);
    }

    @Test
    void publishesOrderRecordedOnceAndWithoutPersonalData() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, "ev." + run + "@example.com"));
        OrderRequest order = new OrderRequest(
                "ev-" + run,
                "web-" + run,
                "APP",
                OffsetDateTime.now(),
                "EUR",
                "easel-" + run,
                null,
                List.of(new OrderRequest.Line(null, "KIT-1", "KITS", 1, BigDecimal.TEN, null, null)));

        orders.record(order);
        orders.record(order);

        assertThat(events.stream(OrderRecorded.class)
                        .filter(event -> event.orderId().equals("ev-" + run)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.customerKey()).startsWith("cus_");
                    assertThat(event.total()).isEqualByComparingTo("10");
                    assertThat(event.toString()).doesNotContain("ev." + run);
                });
    }

    @Test
    void aBatchStoresItsNewOrdersTogetherAndAnswersEachOrdersOutcomeInTheOrderSent() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, null));
        post("ingest", "/api/orders", order("b1-" + run, "12.50"));

        ResponseEntity<JsonNode> batch = post(
                "ingest",
                "/api/orders/batch",
                batch(order("b0-" + run, "3"), order("b1-" + run, "12.50"), order("b2-" + run, "4")));
        ResponseEntity<JsonNode> again = post(
                "ingest",
                "/api/orders/batch",
                batch(order("b0-" + run, "3"), order("b1-" + run, "12.50"), order("b2-" + run, "4")));

        assertThat(batch.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(batch.getBody().path("orders").findValuesAsText("orderId"))
                .containsExactly("b0-" + run, "b1-" + run, "b2-" + run);
        assertThat(batch.getBody().path("orders").findValuesAsText("created")).containsExactly("true", "false", "true");
        assertThat(batch.getBody().path("orders").get(2).path("total").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().path("orders").findValuesAsText("created"))
                .containsExactly("false", "false", "false");
        assertThat(count("select count(*) from orders where order_id like ?", "b_-" + run))
                .isEqualTo(3);
    }

    @Test
    void aBatchPublishesOrderRecordedOncePerNewOrderAsSingleOrdersDo() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, null));
        OrderRequest single = kit("ev1-" + run);
        orders.record(single);
        OrderBatchRequest batch = new OrderBatchRequest(List.of(kit("ev0-" + run), single, kit("ev2-" + run)));

        orders.recordAll(batch);
        orders.recordAll(batch);

        // The event is what hands an order on to the workflow (its hand-off row is written with it).
        assertThat(events.stream(OrderRecorded.class).map(OrderRecorded::orderId))
                .filteredOn(id -> id.endsWith("-" + run))
                .containsExactlyInAnyOrder("ev1-" + run, "ev0-" + run, "ev2-" + run);
    }

    @Test
    void eachOrderOfABatchKeepsItsOwnLinesSellersAndPromotionCodes() {
        catalogue();
        post("ingest", "/api/sellers", """
                {"sellerId": "atelier-%s", "name": "Atelier", "party": "THIRD_PARTY", "country": "FR",
                 "dpaSignedOn": "2024-01-01"}
                """.formatted(run));
        for (String code : List.of("SPRING-" + run, "SCHOOL-" + run)) {
            post("ingest", "/api/promotions", """
                    {"code": "%s", "name": "Promotion", "startsAt": "2025-01-01T00:00:00Z",
                     "endsAt": "2025-12-31T00:00:00Z", "discountPercent": 10}
                    """.formatted(code));
        }
        post("ingest", "/api/customers", customer("web-" + run, null));
        String twoLines = """
                {"orderId": "p0-%1$s", "customerId": "web-%1$s", "channel": "WEB",
                 "placedAt": "2025-09-01T12:00:00+02:00", "currency": "EUR", "sellerId": "easel-%1$s",
                 "promotionCodes": ["SPRING-%1$s", "SCHOOL-%1$s"],
                 "lines": [{"sku": "PNT-1", "category": "PAINTS", "quantity": 2, "unitPrice": 4.25, "discount": 0.5},
                           {"sku": "BRU-9", "category": "BRUSHES", "quantity": 1, "unitPrice": 9,
                            "sellerId": "atelier-%1$s"}]}
                """.formatted(run);
        String oneLine = """
                {"orderId": "p1-%1$s", "customerId": "web-%1$s", "channel": "APP",
                 "placedAt": "2025-09-02T08:00:00Z", "currency": "EUR", "sellerId": "atelier-%1$s",
                 "promotionCodes": ["SCHOOL-%1$s"],
                 "lines": [{"lineNo": 7, "sku": "CNV-3", "category": "CANVAS", "quantity": 3, "unitPrice": 12}]}
                """.formatted(run);

        ResponseEntity<JsonNode> single = post("ingest", "/api/orders", twoLines);
        ResponseEntity<JsonNode> batch = post("ingest", "/api/orders/batch", batch(twoLines, oneLine));

        assertThat(single.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(batch.getBody().path("orders").findValuesAsText("created")).containsExactly("false", "true");
        assertThat(jdbc.sql("select o.order_id, l.line_no, l.sku, l.quantity, l.unit_price, l.discount, "
                                + "l.line_total, l.seller_id from order_lines l join orders o on o.id = l.order_id "
                                + "where o.order_id like ? order by o.order_id, l.line_no")
                        .param("p_-" + run)
                        .query((row, n) -> row.getString(1) + " " + row.getInt(2) + " " + row.getString(3) + " "
                                + row.getInt(4) + " "
                                + row.getBigDecimal(5).stripTrailingZeros().toPlainString()
                                + " "
                                + row.getBigDecimal(6).stripTrailingZeros().toPlainString() + " "
                                + row.getBigDecimal(7).stripTrailingZeros().toPlainString() + " "
                                + row.getString(8))
                        .list())
                .containsExactly(
                        "p0-%1$s 1 PNT-1 2 4.25 0.5 8 easel-%1$s".formatted(run),
                        "p0-%1$s 2 BRU-9 1 9 0 9 atelier-%1$s".formatted(run),
                        "p1-%1$s 7 CNV-3 3 12 0 36 atelier-%1$s".formatted(run));
        assertThat(jdbc.sql("select o.order_id || ' ' || p.promotion_code from order_promotions p "
                                + "join orders o on o.id = p.order_id where o.order_id like ? order by 1")
                        .param("p_-" + run)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "p0-%1$s SCHOOL-%1$s".formatted(run),
                        "p0-%1$s SPRING-%1$s".formatted(run),
                        "p1-%1$s SCHOOL-%1$s".formatted(run));
        assertThat(jdbc.sql("select total from orders where order_id = ?")
                        .param("p0-" + run)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("17");
    }

    @Test
    void aBadOrderInABatchIsNamedByItsPlaceAndNothingOfTheBatchIsStored() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, null));
        String noSku = order("x3-" + run, "10").replace("\"sku\": \"PNT-1\"", "\"sku\": \"\"");

        ResponseEntity<JsonNode> response = post(
                "ingest",
                "/api/orders/batch",
                batch(
                        order("x0-" + run, "10"),
                        order("x1-" + run, "10"),
                        order("x0-" + run, "10"),
                        noSku,
                        order("x4-" + run, "10").replace("EUR", "EURO")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("orders[2].orderId", "orders[3].lines[0].sku", "orders[4].currency");
        assertThat(count("select count(*) from orders where order_id like ?", "x_-" + run))
                .isZero();
    }

    @Test
    void aBatchWithAnIdRecordedUnderAnotherBodyIsAConflictAndStoresNothing() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, null));
        post("ingest", "/api/orders", order("k1-" + run, "12.50"));

        ResponseEntity<JsonNode> response =
                post("ingest", "/api/orders/batch", batch(order("k0-" + run, "10"), order("k1-" + run, "13")));
        ResponseEntity<JsonNode> empty = post("ingest", "/api/orders/batch", "{\"orders\": []}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("orders[1].orderId");
        assertThat(count("select count(*) from orders where order_id = ?", "k0-" + run))
                .isZero();
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().path("errors").findValuesAsText("field")).containsExactly("orders");
    }

    @Test
    void refusesARefundForAnUnknownOrderAndSaysToSendTheOrderFirst() {
        ResponseEntity<JsonNode> response =
                post("ingest", "/api/orders/unknown-" + run + "/refunds", refund("r-" + run, "5", "EUR", 1));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().path("detail").asText()).contains("send the order first");
    }

    @Test
    void rejectsRefundLargerThanWhatWasPaidAndKeepsRefundsIdempotent() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, null));
        post("ingest", "/api/orders", order("o-" + run, "12.50"));
        String refunds = "/api/orders/o-" + run + "/refunds";

        ResponseEntity<JsonNode> tooMuch = post("ingest", refunds, refund("r-" + run, "20.01", "USD", 7));
        ResponseEntity<JsonNode> first = post("ingest", refunds, refund("r-" + run, "15", "EUR", 1));
        ResponseEntity<JsonNode> repeat = post("ingest", refunds, refund("r-" + run, "15.00", "EUR", 1));
        ResponseEntity<JsonNode> changed = post("ingest", refunds, refund("r-" + run, "14", "EUR", 1));
        ResponseEntity<JsonNode> beyondRest = post("ingest", refunds, refund("r2-" + run, "5.01", "EUR", 1));

        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMuch.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("amount", "currency", "lines[0].lineNo");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().path("refundableRemaining").decimalValue()).isEqualByComparingTo("5");
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(beyondRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("select refunded_total from orders where order_id = ?")
                        .param("o-" + run)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("15");
    }

    @Test
    void refusesARefundWhoseLinesClaimMoreThanItsTotalAndStoresNothing() {
        catalogue();
        post("ingest", "/api/customers", customer("web-" + run, null));
        post("ingest", "/api/orders", order("o-lines-" + run, "12.50"));

        ResponseEntity<JsonNode> response =
                post("ingest", "/api/orders/o-lines-" + run + "/refunds", refund("r-lines-" + run, "4", "EUR", 1));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").get(0).path("field").asText())
                .isEqualTo("amount");
        assertThat(response.getBody().path("errors").get(0).path("message").asText())
                .contains("sum of the lines' amounts (5)");
        assertThat(count("select count(*) from refunds where refund_id = ?", "r-lines-" + run))
                .isZero();
    }

    @Test
    void refusesAnonymousCallersAndWrongRolesWithProblemJson() {
        ResponseEntity<JsonNode> anonymous = http.getForEntity("/api/customers/cus_x", JsonNode.class);
        ResponseEntity<JsonNode> analystWrites = post("analyst", "/api/orders", order("o-" + run, "1"));
        ResponseEntity<JsonNode> anonymousBatch = http.exchange(
                "/api/orders/batch", HttpMethod.POST, new HttpEntity<>("{\"orders\": []}"), JsonNode.class);
        ResponseEntity<JsonNode> auditorReads = get("auditor", "/api/customers/cus_x");

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymousBatch.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(analystWrites.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(analystWrites.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(auditorReads.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void catalogue() {
        post("ingest", "/api/sellers", """
                {"sellerId": "easel-%s", "name": "Easel Store", "party": "FIRST_PARTY", "country": "DE"}
                """.formatted(run));
    }

    private String customer(String customerId, String email) {
        return """
                {"customerId": "%s", "type": "INDIVIDUAL", "country": "GB", "email": %s, "name": "Jane Doe",
                 "addressLine": "1 High Street", "city": "Leeds", "postalCode": "LS1 1AA", "channel": "WEB"}
                """.formatted(customerId, email == null ? "null" : "\"" + email + "\"");
    }

    private String order(String orderId, String unitPrice) {
        return """
                {"orderId": "%s", "customerId": "web-%s", "channel": "WEB", "placedAt": "2025-09-01T12:00:00+02:00",
                 "currency": "EUR", "sellerId": "easel-%s",
                 "lines": [{"lineNo": 1, "sku": "PNT-1", "category": "PAINTS", "quantity": 2, "unitPrice": %s,
                            "discount": 5}]}
                """.formatted(orderId, run, run, unitPrice);
    }

    private OrderRequest kit(String orderId) {
        return new OrderRequest(
                orderId,
                "web-" + run,
                "APP",
                OffsetDateTime.parse("2025-09-01T10:00:00Z"),
                "EUR",
                "easel-" + run,
                null,
                List.of(new OrderRequest.Line(null, "KIT-1", "KITS", 1, BigDecimal.TEN, null, null)));
    }

    private static String batch(String... orders) {
        return "{\"orders\": [" + String.join(",", orders) + "]}";
    }

    private static String refund(String refundId, String amount, String currency, int lineNo) {
        return """
                {"refundId": "%s", "type": "RETURN", "amount": %s, "currency": "%s", "reason": "damaged",
                 "occurredAt": "2025-09-05T09:00:00Z", "lines": [{"lineNo": %d, "quantity": 1, "amount": 5}]}
                """.formatted(refundId, amount, currency, lineNo);
    }

    private int count(String sql, String id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    private ResponseEntity<JsonNode> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }
}
