package dev.easel.workflow.recalculation;

import dev.easel.commerce.OrderRecorded;
import dev.easel.commerce.RefundRecorded;
import dev.easel.consent.ConsentChanged;
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

    RecalculationTrigger(RecalculationRequests requests, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderRecorded event) {
        request(event.customerKey());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RefundRecorded event) {
        request(event.customerKey());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentChanged event) {
        request(event.customerKey());
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
