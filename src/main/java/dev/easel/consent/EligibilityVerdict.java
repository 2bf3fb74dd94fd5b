package dev.easel.consent;

import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.Law;
import dev.easel.rules.facts.PurposeEligibility;
import java.util.List;

/**
 * The consent gate's answer for one customer and one purpose on one day, with what it was decided on: the customer
 * and consent facts (pseudonymous), the law that applied, the rules that fired and the ruleset version.
 */
public record EligibilityVerdict(
        String customerKey,
        Purpose purpose,
        PurposeEligibility eligibility,
        Law law,
        List<String> rulesFired,
        String rulesetVersion,
        Customer customer,
        List<Consent> consents) {

    public EligibilityVerdict {
        rulesFired = List.copyOf(rulesFired);
        consents = List.copyOf(consents);
    }

    public EligibilityStatus status() {
        return eligibility.status();
    }

    /** True when the data may be used for the purpose (ELIGIBLE or RENEWAL_DUE). */
    public boolean allows() {
        return eligibility.status().allowsUse();
    }

    public List<String> reasons() {
        return eligibility.reasonCodes();
    }
}
