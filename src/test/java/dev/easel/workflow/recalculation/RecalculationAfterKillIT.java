package dev.easel.workflow.recalculation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.ServiceProcess;
import dev.easel.testing.StandalonePostgres;
import dev.easel.testing.SteadyCustomer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An order answered 201 is recalculated even when the service dies before the recalculation starts: the request is
 * stored with the order ({@code workflow_handoffs}) and taken up after the restart. The service runs as the packaged
 * jar on PostgreSQL and is killed with {@code kill -9}. To die at exactly that moment, the test holds the customer's
 * {@code recalculation_requests} key in an open transaction of its own, so the relay blocks on it: the relay's work is
 * in flight, uncommitted, when the process is killed.
 */
class RecalculationAfterKillIT {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void anOrderAnswered201IsRecalculatedAfterAKillAndARestart() throws Exception {
        Path folder =
                Path.of("target", "handoff-it", UUID.randomUUID().toString().substring(0, 8));
        try (StandalonePostgres postgres = StandalonePostgres.start()) {
            String[] arguments = postgres.serviceArguments("--easel.demo.load-on-empty-database=false");
            SteadyCustomer customer;
            try (ServiceProcess service = ServiceProcess.start(folder, arguments)) {
                customer = SteadyCustomer.create(service, "kill-customer");
                customer.awaitOrdersCounted(service, 4, Duration.ofMinutes(2));
                awaitNoRecalculationRunning(postgres, customer.customerKey());

                try (Connection blocker = postgres.dataSource().getConnection()) {
                    blocker.setAutoCommit(false);
                    try (PreparedStatement hold = blocker.prepareStatement("INSERT INTO recalculation_requests"
                            + " (customer_key, run_again, requested_at) VALUES (?, FALSE, now())")) {
                        hold.setString(1, customer.customerKey());
                        hold.executeUpdate();
                    }
                    assertThat(customer.order(service, "after-201", 10).statusCode())
                            .isEqualTo(201);
                    service.kill();
                    blocker.rollback();
                }
            }
            assertThat(postgres.jdbc()
                            .sql("SELECT COUNT(*) FROM workflow_handoffs WHERE kind = 'RECALCULATION'"
                                    + " AND subject = ?")
                            .param(customer.customerKey())
                            .query(Long.class)
                            .single())
                    .as("the request stored with the order")
                    .isEqualTo(1);

            try (ServiceProcess restarted = ServiceProcess.start(folder, arguments)) {
                long started = System.nanoTime();
                customer.awaitOrdersCounted(restarted, 5, BOUND);
                System.out.printf(
                        "Recalculated %.1f s after the restarted service answered its health check%n",
                        (System.nanoTime() - started) / 1e9);
                assertThat(postgres.jdbc()
                                .sql("SELECT COUNT(*) FROM workflow_handoffs")
                                .query(Long.class)
                                .single())
                        .isZero();
            }
        }
    }

    /** The first recalculation's instance has ended: it removed the customer's row. */
    private static void awaitNoRecalculationRunning(StandalonePostgres postgres, String customerKey) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (postgres.jdbc()
                        .sql("SELECT COUNT(*) FROM recalculation_requests WHERE customer_key = ?")
                        .param(customerKey)
                        .query(Long.class)
                        .single()
                > 0) {
            assertThat(System.nanoTime()).as("first recalculation ends").isLessThan(deadline);
            ServiceProcess.sleep(Duration.ofMillis(250));
        }
    }
}
