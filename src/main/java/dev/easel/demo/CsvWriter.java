package dev.easel.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file row by row: UTF-8, comma-separated, RFC 4180 quoting, rows ended by a line feed.
 * Numbers, money and times are appended without the quoting check because they never contain a separator.
 */
final class CsvWriter implements Closeable {

    private static final int BUFFER_CHARS = 1 << 20;

    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);
    private int cells;
    private long rows;

    CsvWriter(Writer out) {
        this.out = out;
    }

    static CsvWriter create(Path file, String header) {
        try {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS);
            CsvWriter csv = new CsvWriter(writer);
            for (String column : header.split(",")) {
                csv.text(column);
            }
            csv.endHeader();
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell, quoted when it holds a comma, a quote or a line break; {@code null} is an empty cell. */
    CsvWriter text(String value) {
        separate();
        if (value == null || value.isEmpty()) {
            return this;
        }
        if (needsQuotes(value)) {
            row.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    row.append('"');
                }
                row.append(c);
            }
            row.append('"');
        } else {
            row.append(value);
        }
        return this;
    }

    CsvWriter number(long value) {
        separate();
        row.append(value);
        return this;
    }

    CsvWriter money(long cents) {
        separate();
        Money.append(row, cents);
        return this;
    }

    CsvWriter time(long epochSecond) {
        separate();
        Timestamps.append(row, epochSecond);
        return this;
    }

    CsvWriter empty() {
        separate();
        return this;
    }

    void endRow() {
        flushRow();
        rows++;
    }

    /** Data rows written so far, not counting the header. */
    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endHeader() {
        flushRow();
    }

    private void flushRow() {
        row.append('\n');
        try {
            out.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.setLength(0);
        cells = 0;
    }

    // Counting cells rather than looking at the row keeps a leading empty cell from swallowing the comma.
    private void separate() {
        if (cells++ > 0) {
            row.append(',');
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
