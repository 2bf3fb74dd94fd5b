package dev.easel.clv.engine;

import dev.easel.clv.CustomerFeedbackSource;
import dev.easel.rules.ReviewEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.CustomerFeedback;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.RaisedFlag;
import dev.easel.rules.facts.Reason;
import dev.easel.rules.facts.ReviewFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The review rules on a new predicted CLV against the last published one and what the adjustments found. */
@Component
class ReviewStep {

    private final RuleEngine rules;
    private final List<CustomerFeedbackSource> feedback;

    ReviewStep(RuleEngine rules, List<CustomerFeedbackSource> feedback) {
        this.rules = rules;
        this.feedback = feedback;
    }

    RuleOutcome<ReviewFlag> check(ResultRow row, BigDecimal previousPublished, LocalDate on, Findings findings) {
        ClvChange change = new ClvChange(
                row.customerKey(),
                row.currency(),
                previousPublished,
                row.predicted() == null ? BigDecimal.ZERO : row.predicted(),
                row.historic() == null ? BigDecimal.ZERO : row.historic(),
                row.history().largestOrderShare() == null ? 0.0 : row.history().largestOrderShare(),
                row.history().serialReturner(),
                row.history().historicOrders() == null ? 0 : row.history().historicOrders(),
                findings.flags(),
                findings.adjustments());
        List<CustomerFeedback> said = feedback.stream()
                .flatMap(source -> source.of(row.customerKey()).stream())
                .toList();
        return rules.evaluate(new ReviewEvaluation(on, change, said));
    }

    /** The codes of the flags and adjustment reasons the adjustment rules gave a customer's history. */
    record Findings(Set<String> flags, Set<String> adjustments) {

        static Findings of(AdjustmentDecision decision) {
            if (decision == null) {
                return new Findings(Set.of(), Set.of());
            }
            Set<String> flags = new LinkedHashSet<>();
            decision.flags().stream().map(RaisedFlag::code).forEach(flags::add);
            Set<String> adjustments = new LinkedHashSet<>();
            for (OrderAdjustment order : decision.orders()) {
                order.reasons().stream().map(Reason::code).forEach(adjustments::add);
            }
            return new Findings(flags, adjustments);
        }

        /** The same, read back from a stored explanation ({@link Explanations}). */
        static Findings of(StoredExplanation explanation) {
            return new Findings(explanation.flagCodes(), explanation.adjustmentReasonCodes());
        }
    }
}
