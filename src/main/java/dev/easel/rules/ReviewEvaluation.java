package dev.easel.rules;

import java.time.LocalDate;
import java.util.Objects;

import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.ReviewFlag;

/** Does this CLV change need a human to look at it before it is published? Runs {@code rules/review/}. */
public record ReviewEvaluation(LocalDate on, ClvChange change) implements Evaluation<ReviewFlag> {

    public ReviewEvaluation {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(change, "change");
    }
}
