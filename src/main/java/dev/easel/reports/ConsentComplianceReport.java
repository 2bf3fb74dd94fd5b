package dev.easel.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Consent compliance in sections, one row per figure: (1) the consent rate per purpose and jurisdiction at the end of
 * the period; (2) withdrawals, objections, opt-outs and GPC signals received in the period, and how many were honoured
 * (no CLV published for the customer after Easel received the signal, unless consent was given again); (3) consent
 * renewals due (the customer's current CLV result says so), requested and lapsed (from the audit trail); (4) the
 * customers whose CLV is suppressed, with the consent rules' reasons.
 */
@Component
class ConsentComplianceReport implements SqlReport {

    private static final String PURPOSES = "(SELECT 'clv-profiling' AS purpose UNION ALL SELECT 'marketing-sync')";
    /** The purpose a renewal record is about: its outputs are canonical JSON, so the text match is exact. */
    private static final String RECORD_PURPOSE =
            "CASE WHEN d.outputs LIKE '%\"purpose\":\"marketing-sync\"%' THEN 'marketing-sync' ELSE 'clv-profiling' END";

    /** The region's code where it names its country (US-CA), else country and region (FR, XX-region). */
    private static final String JURISDICTION = "CASE WHEN c.region IS NULL THEN c.country"
            + " WHEN c.region LIKE c.country || '-%' THEN c.region ELSE c.country || '-' || c.region END";

    private final Clock clock;
    private final ConsentRatesOverTime ratesOverTime;
    private final ReportsDatabase database;

    ConsentComplianceReport(Clock clock, ConsentRatesOverTime ratesOverTime, ReportsDatabase database) {
        this.clock = clock;
        this.ratesOverTime = ratesOverTime;
        this.database = database;
    }

    @Override
    public String name() {
        return "consent-compliance";
    }

    @Override
    public Set<String> roles() {
        return Set.of("COMPLIANCE");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(
                ReportParameter.optional("from", ReportParameter.Kind.DATE, "first day (UTC) of the period"),
                ReportParameter.optional("to", ReportParameter.Kind.DATE, "last day (UTC) of the period"));
    }

    @Override
    public ReportQuery query(ReportArguments arguments) {
        return query(arguments, database.postgres());
    }

    /**
     * The query in the form for PostgreSQL or for H2. Both give the same rows; only section 1 differs, because each
     * database plans one of its two forms badly.
     */
    ReportQuery query(ReportArguments arguments, boolean postgres) {
        OffsetDateTime asOf = asOf(arguments);
        List<Object> parameters = new ArrayList<>();
        String sql = String.join(
                        "\nUNION ALL\n",
                        postgres ? ratesInOnePass(asOf, parameters) : rates(asOf, parameters),
                        signals(arguments, parameters),
                        renewals(arguments, parameters),
                        renewalsDue(),
                        suppressed())
                + "\nORDER BY 1, 2, 3, 4";
        return new ReportQuery(sql, parameters);
    }

    /** The chart page: consent rates per jurisdiction family, month by month up to the end of the period. */
    @Override
    public List<Chart> charts(ReportArguments arguments) {
        return List.of(new Chart(
                "CHART_CONSENT_RATES",
                "Chart consent by family",
                "Consent to CLV profiling by jurisdiction family",
                "month (UTC), share at its end",
                "share consenting",
                Chart.Style.LINES,
                true,
                ratesOverTime.monthly(asOf(arguments))));
    }

    private OffsetDateTime asOf(ReportArguments arguments) {
        return arguments.periodEnd() != null
                ? arguments.periodEnd()
                : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Section 1 on H2: customers whose latest consent event for the purpose, before the end, gives consent. The latest
     * event is one short backward read of the (customer_key, purpose, captured_at) index per customer and purpose: a
     * join to a ranked derived table was re-ranked for every customer on H2 (134 s for 2,000 customers). On
     * PostgreSQL the same reads cost two million index probes for a million customers (30 to 46 s).
     */
    private static String rates(OffsetDateTime asOf, List<Object> parameters) {
        parameters.add(asOf);
        parameters.add(asOf);
        return """
                SELECT '1 Consent rate by purpose and jurisdiction' AS section, p.purpose, %s AS scope,
                       'consent given' AS measure,
                       SUM(CASE WHEN (SELECT e.status FROM consent_choices e
                                       WHERE e.customer_key = c.customer_key AND e.purpose = p.purpose
                                         AND e.captured_at < ?
                                       ORDER BY e.captured_at DESC, e.id DESC LIMIT 1) = 'GIVEN'
                                THEN 1 ELSE 0 END) AS figure,
                       COUNT(*) AS base, CAST(NULL AS VARCHAR(1)) AS explanation
                  FROM commerce_customer_jurisdictions c CROSS JOIN %s p
                 WHERE c.created_at < ?
                 GROUP BY p.purpose, %s""".formatted(JURISDICTION, PURPOSES, JURISDICTION);
    }

    /**
     * Section 1 on PostgreSQL, the same figures from one ordered pass: the latest choice per customer and purpose is
     * the first row of each group of a backward read of the index on (customer_key, purpose, captured_at, id) that
     * also holds the status (V220), so no sort and no table read; folded to one row per customer (consenting or not,
     * per purpose) while still in key order, joined once to the customers, counted per jurisdiction and only then
     * split by purpose.
     */
    private static String ratesInOnePass(OffsetDateTime asOf, List<Object> parameters) {
        parameters.add(asOf);
        parameters.add(asOf);
        return """
                SELECT '1 Consent rate by purpose and jurisdiction' AS section, p.purpose, r.scope,
                       'consent given' AS measure,
                       CASE WHEN p.purpose = 'clv-profiling' THEN r.clv_profiling ELSE r.marketing_sync END AS figure,
                       r.base, CAST(NULL AS VARCHAR(1)) AS explanation
                  FROM (SELECT %s AS scope,
                               CAST(SUM(COALESCE(f.clv_profiling, 0)) AS BIGINT) AS clv_profiling,
                               CAST(SUM(COALESCE(f.marketing_sync, 0)) AS BIGINT) AS marketing_sync,
                               COUNT(*) AS base
                          FROM commerce_customer_jurisdictions c
                          LEFT JOIN (SELECT l.customer_key,
                                            MAX(CASE WHEN l.purpose = 'clv-profiling' AND l.status = 'GIVEN'
                                                     THEN 1 ELSE 0 END) AS clv_profiling,
                                            MAX(CASE WHEN l.purpose = 'marketing-sync' AND l.status = 'GIVEN'
                                                     THEN 1 ELSE 0 END) AS marketing_sync
                                       FROM (SELECT DISTINCT ON (e.customer_key, e.purpose)
                                                    e.customer_key, e.purpose, e.status
                                               FROM consent_choices e
                                              WHERE e.captured_at < ?
                                              ORDER BY e.customer_key DESC, e.purpose DESC, e.captured_at DESC,
                                                       e.id DESC) l
                                      GROUP BY l.customer_key) f ON f.customer_key = c.customer_key
                         WHERE c.created_at < ?
                         GROUP BY %s) r
                 CROSS JOIN %s p""".formatted(JURISDICTION, JURISDICTION, PURPOSES);
    }

    /**
     * Section 2: signals against processing received in the period. Honoured is measured for CLV profiling, the
     * purpose Easel itself acts on: no CLV_PUBLISHED record for the customer after the signal and before any later
     * consent. For marketing sync the count is given without an honoured figure.
     */
    private static String signals(ReportArguments arguments, List<Object> parameters) {
        SqlFilter period = new SqlFilter()
                .when(arguments.periodStart(), "e.recorded_at >= ?")
                .when(arguments.periodEnd(), "e.recorded_at < ?");
        parameters.addAll(period.parameters());
        return """
                SELECT '2 Withdrawals, objections, opt-outs and GPC signals received' AS section, e.purpose,
                       CASE WHEN e.signal = 'GPC' THEN 'GPC signal' ELSE e.status END AS scope,
                       CASE WHEN e.purpose = 'clv-profiling' THEN 'honoured' ELSE 'received (no CLV use to check)' END
                           AS measure,
                       SUM(CASE WHEN e.purpose <> 'clv-profiling' THEN 0
                                WHEN EXISTS (SELECT 1 FROM audit_decisions d
                                              WHERE d.customer_key = e.customer_key AND d.kind = 'CLV_PUBLISHED'
                                                AND d.recorded_at > e.recorded_at
                                                AND NOT EXISTS (SELECT 1 FROM consent_choices g
                                                                 WHERE g.customer_key = e.customer_key
                                                                   AND g.purpose = e.purpose AND g.status = 'GIVEN'
                                                                   AND g.recorded_at > e.recorded_at
                                                                   AND g.recorded_at < d.recorded_at))
                                THEN 0 ELSE 1 END) AS figure,
                       COUNT(*) AS base, CAST(NULL AS VARCHAR(1)) AS explanation
                  FROM consent_choices e
                 WHERE (e.status <> 'GIVEN' OR e.signal = 'GPC')""" + period.and() + """

                 GROUP BY e.purpose, CASE WHEN e.signal = 'GPC' THEN 'GPC signal' ELSE e.status END""";
    }

    /** Section 3: renewal requests and lapses the workflow recorded in the audit trail during the period. */
    private static String renewals(ReportArguments arguments, List<Object> parameters) {
        SqlFilter period = new SqlFilter()
                .when(arguments.periodStart(), "d.recorded_at >= ?")
                .when(arguments.periodEnd(), "d.recorded_at < ?");
        parameters.addAll(period.parameters());
        return """
                SELECT '3 Consent renewals' AS section, %s AS purpose,
                       CASE d.kind WHEN 'CONSENT_RENEWAL_REQUESTED' THEN 'renewal requested' ELSE 'consent lapsed' END
                           AS scope,
                       'customers' AS measure, COUNT(DISTINCT d.customer_key) AS figure, CAST(NULL AS BIGINT) AS base,
                       CAST(NULL AS VARCHAR(1)) AS explanation
                  FROM audit_decisions d
                 WHERE d.kind IN ('CONSENT_RENEWAL_REQUESTED', 'CONSENT_LAPSED')""".formatted(RECORD_PURPOSE) + period.and() + """

                 GROUP BY d.kind, %s""".formatted(RECORD_PURPOSE);
    }

    /** Section 3, continued: customers whose current CLV result found their consent due for renewal. */
    private static String renewalsDue() {
        return """
                SELECT '3 Consent renewals' AS section, 'clv-profiling' AS purpose, 'renewal due' AS scope,
                       'customers' AS measure, COUNT(*) AS figure, CAST(NULL AS BIGINT) AS base,
                       CAST(NULL AS VARCHAR(1)) AS explanation
                  FROM clv_current_results cur
                 WHERE cur.eligibility = 'RENEWAL_DUE'""";
    }

    /** Section 4: one row per customer whose CLV is suppressed; the reasons are read from the result's explanation. */
    private static String suppressed() {
        return """
                SELECT '4 Customers whose CLV is suppressed' AS section, 'clv-profiling' AS purpose,
                       cur.customer_key AS scope, 'since ' || CAST(cur.scored_on AS VARCHAR(10)) AS measure,
                       CAST(1 AS BIGINT) AS figure, CAST(NULL AS BIGINT) AS base, cur.explanation
                  FROM clv_current_results cur
                 WHERE cur.status = 'SUPPRESSED'""";
    }

    @Override
    public Map<String, DerivedField> derived() {
        return Map.of("rate", ConsentComplianceReport::rate, "measure", ConsentComplianceReport::measure);
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("section", "section"),
                new Column("purpose", "purpose"),
                new Column("scope", "scope"),
                new Column("measure", "measure"),
                new Column("figure", "figure"),
                new Column("base", "of"),
                new Column("rate", "ratePercent"));
    }

    /** The measure; for a suppressed customer, since when and the consent rules' reasons. */
    private static String measure(ResultSet row) throws SQLException {
        String explanation = row.getString("explanation");
        if (explanation == null) {
            return row.getString("measure");
        }
        Object eligibility = JsonCells.object(explanation).get("eligibility");
        StringBuilder reasons = new StringBuilder();
        if (eligibility instanceof Map<?, ?> map && map.get("reasons") instanceof List<?> list) {
            for (Object reason : list) {
                if (reason instanceof Map<?, ?> entry) {
                    reasons.append(reasons.isEmpty() ? "" : "; ").append(entry.get("code"));
                    if (entry.get("rule") != null) {
                        reasons.append(" (").append(entry.get("rule")).append(')');
                    }
                }
            }
        }
        return row.getString("measure") + ": " + (reasons.isEmpty() ? "no reason recorded" : reasons);
    }

    /** figure as a percentage of base, to one decimal. */
    private static BigDecimal rate(ResultSet row) throws SQLException {
        long base = row.getLong("base");
        if (row.wasNull() || base == 0) {
            return null;
        }
        return BigDecimal.valueOf(row.getLong("figure"))
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }
}
