package dev.easel.consent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a customer's data may be used for. Spelled in the API and the rules as {@code clv-profiling}, {@code marketing-sync}. */
public enum Purpose {
    CLV_PROFILING("clv-profiling"),
    MARKETING_SYNC("marketing-sync");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Purpose fromCode(String code) {
        for (Purpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("unknown purpose '" + code + "' (clv-profiling or marketing-sync)");
    }
}
