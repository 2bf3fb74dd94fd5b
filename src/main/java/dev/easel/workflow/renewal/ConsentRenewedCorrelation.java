package dev.easel.workflow.renewal;

import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentStatus;
import org.camunda.bpm.engine.RuntimeService;
import dev.easel.workflow.engine.AfterCommitWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A newly given consent renews a waiting renewal of the same customer and purpose. Correlating to all waiting
 * instances (none or one) makes a repeated message harmless.
 */
@Component
class ConsentRenewedCorrelation {

    private final RuntimeService runtime;
    private final TransactionTemplate newTransaction;
    private final AfterCommitWork afterCommit;

    ConsentRenewedCorrelation(RuntimeService runtime, PlatformTransactionManager transactions,
            AfterCommitWork afterCommit) {
        this.runtime = runtime;
        this.afterCommit = afterCommit;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After commit the event's transaction is finished: the correlation gets a transaction of its own. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentChanged event) {
        if (event.status() == ConsentStatus.GIVEN) {
            afterCommit.submit("renewal correlation", () -> newTransaction.executeWithoutResult(status -> runtime
                    .createMessageCorrelation(ConsentRenewalProcess.MESSAGE_CONSENT_RENEWED)
                    .processInstanceBusinessKey(event.customerKey())
                    .processInstanceVariableEquals(ConsentRenewalProcess.PURPOSE.name(), event.purpose().code())
                    .correlateAll()));
        }
    }
}
