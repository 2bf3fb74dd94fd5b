package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.testing.ServiceProcess;
import dev.easel.testing.SteadyCustomer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
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
        Path folder =
                Path.of("target", "restart-it", UUID.randomUUID().toString().substring(0, 8));
        String[] demo = {"--easel.demo.customers=150"};
        SteadyCustomer customer;
        State before;
        try (ServiceProcess first = ServiceProcess.start(folder, demo)) {
            customer = SteadyCustomer.create(first, "restart-customer");
            customer.awaitOrdersCounted(first, 4, DECISION_TIMEOUT);
            reviewWaiting(first);
            before = State.settled(first);
            assertThat(before.tasks()).as("review tasks waiting").isPositive();
            assertThat(before.processInstances()).as("review instances waiting").isPositive();
            assertThat(before.processDefinitions()).isPositive();
            assertThat(before.publishedClvs()).isPositive();
            first.stop();
        }
        try (ServiceProcess second = ServiceProcess.start(folder, demo)) {
            State afterStop = State.of(second);
            assertThat(afterStop.withoutAudit()).as("after a clean stop").isEqualTo(before.withoutAudit());
            assertThat(afterStop.auditRecords())
                    .as("audit records after a clean stop")
                    .isGreaterThanOrEqualTo(before.auditRecords());
            assertThat(afterStop.auditIntact()).isTrue();
            assertThat(customer.ordersCounted(second)).isEqualTo(4);

            assertThat(customer.order(second, "restart-5", 20).statusCode()).isEqualTo(201);
            customer.awaitOrdersCounted(second, 5, DECISION_TIMEOUT);
            before = State.settled(second);
            second.kill();
        }
        try (ServiceProcess third = ServiceProcess.start(folder, demo)) {
            State afterKill = State.of(third);
            assertThat(afterKill.withoutAudit()).as("after kill -9").isEqualTo(before.withoutAudit());
            assertThat(afterKill.auditRecords())
                    .as("audit records after kill -9")
                    .isGreaterThanOrEqualTo(before.auditRecords());
            assertThat(afterKill.auditIntact()).isTrue();
            assertThat(customer.ordersCounted(third)).isEqualTo(5);
        }
    }

    /**
     * A customer whose first value, one large order and nothing before, goes to review: a waiting review task, its
     * instance and its escalation timer.
     */
    private static void reviewWaiting(ServiceProcess service) {
        String seller = "restart-customer-seller";
        assertThat(service.post("/api/customers", "ingest", """
                {"customerId":"restart-flagged","type":"INDIVIDUAL","country":"FR","channel":"WEB"}""").statusCode()).isBetween(200, 201);
        assertThat(service.post("/api/consents", "ingest", """
                {"customerId":"restart-flagged","purpose":"clv-profiling","status":"GIVEN","lawfulBasis":"CONSENT",                "capturedAt":"2026-11-01T10:00:00Z","source":"web-form","policyVersion":"privacy-2026-01",                "wording":"I agree that Easel may use my purchase history to estimate my customer value."}""").statusCode()).isBetween(200, 201);
        assertThat(service.post("/api/orders", "ingest", """
                {"orderId":"restart-flagged-1","customerId":"restart-flagged","channel":"WEB",                "placedAt":"2026-11-10T10:00:00Z","currency":"EUR","sellerId":"%s","lines":[{"lineNo":1,                "sku":"EASEL-OAK","category":"TOOLS","quantity":10,"unitPrice":500,"discount":0}]}""".formatted(seller)).statusCode())
                .isEqualTo(201);
        long deadline = System.nanoTime() + DECISION_TIMEOUT.toNanos();
        while (count(service, "/engine-rest/task/count?processDefinitionKey=clv-spike-review") == 0) {
            assertThat(System.nanoTime()).as("a review task waiting").isLessThan(deadline);
            ServiceProcess.sleep(Duration.ofMillis(250));
        }
    }

    /** What must survive a restart, as operators and auditors read it. */
    record State(
            long auditRecords,
            boolean auditIntact,
            int processDefinitions,
            int processInstances,
            int tasks,
            int jobs,
            int publishedClvs) {

        /** Once no recalculation runs (the demo marketplace's first start brings a wave of them). */
        static State settled(ServiceProcess service) throws Exception {
            long deadline = System.nanoTime() + DECISION_TIMEOUT.toNanos();
            int quietChecks = 0;
            long auditRecords = -1;
            while (quietChecks < 3) {
                assertThat(System.nanoTime()).as("recalculations settle").isLessThan(deadline);
                // The demo's first-start batch run as well as the recalculations: a run still going at the stop
                // would go on after the restart and change what the restart is compared with. A recalculation's
                // round leaves no running instance (it runs through in the relay's transaction), so the audit trail
                // standing still is the sign that none is left.
                long recordsNow = json(service.get("/api/audit/verify", "auditor")
                                .body())
                        .path("recordsChecked")
                        .asLong();
                boolean quiet = recordsNow == auditRecords
                        && count(service, "/engine-rest/process-instance/count?processDefinitionKey=clv-batch-run")
                                == 0;
                auditRecords = recordsNow;
                quietChecks = quiet ? quietChecks + 1 : 0;
                ServiceProcess.sleep(Duration.ofMillis(500));
            }
            return of(service);
        }

        static State of(ServiceProcess service) throws Exception {
            JsonNode verification =
                    json(service.get("/api/audit/verify", "auditor").body());
            return new State(
                    verification.path("recordsChecked").asLong(),
                    verification.path("intact").asBoolean(),
                    count(service, "/engine-rest/process-definition/count"),
                    count(service, "/engine-rest/process-instance/count"),
                    count(service, "/engine-rest/task/count"),
                    count(service, "/engine-rest/job/count"),
                    json(service.get("/api/audit?kind=CLV_PUBLISHED&limit=1000", "auditor")
                                    .body())
                            .size());
        }

        /** Start-up may add audit records (a rules load), never remove one. */
        State withoutAudit() {
            return new State(0, auditIntact, processDefinitions, processInstances, tasks, jobs, publishedClvs);
        }
    }

    private static int count(ServiceProcess service, String path) {
        try {
            return json(service.get(path, "admin").body()).path("count").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
