package dev.easel.commerce.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with one statement. On PostgreSQL each column travels as one array parameter
 * ({@code insert ... select * from unnest(?::bigint[], ...)}): one parse and one bind per chunk, however many rows, which
 * is several times faster than row-by-row batches. Elsewhere (H2) it writes {@code values (...), (...), ...}.
 */
final class MultiRowInsert {

    static final int ROWS_PER_STATEMENT = 500;

    private final String prefix;
    private final String rowPlaceholders;
    private final String unnest;
    private final int[] sqlTypes;

    /** @param sqlTypes the {@link java.sql.Types} of each column, used to bind nulls and to type the arrays */
    MultiRowInsert(String table, List<String> columns, int... sqlTypes) {
        if (columns.size() != sqlTypes.length) {
            throw new IllegalArgumentException("one SQL type per column");
        }
        this.prefix = "insert into " + table + " (" + String.join(", ", columns) + ") ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        StringBuilder arrays = new StringBuilder();
        for (int type : sqlTypes) {
            arrays.append(arrays.isEmpty() ? "" : ", ")
                    .append("?::")
                    .append(postgresType(type))
                    .append("[]");
        }
        this.unnest = prefix + "select * from unnest(" + arrays + ")";
        this.sqlTypes = sqlTypes.clone();
    }

    void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        insertReturning(jdbc, rows, null);
    }

    /**
     * Inserts and, on PostgreSQL, answers the first two {@code returning} columns as key -> value (for example
     * {@code order_id, id}), saving a query. Answers null where the database cannot return them.
     */
    Map<String, Long> insertReturning(JdbcTemplate jdbc, List<Object[]> rows, String returning) {
        if (rows.isEmpty()) {
            return new HashMap<>();
        }
        return jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return insertColumns(connection, rows, returning);
            }
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                insertValues(connection, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
            }
            return null;
        });
    }

    /** Every value travels as text and PostgreSQL casts each array to its column's type. */
    private Map<String, Long> insertColumns(Connection connection, List<Object[]> rows, String returning)
            throws SQLException {
        String sql = returning == null ? unnest : unnest + " returning " + returning;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int column = 0; column < sqlTypes.length; column++) {
                String[] values = new String[rows.size()];
                for (int row = 0; row < values.length; row++) {
                    values[row] = text(rows.get(row)[column]);
                }
                statement.setArray(column + 1, connection.createArrayOf("text", values));
            }
            if (returning == null) {
                statement.executeUpdate();
                return null;
            }
            Map<String, Long> returned = new HashMap<>(rows.size() * 2);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    returned.put(result.getString(1), result.getLong(2));
                }
            }
            return returned;
        }
    }

    private void insertValues(Connection connection, List<Object[]> rows) throws SQLException {
        StringBuilder sql = new StringBuilder(prefix.length() + rows.size() * (rowPlaceholders.length() + 2));
        sql.append(prefix).append("values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i > 0 ? ", " : "").append(rowPlaceholders);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object[] row : rows) {
                for (int column = 0; column < row.length; column++) {
                    if (row[column] == null) {
                        statement.setNull(index++, sqlTypes[column]);
                    } else {
                        statement.setObject(index++, row[column]);
                    }
                }
            }
            statement.executeUpdate();
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String postgresType(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER -> "integer";
            case Types.SMALLINT -> "smallint";
            case Types.NUMERIC -> "numeric";
            case Types.DATE -> "date";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            case Types.VARCHAR, Types.CHAR -> "text";
            default -> throw new IllegalArgumentException("no PostgreSQL array type for SQL type " + sqlType);
        };
    }
}
