package dev.easel.reports;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * RFC 4180 records: comma separated, CRLF line ends, a cell quoted when it holds a comma, a quote or a line break,
 * quotes doubled. Numbers are written plainly (no exponent, no grouping), times as ISO 8601 instants in UTC, so that a
 * spreadsheet and a script read the same values.
 */
final class CsvOutput {

    private final Writer out;

    CsvOutput(Writer out) {
        this.out = out;
    }

    void record(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            cell(cells[i]);
        }
        out.write("\r\n");
    }

    private void cell(Object value) throws IOException {
        String text = text(value);
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }
}
