package dev.easel.clv.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import dev.easel.rules.ReviewEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.ReviewFlag;

/** The review rules on a new predicted CLV against the last published one. */
@Component
class ReviewStep {

    private final RuleEngine rules;

    ReviewStep(RuleEngine rules) {
        this.rules = rules;
    }

    RuleOutcome<ReviewFlag> check(ResultRow row, BigDecimal previousPublished, LocalDate on) {
        ClvChange change = new ClvChange(row.customerKey(), row.currency(), previousPublished,
                row.predicted() == null ? BigDecimal.ZERO : row.predicted(),
                row.historic() == null ? BigDecimal.ZERO : row.historic(),
                row.largestOrderShare() == null ? 0.0 : row.largestOrderShare(), row.serialReturner());
        return rules.evaluate(new ReviewEvaluation(on, change));
    }
}
