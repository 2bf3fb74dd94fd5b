package dev.easel.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The latest consent record of one customer for one purpose, with what a regulator asks for: who
 * ({@code customerKey}), when ({@code capturedAt}), how ({@code source}), the wording and policy version shown, and
 * the purpose.
 *
 * @param gpcSignal true when the record came from a Global Privacy Control signal
 */
public record Consent(
        String customerKey,
        Purpose purpose,
        ConsentStatus status,
        LawfulBasis lawfulBasis,
        Instant capturedAt,
        String source,
        String policyVersion,
        String wording,
        boolean gpcSignal) {

    public Consent {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lawfulBasis, "lawfulBasis");
        Objects.requireNonNull(capturedAt, "capturedAt");
    }

    /** The day (UTC) the consent was captured, for comparing with the evaluation date. */
    public LocalDate getCapturedOn() {
        return LocalDate.ofInstant(capturedAt, ZoneOffset.UTC);
    }
}
