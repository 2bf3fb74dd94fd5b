package dev.easel.clv;

/** A compliance officer rejected a flagged CLV; the previous value stays. */
public record ClvRejected(ClvDecision decision) {}
