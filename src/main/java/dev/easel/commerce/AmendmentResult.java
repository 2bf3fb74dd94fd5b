package dev.easel.commerce;

/** What {@link Orders#amend} did with an order: recorded it new, amended the recorded one, or found it unchanged. */
public record AmendmentResult(OrderResult order, Outcome outcome) {

    public enum Outcome {
        RECORDED,
        AMENDED,
        UNCHANGED
    }
}
