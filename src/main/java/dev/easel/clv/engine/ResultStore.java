package dev.easel.clv.engine;

import dev.easel.clv.CurrentStatus;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.shared.PostgresCheck;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** clv_results and clv_current, written a chunk at a time with JDBC batches. */
@Repository
class ResultStore {

    private static final String COLUMNS = "customer_key, run_id, status, eligibility, currency, historic, predicted, "
            + "total, historic_orders, expected_orders, probability_alive, expected_spend, average_order_value, "
            + "average_days_between, next_order_on, historic_only, frequency, recency, age, mean_repeat_spend, "
            + "largest_order_share, serial_returner, ruleset_version, model_version, inputs_digest, explanation, "
            + "process_instance, scored_on, computed_at, decided_at, decided_by, decision_reason";
    private static final String INSERT = "INSERT INTO clv_results (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final UnnestInsert RESULTS = new UnnestInsert(
            "clv_results",
            List.of(COLUMNS.split(",\\s*")),
            List.of(
                    "varchar",
                    "varchar",
                    "varchar",
                    "varchar",
                    "char(3)",
                    "numeric",
                    "numeric",
                    "numeric",
                    "integer",
                    "float8",
                    "float8",
                    "numeric",
                    "numeric",
                    "float8",
                    "date",
                    "boolean",
                    "integer",
                    "float8",
                    "float8",
                    "float8",
                    "float8",
                    "boolean",
                    "varchar",
                    "varchar",
                    "char(64)",
                    "varchar",
                    "varchar",
                    "date",
                    "timestamptz",
                    "timestamptz",
                    "varchar",
                    "varchar"));
    private static final UnnestInsert CURRENT = new UnnestInsert(
            "clv_current",
            List.of("customer_key", "status", "published_id", "pending_id", "suppressed_id", "updated_at"),
            List.of("varchar", "varchar", "bigint", "bigint", "bigint", "timestamptz"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PostgresCheck database;

    ResultStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.database = new PostgresCheck(template);
    }

    long insert(ResultRow row) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(row)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Inserts a run's rows; a customer who already has a row in the run keeps it (the unique key on run and
     * customer makes a repeated chunk a no-op). Returns the ids of the rows inserted now, by customer key.
     */
    Map<String, Long> insertRun(String runId, List<ResultRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Object[]> batch = new ArrayList<>(rows.size());
        rows.forEach(row -> batch.add(values(row)));
        if (postgres()) {
            return template.execute((ConnectionCallback<Map<String, Long>>) connection -> {
                Map<String, Long> ids = new HashMap<>();
                try (PreparedStatement statement = RESULTS.prepare(
                                connection, batch, "ON CONFLICT DO NOTHING RETURNING customer_key, id");
                        ResultSet inserted = statement.executeQuery()) {
                    while (inserted.next()) {
                        ids.put(inserted.getString(1), inserted.getLong(2));
                    }
                }
                return ids;
            });
        }
        template.batchUpdate(INSERT + " ON CONFLICT DO NOTHING", batch);
        Map<String, Long> ids = new HashMap<>();
        Set<String> digests = new HashSet<>();
        rows.forEach(row -> digests.add(row.customerKey() + "|" + row.computedAt()));
        jdbc.sql(
                        "SELECT id, customer_key, computed_at FROM clv_results WHERE run_id = :run AND customer_key IN (:keys)")
                .param("run", runId)
                .param("keys", rows.stream().map(ResultRow::customerKey).toList())
                .query((rs, n) -> {
                    // Only rows written by this call: an earlier attempt's rows carry another computed_at.
                    String key = rs.getString(2);
                    Instant at = rs.getObject(3, OffsetDateTime.class).toInstant();
                    if (digests.contains(key + "|" + at)) {
                        ids.put(key, rs.getLong(1));
                    }
                    return null;
                })
                .list();
        return ids;
    }

    Set<String> customersInRun(String runId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("SELECT customer_key FROM clv_results WHERE run_id = :run AND customer_key IN (:keys)")
                        .param("run", runId)
                        .param("keys", keys)
                        .query(String.class)
                        .list());
    }

    /** Those of these customers with a result of a single recalculation computed after {@code since}. */
    Set<String> recalculatedSince(Collection<String> keys, Instant since) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT customer_key FROM clv_results WHERE customer_key IN (:keys) "
                        + "AND run_id IS NULL AND computed_at > :since")
                .param("keys", keys)
                .param("since", utc(since))
                .query(String.class)
                .list());
    }

    Optional<ResultRow> find(long id) {
        return jdbc.sql("SELECT id, " + COLUMNS + " FROM clv_results WHERE id = ?")
                .param(id)
                .query(ResultStore::row)
                .optional();
    }

    /** The published predicted CLV of each customer that has one. */
    Map<String, BigDecimal> publishedPredicted(Collection<String> keys) {
        Map<String, BigDecimal> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT c.customer_key, r.predicted FROM clv_current c JOIN clv_results r ON r.id = c.published_id "
                        + "WHERE c.customer_key IN (:keys)")
                .param("keys", keys)
                .query((rs, n) -> found.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return found;
    }

    /** The results waiting for a review, by customer. */
    Map<String, ResultRow> pending(Collection<String> keys) {
        Map<String, ResultRow> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT r.id, " + prefixed("r.") + " FROM clv_current c JOIN clv_results r ON r.id = c.pending_id "
                        + "WHERE c.customer_key IN (:keys)")
                .param("keys", keys)
                .query((rs, n) -> found.put(rs.getString("customer_key"), row(rs, n)))
                .list();
        return found;
    }

    private static String prefixed(String alias) {
        return alias + String.join(", " + alias, COLUMNS.split(",\\s*"));
    }

    /**
     * Publishes a result that nothing was decided on since it was flagged or computed; false when another decision
     * (a publication, a rejection, a supersession) came first. The update takes the row's lock, so of two callers at
     * once exactly one publishes.
     */
    boolean publishUndecided(long id, Instant at, String by, String reason) {
        return jdbc.sql(
                                "UPDATE clv_results SET status = 'PUBLISHED', decided_at = ?, decided_by = ?, "
                                        + "decision_reason = ? WHERE id = ? AND status IN ('CANDIDATE', 'FLAGGED') AND decision_reason IS NULL")
                        .params(utc(at), by, reason, id)
                        .update()
                == 1;
    }

    void decide(Collection<Long> ids, ResultStatus status, Instant at, String by, String reason) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object[]> batch = new ArrayList<>();
        OffsetDateTime when = utc(at);
        ids.forEach(id -> batch.add(new Object[] {status.name(), when, by, reason, id}));
        template.batchUpdate(
                "UPDATE clv_results SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ? "
                        + "WHERE id = ?",
                batch);
    }

    /** What clv_current should say of a customer after a decision. */
    record CurrentChange(String customerKey, CurrentStatus status, long resultId) {}

    /**
     * Publishing points the customer at the new result; a pending review keeps the published one beside it; a
     * suppression withdraws both. Updates first, then inserts the customers who had no row.
     */
    void makeCurrent(List<CurrentChange> changes, Instant at) {
        OffsetDateTime when = utc(at);
        if (postgres()) {
            upsertCurrent(changes, at);
            return;
        }
        for (CurrentStatus status : CurrentStatus.values()) {
            List<CurrentChange> ofStatus =
                    changes.stream().filter(change -> change.status() == status).toList();
            if (ofStatus.isEmpty()) {
                continue;
            }
            List<Object[]> updates = new ArrayList<>(ofStatus.size());
            ofStatus.forEach(change -> updates.add(new Object[] {change.resultId(), when, change.customerKey()}));
            int[] counts = template.batchUpdate(UPDATE_CURRENT.get(status), updates);
            List<Object[]> inserts = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    CurrentChange change = ofStatus.get(i);
                    inserts.add(new Object[] {
                        change.customerKey(),
                        change.status().name(),
                        published(change),
                        pending(change),
                        suppressed(change),
                        when
                    });
                }
            }
            if (!inserts.isEmpty()) {
                template.batchUpdate(
                        "INSERT INTO clv_current (customer_key, status, published_id, pending_id, "
                                + "suppressed_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                        inserts);
            }
        }
    }

    /**
     * The same moves as the updates below, as one upsert for the chunk: a pending review keeps the published result
     * it may replace, publishing and suppressing clear what they replace.
     */
    private void upsertCurrent(List<CurrentChange> changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(changes.size());
        changes.forEach(change -> rows.add(new Object[] {
            change.customerKey(), change.status().name(), published(change), pending(change), suppressed(change), at
        }));
        template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = CURRENT.prepare(
                    connection,
                    rows,
                    "ON CONFLICT (customer_key) DO UPDATE "
                            + "SET status = EXCLUDED.status, published_id = CASE WHEN EXCLUDED.status = 'PENDING_REVIEW' "
                            + "THEN clv_current.published_id ELSE EXCLUDED.published_id END, pending_id = EXCLUDED.pending_id, "
                            + "suppressed_id = EXCLUDED.suppressed_id, updated_at = EXCLUDED.updated_at")) {
                return statement.executeUpdate();
            }
        });
    }

    private static final Map<CurrentStatus, String> UPDATE_CURRENT = Map.of(
            CurrentStatus.PUBLISHED,
                    "UPDATE clv_current SET status = 'PUBLISHED', published_id = ?, pending_id = NULL, "
                            + "suppressed_id = NULL, updated_at = ? WHERE customer_key = ?",
            CurrentStatus.PENDING_REVIEW,
                    "UPDATE clv_current SET status = 'PENDING_REVIEW', pending_id = ?, suppressed_id = NULL, "
                            + "updated_at = ? WHERE customer_key = ?",
            CurrentStatus.SUPPRESSED,
                    "UPDATE clv_current SET status = 'SUPPRESSED', suppressed_id = ?, published_id = NULL, "
                            + "pending_id = NULL, updated_at = ? WHERE customer_key = ?");

    private static Long published(CurrentChange change) {
        return change.status() == CurrentStatus.PUBLISHED ? change.resultId() : null;
    }

    private static Long pending(CurrentChange change) {
        return change.status() == CurrentStatus.PENDING_REVIEW ? change.resultId() : null;
    }

    private static Long suppressed(CurrentChange change) {
        return change.status() == CurrentStatus.SUPPRESSED ? change.resultId() : null;
    }

    void updateExplanation(long id, String explanation) {
        jdbc.sql("UPDATE clv_results SET explanation = ? WHERE id = ?")
                .params(explanation, id)
                .update();
    }

    /** A rejected review: the published value (if any) is current again; without one, nothing is. */
    void dropPending(String customerKey, Instant at) {
        jdbc.sql("UPDATE clv_current SET status = 'PUBLISHED', pending_id = NULL, updated_at = ? "
                        + "WHERE customer_key = ? AND published_id IS NOT NULL")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), customerKey)
                .update();
        jdbc.sql(
                        "DELETE FROM clv_current WHERE customer_key = ? AND published_id IS NULL AND status = 'PENDING_REVIEW'")
                .param(customerKey)
                .update();
    }

    record Current(CurrentStatus status, Long publishedId, Long pendingId, Long suppressedId) {}

    Optional<Current> current(String customerKey) {
        return jdbc.sql(
                        "SELECT status, published_id, pending_id, suppressed_id FROM clv_current WHERE customer_key = ?")
                .param(customerKey)
                .query((rs, n) -> new Current(
                        CurrentStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class)))
                .optional();
    }

    /** Those of these customers who are served a CLV now (published or pending review, not suppressed). */
    List<String> servedAmong(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT customer_key FROM clv_current WHERE customer_key IN (:keys) AND status <> 'SUPPRESSED'")
                .param("keys", keys)
                .query(String.class)
                .list();
    }

    /** A run's results by status, and how many of the computed ones were historic only. */
    record RunCounts(Map<ResultStatus, Long> byStatus, long historicOnly) {

        long of(ResultStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        long all() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    RunCounts runCounts(String runId) {
        Map<ResultStatus, Long> counts = new EnumMap<>(ResultStatus.class);
        jdbc.sql("SELECT status, COUNT(*) FROM clv_results WHERE run_id = ? GROUP BY status")
                .param(runId)
                .query((rs, n) -> counts.put(ResultStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return new RunCounts(
                counts,
                jdbc.sql("SELECT COUNT(*) FROM clv_results WHERE run_id = ? AND historic_only "
                                + "AND status <> 'SUPPRESSED'")
                        .param(runId)
                        .query(Long.class)
                        .single());
    }

    private boolean postgres() {
        return database.postgres();
    }

    private static Object[] values(ResultRow r) {
        ResultRow.Forecast f = r.forecast();
        ResultRow.History h = r.history();
        return new Object[] {
            r.customerKey(),
            r.runId(),
            r.status().name(),
            r.eligibility().name(),
            r.currency(),
            r.historic(),
            r.predicted(),
            r.total(),
            h.historicOrders(),
            f.expectedOrders(),
            f.probabilityAlive(),
            f.expectedSpend(),
            h.averageOrderValue(),
            h.averageDaysBetween(),
            f.nextOrderOn(),
            r.historicOnly(),
            h.frequency(),
            h.recency(),
            h.age(),
            h.meanRepeatSpend(),
            h.largestOrderShare(),
            h.serialReturner(),
            r.rulesetVersion(),
            r.modelVersion(),
            r.inputsDigest(),
            r.explanation(),
            r.processInstance(),
            r.scoredOn(),
            utc(r.computedAt()),
            utc(r.decidedAt()),
            r.decidedBy(),
            r.decisionReason()
        };
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ResultRow row(ResultSet rs, int n) throws SQLException {
        return new ResultRow(
                rs.getLong("id"),
                rs.getString("customer_key"),
                rs.getString("run_id"),
                ResultStatus.valueOf(rs.getString("status")),
                EligibilityStatus.valueOf(rs.getString("eligibility")),
                new ResultRow.Value(
                        rs.getString("currency"),
                        rs.getBigDecimal("historic"),
                        rs.getBigDecimal("predicted"),
                        rs.getBigDecimal("total"),
                        rs.getBoolean("historic_only")),
                new ResultRow.Forecast(
                        rs.getObject("expected_orders", Double.class),
                        rs.getObject("probability_alive", Double.class),
                        rs.getBigDecimal("expected_spend"),
                        rs.getObject("next_order_on", LocalDate.class)),
                new ResultRow.History(
                        rs.getObject("historic_orders", Integer.class),
                        rs.getBigDecimal("average_order_value"),
                        rs.getObject("average_days_between", Double.class),
                        rs.getObject("frequency", Integer.class),
                        rs.getObject("recency", Double.class),
                        rs.getObject("age", Double.class),
                        rs.getObject("mean_repeat_spend", Double.class),
                        rs.getObject("largest_order_share", Double.class),
                        rs.getBoolean("serial_returner")),
                new ResultRow.Provenance(
                        rs.getString("ruleset_version"),
                        rs.getString("model_version"),
                        rs.getString("inputs_digest"),
                        rs.getString("explanation"),
                        rs.getString("process_instance"),
                        rs.getObject("scored_on", LocalDate.class),
                        instant(rs, "computed_at")),
                new ResultRow.Decision(
                        instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision_reason")));
    }
}
