package dev.easel.rules;

import dev.easel.rules.engine.SessionRunner;
import dev.easel.rules.facts.Reason;
import dev.easel.rules.facts.ReviewFlag;
import dev.easel.rules.facts.ReviewReason;
import java.util.ArrayList;
import java.util.List;

/** A CLV change goes to review when any rule gave a reason. */
final class ReviewMerge {

    private ReviewMerge() {}

    static ReviewFlag merge(String customerKey, SessionRunner.Run run) {
        List<Reason> reasons = new ArrayList<>();
        for (SessionRunner.Output output : run.outputs()) {
            if (output.fact() instanceof ReviewReason reason) {
                Reason given = new Reason(reason.code(), output.rule());
                if (!reasons.contains(given)) {
                    reasons.add(given);
                }
            }
        }
        return new ReviewFlag(customerKey, !reasons.isEmpty(), reasons);
    }
}
