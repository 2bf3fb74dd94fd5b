package dev.easel.rules.facts;

/** The lawful basis a consent record relies on. */
public enum LawfulBasis {
    CONSENT,
    LEGITIMATE_INTEREST,
    CONTRACT
}
