package dev.easel.rules.facts;

/**
 * A right to opt out that a law grants, and the Easel purpose it reaches: sale or sharing and targeted advertising
 * are what sending a customer's CLV to marketing tools is; profiling is computing the CLV.
 */
public enum OptOutRight {
    SALE_OR_SHARING("sale-or-sharing", Purpose.MARKETING_SYNC),
    TARGETED_ADVERTISING("targeted-advertising", Purpose.MARKETING_SYNC),
    PROFILING("profiling", Purpose.CLV_PROFILING);

    private final String code;
    private final Purpose purpose;

    OptOutRight(String code, Purpose purpose) {
        this.code = code;
        this.purpose = purpose;
    }

    public String code() {
        return code;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** Null for a code that names no right. */
    public static OptOutRight ofCode(String code) {
        for (OptOutRight right : values()) {
            if (right.code.equals(code)) {
                return right;
            }
        }
        return null;
    }
}
