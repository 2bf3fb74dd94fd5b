package dev.easel.integrations.shopify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.shared.FieldProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The quarantine's rows and their transitions. Callers hold the transaction. */
@Repository
class ShopifyQuarantine {

    /** What fits the reasons column; a delivery with more problems keeps the first ones and says so. */
    private static final int MAX_REASONS_LENGTH = 8000;

    private static final int MAX_NOTE_LENGTH = 500;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ShopifyQuarantine(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The queued payload of a delivery still in quarantine. */
    record Held(long id, String webhookId, String topic, byte[] payload) {}

    long add(
            String webhookId,
            String topic,
            byte[] payload,
            List<FieldProblem> reasons,
            String customerKey,
            Instant at) {
        OffsetDateTime now = utc(at);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO shopify_quarantine (webhook_id, topic, received_at, state, reasons, payload, payload_size,
                                                attempts, customer_key, updated_at)
                VALUES (?, ?, ?, 'QUARANTINED', ?, ?, ?, 1, ?, ?)""")
                .params(webhookId, topic, now, reasonsJson(reasons), payload, payload.length, customerKey, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        transition(id, QuarantineAction.QUARANTINED, "shopify", at, null);
        return id;
    }

    /** Locks the row: two admins replaying at once do not both book it. */
    Optional<Held> holdForUpdate(long id) {
        return jdbc.sql("SELECT id, webhook_id, topic, payload FROM shopify_quarantine "
                        + "WHERE id = ? AND state = 'QUARANTINED' FOR UPDATE")
                .param(id)
                .query((rs, row) -> new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    void resolve(long id, QuarantineState state, String reference, String actor, Instant at, String note) {
        jdbc.sql("UPDATE shopify_quarantine SET state = ?, payload = NULL, reference = ?, updated_at = ? "
                        + "WHERE id = ?")
                .params(state.name(), reference, utc(at), id)
                .update();
        transition(
                id,
                state == QuarantineState.REPLAYED ? QuarantineAction.REPLAYED : QuarantineAction.DISCARDED,
                actor,
                at,
                note);
    }

    void replayFailed(long id, List<FieldProblem> reasons, String actor, Instant at) {
        jdbc.sql("UPDATE shopify_quarantine SET reasons = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?")
                .params(reasonsJson(reasons), utc(at), id)
                .update();
        transition(id, QuarantineAction.REPLAY_FAILED, actor, at, null);
    }

    /** The deliveries still waiting that name this customer, oldest first. */
    List<Long> waitingOf(String customerKey) {
        return jdbc.sql("SELECT id FROM shopify_quarantine WHERE state = 'QUARANTINED' AND customer_key = ? "
                        + "ORDER BY id")
                .param(customerKey)
                .query(Long.class)
                .list();
    }

    long open() {
        return jdbc.sql("SELECT COUNT(*) FROM shopify_quarantine WHERE state = 'QUARANTINED'")
                .query(Long.class)
                .single();
    }

    Optional<QuarantinedDelivery> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(this::entry)
                .optional()
                .map(entry -> withHistory(entry));
    }

    /** Newest first, {@code limit} at a time, before {@code beforeId} when given. */
    List<QuarantinedDelivery> list(QuarantineState state, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            sql.append(" AND state = ?");
            params.add(state.name());
        }
        if (beforeId != null) {
            sql.append(" AND id < ?");
            params.add(beforeId);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(this::entry).list();
    }

    private static final String SELECT = "SELECT id, webhook_id, topic, received_at, state, reasons, payload_size, "
            + "attempts, reference, updated_at FROM shopify_quarantine";

    private QuarantinedDelivery entry(ResultSet rs, int row) throws SQLException {
        return new QuarantinedDelivery(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(),
                QuarantineState.valueOf(rs.getString(5)),
                reasons(rs.getString(6)),
                rs.getInt(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getObject(10, OffsetDateTime.class).toInstant(),
                List.of());
    }

    private QuarantinedDelivery withHistory(QuarantinedDelivery entry) {
        List<QuarantinedDelivery.Transition> history = jdbc.sql("SELECT action, actor, occurred_at, note "
                        + "FROM shopify_quarantine_events WHERE quarantine_id = ? ORDER BY id")
                .param(entry.id())
                .query((rs, row) -> new QuarantinedDelivery.Transition(
                        QuarantineAction.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)))
                .list();
        return new QuarantinedDelivery(
                entry.id(),
                entry.webhookId(),
                entry.topic(),
                entry.receivedAt(),
                entry.state(),
                entry.reasons(),
                entry.payloadSize(),
                entry.attempts(),
                entry.reference(),
                entry.updatedAt(),
                history);
    }

    private void transition(long id, QuarantineAction action, String actor, Instant at, String note) {
        jdbc.sql("INSERT INTO shopify_quarantine_events (quarantine_id, action, actor, occurred_at, note) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(
                        id,
                        action.name(),
                        actor,
                        utc(at),
                        note == null || note.length() <= MAX_NOTE_LENGTH ? note : note.substring(0, MAX_NOTE_LENGTH))
                .update();
    }

    private String reasonsJson(List<FieldProblem> reasons) {
        try {
            List<FieldProblem> kept = new ArrayList<>(reasons);
            String text = json.writeValueAsString(kept);
            while (text.length() > MAX_REASONS_LENGTH && kept.size() > 1) {
                kept = new ArrayList<>(kept.subList(0, kept.size() / 2));
                kept.add(FieldProblem.of("reasons", "and " + (reasons.size() - kept.size()) + " more"));
                text = json.writeValueAsString(kept);
            }
            return text.length() <= MAX_REASONS_LENGTH
                    ? text
                    : json.writeValueAsString(List.of(FieldProblem.of("reasons", "too long to keep")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Field problems are plain records", e);
        }
    }

    private List<FieldProblem> reasons(String text) {
        try {
            return json.readValue(text, new TypeReference<List<FieldProblem>>() {});
        } catch (JsonProcessingException e) {
            return List.of(FieldProblem.of("reasons", "unreadable"));
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
