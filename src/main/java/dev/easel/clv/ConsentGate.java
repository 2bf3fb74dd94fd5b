package dev.easel.clv;

import dev.easel.rules.facts.EligibilityStatus;
import java.util.List;

/**
 * The consent gate's answer for the purpose {@code clv-profiling}.
 *
 * @param status ELIGIBLE, RENEWAL_DUE (still usable; a renewal is to be requested) or SUPPRESSED
 */
public record ConsentGate(
        String customerKey,
        EligibilityStatus status,
        List<String> reasons,
        List<String> rulesFired,
        String rulesetVersion) {

    public ConsentGate {
        reasons = List.copyOf(reasons);
        rulesFired = List.copyOf(rulesFired);
    }

    public boolean allowsProfiling() {
        return status.allowsUse();
    }
}
