package dev.easel.audit;

import dev.easel.consent.ContactRevealed;
import dev.easel.consent.CustomerErased;
import dev.easel.consent.DataSubjectRequestCompleted;
import dev.easel.consent.DataSubjectRequestOpened;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every step of a data-subject request: received (with its deadline), answered, and the erasure itself.
 * Synchronous, so each record is written in the transaction of its step. The key is all that names the customer;
 * after an erasure it names no one.
 */
@Component
class DataSubjectRightsRecorder {

    private static final String COMPLIANCE = "COMPLIANCE";

    private final PendingDecisions pending;

    DataSubjectRightsRecorder(PendingDecisions pending) {
        this.pending = pending;
    }

    @EventListener
    void on(DataSubjectRequestOpened opened) {
        pending.record(Decision.bySystem(
                DecisionKind.DATA_SUBJECT_REQUEST_OPENED,
                opened.customerKey(),
                Map.of(
                        "requestId",
                        opened.requestId(),
                        "type",
                        opened.type().name(),
                        "regulation",
                        opened.regulation().name(),
                        "dueAt",
                        opened.dueAt().toString()),
                "A data-subject request was received and is tracked against its deadline."));
    }

    @EventListener
    void on(DataSubjectRequestCompleted completed) {
        pending.record(new Decision(
                DecisionKind.DATA_SUBJECT_REQUEST_COMPLETED,
                completed.completedBy(),
                COMPLIANCE,
                completed.customerKey(),
                null,
                null,
                null,
                null,
                Map.of(
                        "requestId",
                        completed.requestId(),
                        "type",
                        completed.type().name(),
                        "completedAt",
                        completed.completedAt().toString()),
                "The data-subject request was answered.",
                null));
    }

    @EventListener
    void on(CustomerErased erased) {
        pending.record(new Decision(
                DecisionKind.CUSTOMER_ERASED,
                erased.erasedBy(),
                COMPLIANCE,
                erased.customerKey(),
                null,
                null,
                null,
                null,
                Map.of("erasedAt", erased.erasedAt().toString()),
                "Personal data erased; orders and consent evidence kept under the pseudonymous key.",
                null));
    }

    @EventListener
    void on(ContactRevealed revealed) {
        pending.record(new Decision(
                DecisionKind.CONTACT_REVEALED,
                revealed.revealedBy(),
                COMPLIANCE,
                revealed.customerKey(),
                null,
                null,
                null,
                null,
                Map.of("revealedAt", revealed.revealedAt().toString()),
                revealed.why(),
                null));
    }
}
