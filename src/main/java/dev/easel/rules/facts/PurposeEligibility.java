package dev.easel.rules.facts;

import java.util.List;

/** The consent gate's answer for one purpose: the strictest answer any rule gave, with the reasons for it. */
public record PurposeEligibility(Purpose purpose, EligibilityStatus status, List<Reason> reasons) {

    public PurposeEligibility {
        reasons = List.copyOf(reasons);
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }
}
