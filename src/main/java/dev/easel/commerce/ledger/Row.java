package dev.easel.commerce.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** One CSV record with its line number; typed cells, each parse failure reported against its column. */
final class Row {

    private final String[] cells;
    private final long line;
    private final List<String> columns;
    private final ImportErrors errors;
    private boolean bad;

    Row(String[] cells, long line, List<String> columns, ImportErrors errors) {
        this.cells = cells;
        this.line = line;
        this.columns = columns;
        this.errors = errors;
    }

    long line() {
        return line;
    }

    /** False after any cell of this row failed to parse. */
    boolean parsed() {
        return !bad;
    }

    /** The raw cell, for comparing the repeated order columns of one order's rows. */
    String raw(int column) {
        return cells[column];
    }

    String text(int column) {
        String value = cells[column];
        return value.isEmpty() ? null : value;
    }

    Integer integer(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return fail(column, "must be a whole number");
        }
    }

    BigDecimal decimal(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return fail(column, "must be a decimal number such as 12.50");
        }
    }

    OffsetDateTime time(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fail(column, "must be an ISO 8601 time with offset, such as 2025-09-01T10:15:00Z");
        }
    }

    LocalDate date(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fail(column, "must be a date such as 2025-09-01");
        }
    }

    void error(String column, String message) {
        bad = true;
        errors.add(line, column, message);
    }

    private <T> T fail(int column, String message) {
        error(columns.get(column), message);
        return null;
    }
}
