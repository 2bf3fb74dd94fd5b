package dev.easel.rules.engine;

/** Where a rule is written: the file inside the rules folder and the line of its {@code rule "..."} header. */
public record RuleLocation(String file, int line) {}
