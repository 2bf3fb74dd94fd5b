package dev.easel.workflow.renewal;

import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentStatus;
import dev.easel.workflow.engine.Handoff;
import dev.easel.workflow.engine.HandoffHandler;
import dev.easel.workflow.engine.HandoffKind;
import dev.easel.workflow.engine.Handoffs;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A newly given consent renews a waiting renewal of the same customer and purpose. The message is stored with the
 * consent and correlated after the commit; correlating to all waiting instances (none or one) makes a repeated
 * message harmless.
 */
@Component
class ConsentRenewedCorrelation implements HandoffHandler {

    private final Handoffs handoffs;
    private final RuntimeService runtime;

    ConsentRenewedCorrelation(Handoffs handoffs, RuntimeService runtime) {
        this.handoffs = handoffs;
        this.runtime = runtime;
    }

    @EventListener
    void on(ConsentChanged event) {
        if (event.status() == ConsentStatus.GIVEN) {
            handoffs.handOff(
                    HandoffKind.CONSENT_RENEWED,
                    event.customerKey(),
                    event.purpose().code());
        }
    }

    @Override
    public Set<HandoffKind> kinds() {
        return Set.of(HandoffKind.CONSENT_RENEWED);
    }

    @Override
    public void handle(Handoff renewed) {
        runtime.createMessageCorrelation(ConsentRenewalProcess.MESSAGE_CONSENT_RENEWED)
                .processInstanceBusinessKey(renewed.subject())
                .processInstanceVariableEquals(ConsentRenewalProcess.PURPOSE.name(), renewed.detail())
                .correlateAll();
    }
}
