package dev.easel.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published CLV for analysts, pseudonymous and per currency (amounts in different currencies are never added):
 * (1) the distribution of predicted CLV, drawn as bars; (2) by RFM segment (thirds of recency, frequency, historic
 * value); (3) by the channel of the first order; (4) by customer type; (5) by first-purchase cohort, with the share
 * that bought again and the mean probability of being alive; (6) the ten largest movers between a customer's last two
 * published values; (7) the latest model fit and its diagnostics.
 */
@Component
class ClvSummaryReport implements SqlReport {

    /** The customers with a published CLV, with their result and ledger facts. */
    private static final String PUBLISHED = """
            WITH published AS (SELECT r.customer_key, r.currency, r.predicted, r.total, r.historic, r.frequency,
                    r.probability_alive, COALESCE(r.age, 0) - COALESCE(r.recency, 0) AS idle, c.customer_type,
                    c.first_channel, c.first_order_at AS first_order
               FROM clv_published_current r
               JOIN commerce_customer_firsts c ON c.customer_key = r.customer_key
              WHERE r.currency IS NOT NULL)
            """;

    private static final String BUCKET = """
            CASE WHEN p.predicted < 25 THEN 1 WHEN p.predicted < 50 THEN 2 WHEN p.predicted < 100 THEN 3
                 WHEN p.predicted < 250 THEN 4 WHEN p.predicted < 500 THEN 5 WHEN p.predicted < 1000 THEN 6
                 ELSE 7 END""";

    private static final String[] BUCKET_LABELS = {
        "", "under 25", "25 to 50", "50 to 100", "100 to 250", "250 to 500", "500 to 1,000", "1,000 and more"
    };

    private static final int BAR_WIDTH = 50;

    /** Cohorts drawn in the retention chart: the most recent ones, so that the lines stay readable. */
    private static final int RETENTION_COHORTS = 8;

    private static final int RETENTION_QUARTERS = 8;

    /** Per first-purchase quarter, the share of its customers who ordered again k quarters later. */
    private static final String RETENTION = """
            WITH firsts AS (SELECT o.customer_key,
                                   MIN(CAST(EXTRACT(YEAR FROM o.placed_at) AS INTEGER) * 4
                                       + CAST(EXTRACT(QUARTER FROM o.placed_at) AS INTEGER) - 1) AS cohort
                              FROM commerce_order_placements o GROUP BY o.customer_key),
                 active AS (SELECT DISTINCT f.customer_key, f.cohort,
                                   CAST(EXTRACT(YEAR FROM o.placed_at) AS INTEGER) * 4
                                       + CAST(EXTRACT(QUARTER FROM o.placed_at) AS INTEGER) - 1 - f.cohort AS offset_q
                              FROM commerce_order_placements o JOIN firsts f ON f.customer_key = o.customer_key)
            SELECT a.cohort, a.offset_q, COUNT(*) AS active,
                   (SELECT COUNT(*) FROM firsts g WHERE g.cohort = a.cohort) AS size
              FROM active a
             WHERE a.offset_q BETWEEN 1 AND ?
             GROUP BY a.cohort, a.offset_q
             ORDER BY a.cohort, a.offset_q""";

    private final JdbcClient jdbc;

    ClvSummaryReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "clv-summary";
    }

    @Override
    public Set<String> roles() {
        return Set.of("ANALYST");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of();
    }

    @Override
    public ReportQuery query(ReportArguments arguments) {
        String sql = PUBLISHED
                + String.join(
                        "\nUNION ALL\n",
                        grouped(
                                "1 Distribution of predicted CLV",
                                "CAST(" + BUCKET + " AS INTEGER)",
                                "''",
                                "'mean P(alive)'",
                                "p.probability_alive"),
                        segments(),
                        grouped(
                                "3 CLV by first-order channel",
                                "0",
                                "COALESCE(p.first_channel, 'none')",
                                "'mean P(alive)'",
                                "p.probability_alive"),
                        grouped(
                                "4 CLV by customer type",
                                "0",
                                "p.customer_type",
                                "'mean P(alive)'",
                                "p.probability_alive"),
                        grouped(
                                "5 CLV and retention by first-purchase cohort",
                                "0",
                                """
                        CAST(CAST(EXTRACT(YEAR FROM p.first_order) AS INTEGER) AS VARCHAR(4)) || '-Q'
                            || CAST(CAST(EXTRACT(QUARTER FROM p.first_order) AS INTEGER) AS VARCHAR(1))""",
                                "'bought again'",
                                "CASE WHEN p.frequency > 0 THEN 1.0 ELSE 0.0 END"),
                        movers(),
                        fits())
                + "\nORDER BY 1, 2, 3, 4";
        return new ReportQuery(sql, List.of());
    }

    /**
     * Customers, total and mean CLV per currency and group, with a mean of {@code measure}. The group is {@code order}
     * when the section is ordered by it, otherwise {@code label} (a constant cannot be grouped by).
     */
    private static String grouped(String section, String order, String label, String measureName, String measure) {
        String group = order.equals("0") ? label : order;
        return """
                SELECT '%s' AS section, p.currency, %s AS ord, %s AS label, COUNT(*) AS customers,
                       SUM(p.total) AS total_clv, AVG(p.total) AS mean_clv, AVG(p.predicted) AS mean_predicted,
                       %s AS measure_name,
                       CAST(AVG(%s) AS DOUBLE PRECISION) AS measure,
                       CAST(COUNT(*) AS DOUBLE PRECISION)
                           / NULLIF((SELECT COUNT(*) FROM published q WHERE q.currency = p.currency), 0) AS share
                  FROM published p
                 GROUP BY p.currency, %s""".formatted(section, order, label, measureName, measure, group);
    }

    private static String segments() {
        return """
                SELECT '2 CLV by RFM segment' AS section, s.currency, 0 AS ord,
                       'R' || CAST(s.r AS VARCHAR(1)) || ' F' || CAST(s.f AS VARCHAR(1)) || ' M'
                           || CAST(s.m AS VARCHAR(1)) AS label,
                       COUNT(*) AS customers, SUM(s.total) AS total_clv, AVG(s.total) AS mean_clv,
                       AVG(s.predicted) AS mean_predicted, 'mean P(alive)' AS measure_name,
                       CAST(AVG(s.probability_alive) AS DOUBLE PRECISION) AS measure,
                       CAST(COUNT(*) AS DOUBLE PRECISION)
                           / NULLIF((SELECT COUNT(*) FROM published q WHERE q.currency = s.currency), 0) AS share
                  FROM (SELECT p.*, NTILE(3) OVER (PARTITION BY p.currency ORDER BY p.idle DESC) AS r,
                               NTILE(3) OVER (PARTITION BY p.currency ORDER BY p.frequency) AS f,
                               NTILE(3) OVER (PARTITION BY p.currency ORDER BY p.historic) AS m
                          FROM published p) s
                 GROUP BY s.currency, s.r, s.f, s.m""";
    }

    /** The ten largest changes between a customer's last two published results (ord ranks them). */
    private static String movers() {
        return """
                SELECT '6 Top movers' AS section, m.currency, m.rank_no AS ord, m.customer_key AS label,
                       CAST(1 AS BIGINT) AS customers, m.total AS total_clv, m.previous_total AS mean_clv,
                       CAST(NULL AS NUMERIC) AS mean_predicted, 'change' AS measure_name,
                       CAST(m.total - m.previous_total AS DOUBLE PRECISION) AS measure,
                       CAST(NULL AS DOUBLE PRECISION) AS share
                  FROM (SELECT h.*, ROW_NUMBER() OVER (ORDER BY ABS(h.total - h.previous_total) DESC,
                                                       h.customer_key) AS rank_no
                          FROM (SELECT r.customer_key, r.currency, r.total,
                                       LAG(r.total) OVER (PARTITION BY r.customer_key ORDER BY r.result_id)
                                           AS previous_total,
                                       ROW_NUMBER() OVER (PARTITION BY r.customer_key ORDER BY r.result_id DESC)
                                           AS latest
                                  FROM clv_published_history r) h
                         WHERE h.latest = 1 AND h.previous_total IS NOT NULL) m
                 WHERE m.rank_no <= 10""";
    }

    /** The latest model fit: its version, status and log-likelihood, and the customers it was fitted on. */
    private static String fits() {
        return """
                SELECT '7 Model fit in use' AS section, '' AS currency, 0 AS ord,
                       f.version || ' ' || f.status || ' (' || f.time_unit || ', calibration to '
                           || CAST(f.calibration_end AS VARCHAR(10)) || ')' AS label,
                       f.customers, CAST(NULL AS NUMERIC) AS total_clv, CAST(NULL AS NUMERIC) AS mean_clv,
                       CAST(NULL AS NUMERIC) AS mean_predicted, 'log-likelihood' AS measure_name,
                       f.log_likelihood AS measure, CAST(NULL AS DOUBLE PRECISION) AS share
                  FROM clv_latest_model_fit f""";
    }

    @Override
    public Map<String, DerivedField> derived() {
        return Map.of("group_label", ClvSummaryReport::groupLabel, "bar", ClvSummaryReport::bar);
    }

    private static String groupLabel(ResultSet row) throws SQLException {
        int order = row.getInt("ord");
        String section = row.getString("section");
        if (section.startsWith("1 ")) {
            return BUCKET_LABELS[order];
        }
        return section.startsWith("2 ") ? RfmNames.describe(row.getString("label")) : row.getString("label");
    }

    /**
     * The charts page: the distribution of predicted CLV and the mean CLV per segment, per currency, from the same
     * query as the tables; the retention of each first-purchase cohort, quarter by quarter, from the ledger.
     */
    @Override
    public List<Chart> charts(ReportArguments arguments) {
        ReportQuery query = query(arguments);
        DefaultCategoryDataset distribution = new DefaultCategoryDataset();
        Map<String, double[]> segmentTotals = new java.util.LinkedHashMap<>();
        jdbc.sql(query.sql()).params(query.parameters()).query((RowCallbackHandler) row -> {
            String section = row.getString("section");
            String currency = row.getString("currency");
            if (section.startsWith("1 ")) {
                distribution.addValue(row.getDouble("share"), currency, BUCKET_LABELS[row.getInt("ord")]);
            } else if (section.startsWith("2 ")) {
                double[] sums = segmentTotals.computeIfAbsent(
                        currency + "|" + RfmNames.name(row.getString("label")), key -> new double[2]);
                sums[0] += row.getBigDecimal("total_clv").doubleValue();
                sums[1] += row.getLong("customers");
            }
        });
        DefaultCategoryDataset segments = new DefaultCategoryDataset();
        segmentTotals.forEach((key, sums) -> segments.addValue(
                sums[0] / sums[1], key.substring(0, key.indexOf('|')), key.substring(key.indexOf('|') + 1)));
        return List.of(
                new Chart(
                        "CHART_DISTRIBUTION",
                        "Chart CLV distribution",
                        "Distribution of predicted CLV",
                        "predicted CLV",
                        "share of customers",
                        Chart.Style.BARS,
                        true,
                        distribution),
                new Chart(
                        "CHART_SEGMENTS",
                        "Chart mean CLV by segment",
                        "Mean CLV by segment",
                        "segment",
                        "mean CLV (currency)",
                        Chart.Style.BARS,
                        false,
                        segments),
                new Chart(
                        "CHART_RETENTION",
                        "Chart cohort retention",
                        "Cohort retention: share ordering again",
                        "quarters after the first order",
                        "share of the cohort",
                        Chart.Style.LINES,
                        true,
                        retention()));
    }

    private DefaultCategoryDataset retention() {
        Map<Integer, Map<Integer, Double>> byCohort = new java.util.TreeMap<>();
        jdbc.sql(RETENTION).param(RETENTION_QUARTERS).query((RowCallbackHandler) row -> {
            byCohort.computeIfAbsent(row.getInt("cohort"), cohort -> new java.util.TreeMap<>())
                    .put(row.getInt("offset_q"), row.getDouble("active") / row.getDouble("size"));
        });
        List<Integer> cohorts = new java.util.ArrayList<>(byCohort.keySet());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Integer cohort : cohorts.subList(Math.max(0, cohorts.size() - RETENTION_COHORTS), cohorts.size())) {
            String name = (cohort / 4) + "-Q" + (cohort % 4 + 1);
            byCohort.get(cohort).forEach((offset, share) -> data.addValue(share, name, "+" + offset));
        }
        return data;
    }

    /** The share as a bar of block characters, 50 for 100 %: the histogram that charts would otherwise draw. */
    private static String bar(ResultSet row) throws SQLException {
        double share = row.getDouble("share");
        if (row.wasNull() || !row.getString("section").startsWith("1 ")) {
            return "";
        }
        return "\u2588".repeat((int) Math.round(share * BAR_WIDTH));
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("section", "section"),
                new Column("currency", "currency"),
                new Column("group_label", "group"),
                new Column("customers", "customers"),
                new Column("total_clv", "totalClv"),
                new Column("mean_clv", "meanClv"),
                new Column("mean_predicted", "meanPredictedClv"),
                new Column("measure_name", "measure"),
                new Column("measure", "value"),
                new Column("share", "shareOfCustomers"));
    }
}
