package dev.easel.rules.facts;

/** How a privacy law lets data be used, as written in {@code rules/consent/jurisdictions.csv}. */
public enum Regime {
    /** Opt-in consent: a purpose needs the customer's consent (or a basis the rules allow for it). */
    OPT_IN("opt-in"),
    /** Opt-out: data may be used after notice until the customer says no. */
    OPT_OUT("opt-out"),
    /** Legitimate interest with a right to object: data may be used until the customer objects. */
    LEGITIMATE_INTEREST("legitimate-interest");

    private final String code;

    Regime(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Null for a code that names no regime. */
    public static Regime ofCode(String code) {
        for (Regime regime : values()) {
            if (regime.code.equals(code)) {
                return regime;
            }
        }
        return null;
    }
}
