package dev.easel.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flagged CLV spikes and what became of them, by reviewer: approved, rejected, still undecided, escalated on the way,
 * and the hours from flag to decision. Built from the audit trail alone: a flag is answered by the customer's next
 * approval or rejection, and the escalations between the two belong to it (the CLV engine keeps at most one result
 * per customer waiting for review).
 */
@Component
class ReviewOutcomesReport implements SqlReport {

    static final String UNDECIDED = "(undecided)";
    private static final Map<String, String> SERIES =
            Map.of("CLV_FLAGGED", "flagged", "CLV_APPROVED", "approved", "CLV_REJECTED", "rejected");

    private final JdbcClient jdbc;

    ReviewOutcomesReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "review-outcomes";
    }

    @Override
    public Set<String> roles() {
        return Set.of("COMPLIANCE");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(
                ReportParameter.optional("from", ReportParameter.Kind.DATE, "first day (UTC) spikes were flagged"),
                ReportParameter.optional("to", ReportParameter.Kind.DATE, "last day (UTC) spikes were flagged"));
    }

    @Override
    public ReportQuery query(ReportArguments arguments) {
        SqlFilter filter = new SqlFilter()
                .when(arguments.periodStart(), "f.recorded_at >= ?")
                .when(arguments.periodEnd(), "f.recorded_at < ?");
        String sql = """
                SELECT f.id AS flagged_id, f.recorded_at AS flagged_at, f.customer_key, f.outputs AS flagged_outputs,
                       (SELECT p.outputs FROM audit_decisions p
                         WHERE p.customer_key = f.customer_key AND p.id < f.id AND p.kind = 'CLV_PUBLISHED'
                         ORDER BY p.id DESC LIMIT 1) AS previous_outputs,
                       o.kind AS outcome_kind, o.actor AS decided_by, o.recorded_at AS decided_at,
                       o.reason AS decision_reason,
                       (SELECT COUNT(*) FROM audit_decisions e
                         WHERE e.customer_key = f.customer_key AND e.kind = 'CLV_ESCALATED' AND e.id > f.id
                           AND (o.id IS NULL OR e.id < o.id)) AS escalations
                  FROM audit_decisions f
                  LEFT JOIN audit_decisions o ON o.id = (
                       SELECT MIN(x.id) FROM audit_decisions x
                        WHERE x.customer_key = f.customer_key AND x.id > f.id
                          AND x.kind IN ('CLV_APPROVED', 'CLV_REJECTED'))
                 WHERE f.kind = 'CLV_FLAGGED'""" + filter.and() + " ORDER BY CASE WHEN o.actor IS NULL THEN 1 ELSE 0 END, o.actor, f.id";
        return new ReportQuery(sql, filter.parameters());
    }

    /** Flags, approvals and rejections recorded per month of the period, for the chart of outcomes over time. */
    @Override
    public List<Chart> charts(ReportArguments arguments) {
        SqlFilter filter = new SqlFilter()
                .when(arguments.periodStart(), "d.recorded_at >= ?")
                .when(arguments.periodEnd(), "d.recorded_at < ?");
        DefaultCategoryDataset months = new DefaultCategoryDataset();
        jdbc.sql("""
                        SELECT CAST(EXTRACT(YEAR FROM d.recorded_at) AS INTEGER) AS y,
                               CAST(EXTRACT(MONTH FROM d.recorded_at) AS INTEGER) AS m, d.kind, COUNT(*) AS n
                          FROM audit_decisions d
                         WHERE d.kind IN ('CLV_FLAGGED', 'CLV_APPROVED', 'CLV_REJECTED')""" + filter.and() + """

                         GROUP BY CAST(EXTRACT(YEAR FROM d.recorded_at) AS INTEGER),
                                  CAST(EXTRACT(MONTH FROM d.recorded_at) AS INTEGER), d.kind
                         ORDER BY 1, 2""").params(filter.parameters()).query((RowCallbackHandler)
                row -> months.addValue(
                        row.getLong("n"),
                        SERIES.get(row.getString("kind")),
                        "%d-%02d".formatted(row.getInt("y"), row.getInt("m"))));
        return List.of(new Chart(
                "CHART_OUTCOMES",
                "Chart outcomes per month",
                "Review outcomes over time",
                "month (UTC)",
                "records",
                Chart.Style.BARS,
                false,
                months));
    }

    @Override
    public Map<String, DerivedField> derived() {
        return Map.of(
                "reviewer", row -> row.getString("decided_by") == null ? UNDECIDED : row.getString("decided_by"),
                "outcome", ReviewOutcomesReport::outcome,
                "value_before", row -> JsonCells.amount(row.getString("previous_outputs"), "totalClv"),
                "value_flagged", row -> JsonCells.amount(row.getString("flagged_outputs"), "totalClv"),
                "currency", row -> JsonCells.text(row.getString("flagged_outputs"), "currency"),
                "escalated", row -> row.getLong("escalations") > 0 ? "yes" : "no",
                "hours_to_decision", ReviewOutcomesReport::hoursToDecision);
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("reviewer", "reviewer"),
                new Column("flagged_id", "flaggedRecord"),
                new Column("flagged_at", "flaggedAt"),
                new Column("customer_key", "customerKey"),
                new Column("value_before", "valueBefore"),
                new Column("value_flagged", "valueFlagged"),
                new Column("currency", "currency"),
                new Column("outcome", "outcome"),
                new Column("escalated", "escalated"),
                new Column("decided_at", "decidedAt"),
                new Column("hours_to_decision", "hoursToDecision"),
                new Column("decision_reason", "reason"));
    }

    private static String outcome(ResultSet row) throws SQLException {
        String kind = row.getString("outcome_kind");
        if (kind == null) {
            return "PENDING";
        }
        return kind.equals("CLV_APPROVED") ? "APPROVED" : "REJECTED";
    }

    private static BigDecimal hoursToDecision(ResultSet row) throws SQLException {
        Timestamp flagged = row.getTimestamp("flagged_at");
        Timestamp decided = row.getTimestamp("decided_at");
        if (decided == null) {
            return null;
        }
        long millis = decided.getTime() - flagged.getTime();
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000L), 1, RoundingMode.HALF_UP);
    }
}
