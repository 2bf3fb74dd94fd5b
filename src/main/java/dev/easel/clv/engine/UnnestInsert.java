package dev.easel.clv.engine;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement for a whole chunk of rows on PostgreSQL: every column travels as one text array and is cast to its
 * column's type in {@code select ... from unnest(...)}. One parse, one bind and one execution per chunk instead of
 * one per row; the statement's tail ({@code on conflict ...}, {@code returning ...}) is the caller's.
 */
final class UnnestInsert {

    private final String head;
    private final int columns;

    /**
     * @param table      the table written
     * @param columns    its columns, in the order of each row's values
     * @param castTypes  the PostgreSQL type of each column (varchar, numeric, float8, date, timestamptz, ...)
     */
    UnnestInsert(String table, List<String> columns, List<String> castTypes) {
        if (columns.size() != castTypes.size()) {
            throw new IllegalArgumentException("one type per column");
        }
        List<String> casts = new ArrayList<>();
        List<String> arrays = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            casts.add("c" + i + "::" + castTypes.get(i));
            arrays.add("?::text[]");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            names.add("c" + i);
        }
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", casts)
                + " FROM unnest(" + String.join(", ", arrays) + ") AS rows (" + String.join(", ", names) + ")";
        this.columns = columns.size();
    }

    /** Prepares {@code insert ... select ... from unnest(...) tail} with the rows bound; the caller executes it. */
    PreparedStatement prepare(Connection connection, List<Object[]> rows, String tail) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(tail.isEmpty() ? head : head + " " + tail);
        for (int column = 0; column < columns; column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < values.length; row++) {
                values[row] = text(rows.get(row)[column]);
            }
            Array array = connection.createArrayOf("text", values);
            statement.setArray(column + 1, array);
        }
        return statement;
    }

    /** Text PostgreSQL reads back as the same value: plain decimals, shortest round-trip doubles, ISO instants. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
        }
        return value.toString();
    }
}
