package dev.easel.privacy.centre;

import dev.easel.consent.ConsentRenewalRequested;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Makes the renewal link for each renewal the workflow requests, in the same transaction as the request (so the
 * message in the outbox and its link commit together), and keeps it for compliance to see. The link is a signed
 * token for that one purpose and renewal, valid until the consent would lapse.
 */
@Service
public class RenewalLinks {

    private static final String SELECT = "SELECT id, customer_key, purpose, process_instance, link, expires_at, "
            + "created_at, sent_at, sent_by FROM privacy_renewal_links";

    private final JdbcClient jdbc;
    private final PrivacyTokens tokens;
    private final PrivacyProperties properties;
    private final Clock clock;

    RenewalLinks(JdbcClient jdbc, PrivacyTokens tokens, PrivacyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(ConsentRenewalRequested requested) {
        String token = tokens.issue(
                requested.customerKey(), Set.of(requested.purpose()), LinkUse.RENEWAL, requested.expiresAt());
        jdbc.sql("INSERT INTO privacy_renewal_links (customer_key, purpose, process_instance, link, expires_at, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        requested.customerKey(),
                        requested.purpose().code(),
                        requested.processInstance(),
                        PrivacyLinksController.link(properties.publicUrl(), token),
                        utc(requested.expiresAt()),
                        utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
    }

    public List<RenewalLink> ofCustomer(String customerKey) {
        return jdbc.sql(SELECT + " WHERE customer_key = ? ORDER BY created_at DESC, id DESC")
                .param(customerKey)
                .query(RenewalLinks::link)
                .list();
    }

    /** The newest links still waiting for a sender, oldest first: what compliance passes on by hand. */
    public List<RenewalLink> unsent(int limit) {
        return jdbc.sql(SELECT + " WHERE sent_at IS NULL AND expires_at > ? ORDER BY created_at, id LIMIT ?")
                .params(utc(clock.instant()), limit)
                .query(RenewalLinks::link)
                .list();
    }

    Optional<RenewalLink> latest(String customerKey, String purpose) {
        return jdbc.sql(SELECT + " WHERE customer_key = ? AND purpose = ? ORDER BY created_at DESC, id DESC LIMIT 1")
                .params(customerKey, purpose)
                .query(RenewalLinks::link)
                .optional();
    }

    void markSent(long id, String sender) {
        jdbc.sql("UPDATE privacy_renewal_links SET sent_at = ?, sent_by = ? WHERE id = ?")
                .params(utc(clock.instant().truncatedTo(ChronoUnit.MICROS)), sender, id)
                .update();
    }

    private static RenewalLink link(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RenewalLink(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs, 6),
                instant(rs, 7),
                instant(rs, 8),
                rs.getString(9));
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
