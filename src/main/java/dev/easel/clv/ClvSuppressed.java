package dev.easel.clv;

/** Consent forbade profiling: the customer's CLV was withdrawn. */
public record ClvSuppressed(ClvDecision decision) {}
