package dev.easel.rules;

import dev.easel.rules.engine.SessionRunner;
import dev.easel.rules.facts.ConsentDecision;
import dev.easel.rules.facts.Eligibility;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.Law;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.PurposeEligibility;
import dev.easel.rules.facts.Reason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Per purpose, the strictest answer any rule gave wins; a purpose no rule answered is suppressed. */
final class ConsentMerge {

    /** The safety net when no rule decided a purpose at all: data is never used by default. */
    static final String NO_RULE_DECIDED = "NO_RULE_DECIDED";

    private ConsentMerge() {}

    static ConsentDecision merge(String customerKey, Law law, SessionRunner.Run run) {
        Map<Purpose, List<SessionRunner.Output>> answers = new EnumMap<>(Purpose.class);
        for (SessionRunner.Output output : run.outputs()) {
            if (output.fact() instanceof Eligibility eligibility) {
                answers.computeIfAbsent(eligibility.purpose(), purpose -> new ArrayList<>())
                        .add(output);
            }
        }
        Map<Purpose, PurposeEligibility> purposes = new EnumMap<>(Purpose.class);
        for (Purpose purpose : Purpose.values()) {
            List<SessionRunner.Output> given = answers.getOrDefault(purpose, List.of());
            if (given.isEmpty()) {
                purposes.put(
                        purpose,
                        new PurposeEligibility(
                                purpose, EligibilityStatus.SUPPRESSED, List.of(new Reason(NO_RULE_DECIDED, null))));
                continue;
            }
            EligibilityStatus status = EligibilityStatus.ELIGIBLE;
            for (SessionRunner.Output output : given) {
                status = status.stricter(((Eligibility) output.fact()).status());
            }
            List<Reason> reasons = new ArrayList<>();
            for (SessionRunner.Output output : given) {
                Eligibility eligibility = (Eligibility) output.fact();
                Reason reason = new Reason(eligibility.reason(), output.rule());
                if (eligibility.status() == status && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
            purposes.put(purpose, new PurposeEligibility(purpose, status, reasons));
        }
        return new ConsentDecision(customerKey, purposes, law);
    }
}
