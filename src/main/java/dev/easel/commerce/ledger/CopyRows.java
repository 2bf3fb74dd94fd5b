package dev.easel.commerce.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, written straight into one buffer: no
 * statement to parse and no text arrays to cast, so the database only stores the rows. For the bulk load: COPY fires
 * the same row-by-row foreign key triggers as an insert, which only a load that suspends the keys avoids.
 */
final class CopyRows {

    private final String copy;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStarted;
    private int rows;

    CopyRows(String table, List<String> columns) {
        this.copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    CopyRows add(long value) {
        separate();
        text.append(value);
        return this;
    }

    CopyRows add(Integer value) {
        separate();
        if (value == null) {
            text.append("\\N");
        } else {
            text.append(value.intValue());
        }
        return this;
    }

    CopyRows add(BigDecimal value) {
        separate();
        if (value == null) {
            text.append("\\N");
        } else {
            text.append(value.toPlainString());
        }
        return this;
    }

    CopyRows add(OffsetDateTime value) {
        separate();
        text.append(value);
        return this;
    }

    /** Text with the four characters the format gives a meaning escaped; null as {@code \N}. */
    CopyRows add(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        int plain = 0;
        while (plain < value.length() && !special(value.charAt(plain))) {
            plain++;
        }
        // Almost every cell has nothing to escape: appended whole, not a character at a time.
        if (plain == value.length()) {
            text.append(value);
            return this;
        }
        text.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Ends the current row. */
    void end() {
        text.append('\n');
        lineStarted = false;
        rows++;
    }

    int rows() {
        return rows;
    }

    /** Sends the rows (if any) in one COPY on the transaction's connection. */
    void send(Connection connection) throws SQLException {
        if (rows == 0) {
            return;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        text.setLength(0);
        rows = 0;
    }

    private void separate() {
        if (lineStarted) {
            text.append('\t');
        }
        lineStarted = true;
    }
}
