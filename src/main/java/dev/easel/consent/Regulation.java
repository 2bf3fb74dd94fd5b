package dev.easel.consent;

import java.time.Instant;
import java.time.ZoneOffset;

/** The law a data-subject request is answered under, and how long it allows. */
public enum Regulation {
    /** GDPR Art. 12(3): without undue delay, at the latest within one month of receipt. */
    GDPR,
    /** CCPA § 1798.130: within 45 calendar days of receipt. */
    CCPA;

    public Instant deadline(Instant receivedAt) {
        return switch (this) {
            case GDPR -> receivedAt.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
            case CCPA -> receivedAt.atOffset(ZoneOffset.UTC).plusDays(45).toInstant();
        };
    }
}
