package dev.easel.clv;

/** A model fit was attempted and stored, with its status. */
public record ModelFitted(ClvDecision decision) {}
