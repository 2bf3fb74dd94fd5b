package dev.easel.integrations.klaviyo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** klaviyo_outbox: one row per customer, replaced by each newer update. */
@Repository
class KlaviyoOutbox {

    private static final String SELECT = """
            SELECT customer_key, action, version, state, synced, properties, attempts, next_attempt_at,
                   last_error, enqueued_at, sent_at
              FROM klaviyo_outbox
            """;

    private final JdbcClient jdbc;

    KlaviyoOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the request, replacing whatever was pending for the customer (latest wins). */
    void enqueue(String customerKey, OutboxEntry.Action action, Instant now) {
        if (replace(customerKey, action, now) == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO klaviyo_outbox (customer_key, action, version, state, attempts, next_attempt_at,
                                                    enqueued_at)
                        VALUES (?, ?, 1, 'PENDING', 0, ?, ?)
                        """)
                        .params(customerKey, action.name(), utc(now), utc(now))
                        .update();
            } catch (DuplicateKeyException concurrent) {
                replace(customerKey, action, now);
            }
        }
    }

    private int replace(String customerKey, OutboxEntry.Action action, Instant now) {
        return jdbc.sql("""
                UPDATE klaviyo_outbox SET action = ?, version = version + 1, state = 'PENDING', attempts = 0,
                       next_attempt_at = ?, last_error = NULL, enqueued_at = ?
                 WHERE customer_key = ?
                """)
                .params(action.name(), utc(now), utc(now), customerKey)
                .update();
    }

    Optional<OutboxEntry> find(String customerKey) {
        return jdbc.sql(SELECT + " WHERE customer_key = ?")
                .param(customerKey)
                .query(KlaviyoOutbox::entry)
                .optional();
    }

    List<OutboxEntry> due(Instant now, int limit) {
        return jdbc.sql(SELECT + " WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at "
                        + "LIMIT " + limit)
                .param(utc(now))
                .query(KlaviyoOutbox::entry)
                .list();
    }

    /** Customers whose Klaviyo profile holds Easel's properties. */
    List<String> synced() {
        return jdbc.sql("SELECT customer_key FROM klaviyo_outbox WHERE synced")
                .query(String.class)
                .list();
    }

    /**
     * The request is done: Klaviyo now holds {@code properties} (synced) or none of Easel's. Only this version: a
     * newer request queued meanwhile stays pending.
     */
    void done(OutboxEntry entry, boolean synced, String properties, Instant now) {
        jdbc.sql("""
                UPDATE klaviyo_outbox SET state = 'DONE', synced = ?, properties = ?, sent_at = ?, last_error = NULL
                 WHERE customer_key = ? AND version = ?
                """)
                .params(synced, properties, utc(now), entry.customerKey(), entry.version())
                .update();
    }

    void failed(OutboxEntry entry, Instant retryAt, String error) {
        jdbc.sql("""
                UPDATE klaviyo_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                 WHERE customer_key = ? AND version = ?
                """)
                .params(
                        utc(retryAt),
                        error.length() > 200 ? error.substring(0, 200) : error,
                        entry.customerKey(),
                        entry.version())
                .update();
    }

    Status status() {
        return jdbc.sql("""
                SELECT COUNT(*) FILTER (WHERE state = 'PENDING'),
                       COUNT(*) FILTER (WHERE state = 'PENDING' AND attempts > 0),
                       COUNT(*) FILTER (WHERE synced),
                       MIN(CASE WHEN state = 'PENDING' THEN enqueued_at END)
                  FROM klaviyo_outbox
                """)
                .query((rs, row) -> new Status(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs, 4)))
                .single();
    }

    Optional<String> lastError() {
        return jdbc.sql("SELECT last_error FROM klaviyo_outbox WHERE state = 'PENDING' AND last_error IS NOT NULL "
                        + "ORDER BY next_attempt_at DESC LIMIT 1")
                .query(String.class)
                .optional();
    }

    /**
     * @param retrying pending updates that failed at least once
     * @param synced   profiles that hold Easel's properties
     */
    record Status(long pending, long retrying, long synced, Instant oldestPendingSince) {}

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getString("customer_key"),
                OutboxEntry.Action.valueOf(rs.getString("action")),
                rs.getLong("version"),
                OutboxEntry.State.valueOf(rs.getString("state")),
                rs.getBoolean("synced"),
                rs.getString("properties"),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                instant(rs, "enqueued_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
