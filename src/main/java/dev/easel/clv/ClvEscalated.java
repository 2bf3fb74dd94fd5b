package dev.easel.clv;

/** A review was not decided in time and went to the compliance lead. */
public record ClvEscalated(ClvDecision decision) {}
