package dev.easel.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Every decision for a customer or a period, in chain order: time, actor, kind, the customer's CLV before (the last
 * published value) and after (the value the decision is about), the rules that fired, the ruleset and model versions
 * and the record's chain hash. The header carries the result of verifying the whole chain at rendering time.
 */
@Component
class DecisionAuditReport implements SqlReport {

    private static final String CLV_KEYS = "totalClv";

    private final AuditChain chain;

    DecisionAuditReport(AuditChain chain) {
        this.chain = chain;
    }

    @Override
    public String name() {
        return "decision-audit";
    }

    @Override
    public Set<String> roles() {
        return Set.of("AUDITOR", "COMPLIANCE");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(
                ReportParameter.optional("customerKey", ReportParameter.Kind.CUSTOMER_KEY, "one customer's decisions"),
                ReportParameter.optional("from", ReportParameter.Kind.DATE, "first day (UTC) of the period"),
                ReportParameter.optional("to", ReportParameter.Kind.DATE, "last day (UTC) of the period"));
    }

    @Override
    public ReportQuery query(ReportArguments arguments) {
        SqlFilter filter = new SqlFilter()
                .when(arguments.text("customerKey"), "d.customer_key = ?")
                .when(arguments.periodStart(), "d.recorded_at >= ?")
                .when(arguments.periodEnd(), "d.recorded_at < ?");
        // The value before is the customer's last published CLV: found through the (customer_key, id) index.
        String sql = """
                SELECT d.id, d.recorded_at, d.actor, d.actor_role, d.kind, d.customer_key, d.outputs, d.rules_fired,
                       d.ruleset_version, d.model_version, d.hash, d.reason,
                       (SELECT p.outputs FROM audit_decisions p
                         WHERE p.customer_key = d.customer_key AND p.id < d.id AND p.kind = 'CLV_PUBLISHED'
                         ORDER BY p.id DESC LIMIT 1) AS previous_outputs
                  FROM audit_decisions d""" + filter.where() + " ORDER BY d.id";
        return new ReportQuery(sql, filter.parameters());
    }

    @Override
    public Map<String, DerivedField> derived() {
        return Map.of(
                "value_before", row -> JsonCells.amount(row.getString("previous_outputs"), CLV_KEYS),
                "value_after", row -> JsonCells.amount(row.getString("outputs"), CLV_KEYS),
                "currency", row -> JsonCells.text(row.getString("outputs"), "currency"),
                "rules", row -> JsonCells.joined(row.getString("rules_fired")));
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("id", "record"),
                new Column("recorded_at", "recordedAt"),
                new Column("actor", "actor"),
                new Column("actor_role", "actorRole"),
                new Column("kind", "kind"),
                new Column("customer_key", "customerKey"),
                new Column("value_before", "valueBefore"),
                new Column("value_after", "valueAfter"),
                new Column("currency", "currency"),
                new Column("rules", "rulesFired"),
                new Column("ruleset_version", "rulesetVersion"),
                new Column("model_version", "modelVersion"),
                new Column("hash", "hash"),
                new Column("reason", "reason"));
    }

    /**
     * The chain is verified on another thread while the report fills (verifying is a read of the whole log, filling
     * a read of the records shown: on two cores they overlap); the header's text field is evaluated when the fill
     * ends and waits for the verification there.
     */
    @Override
    public Map<String, Object> headerValues(ReportArguments arguments) {
        CompletableFuture<String> verification =
                CompletableFuture.supplyAsync(() -> chain.verify().describe());
        Supplier<String> described = verification::join;
        return Map.of("CHAIN", described);
    }
}
