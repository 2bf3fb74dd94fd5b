package dev.easel.rules.facts;

/** The latest state of a consent record for one purpose. */
public enum ConsentStatus {
    GIVEN,
    WITHDRAWN,
    /** An objection to processing (GDPR Art. 21). */
    OBJECTED,
    /** An opt-out (CCPA/CPRA: of profiling, or of sale and sharing). */
    OPTED_OUT
}
