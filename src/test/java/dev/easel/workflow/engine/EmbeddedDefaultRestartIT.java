package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.testing.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * The embedded default (H2 file under {@code ./data}) started again on its own data: after a clean stop and after
 * {@code kill -9}, the packaged service starts, and what it stored before is there: the customer's orders and CLV,
 * the audit trail (intact, not one record fewer), the processes deployed, running instances and their jobs.
 */
class EmbeddedDefaultRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DECISION_TIMEOUT = Duration.ofMinutes(2);

    @Test
    void restartsOnItsDataAfterACleanStopAndAfterAKill() throws Exception {
        Path folder = Path.of("target", "restart-it", UUID.randomUUID().toString().substring(0, 8));
        String[] demo = {"--easel.demo.customers=150"};
        String customerKey;
        State before;
        try (ServiceProcess first = ServiceProcess.start(folder, demo)) {
            customerKey = customerWithAnOrder(first);
            awaitOrders(first, customerKey, 1);
            before = State.settled(first);
            first.stop();
        }
        try (ServiceProcess second = ServiceProcess.start(folder, demo)) {
            State afterStop = State.of(second);
            assertThat(afterStop.withoutAudit()).as("after a clean stop").isEqualTo(before.withoutAudit());
            assertThat(afterStop.auditRecords()).as("audit records after a clean stop")
                    .isGreaterThanOrEqualTo(before.auditRecords());
            assertThat(afterStop.auditIntact()).isTrue();
            assertThat(orders(second, customerKey)).isEqualTo(1);

            order(second, customerKey, "restart-2", "2026-11-20T10:00:00Z");
            awaitOrders(second, customerKey, 2);
            before = State.settled(second);
            second.kill();
        }
        try (ServiceProcess third = ServiceProcess.start(folder, demo)) {
            State afterKill = State.of(third);
            assertThat(afterKill.auditRecords()).as("audit records after kill -9")
                    .isGreaterThanOrEqualTo(before.auditRecords());
            assertThat(afterKill.withoutAudit()).as("after kill -9").isEqualTo(before.withoutAudit());
            assertThat(orders(third, customerKey)).isEqualTo(2);
            JsonNode verification = json(third.get("/api/audit/verify", "auditor").body());
            assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        }
    }

    /** What must survive a restart, as operators and auditors read it. */
    record State(long auditRecords, boolean auditIntact, int processDefinitions, int processInstances, int jobs,
            long customersWithClv) {

        /** Once no recalculation runs (the demo marketplace's first start brings a wave of them). */
        static State settled(ServiceProcess service) throws Exception {
            long deadline = System.nanoTime() + DECISION_TIMEOUT.toNanos();
            int quietChecks = 0;
            while (quietChecks < 3) {
                assertThat(System.nanoTime()).as("recalculations settle").isLessThan(deadline);
                quietChecks = count(service, "/engine-rest/process-instance/count?processDefinitionKey="
                        + "clv-recalculation") == 0 ? quietChecks + 1 : 0;
                ServiceProcess.sleep(Duration.ofMillis(500));
            }
            return of(service);
        }

        static State of(ServiceProcess service) throws Exception {
            JsonNode verification = json(service.get("/api/audit/verify", "auditor").body());
            return new State(verification.path("recordsChecked").asLong(), verification.path("intact").asBoolean(),
                    count(service, "/engine-rest/process-definition/count"),
                    count(service, "/engine-rest/process-instance/count"),
                    count(service, "/engine-rest/job/count"),
                    json(service.get("/api/audit?kind=CLV_PUBLISHED&limit=1000", "auditor").body()).size());
        }

        State withoutAudit() {
            return new State(0, auditIntact, processDefinitions, processInstances, jobs, 0);
        }

        private static int count(ServiceProcess service, String path) throws Exception {
            return json(service.get(path, "admin").body()).path("count").asInt();
        }
    }

    /** A new customer with consent to profiling and one order, through the API. */
    private static String customerWithAnOrder(ServiceProcess service) throws Exception {
        ok(service.post("/api/sellers", "ingest",
                "{\"sellerId\":\"restart-seller\",\"name\":\"Easel Store\",\"party\":\"FIRST_PARTY\",\"country\":\"FR\"}"));
        String customerKey = json(ok(service.post("/api/customers", "ingest",
                "{\"customerId\":\"restart-customer\",\"type\":\"INDIVIDUAL\",\"country\":\"FR\",\"channel\":\"WEB\"}")))
                .path("customerKey").asText();
        ok(service.post("/api/consents", "ingest", """
                {"customerId":"restart-customer","purpose":"clv-profiling","status":"GIVEN","lawfulBasis":"CONSENT",\
                "capturedAt":"%s","source":"web-form","policyVersion":"privacy-2026-01",\
                "wording":"I agree that Easel may use my purchase history to estimate my customer value."}"""
                .formatted(OffsetDateTime.now(ZoneOffset.UTC).minusHours(2))));
        order(service, customerKey, "restart-1", "2026-11-10T10:00:00Z");
        return customerKey;
    }

    private static void order(ServiceProcess service, String customerKey, String orderId, String placedAt) {
        ok(service.post("/api/orders", "ingest", """
                {"orderId":"%s","customerId":"restart-customer","channel":"WEB","placedAt":"%s","currency":"EUR",\
                "sellerId":"restart-seller","lines":[{"lineNo":1,"sku":"PNT-1","category":"PAINTS","quantity":2,\
                "unitPrice":30.00}]}""".formatted(orderId, placedAt)));
    }

    /** Waits for the recalculation after the order: the CLV counts it. */
    private static void awaitOrders(ServiceProcess service, String customerKey, int expected) throws Exception {
        long deadline = System.nanoTime() + DECISION_TIMEOUT.toNanos();
        while (orders(service, customerKey) != expected) {
            assertThat(System.nanoTime()).as("CLV of %s counting %d orders:%n%s", customerKey, expected,
                    service.logTail()).isLessThan(deadline);
            ServiceProcess.sleep(Duration.ofMillis(250));
        }
    }

    private static int orders(ServiceProcess service, String customerKey) throws Exception {
        var response = service.get("/api/customers/" + customerKey + "/clv", "analyst");
        return response.statusCode() == 200 ? json(response.body()).path("historicNumberOfOrders").asInt() : 0;
    }

    private static String ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
