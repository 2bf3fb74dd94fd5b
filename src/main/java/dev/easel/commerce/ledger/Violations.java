package dev.easel.commerce.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.easel.commerce.Violation;

/** Collects every bad field of one request, so that the caller hears about all of them at once. */
final class Violations {

    /** NUMERIC(14, 4): ten digits before the point, four after. */
    private static final int MONEY_SCALE = 4;
    private static final int MONEY_INTEGER_DIGITS = 10;

    private final List<Violation> list = new ArrayList<>();

    void add(String field, String message) {
        list.add(new Violation(field, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Violation> list() {
        return List.copyOf(list);
    }

    /** True when present; otherwise records "is required". */
    boolean required(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    void text(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
    }

    void requiredText(String value, String field, int maxLength) {
        if (required(value, field)) {
            text(value, field, maxLength);
        }
    }

    void oneOf(String value, Set<String> allowed, String field) {
        if (value != null && !allowed.contains(value)) {
            add(field, "must be one of " + String.join(", ", Codes.sorted(allowed)));
        }
    }

    /** Non-negative, at most four decimals and ten integer digits: what the ledger's NUMERIC(14, 4) holds. */
    boolean money(BigDecimal value, String field) {
        if (value == null) {
            return false;
        }
        if (value.signum() < 0) {
            add(field, "must not be negative");
            return false;
        }
        if (value.scale() > MONEY_SCALE && value.stripTrailingZeros().scale() > MONEY_SCALE) {
            add(field, "must have at most " + MONEY_SCALE + " decimal places");
            return false;
        }
        if (value.precision() - value.scale() > MONEY_INTEGER_DIGITS) {
            add(field, "is too large");
            return false;
        }
        return true;
    }
}
