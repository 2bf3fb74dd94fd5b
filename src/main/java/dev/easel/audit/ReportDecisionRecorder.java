package dev.easel.audit;

import dev.easel.reports.ReportRendered;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every report handed out: who, which report, its parameters, format and row count. A synchronous listener,
 * so the record is written in the transaction that announced the report.
 */
@Component
class ReportDecisionRecorder {

    private final PendingDecisions pending;

    ReportDecisionRecorder(PendingDecisions pending) {
        this.pending = pending;
    }

    @EventListener
    void on(ReportRendered event) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("report", event.report());
        outputs.put("format", event.format().extension());
        outputs.put("parameters", event.parameters());
        outputs.put("rows", event.rows());
        String customerKey = event.parameters().get("customerKey");
        pending.record(new Decision(
                DecisionKind.REPORT_RENDERED,
                event.actor(),
                event.actorRole(),
                customerKey,
                null,
                null,
                null,
                null,
                outputs,
                "report " + event.report() + " rendered as " + event.format().extension(),
                null));
    }
}
