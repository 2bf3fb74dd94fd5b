package dev.easel.clv;

/** A CLV became the customer's current value. */
public record ClvPublished(ClvDecision decision) {}
