package dev.easel.shared;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream, one at a time, never the whole file: quoted cells may hold commas,
 * doubled quotes and line breaks. Knows the physical line each record starts on, for error messages.
 */
public final class CsvReader {

    private static final int END = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder cell = new StringBuilder(64);
    private final List<String> cells = new ArrayList<>(16);
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned by {@link #next()} started on (1 is the header). */
    public long recordLine() {
        return recordLine;
    }

    /**
     * The next record, empty cells as empty strings; null at the end. Blank lines are skipped, and so is a UTF-8
     * byte order mark at the start of the file (spreadsheet programs write one).
     */
    public String[] next() throws IOException {
        if (line == 1 && recordLine == 0 && peek() == BYTE_ORDER_MARK) {
            read();
        }
        while (true) {
            recordLine = line;
            cells.clear();
            int c = read();
            if (c == END) {
                return null;
            }
            boolean blank = true;
            cell.setLength(0);
            while (true) {
                if (c == '"' && cell.isEmpty()) {
                    quoted();
                    blank = false;
                    c = read();
                    continue;
                }
                if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    blank = false;
                } else if (c == '\r' || c == '\n' || c == END) {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    if (c != END) {
                        line++;
                    }
                    break;
                } else {
                    cell.append((char) c);
                    unquotedRun();
                    blank = false;
                }
                c = read();
            }
            cells.add(cell.toString());
            if (!blank) {
                return cells.toArray(String[]::new);
            }
        }
    }

    /**
     * Copies the rest of an unquoted cell that lies in the buffer in one go rather than a character at a time (most
     * of a file's characters); stops before anything {@link #next()} gives a meaning, or at the buffer's end.
     */
    private void unquotedRun() {
        int start = position;
        int end = position;
        while (end < limit) {
            char c = buffer[end];
            if (c == ',' || c == '\r' || c == '\n' || c == '"') {
                break;
            }
            end++;
        }
        cell.append(buffer, start, end - start);
        position = end;
    }

    private void quoted() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                return;
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                read();
            } else if (c == '\n') {
                line++;
            }
            cell.append((char) c);
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
