package dev.easel.rules.facts;

import java.util.Objects;

/**
 * Something the customer said in a survey or on the renewal page, pseudonymously: which question, which answer code
 * (e.g. {@code moving-supplier}). Review rules may weigh it.
 */
public record CustomerFeedback(String customerKey, String question, String answer) {

    public CustomerFeedback {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(answer, "answer");
    }
}
