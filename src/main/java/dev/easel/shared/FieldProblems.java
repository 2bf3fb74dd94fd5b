package dev.easel.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects every bad field of one request, so that the caller hears about all of them at once. */
public final class FieldProblems {

    /** NUMERIC(14, 4): ten digits before the point, four after. */
    private static final int MONEY_SCALE = 4;

    private static final int MONEY_INTEGER_DIGITS = 10;

    private final List<FieldProblem> list = new ArrayList<>();

    public void add(String field, String message) {
        list.add(FieldProblem.of(field, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(list);
    }

    /** True when present; otherwise records "is required". */
    public boolean required(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public void text(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        } else if (value != null && hasControlCharacters(value)) {
            add(field, "must not contain NUL or other control characters");
        }
    }

    /**
     * NUL (which PostgreSQL cannot store in text) and the other C0 and C1 control characters, except tab and line
     * breaks, which free text such as a consent's wording may hold.
     */
    public static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    public void requiredText(String value, String field, int maxLength) {
        if (required(value, field)) {
            text(value, field, maxLength);
        }
    }

    public void oneOf(String value, Set<String> allowed, String field) {
        if (value != null && !allowed.contains(value)) {
            add(field, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
    }

    /** Non-negative, at most four decimals and ten integer digits: what the ledger's NUMERIC(14, 4) holds. */
    public boolean money(BigDecimal value, String field) {
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
