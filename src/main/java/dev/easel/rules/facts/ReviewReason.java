package dev.easel.rules.facts;

import java.util.Objects;

/** What a review rule inserts: one reason why a CLV change needs a human to look at it. */
public record ReviewReason(String code) {

    public ReviewReason {
        Objects.requireNonNull(code, "code");
    }
}
