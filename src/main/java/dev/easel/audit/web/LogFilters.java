package dev.easel.audit.web;

import dev.easel.audit.AuditFilter;
import dev.easel.audit.DecisionKind;
import dev.easel.shared.FieldProblems;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The audit log's search form as typed: every field text, so that a bad value is shown back as typed with its
 * problem. Days are whole UTC days, {@code to} included.
 */
record LogFilters(String customerKey, String kind, String actor, String from, String to) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** The checked filter, or the problems by field name. */
    Checked check() {
        Map<String, String> problems = new LinkedHashMap<>();
        String key = blankToNull(customerKey);
        if (key != null && !KEY.matcher(key).matches()) {
            problems.put("customerKey", "a customer key is letters, digits, '_' or '-', at most 40");
        }
        DecisionKind decisionKind = null;
        String kindText = blankToNull(kind);
        if (kindText != null) {
            try {
                decisionKind = DecisionKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                problems.put("kind", "not one of " + Arrays.toString(DecisionKind.values()));
            }
        }
        String who = blankToNull(actor);
        if (who != null && (who.length() > 100 || FieldProblems.hasControlCharacters(who))) {
            problems.put("actor", "a user name of at most 100 characters");
        }
        LocalDate first = date(from, "from", problems);
        LocalDate last = date(to, "to", problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.put("to", "must not be before from");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(
                new AuditFilter(
                        key,
                        decisionKind,
                        who,
                        first == null ? null : first.atStartOfDay().toInstant(ZoneOffset.UTC),
                        last == null ? null : last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                Map.of());
    }

    /** The filters as query parameters, for links to the next page and the exports. */
    Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "customerKey", customerKey);
        put(query, "kind", kind);
        put(query, "actor", actor);
        put(query, "from", from);
        put(query, "to", to);
        return query;
    }

    record Checked(AuditFilter filter, Map<String, String> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private static LocalDate date(String text, String field, Map<String, String> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.put(field, "a date such as 2026-11-22");
            return null;
        }
    }

    private static void put(Map<String, String> query, String name, String value) {
        String text = blankToNull(value);
        if (text != null) {
            query.put(name, text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
