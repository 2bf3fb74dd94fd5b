package dev.easel.workflow.recalculation;

import dev.easel.commerce.OrderRecorded;
import dev.easel.commerce.RefundRecorded;
import dev.easel.consent.ConsentChanged;
import dev.easel.workflow.engine.AfterCommitWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests a recalculation once the change that calls for it has committed: a rolled-back order starts nothing, and
 * the instance never reads a ledger older than the event.
 */
@Component
class RecalculationTrigger {

    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(RecalculationTrigger.class);

    private final RecalculationRequests requests;
    private final TransactionTemplate newTransaction;
    private final AfterCommitWork afterCommit;

    RecalculationTrigger(RecalculationRequests requests, PlatformTransactionManager transactions,
            AfterCommitWork afterCommit) {
        this.requests = requests;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.afterCommit = afterCommit;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderRecorded event) {
        requestLater(event.customerKey());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RefundRecorded event) {
        requestLater(event.customerKey());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentChanged event) {
        requestLater(event.customerKey());
    }

    private void requestLater(String customerKey) {
        afterCommit.submit("recalculation request for " + customerKey, () -> request(customerKey));
    }

    void request(String customerKey) {
        for (int attempt = 1; ; attempt++) {
            try {
                newTransaction.executeWithoutResult(status -> requests.request(customerKey));
                return;
            } catch (DataIntegrityViolationException concurrentStart) {
                // Another request inserted the customer's row first: the next attempt marks that row instead.
                if (attempt == ATTEMPTS) {
                    throw concurrentStart;
                }
                log.debug("Concurrent recalculation request for {}, attempt {}", customerKey, attempt);
            }
        }
    }
}
