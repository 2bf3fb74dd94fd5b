package dev.easel.rules.facts;

/** A {@link Flag} in a result, with the name of the rule that raised it. */
public record RaisedFlag(String code, String subject, String rule) {}
