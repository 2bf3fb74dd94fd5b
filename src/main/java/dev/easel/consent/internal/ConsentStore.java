package dev.easel.consent.internal;

import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import dev.easel.consent.RenewalDue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** consent_events: insert and read, never update. */
@Repository
class ConsentStore {

    private static final String SELECT = """
            SELECT id, customer_key, purpose, status, lawful_basis, captured_at, source, policy_version, wording,
                   signal, recorded_by, recorded_at, notice_version, notice_language
              FROM consent_events
            """;

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ConsentEvent event) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consent_events (customer_key, purpose, status, lawful_basis, captured_at, source,
                                            policy_version, wording, signal, recorded_by, recorded_at,
                                            notice_version, notice_language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        event.customerKey(),
                        event.purpose().code(),
                        event.status().name(),
                        event.lawfulBasis().name(),
                        utc(event.capturedAt()),
                        event.source(),
                        event.policyVersion(),
                        event.wording(),
                        event.signal(),
                        event.recordedBy(),
                        utc(event.recordedAt()),
                        event.noticeVersion(),
                        event.noticeLanguage())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The same event sent again: same customer, purpose, status, basis, time, source and policy version. */
    Optional<ConsentEvent> findRepeat(ConsentEvent event) {
        return jdbc.sql(SELECT + """
                 WHERE customer_key = ? AND purpose = ? AND status = ? AND lawful_basis = ?
                   AND captured_at = ? AND source = ? AND policy_version = ?
                """)
                .params(
                        event.customerKey(),
                        event.purpose().code(),
                        event.status().name(),
                        event.lawfulBasis().name(),
                        utc(event.capturedAt()),
                        event.source(),
                        event.policyVersion())
                .query(ConsentStore::event)
                .optional();
    }

    Optional<ConsentEvent> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(ConsentStore::event)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM consent_events").query(Long.class).single();
    }

    List<ConsentEvent> history(String customerKey) {
        return jdbc.sql(SELECT + " WHERE customer_key = ? ORDER BY captured_at, id")
                .param(customerKey)
                .query(ConsentStore::event)
                .list();
    }

    /** Every event of these customers, oldest first: one query for a whole chunk of a batch run. */
    List<ConsentEvent> historyOf(Collection<String> customerKeys) {
        if (customerKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE customer_key IN (:keys) ORDER BY captured_at, id")
                .param("keys", customerKeys)
                .query(ConsentStore::event)
                .list();
    }

    /** Latest events per customer and purpose that give consent (basis CONSENT), captured in [from, before). */
    List<RenewalDue> givenConsentsCaptured(Instant from, Instant before) {
        return jdbc.sql("""
                SELECT e.customer_key, e.purpose, e.captured_at
                  FROM consent_events e
                 WHERE e.status = 'GIVEN' AND e.lawful_basis = 'CONSENT'
                   AND e.captured_at >= ? AND e.captured_at < ?
                   AND NOT EXISTS (SELECT 1 FROM consent_events later
                                    WHERE later.customer_key = e.customer_key AND later.purpose = e.purpose
                                      AND (later.captured_at > e.captured_at
                                           OR (later.captured_at = e.captured_at AND later.id > e.id)))
                 ORDER BY e.customer_key, e.purpose
                """)
                .params(utc(from), utc(before))
                .query((rs, n) ->
                        new RenewalDue(rs.getString(1), Purpose.fromCode(rs.getString(2)), instant(rs, "captured_at")))
                .list();
    }

    private static ConsentEvent event(ResultSet rs, int row) throws SQLException {
        return new ConsentEvent(
                rs.getLong("id"),
                rs.getString("customer_key"),
                Purpose.fromCode(rs.getString("purpose")),
                ConsentStatus.valueOf(rs.getString("status")),
                LawfulBasis.valueOf(rs.getString("lawful_basis")),
                instant(rs, "captured_at"),
                rs.getString("source"),
                rs.getString("policy_version"),
                rs.getString("wording"),
                rs.getString("signal"),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"),
                rs.getString("notice_version"),
                rs.getString("notice_language"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
