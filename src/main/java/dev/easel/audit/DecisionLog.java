package dev.easel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The decision_log table: append under the head's lock, read by filter, stream in order for verification. */
@Repository
class DecisionLog {

    static final String COLUMNS = "id, recorded_at, kind, actor, actor_role, customer_key, ruleset_version, "
            + "model_version, inputs_digest, rules_fired, outputs, reason, process_instance, previous_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    DecisionLog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Appends one decision: see {@link #appendAll}. */
    @Transactional(propagation = Propagation.REQUIRED)
    DecisionRecord append(Decision decision) {
        return appendAll(List.of(decision)).get(0);
    }

    /**
     * Appends decisions in order, in the caller's transaction when there is one, under a lock of the head row that
     * keeps concurrent appends in one line until the transaction ends; one batch of inserts, so that a batch chunk's
     * thousand decisions cost a few round trips. Recorders go through {@link PendingDecisions}, which calls this just
     * before the commit so that the lock is held briefly.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    List<DecisionRecord> appendAll(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        Head head = jdbc.sql("SELECT last_id, last_hash FROM decision_log_head WHERE singleton = TRUE FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        long id = head.lastId();
        String previous = head.lastHash();
        List<DecisionRecord> records = new ArrayList<>(decisions.size());
        List<Object[]> rows = new ArrayList<>(decisions.size());
        for (Decision decision : decisions) {
            StoredRow unhashed = new StoredRow(
                    ++id,
                    now,
                    decision.kind().name(),
                    decision.actor(),
                    decision.actorRole(),
                    decision.customerKey(),
                    decision.rulesetVersion(),
                    decision.modelVersion(),
                    decision.inputsDigest(),
                    CanonicalJson.write(decision.rulesFired()),
                    CanonicalJson.write(decision.outputs()),
                    decision.reason(),
                    decision.processInstance(),
                    previous,
                    null);
            String hash = HashChain.hashOf(unhashed);
            rows.add(new Object[] {
                unhashed.id(),
                at,
                unhashed.kind(),
                unhashed.actor(),
                unhashed.actorRole(),
                unhashed.customerKey(),
                unhashed.rulesetVersion(),
                unhashed.modelVersion(),
                unhashed.inputsDigest(),
                unhashed.rulesFired(),
                unhashed.outputs(),
                unhashed.reason(),
                unhashed.processInstance(),
                previous,
                hash
            });
            records.add(new DecisionRecord(unhashed.id(), now, decision, previous, hash));
            previous = hash;
        }
        template.batchUpdate(
                "INSERT INTO decision_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.sql("UPDATE decision_log_head SET last_id = ?, last_hash = ? WHERE singleton = TRUE")
                .params(id, previous)
                .update();
        return records;
    }

    List<DecisionRecord> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM decision_log WHERE id > ?");
        List<Object> params = new ArrayList<>();
        params.add(query.afterId());
        if (query.customerKey() != null) {
            sql.append(" AND customer_key = ?");
            params.add(query.customerKey());
        }
        if (query.kind() != null) {
            sql.append(" AND kind = ?");
            params.add(query.kind().name());
        }
        if (query.from() != null) {
            sql.append(" AND recorded_at >= ?");
            params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND recorded_at < ?");
            params.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        sql.append(" ORDER BY id LIMIT ?");
        params.add(query.limit());
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> row(rs).toRecord())
                .list();
    }

    /** Every row in chain order, streamed, so that verifying millions of records needs no more memory than one. */
    @Transactional(readOnly = true)
    void forEachInOrder(Consumer<StoredRow> visitor) {
        template.setFetchSize(1_000);
        template.query("SELECT " + COLUMNS + " FROM decision_log ORDER BY id", rs -> {
            visitor.accept(row(rs));
        });
    }

    /** The rows after one record, in chain order, streamed: for extending a verification that ended there. */
    @Transactional(readOnly = true)
    void forEachAfter(long id, Consumer<StoredRow> visitor) {
        template.setFetchSize(1_000);
        template.query(
                "SELECT " + COLUMNS + " FROM decision_log WHERE id > ? ORDER BY id",
                rs -> {
                    visitor.accept(row(rs));
                },
                id);
    }

    Head head() {
        return jdbc.sql("SELECT last_id, last_hash FROM decision_log_head WHERE singleton = TRUE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** One record as stored, or null when there is no such record. */
    StoredRow stored(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision_log WHERE id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional()
                .orElse(null);
    }

    /** The stored hash of a record, or null when there is no such record. */
    String hashOf(long id) {
        return jdbc.sql("SELECT hash FROM decision_log WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    static StoredRow row(ResultSet rs) throws SQLException {
        return new StoredRow(
                rs.getLong("id"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("kind"),
                rs.getString("actor"),
                rs.getString("actor_role"),
                rs.getString("customer_key"),
                rs.getString("ruleset_version"),
                rs.getString("model_version"),
                rs.getString("inputs_digest"),
                rs.getString("rules_fired"),
                rs.getString("outputs"),
                rs.getString("reason"),
                rs.getString("process_instance"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    record Head(long lastId, String lastHash) {}
}
