package dev.easel.rules;

import java.time.LocalDate;

/**
 * A question for the rules about one customer, answered with results of type {@code R}. Each kind of evaluation
 * runs one rule set: {@link ConsentEvaluation} the consent gate, {@link AdjustmentEvaluation} the CLV adjustments,
 * {@link ReviewEvaluation} the review triggers.
 */
public sealed interface Evaluation<R> permits ConsentEvaluation, AdjustmentEvaluation, ReviewEvaluation {

    /** The day the decision is made for. */
    LocalDate on();
}
