package dev.easel.commerce.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with few statements: {@code insert ... values (...), (...), ...}. This is what PostgreSQL's
 * reWriteBatchedInserts does, written out so that it holds on any driver and URL, H2 included.
 */
final class MultiRowInsert {

    static final int ROWS_PER_STATEMENT = 500;

    private final String prefix;
    private final String rowPlaceholders;
    private final int[] sqlTypes;

    /** @param sqlTypes the {@link java.sql.Types} of each column, used to bind nulls without a metadata round trip */
    MultiRowInsert(String table, List<String> columns, int... sqlTypes) {
        if (columns.size() != sqlTypes.length) {
            throw new IllegalArgumentException("one SQL type per column");
        }
        this.prefix = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.sqlTypes = sqlTypes.clone();
    }

    void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            jdbc.update(sql(slice.size()), statement -> bind(statement, slice));
        }
    }

    private String sql(int rowCount) {
        StringBuilder sql = new StringBuilder(prefix.length() + rowCount * (rowPlaceholders.length() + 2));
        sql.append(prefix);
        for (int i = 0; i < rowCount; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(rowPlaceholders);
        }
        return sql.toString();
    }

    private void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
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
    }
}
