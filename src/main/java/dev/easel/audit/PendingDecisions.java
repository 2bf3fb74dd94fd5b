package dev.easel.audit;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the recorders hand their decisions: held by the deciding transaction and chained just before it commits.
 *
 * <p>Chaining locks the log's head row until the commit. Appended at the moment of the decision, the lock would be
 * held through everything the transaction does afterwards (a Camunda job goes on through the rest of its process
 * and flushes its history), and every recalculation would queue behind the one before. Appended at commit, the
 * lock lasts for the inserts and the commit alone. The decision and its record still commit or roll back together:
 * a failed append fails the commit.
 */
@Component
class PendingDecisions {

    private static final Logger logger = LoggerFactory.getLogger(PendingDecisions.class);

    private static final int EAGER_CHAIN_AT = 10_000;

    private final DecisionLog log;
    private final TransactionTemplate newTransaction;

    PendingDecisions(DecisionLog log, PlatformTransactionManager transactions) {
        this.log = log;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(Decision decision) {
        recordAll(List.of(decision));
    }

    /** In order; without a transaction, appended at once in a transaction of their own. */
    void recordAll(List<Decision> decisions) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.appendAll(decisions);
            return;
        }
        Batch batch = current();
        if (batch.chained) {
            // Recorded after this transaction's batch was chained (from another before-commit callback): append
            // now, still inside the committing transaction.
            log.appendAll(decisions);
            return;
        }
        batch.decisions.addAll(decisions);
        if (batch.decisions.size() >= EAGER_CHAIN_AT) {
            // A file's worth of decisions is chained as it goes rather than held in memory to the end; the lock
            // then lasts to the commit, which is the price of importing in one transaction.
            log.appendAll(batch.decisions);
            batch.decisions.clear();
        }
    }

    /**
     * This transaction's batch. Looked up among the transaction's own synchronizations (not a bound resource), so that
     * an inner REQUIRES_NEW transaction, which suspends the outer one's, gets a batch of its own.
     */
    private Batch current() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Batch batch && batch.owner() == this) {
                return batch;
            }
        }
        Batch batch = new Batch();
        TransactionSynchronizationManager.registerSynchronization(batch);
        return batch;
    }

    private final class Batch implements TransactionSynchronization {

        private final List<Decision> decisions = new ArrayList<>();
        private boolean chained;

        PendingDecisions owner() {
            return PendingDecisions.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            log.appendAll(decisions);
            chained = true;
        }

        /**
         * A batch registered while the transaction was already committing is never asked to chain: its decisions
         * committed without their records. They are appended now, in a transaction of their own, rather than lost.
         */
        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED && !chained && !decisions.isEmpty()) {
                logger.error("{} decisions committed before their audit records; recording them now", decisions.size());
                newTransaction.executeWithoutResult(recording -> log.appendAll(decisions));
            }
        }

        /** Last of the before-commit work: other synchronizations may still record decisions before it runs. */
        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
