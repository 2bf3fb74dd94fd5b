package dev.easel.clv;

/** The review rules sent a computed CLV to a compliance officer. */
public record ClvFlagged(ClvDecision decision) {}
