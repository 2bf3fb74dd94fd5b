package dev.easel.clv.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRuns;
import dev.easel.clv.ClvInsights;
import dev.easel.clv.RfmSegment;
import dev.easel.clv.model.ChurnBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link ClvInsights} in SQL that runs on PostgreSQL and on H2 in PostgreSQL mode. */
@Repository
@Transactional(readOnly = true)
class InsightQueries implements ClvInsights {

    /** Upper edges of the CLV ranges: 1-2.5-5 steps, readable on a distribution with a long tail. */
    private static final List<BigDecimal> EDGES = java.util.stream.Stream.of(
                    10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000)
            .map(BigDecimal::valueOf)
            .toList();

    private final JdbcClient jdbc;
    private final ClvBatchRuns runs;
    private final ObjectMapper json;

    InsightQueries(JdbcClient jdbc, ClvBatchRuns runs, ObjectMapper json) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.json = json;
    }

    @Override
    public Optional<BatchRun> latestRun() {
        return recentRuns(1).stream().findFirst();
    }

    @Override
    public List<BatchRun> recentRuns(int limit) {
        return jdbc
                .sql("SELECT run_id FROM clv_batch_runs ORDER BY started_at DESC, run_id LIMIT ?")
                .param(limit)
                .query(String.class)
                .list()
                .stream()
                .map(runs::find)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public List<CurrencyTotal> totalsByCurrency() {
        return jdbc.sql(
                        "SELECT r.currency, COUNT(*), SUM(r.historic), SUM(r.predicted), SUM(r.total)"
                                + CurrentRows.FROM
                                + "WHERE c.status <> 'SUPPRESSED' AND r.currency IS NOT NULL GROUP BY r.currency ORDER BY r.currency")
                .query((rs, n) -> new CurrencyTotal(
                        rs.getString(1),
                        rs.getLong(2),
                        money(rs.getBigDecimal(3)),
                        money(rs.getBigDecimal(4)),
                        money(rs.getBigDecimal(5))))
                .list();
    }

    @Override
    public Map<String, Long> customersByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("PUBLISHED", "PENDING_REVIEW", "SUPPRESSED")) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) FROM clv_current GROUP BY status")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public Map<String, Long> suppressedByReason() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT r.explanation" + CurrentRows.FROM + "WHERE c.status = 'SUPPRESSED'")
                .query((rs, n) -> rs.getString(1))
                .list()
                .forEach(explanation -> reasonCodes(explanation).forEach(code -> counts.merge(code, 1L, Long::sum)));
        return counts;
    }

    private List<String> reasonCodes(String explanation) {
        try {
            List<String> codes = new ArrayList<>();
            for (JsonNode reason :
                    json.readTree(explanation).path("eligibility").path("reasons")) {
                codes.add(reason.path("code").asText());
            }
            return codes.isEmpty() ? List.of("UNSTATED") : codes;
        } catch (java.io.IOException e) {
            return List.of("UNREADABLE");
        }
    }

    @Override
    public Map<String, Long> churnBands() {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (ChurnBand band : ChurnBand.values()) {
            bands.put(band.name(), 0L);
        }
        bands.put("ONE_ORDER", 0L);
        bands.put("NO_MODEL", 0L);
        jdbc.sql("SELECT CASE WHEN r.probability_alive IS NULL AND r.historic_only THEN 'NO_MODEL' "
                        + "WHEN r.probability_alive IS NULL THEN 'ONE_ORDER' "
                        + "WHEN 1 - r.probability_alive >= ? THEN 'HIGH' WHEN 1 - r.probability_alive >= ? THEN 'MEDIUM' "
                        + "ELSE 'LOW' END AS band, COUNT(*)" + CurrentRows.FROM
                        + "WHERE c.status <> 'SUPPRESSED' GROUP BY band")
                .params(ChurnBand.HIGH_FROM, ChurnBand.MEDIUM_FROM)
                .query((rs, n) -> bands.put(rs.getString(1), rs.getLong(2)))
                .list();
        return bands;
    }

    @Override
    public List<Bucket> totalDistribution() {
        return distribution("r.total");
    }

    @Override
    public List<Bucket> predictedDistribution() {
        return distribution("r.predicted");
    }

    private List<Bucket> distribution(String column) {
        StringBuilder bucket = new StringBuilder("CASE");
        for (int b = 0; b < EDGES.size(); b++) {
            bucket.append(" WHEN ")
                    .append(column)
                    .append(" < ")
                    .append(EDGES.get(b).toPlainString())
                    .append(" THEN ")
                    .append(b);
        }
        bucket.append(" ELSE ").append(EDGES.size()).append(" END");
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT " + bucket + " AS b, COUNT(*)" + CurrentRows.FROM + "WHERE c.status <> 'SUPPRESSED' AND "
                        + column + " IS NOT NULL GROUP BY b ORDER BY b")
                .query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2)))
                .list();
        if (counts.isEmpty()) {
            return List.of();
        }
        int first = counts.keySet().iterator().next();
        int last = counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(first);
        List<Bucket> buckets = new ArrayList<>();
        for (int b = first; b <= last; b++) {
            BigDecimal from = b == 0 ? BigDecimal.ZERO : EDGES.get(b - 1);
            buckets.add(new Bucket(from, b < EDGES.size() ? EDGES.get(b) : null, counts.getOrDefault(b, 0L)));
        }
        return buckets;
    }

    @Override
    public List<Mover> topMovers(int limit) {
        List<String> finished = jdbc.sql("SELECT run_id FROM clv_batch_runs WHERE status = 'FINISHED' "
                        + "ORDER BY started_at DESC, run_id LIMIT 2")
                .query(String.class)
                .list();
        if (finished.size() < 2) {
            return List.of();
        }
        return jdbc.sql("SELECT a.customer_key, a.currency, b.total, a.total FROM clv_results a "
                        + "JOIN clv_results b ON b.customer_key = a.customer_key AND b.run_id = ? "
                        + "WHERE a.run_id = ? AND a.total IS NOT NULL AND b.total IS NOT NULL AND a.currency = b.currency "
                        + "ORDER BY ABS(a.total - b.total) DESC, a.customer_key LIMIT ?")
                .params(finished.get(1), finished.get(0), limit)
                .query((rs, n) -> new Mover(
                        rs.getString(1), rs.getString(2), money(rs.getBigDecimal(3)), money(rs.getBigDecimal(4))))
                .list();
    }

    @Override
    public List<HistoryPoint> history(String customerKey) {
        return jdbc.sql("SELECT computed_at, scored_on, status, currency, historic, predicted, total, run_id "
                        + "FROM clv_results WHERE customer_key = ? ORDER BY id")
                .param(customerKey)
                .query((rs, n) -> new HistoryPoint(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        money(rs.getBigDecimal(5)),
                        money(rs.getBigDecimal(6)),
                        money(rs.getBigDecimal(7)),
                        rs.getString(8)))
                .list();
    }

    @Override
    public List<SegmentRow> segments() {
        String segment = RfmSegment.sqlCase("r");
        Map<String, SegmentRow> rows = new HashMap<>();
        jdbc.sql("SELECT CASE WHEN c.status = 'SUPPRESSED' THEN 'UNSCORED' ELSE " + segment + " END AS segment, "
                        + "r.currency, COUNT(*), SUM(r.total), AVG(r.total)" + CurrentRows.FROM
                        + "GROUP BY segment, r.currency")
                .query((rs, n) -> {
                    SegmentRow row = new SegmentRow(
                            RfmSegment.valueOf(rs.getString(1)),
                            rs.getLong(3),
                            rs.getString(2),
                            money(rs.getBigDecimal(4)),
                            money(rs.getBigDecimal(5)));
                    return rows.put(row.segment().name() + "/" + row.currency(), row);
                })
                .list();
        return rows.values().stream()
                .sorted((a, b) -> a.segment() != b.segment()
                        ? a.segment().compareTo(b.segment())
                        : String.valueOf(a.currency()).compareTo(String.valueOf(b.currency())))
                .toList();
    }

    @Override
    public List<GroupRow> byAttribute(Attribute attribute) {
        String group = switch (attribute) {
            case COUNTRY -> "k.country";
            case TYPE -> "k.customer_type";
            case CHANNEL ->
                "COALESCE((SELECT MIN(s.channel) FROM customer_source_ids s WHERE s.customer_id = k.id "
                        + "AND s.first_seen_at = (SELECT MIN(f.first_seen_at) FROM customer_source_ids f "
                        + "WHERE f.customer_id = k.id)), 'UNKNOWN')";
        };
        return jdbc.sql("SELECT " + group + " AS grp, r.currency, COUNT(*), SUM(r.total), AVG(r.total), "
                        + "SUM(r.predicted)" + CurrentRows.FROM + "JOIN customers k ON k.customer_key = c.customer_key "
                        + "WHERE c.status <> 'SUPPRESSED' AND r.currency IS NOT NULL GROUP BY grp, r.currency "
                        + "ORDER BY SUM(r.total) DESC")
                .query((rs, n) -> new GroupRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        money(rs.getBigDecimal(4)),
                        money(rs.getBigDecimal(5)),
                        money(rs.getBigDecimal(6))))
                .list();
    }

    @Override
    public List<CohortRow> cohorts(int months) {
        // Every customer with an order counts, published or not: retention is about the ledger, not the model.
        Map<YearMonth, Map<Integer, Long>> active = new TreeMap<>();
        Map<YearMonth, Long> sizes = new TreeMap<>();
        jdbc.sql("""
                SELECT f.first_year, f.first_month, EXTRACT(YEAR FROM o.placed_at) AS y,
                       EXTRACT(MONTH FROM o.placed_at) AS m, COUNT(DISTINCT o.customer_id)
                  FROM orders o
                  JOIN (SELECT customer_id, EXTRACT(YEAR FROM MIN(placed_at)) AS first_year,
                               EXTRACT(MONTH FROM MIN(placed_at)) AS first_month
                          FROM orders GROUP BY customer_id) f ON f.customer_id = o.customer_id
                 GROUP BY f.first_year, f.first_month, EXTRACT(YEAR FROM o.placed_at), EXTRACT(MONTH FROM o.placed_at)
                """)
                .query((rs, n) -> {
                    YearMonth cohort = YearMonth.of(rs.getInt(1), rs.getInt(2));
                    YearMonth month = YearMonth.of(rs.getInt(3), rs.getInt(4));
                    int offset =
                            (month.getYear() - cohort.getYear()) * 12 + month.getMonthValue() - cohort.getMonthValue();
                    active.computeIfAbsent(cohort, key -> new TreeMap<>()).put(offset, rs.getLong(5));
                    if (offset == 0) {
                        sizes.put(cohort, rs.getLong(5));
                    }
                    return null;
                })
                .list();
        YearMonth newest = active.keySet().stream().reduce((a, b) -> b).orElse(null);
        List<CohortRow> rows = new ArrayList<>();
        active.forEach((cohort, byOffset) -> {
            if (newest != null && cohort.isBefore(newest.minusMonths(months - 1L))) {
                return;
            }
            int span = newest == null
                    ? 0
                    : (newest.getYear() - cohort.getYear()) * 12 + newest.getMonthValue() - cohort.getMonthValue();
            List<Long> counts = new ArrayList<>();
            for (int offset = 0; offset <= span; offset++) {
                counts.add(byOffset.getOrDefault(offset, 0L));
            }
            rows.add(new CohortRow(cohort, sizes.getOrDefault(cohort, 0L), counts));
        });
        return rows;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
