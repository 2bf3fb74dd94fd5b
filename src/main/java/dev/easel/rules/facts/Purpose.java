package dev.easel.rules.facts;

import java.util.List;

/** What a customer's data may be used for; each is decided on its own. */
public enum Purpose {
    /** Computing the customer's CLV. */
    CLV_PROFILING("clv-profiling"),
    /** Using the CLV in marketing tools. */
    MARKETING_SYNC("marketing-sync");

    private static final List<Purpose> ALL = List.of(values());

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    /** The code used by the consent records and the API ({@code clv-profiling}, {@code marketing-sync}). */
    public String code() {
        return code;
    }

    /** Every purpose, for rules that decide each one ({@code $p : Purpose() from Purpose.all()}). */
    public static List<Purpose> all() {
        return ALL;
    }

    public static Purpose fromCode(String code) {
        for (Purpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("Unknown purpose: " + code);
    }
}
