package dev.easel.rules.facts;

/** The answer of the consent gate for one purpose, from the most to the least permissive. */
public enum EligibilityStatus {
    /** The data may be used. */
    ELIGIBLE,
    /** The data may still be used, and a renewal of the consent is to be requested. */
    RENEWAL_DUE,
    /** The data must not be used for this purpose. */
    SUPPRESSED;

    /** When rules disagree, the stricter answer wins. */
    public EligibilityStatus stricter(EligibilityStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public boolean allowsUse() {
        return this != SUPPRESSED;
    }
}
