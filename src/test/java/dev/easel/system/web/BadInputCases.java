package dev.easel.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The bad input that once answered 500 or 409, or was stored: each is refused with problem+json naming the field,
 * nothing of it is stored, and no case answers 5xx. Run on PostgreSQL and on H2 by its two subclasses.
 */
abstract class BadInputCases {

    private static final String SELLER = "bad-input-seller";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<HttpStatus> answered = new ArrayList<>();

    @BeforeEach
    void aCustomerAndASeller() {
        ok(post(
                "/api/sellers",
                Map.of("sellerId", SELLER, "name", "Bad Input Supplies", "party", "THIRD_PARTY", "country", "NL")));
        ok(post(
                "/api/customers",
                Map.of("customerId", "c-" + run, "type", "INDIVIDUAL", "country", "NL", "channel", "WEB")));
    }

    @AfterEach
    void noCaseAnsweredA5xx() {
        assertThat(answered).noneMatch(HttpStatus::is5xxServerError);
    }

    @Test
    void segmentProductsGivenAsAnObjectAre400NamingTheField() {
        ResponseEntity<JsonNode> response = post(
                "/api/events/segment",
                Map.of(
                        "type",
                        "track",
                        "event",
                        "Order Completed",
                        "userId",
                        "c-" + run,
                        "messageId",
                        "m-" + run,
                        "timestamp",
                        "2026-05-01T10:00:00Z",
                        "properties",
                        Map.of(
                                "order_id",
                                "seg-" + run,
                                "currency",
                                "EUR",
                                "products",
                                Map.of("sku", "WC-12", "price", 20))));

        refused(response, HttpStatus.BAD_REQUEST, "properties.products");
        assertThat(orders("seg-" + run)).isZero();
    }

    @Test
    void orderDatesOutsideTheWindowAreRefusedNamingTheField() {
        refused(
                post("/api/orders", order("o1900-" + run, "1900-01-01T10:00:00Z", "ACR-1", "12.50", 1)),
                HttpStatus.BAD_REQUEST,
                "placedAt");
        refused(
                post("/api/orders", order("o2099-" + run, "2099-01-01T10:00:00Z", "ACR-1", "12.50", 1)),
                HttpStatus.BAD_REQUEST,
                "placedAt");
        assertThat(orders("o1900-" + run) + orders("o2099-" + run)).isZero();
    }

    @Test
    void refundDatesOutsideTheWindowAreRefusedNamingTheField() {
        ok(post("/api/orders", order("o-" + run, "2026-05-01T10:00:00Z", "ACR-1", "12.50", 2)));

        refused(
                post(
                        "/api/orders/o-" + run + "/refunds",
                        Map.of(
                                "refundId",
                                "r-" + run,
                                "type",
                                "REFUND",
                                "amount",
                                "5.00",
                                "currency",
                                "EUR",
                                "occurredAt",
                                "2099-06-01T10:00:00Z")),
                HttpStatus.BAD_REQUEST,
                "occurredAt");
        assertThat(jdbc.sql("select count(*) from refunds where refund_id = ?")
                        .param("r-" + run)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void nulAndControlCharactersAreRefusedNamingTheField() {
        refused(
                post("/api/orders", order("nul-" + run, "2026-05-01T10:00:00Z", "ACR\u00001", "12.50", 1)),
                HttpStatus.BAD_REQUEST,
                "lines[0].sku");
        refused(
                post(
                        "/api/customers",
                        Map.of(
                                "customerId",
                                "ctl-" + run,
                                "type",
                                "INDIVIDUAL",
                                "country",
                                "NL",
                                "name",
                                "Ada\u0007Quill")),
                HttpStatus.BAD_REQUEST,
                "name");

        assertThat(orders("nul-" + run)).isZero();
        assertThat(jdbc.sql("select count(*) from customer_source_ids where source_id = ?")
                        .param("ctl-" + run)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void amountsThatOverflowTheLedgerAreRefusedNamingTheField() {
        refused(
                post("/api/orders", order("big-" + run, "2026-05-01T10:00:00Z", "ACR-1", "9999999999", 1000)),
                HttpStatus.BAD_REQUEST,
                "lines[0].quantity");
        refused(
                post("/api/orders", order("huge-" + run, "2026-05-01T10:00:00Z", "ACR-1", "123456789012345", 1)),
                HttpStatus.BAD_REQUEST,
                "lines[0].unitPrice");
        assertThat(orders("big-" + run) + orders("huge-" + run)).isZero();
    }

    @Test
    void theErrorAddressAnswers404AsProblemJson() {
        ResponseEntity<JsonNode> response = http.getForEntity("/error", JsonNode.class);
        answered.add(HttpStatus.valueOf(response.getStatusCode().value()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void consentsCsvWithAByteOrderMarkImportsAsTextAndAsMultipart() {
        String csv = "\uFEFFcustomerId,purpose,status,lawfulBasis,capturedAt,source,policyVersion,wording,signal\n"
                + "c-" + run + ",clv-profiling,GIVEN,CONSENT,2026-10-01T09:30:00+02:00,web-form,privacy-2026-01,"
                + "I agree that Easel may use my purchase history.,\n";
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<JsonNode> asText = ingest().postForEntity(
                        "/api/imports/consents?dryRun=true",
                        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), text),
                        JsonNode.class);
        answered.add(HttpStatus.valueOf(asText.getStatusCode().value()));

        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "consents.csv";
            }
        });
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> asUpload =
                ingest().postForEntity("/api/imports/consents", new HttpEntity<>(form, multipart), JsonNode.class);
        answered.add(HttpStatus.valueOf(asUpload.getStatusCode().value()));

        assertThat(asText.getStatusCode()).as("text/csv %s", asText.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(asUpload.getStatusCode())
                .as("multipart %s", asUpload.getBody())
                .isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from consent_events e join customer_source_ids s "
                                + "on s.customer_id = (select c.id from customers c where c.customer_key = e.customer_key) "
                                + "where s.source_id = ?")
                        .param("c-" + run)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private Map<String, Object> order(String orderId, String placedAt, String sku, String unitPrice, int quantity) {
        return Map.of(
                "orderId",
                orderId,
                "customerId",
                "c-" + run,
                "channel",
                "WEB",
                "placedAt",
                placedAt,
                "currency",
                "EUR",
                "sellerId",
                SELLER,
                "lines",
                List.of(Map.of("sku", sku, "category", "PAINTS", "quantity", quantity, "unitPrice", unitPrice)));
    }

    private long orders(String orderId) {
        return jdbc.sql("select count(*) from orders where order_id = ?")
                .param(orderId)
                .query(Long.class)
                .single();
    }

    private TestRestTemplate ingest() {
        return http.withBasicAuth("ingest", "demo");
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        ResponseEntity<JsonNode> response = ingest().postForEntity(path, body, JsonNode.class);
        answered.add(HttpStatus.valueOf(response.getStatusCode().value()));
        return response;
    }

    private static void ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as("%s", response.getBody())
                .isTrue();
    }

    private static void refused(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("errors").findValuesAsText("field")).contains(field);
    }
}
