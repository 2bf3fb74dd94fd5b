package dev.easel.rules.facts;

/** A reason code in a result, with the name of the rule that gave it (null for the engine's own defaults). */
public record Reason(String code, String rule) {}
