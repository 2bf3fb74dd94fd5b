package dev.easel.audit;

import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentsStored;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every consent given, withdrawn, objected to or opted out of, whether it came one at a time (API, Shopify,
 * Segment, a GPC signal) or in a file, in the transaction that stored it. The decision is the customer's; the
 * account that brought it in is kept in the outputs.
 */
@Component
class ConsentDecisionRecorder {

    private static final String DATA_SUBJECT = "customer";
    private static final String DATA_SUBJECT_ROLE = "DATA_SUBJECT";

    private final PendingDecisions pending;

    ConsentDecisionRecorder(PendingDecisions pending) {
        this.pending = pending;
    }

    @EventListener
    void on(ConsentChanged change) {
        pending.record(decision(change));
    }

    @EventListener
    void on(ConsentsStored stored) {
        pending.recordAll(
                stored.changes().stream().map(ConsentDecisionRecorder::decision).toList());
    }

    private static Decision decision(ConsentChanged change) {
        DecisionKind kind = switch (change.status()) {
            case GIVEN -> DecisionKind.CONSENT_GIVEN;
            case WITHDRAWN -> DecisionKind.CONSENT_WITHDRAWN;
            case OBJECTED -> DecisionKind.CONSENT_OBJECTED;
            case OPTED_OUT -> DecisionKind.CONSENT_OPTED_OUT;
        };
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("purpose", change.purpose().code());
        outputs.put("status", change.status().name());
        outputs.put("lawfulBasis", change.lawfulBasis().name());
        outputs.put("capturedAt", change.capturedAt().toString());
        if (change.signal() != null) {
            outputs.put("signal", change.signal());
        }
        outputs.put("recordedBy", change.recordedBy());
        return new Decision(
                kind,
                DATA_SUBJECT,
                DATA_SUBJECT_ROLE,
                change.customerKey(),
                null,
                null,
                null,
                List.of(),
                outputs,
                reason(change),
                null);
    }

    private static String reason(ConsentChanged change) {
        String purpose = change.purpose().code();
        return switch (change.status()) {
            case GIVEN -> "the customer gave consent to " + purpose;
            case WITHDRAWN -> "the customer withdrew consent to " + purpose;
            case OBJECTED -> "the customer objected to " + purpose;
            case OPTED_OUT ->
                "the customer opted out of " + purpose
                        + (change.signal() != null ? " (signal " + change.signal() + ")" : "");
        };
    }
}
