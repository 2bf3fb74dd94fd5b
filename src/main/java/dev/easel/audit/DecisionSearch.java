package dev.easel.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the decision log for the auditor's desk: newest first by key set (records before a given id, never an offset,
 * so a page costs the same on the millionth record as on the first), and streamed in chain order for exports.
 */
@Repository
class DecisionSearch {

    private final JdbcTemplate pages;
    private final JdbcTemplate streaming;

    DecisionSearch(DataSource dataSource) {
        this.pages = new JdbcTemplate(dataSource);
        // Its own template: PostgreSQL streams a result set only with a fetch size, inside a transaction.
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000);
    }

    /** At most {@code limit} records with an id below {@code beforeId}, newest first. */
    List<DecisionRecord> newestFirst(AuditFilter filter, long beforeId, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(beforeId);
        String where = where(filter, params);
        params.add(limit);
        return pages.query(
                "SELECT " + DecisionLog.COLUMNS + " FROM decision_log WHERE id < ?" + where
                        + " ORDER BY id DESC LIMIT ?",
                (rs, n) -> DecisionLog.row(rs).toRecord(),
                params.toArray());
    }

    /** Every matching record in chain order, one at a time, whatever their number. */
    @Transactional(readOnly = true)
    void forEachInOrder(AuditFilter filter, Consumer<DecisionRecord> visitor) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        streaming.query(
                "SELECT " + DecisionLog.COLUMNS + " FROM decision_log WHERE id > 0" + where + " ORDER BY id",
                rs -> {
                    visitor.accept(DecisionLog.row(rs).toRecord());
                },
                params.toArray());
    }

    private static String where(AuditFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.customerKey() != null) {
            sql.append(" AND customer_key = ?");
            params.add(filter.customerKey());
        }
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.actor() != null) {
            sql.append(" AND actor = ?");
            params.add(filter.actor());
        }
        if (filter.from() != null) {
            sql.append(" AND recorded_at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND recorded_at < ?");
            params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        return sql.toString();
    }
}
