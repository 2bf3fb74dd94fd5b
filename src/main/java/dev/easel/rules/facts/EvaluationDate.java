package dev.easel.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/** The day the decision is made for: rules measure ages and windows from it, never from the clock. */
public record EvaluationDate(LocalDate date) {

    public EvaluationDate {
        Objects.requireNonNull(date, "date");
    }
}
