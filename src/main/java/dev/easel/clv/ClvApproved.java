package dev.easel.clv;

/** A compliance officer approved a flagged CLV. */
public record ClvApproved(ClvDecision decision) {}
