package dev.easel.integrations.klaviyo;

import dev.easel.shared.PostgresCheck;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** klaviyo_outbox: one row per customer, replaced by each newer update. */
@Repository
class KlaviyoOutbox {

    private static final String SELECT = """
            SELECT customer_key, action, version, state, synced, properties, attempts, next_attempt_at,
                   last_error, enqueued_at, sent_at
              FROM klaviyo_outbox
            """;

    private static final String REPLACE = """
            UPDATE klaviyo_outbox SET action = ?, version = version + 1, state = 'PENDING', attempts = 0,
                   next_attempt_at = ?, last_error = NULL, enqueued_at = ?
             WHERE customer_key = ?
            """;

    private static final String INSERT = """
            INSERT INTO klaviyo_outbox (customer_key, action, version, state, attempts, next_attempt_at,
                                        enqueued_at)
            VALUES (?, ?, 1, 'PENDING', 0, ?, ?)
            """;

    /**
     * PostgreSQL: the request for many customers as one statement. The replace-then-insert pair below planned its
     * update once while the outbox was empty and then scanned the whole table for each customer: on a first batch
     * run that was two thirds of the database's time. An insert's conflict is always found through the key.
     */
    private static final String UPSERT = """
            INSERT INTO klaviyo_outbox (customer_key, action, version, state, attempts, next_attempt_at,
                                        enqueued_at)
            SELECT keys.customer_key, ?, 1, 'PENDING', 0, ?, ? FROM unnest(?::varchar[]) AS keys (customer_key)
            ON CONFLICT (customer_key) DO UPDATE SET action = excluded.action,
                   version = klaviyo_outbox.version + 1, state = 'PENDING', attempts = 0,
                   next_attempt_at = excluded.next_attempt_at, last_error = NULL, enqueued_at = excluded.enqueued_at
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final PostgresCheck database;

    KlaviyoOutbox(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.database = new PostgresCheck(batches);
    }

    /**
     * {@link #enqueue} for many customers at once (a batch chunk's): the replacements as one JDBC batch, then the
     * new rows as another, instead of a round trip or two per customer.
     */
    void enqueueAll(Collection<String> customerKeys, OutboxEntry.Action action, Instant now) {
        if (customerKeys.isEmpty()) {
            return;
        }
        if (postgres()) {
            upsert(customerKeys, action, now);
            return;
        }
        List<String> keys = List.copyOf(customerKeys);
        OffsetDateTime at = utc(now);
        int[] replaced = batches.batchUpdate(
                REPLACE,
                keys.stream()
                        .map(key -> new Object[] {action.name(), at, at, key})
                        .toList());
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (replaced[i] == Statement.SUCCESS_NO_INFO) {
                // The driver did not say which rows it changed: the careful way, one by one.
                keys.subList(i, keys.size()).forEach(key -> enqueue(key, action, now));
                break;
            }
            if (replaced[i] == 0) {
                missing.add(keys.get(i));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try {
            batches.batchUpdate(
                    INSERT,
                    missing.stream()
                            .map(key -> new Object[] {key, action.name(), at, at})
                            .toList());
        } catch (DuplicateKeyException concurrent) {
            missing.forEach(key -> enqueue(key, action, now));
        }
    }

    /** Which of these customers have a row in the outbox (one query). */
    Set<String> present(Collection<String> customerKeys) {
        if (customerKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT customer_key FROM klaviyo_outbox WHERE customer_key IN (:keys)")
                .param("keys", List.copyOf(customerKeys))
                .query(String.class)
                .list());
    }

    /** Queues the request, replacing whatever was pending for the customer (latest wins). */
    void enqueue(String customerKey, OutboxEntry.Action action, Instant now) {
        if (postgres()) {
            upsert(List.of(customerKey), action, now);
            return;
        }
        if (replace(customerKey, action, now) == 0) {
            try {
                jdbc.sql(INSERT)
                        .params(customerKey, action.name(), utc(now), utc(now))
                        .update();
            } catch (DuplicateKeyException concurrent) {
                replace(customerKey, action, now);
            }
        }
    }

    /** Each customer once: a statement may not update the same row twice. */
    private void upsert(Collection<String> customerKeys, OutboxEntry.Action action, Instant now) {
        Object[] keys = new LinkedHashSet<>(customerKeys).toArray();
        jdbc.sql(UPSERT)
                .params(action.name(), utc(now), utc(now), new SqlArrayValue("varchar", keys))
                .update();
    }

    private boolean postgres() {
        return database.postgres();
    }

    private int replace(String customerKey, OutboxEntry.Action action, Instant now) {
        return jdbc.sql(REPLACE)
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
