package dev.easel.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's settings.
 *
 * @param requireSeparateOwner refuse to start when the service's database login could change or delete audit
 *                             records: it owns {@code decision_log}, is a superuser, or holds UPDATE, DELETE or
 *                             TRUNCATE on it (on PostgreSQL; the embedded H2 file has one login)
 * @param anchor               where the signed checkpoints of the chain's head go, and how often
 * @param reportWholeWalkMaxAge how long after walking the whole chain for a report's header a later report walks only
 *                             the records appended since (its header gives the whole walk's time); zero walks the
 *                             whole chain for every report
 */
@ConfigurationProperties("easel.audit")
record AuditProperties(
        @DefaultValue("false") boolean requireSeparateOwner,
        @DefaultValue Anchor anchor,
        @DefaultValue("10m") Duration reportWholeWalkMaxAge) {

    /**
     * @param file      the append-only file of signed checkpoints, kept for (or shipped to) the auditor
     * @param keyFile   the HMAC key that signs them; it must not be stored in the database
     * @param createKey create a random key when the key file is absent (the embedded default); otherwise a missing
     *                  key stops the service from starting
     * @param interval  how often the head is anchored when it has moved
     */
    record Anchor(
            @DefaultValue("data/audit-anchors.jsonl") Path file,
            @DefaultValue("data/audit-anchor.key") Path keyFile,
            @DefaultValue("true") boolean createKey,
            @DefaultValue("5m") Duration interval) {}
}
