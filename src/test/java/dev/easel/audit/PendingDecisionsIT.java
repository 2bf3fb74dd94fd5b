package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Decisions recorded in a transaction are chained when it commits, on real PostgreSQL. */
@PostgresIntegrationTest
class PendingDecisionsIT {

    @Autowired
    PendingDecisions pending;

    @Autowired
    DecisionLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void chainsATransactionsDecisionsInOrderWhenItCommits() {
        transactions.executeWithoutResult(status -> {
            pending.record(published("cus_pending_order", "1.00"));
            pending.recordAll(List.of(published("cus_pending_order", "2.00"), published("cus_pending_order", "3.00")));
            assertThat(recordsOf("cus_pending_order"))
                    .as("nothing chained before the commit")
                    .isEmpty();
        });

        assertThat(recordsOf("cus_pending_order"))
                .extracting(r -> r.decision().outputs().get("predictedClv"))
                .containsExactly("1.00", "2.00", "3.00");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void leavesNoRecordOfADecisionThatRolledBack() {
        transactions.executeWithoutResult(status -> {
            pending.record(published("cus_pending_rollback", "5.00"));
            status.setRollbackOnly();
        });

        assertThat(recordsOf("cus_pending_rollback")).isEmpty();
    }

    @Test
    void letsAnotherTransactionChainWhileOneIsStillDeciding() throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            pending.record(published("cus_pending_slow", "7.00"));
            recorded.countDown();
            await(otherCommitted);
        }));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

        // Appending at the moment of the decision would lock the head until the slow transaction ends: this waits.
        CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                        status -> pending.record(published("cus_pending_fast", "8.00"))))
                .get(10, TimeUnit.SECONDS);
        otherCommitted.countDown();
        slow.get(30, TimeUnit.SECONDS);

        assertThat(recordsOf("cus_pending_fast")).hasSize(1);
        assertThat(recordsOf("cus_pending_slow").get(0).id())
                .isGreaterThan(recordsOf("cus_pending_fast").get(0).id());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void givesAnInnerNewTransactionItsOwnBatch() {
        TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transactions.executeWithoutResult(status -> {
            pending.record(published("cus_pending_outer", "1.00"));
            inner.executeWithoutResult(innerStatus -> pending.record(published("cus_pending_inner", "2.00")));
            status.setRollbackOnly();
        });

        assertThat(recordsOf("cus_pending_inner")).hasSize(1);
        assertThat(recordsOf("cus_pending_outer")).isEmpty();
    }

    @Test
    void appendsAtOnceOutsideATransaction() {
        pending.record(published("cus_pending_alone", "4.00"));

        assertThat(recordsOf("cus_pending_alone")).hasSize(1);
    }

    private List<DecisionRecord> recordsOf(String customerKey) {
        return log.find(new AuditQuery(customerKey, null, null, null, 0, 100));
    }

    private static Decision published(String customerKey, String value) {
        return new Decision(
                DecisionKind.CLV_PUBLISHED,
                "easel",
                "SYSTEM",
                customerKey,
                "ruleset-test",
                "fit-test",
                null,
                List.of(),
                Map.of("predictedClv", value),
                "test",
                null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
