package dev.easel.audit.web;

import dev.easel.audit.DecisionRecord;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How the desk's templates write a record's parts. Templates call it as {@code ${@auditView.outputs(record)}}. */
@Component("auditView")
class AuditView {

    /** A decision's outputs by name, in a stable order: the order the canonical JSON hashes them in. */
    public List<Map.Entry<String, Object>> outputs(DecisionRecord record) {
        return record.decision().outputs().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }
}
