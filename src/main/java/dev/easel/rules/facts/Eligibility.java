package dev.easel.rules.facts;

import java.util.Objects;

/**
 * What a consent rule inserts: one answer for one purpose with its reason code. When several rules answer for the
 * same purpose the stricter answer wins (SUPPRESSED over RENEWAL_DUE over ELIGIBLE).
 */
public record Eligibility(Purpose purpose, EligibilityStatus status, String reason) {

    public Eligibility {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    public static Eligibility eligible(Purpose purpose, String reason) {
        return new Eligibility(purpose, EligibilityStatus.ELIGIBLE, reason);
    }

    public static Eligibility renewalDue(Purpose purpose, String reason) {
        return new Eligibility(purpose, EligibilityStatus.RENEWAL_DUE, reason);
    }

    public static Eligibility suppressed(Purpose purpose, String reason) {
        return new Eligibility(purpose, EligibilityStatus.SUPPRESSED, reason);
    }
}
