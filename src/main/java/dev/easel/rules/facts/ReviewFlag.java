package dev.easel.rules.facts;

import java.util.List;

/** Whether a CLV change goes to a compliance officer before it is published, and why. */
public record ReviewFlag(String customerKey, boolean raised, List<Reason> reasons) {

    public ReviewFlag {
        reasons = List.copyOf(reasons);
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }
}
