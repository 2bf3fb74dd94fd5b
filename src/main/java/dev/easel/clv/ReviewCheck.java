package dev.easel.clv;

import java.util.List;

/** Whether the review rules flag a candidate for a compliance officer, and why. */
public record ReviewCheck(long candidateId, boolean flagged, List<String> reasons, List<String> rulesFired) {

    public ReviewCheck {
        reasons = List.copyOf(reasons);
        rulesFired = List.copyOf(rulesFired);
    }
}
