package dev.easel.workflow.renewal;

import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentStatus;
import org.camunda.bpm.engine.RuntimeService;
import dev.easel.workflow.engine.AfterCommitWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A newly given consent renews a waiting renewal of the same customer and purpose. Correlating to all waiting
 * instances (none or one) makes a repeated message harmless.
 */
@Component
class ConsentRenewedCorrelation {

    private final RuntimeService runtime;
    private final AfterCommitWork afterCommit;

    ConsentRenewedCorrelation(RuntimeService runtime, AfterCommitWork afterCommit) {
        this.runtime = runtime;
        this.afterCommit = afterCommit;
    }

    /** After commit the event's transaction is finished: the correlation gets a transaction of its own. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentChanged event) {
        if (event.status() == ConsentStatus.GIVEN) {
            afterCommit.submitInNewTransaction("renewal correlation", () -> runtime
                    .createMessageCorrelation(ConsentRenewalProcess.MESSAGE_CONSENT_RENEWED)
                    .processInstanceBusinessKey(event.customerKey())
                    .processInstanceVariableEquals(ConsentRenewalProcess.PURPOSE.name(), event.purpose().code())
                    .correlateAll());
        }
    }
}
