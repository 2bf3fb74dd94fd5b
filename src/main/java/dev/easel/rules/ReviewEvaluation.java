package dev.easel.rules;

import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.CustomerFeedback;
import dev.easel.rules.facts.ReviewFlag;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Does this CLV change need a human to look at it before it is published? Runs {@code rules/review/}, with what the
 * customer told us in surveys as facts beside the change.
 */
public record ReviewEvaluation(LocalDate on, ClvChange change, List<CustomerFeedback> feedback)
        implements Evaluation<ReviewFlag> {

    public ReviewEvaluation {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(change, "change");
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }

    public ReviewEvaluation(LocalDate on, ClvChange change) {
        this(on, change, List.of());
    }
}
