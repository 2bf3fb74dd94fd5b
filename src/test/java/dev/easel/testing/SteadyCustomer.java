package dev.easel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A customer of a {@link ServiceProcess}, brought in through the API the way the outside world would: a seller, the
 * customer, a steady history of four equal orders (imported, so no recalculation yet) and consent to profiling, whose
 * recalculation publishes a first CLV without review (no single order dominates). More equal orders keep it steady,
 * so each recalculation publishes again and {@code historicNumberOfOrders} shows which orders it counted.
 */
public final class SteadyCustomer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final String customerKey;

    private SteadyCustomer(String id, String customerKey) {
        this.id = id;
        this.customerKey = customerKey;
    }

    /** @param id the source system's customer id; also names the seller and the orders */
    public static SteadyCustomer create(ServiceProcess service, String id) {
        ok(service.post("/api/sellers", "ingest", """
                {"sellerId":"%s-seller","name":"Easel Store","party":"FIRST_PARTY","country":"FR"}""".formatted(id)));
        String key = read(ok(service.post("/api/customers", "ingest", """
                {"customerId":"%s","type":"INDIVIDUAL","country":"FR","channel":"WEB"}""".formatted(id))))
                .path("customerKey")
                .asText();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StringBuilder history = new StringBuilder("orderId,customerId,channel,placedAt,currency,sellerId,"
                + "promotionCodes,lineNo,sku,category,quantity,unitPrice,discount,lineSellerId\n");
        for (int daysAgo : new int[] {300, 220, 150, 90}) {
            history.append("%s-h%d,%s,WEB,%s,EUR,%s-seller,,1,PNT-%d,PAINTS,2,30.00,0,\n"
                    .formatted(id, daysAgo, id, now.minusDays(daysAgo), id, daysAgo));
        }
        ok(service.post("/api/imports/orders", "ingest", "text/csv", history.toString()));
        ok(service.post("/api/consents", "ingest", """
                {"customerId":"%s","purpose":"clv-profiling","status":"GIVEN","lawfulBasis":"CONSENT",\
                "capturedAt":"%s","source":"web-form","policyVersion":"privacy-2026-01",\
                "wording":"I agree that Easel may use my purchase history to estimate my customer value."}""".formatted(id, now.minusHours(2))));
        return new SteadyCustomer(id, key);
    }

    public String customerKey() {
        return customerKey;
    }

    /** Another order like the earlier ones, through {@code POST /api/orders}; answers the response. */
    public HttpResponse<String> order(ServiceProcess service, String orderId, int daysAgo) {
        return service.post("/api/orders", "ingest", """
                {"orderId":"%s-%s","customerId":"%s","channel":"WEB","placedAt":"%s","currency":"EUR",\
                "sellerId":"%s-seller","lines":[{"lineNo":1,"sku":"PNT-9","category":"PAINTS","quantity":2,\
                "unitPrice":30.00,"discount":0}]}""".formatted(
                        id, orderId, id, OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo), id));
    }

    /** The orders the published CLV counts, 0 while none is published. */
    public int ordersCounted(ServiceProcess service) {
        HttpResponse<String> response = service.get("/api/customers/" + customerKey + "/clv", "analyst");
        return response.statusCode() == 200
                ? read(response.body()).path("historicNumberOfOrders").asInt()
                : 0;
    }

    /** Waits until the published CLV counts {@code orders} orders. */
    public void awaitOrdersCounted(ServiceProcess service, int orders, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (ordersCounted(service) != orders) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No CLV of %s counting %d orders within %s (now %s):%n%s"
                        .formatted(
                                customerKey,
                                orders,
                                bound,
                                service.get("/api/customers/" + customerKey + "/clv", "analyst")
                                        .body(),
                                service.logTail()));
            }
            ServiceProcess.sleep(Duration.ofMillis(250));
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
