package dev.easel.reports;

import dev.easel.shared.FieldProblems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A query parameter a report accepts, with how to read it. */
record ReportParameter(String name, Kind kind, boolean required, String description) {

    static ReportParameter optional(String name, Kind kind, String description) {
        return new ReportParameter(name, kind, false, description);
    }

    /** The typed value, or null with a problem recorded when the text does not fit the kind. */
    Object parse(String text, FieldProblems problems) {
        return kind.parse(name, text, problems);
    }

    enum Kind {
        /** A pseudonymous customer key: letters, digits, '_' and '-', at most 40 characters. */
        CUSTOMER_KEY {
            private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

            @Override
            Object parse(String name, String text, FieldProblems problems) {
                if (!KEY.matcher(text).matches()) {
                    problems.add(name, "must be a customer key (letters, digits, '_' or '-', at most 40)");
                    return null;
                }
                return text;
            }
        },
        /** A calendar date, ISO 8601 (2026-11-22), meant in UTC. */
        DATE {
            @Override
            Object parse(String name, String text, FieldProblems problems) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    problems.add(name, "must be a date such as 2026-11-22");
                    return null;
                }
            }
        };

        abstract Object parse(String name, String text, FieldProblems problems);
    }
}
