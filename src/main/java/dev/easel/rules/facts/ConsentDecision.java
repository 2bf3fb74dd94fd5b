package dev.easel.rules.facts;

import java.util.Map;

/**
 * The consent gate's answer for one customer: one {@link PurposeEligibility} for every {@link Purpose}, and the law
 * (row of the jurisdiction table) it was decided under.
 */
public record ConsentDecision(String customerKey, Map<Purpose, PurposeEligibility> purposes, Law law) {

    public ConsentDecision {
        purposes = Map.copyOf(purposes);
    }

    public PurposeEligibility of(Purpose purpose) {
        return purposes.get(purpose);
    }

    public EligibilityStatus status(Purpose purpose) {
        return purposes.get(purpose).status();
    }

    /** True when the data may be used for the purpose (ELIGIBLE or RENEWAL_DUE). */
    public boolean allows(Purpose purpose) {
        return status(purpose).allowsUse();
    }
}
