package dev.easel.clv.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.easel.clv.model.Transaction;

/**
 * Reads a transaction log for the command line: comma-separated values with a header naming the customer, date and
 * amount columns in any order (extra columns are ignored), or {@code customerId,date,amount} without a header, or the
 * whitespace-separated CDNOW event log (id, sample id, yyyymmdd, units, amount). Fields may be quoted as in RFC 4180.
 * Dates are {@code yyyy-MM-dd} or {@code yyyyMMdd}. Every rejected row names its file and line.
 */
final class TransactionLogReader {

    /** Header names accepted for each column, compared in lower case without punctuation. */
    private static final Map<String, List<String>> COLUMN_NAMES = Map.of(
            "customer", List.of("customerid", "customer", "customerkey", "custid", "id", "clientid"),
            "date", List.of("date", "orderdate", "placedon", "transactiondate", "purchasedate", "day"),
            "amount", List.of("amount", "value", "total", "spend", "sales", "revenue", "price"));

    private TransactionLogReader() {
    }

    /**
     * A log that was read whole, in columns: row i is customer {@code ids[customer[i]]} buying on epoch day
     * {@code day[i]} for {@code amount[i]}.
     */
    record Ledger(String[] ids, int[] customer, int[] day, double[] amount, int rows, LocalDate first,
            LocalDate last) {
    }

    static Ledger read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new Parser(file.toString(), bytes).parse();
    }

    /**
     * Parses the bytes in one pass. Plain lines (no quotes) are split on the bytes themselves and customer ids are
     * interned without making a String per row: reading, not fitting, is what dominated a large evaluation. Quoted
     * lines and the whitespace layout go through the String splitter.
     */
    private static final class Parser {
        private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

        private final String name;
        private final byte[] bytes;
        private final CustomerIds ids = new CustomerIds();
        private int[] customer = new int[1 << 16];
        private int[] day = new int[1 << 16];
        private double[] amount = new double[1 << 16];
        private int rows;
        private int first = Integer.MAX_VALUE;
        private int last = Integer.MIN_VALUE;
        private final int[] starts = new int[3];
        private final int[] ends = new int[3];

        Parser(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
        }

        Ledger parse() {
            int position = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            int number = 0;
            Layout layout = null;
            String header = null;
            List<String> fields = new ArrayList<>(8);
            while (position < bytes.length) {
                int newline = position;
                while (newline < bytes.length && bytes[newline] != '\n') {
                    newline++;
                }
                int end = newline > position && bytes[newline - 1] == '\r' ? newline - 1 : newline;
                int from = position;
                position = newline + 1;
                number++;
                if (blank(from, end)) {
                    continue;
                }
                if (layout == null) {
                    String line = new String(bytes, from, end - from, StandardCharsets.UTF_8);
                    layout = Layout.of(line, name, number);
                    if (layout.headerLine()) {
                        header = line.strip();
                        continue;
                    }
                }
                if (layout.whitespace() || !plainLine(layout, from, end, number)) {
                    layout.split(new String(bytes, from, end - from, StandardCharsets.UTF_8), fields, name, number);
                    String id = fields.get(layout.customer()).strip();
                    if (id.isEmpty()) {
                        throw new IllegalArgumentException(name + ":" + number + ": the customer id is empty");
                    }
                    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
                    add(ids.intern(idBytes, 0, idBytes.length), (int) epochDay(fields.get(layout.date()).strip(),
                            name, number), TransactionLogReader.amount(fields.get(layout.amount()).strip(), name, number));
                }
            }
            if (layout == null) {
                throw new IllegalArgumentException(name + " is empty: there are no transactions to evaluate");
            }
            if (rows == 0) {
                throw new IllegalArgumentException(name + " has a header (" + header
                        + ") but no transactions to evaluate");
            }
            return new Ledger(ids.all(), java.util.Arrays.copyOf(customer, rows), java.util.Arrays.copyOf(day, rows),
                    java.util.Arrays.copyOf(amount, rows), rows, LocalDate.ofEpochDay(first),
                    LocalDate.ofEpochDay(last));
        }

        private boolean blank(int from, int end) {
            for (int i = from; i < end; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** Reads a line without quotes straight from the bytes; false when it has quotes (the caller splits it). */
        private boolean plainLine(Layout layout, int from, int end, int number) {
            int field = 0;
            int fieldStart = from;
            for (int i = from; i <= end; i++) {
                if (i == end || bytes[i] == ',') {
                    keep(layout, field, fieldStart, i);
                    field++;
                    fieldStart = i + 1;
                } else if (bytes[i] == '"') {
                    return false;
                }
            }
            if (field != layout.fieldCount()) {
                throw new IllegalArgumentException(name + ":" + number + ": expected " + layout.fieldCount()
                        + " fields" + (layout.headerLine() ? " as in the header" : "") + ", got " + field);
            }
            int idFrom = starts[0];
            int idTo = ends[0];
            while (idFrom < idTo && bytes[idFrom] == ' ') {
                idFrom++;
            }
            while (idTo > idFrom && bytes[idTo - 1] == ' ') {
                idTo--;
            }
            if (idFrom == idTo) {
                throw new IllegalArgumentException(name + ":" + number + ": the customer id is empty");
            }
            int epochDay = day(starts[1], ends[1], number);
            add(ids.intern(bytes, idFrom, idTo), epochDay, amount(starts[2], ends[2], number));
            return true;
        }

        private void keep(Layout layout, int field, int from, int to) {
            int slot = field == layout.customer() ? 0 : field == layout.date() ? 1 : field == layout.amount() ? 2 : -1;
            if (slot >= 0) {
                starts[slot] = from;
                ends[slot] = to;
            }
        }

        private int day(int from, int to, int number) {
            while (from < to && bytes[from] == ' ') {
                from++;
            }
            while (to > from && bytes[to - 1] == ' ') {
                to--;
            }
            if (to - from == 10 && bytes[from + 4] == '-' && bytes[from + 7] == '-') {
                int year = digits(from, from + 4);
                int month = digits(from + 5, from + 7);
                int dayOfMonth = digits(from + 8, from + 10);
                if (year >= 0 && month >= 1 && month <= 12 && dayOfMonth >= 1
                        && dayOfMonth <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
                    return (int) epochDayOf(year, month, dayOfMonth);
                }
            }
            String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            return (int) epochDay(text, name, number);
        }

        private int digits(int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }

        /** Plain decimals (digits, one point) parsed exactly as Double.parseDouble would; anything else goes there. */
        private double amount(int from, int to, int number) {
            while (from < to && bytes[from] == ' ') {
                from++;
            }
            while (to > from && bytes[to - 1] == ' ') {
                to--;
            }
            long mantissa = 0;
            int digits = 0;
            int decimals = -1;
            boolean plain = to > from && to - from <= 17;
            for (int i = from; i < to && plain; i++) {
                byte b = bytes[i];
                if (b >= '0' && b <= '9') {
                    mantissa = mantissa * 10 + (b - '0');
                    digits++;
                    if (decimals >= 0) {
                        decimals++;
                    }
                } else if (b == '.' && decimals < 0) {
                    decimals = 0;
                } else {
                    plain = false;
                }
            }
            if (plain && digits > 0 && digits <= 15) {
                // Both operands are exact doubles, so one division rounds once: the same value parseDouble gives.
                return decimals <= 0 ? mantissa : mantissa / POWERS[decimals];
            }
            return TransactionLogReader.amount(new String(bytes, from, to - from, StandardCharsets.UTF_8), name,
                    number);
        }

        private void add(int customerIndex, int epochDay, double value) {
            if (rows == customer.length) {
                int size = rows * 2;
                customer = java.util.Arrays.copyOf(customer, size);
                day = java.util.Arrays.copyOf(day, size);
                amount = java.util.Arrays.copyOf(amount, size);
            }
            customer[rows] = customerIndex;
            day[rows] = epochDay;
            amount[rows] = value;
            rows++;
            first = Math.min(first, epochDay);
            last = Math.max(last, epochDay);
        }
    }

    /** Customer ids by their UTF-8 bytes, numbered in the order first seen (open addressing, no String per row). */
    private static final class CustomerIds {
        private byte[] pool = new byte[1 << 16];
        private int poolSize;
        private int[] offsets = new int[1 << 12];
        private int[] lengths = new int[1 << 12];
        /** Each id's mixed hash: compared first, so that probing rarely touches the bytes. */
        private int[] hashes = new int[1 << 12];
        private String[] names = new String[1 << 12];
        private int size;
        private int[] slots = new int[1 << 13];

        int intern(byte[] source, int from, int to) {
            int hash = 1;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + source[i];
            }
            hash = mix(hash);
            int mask = slots.length - 1;
            int slot = hash & mask;
            int length = to - from;
            while (true) {
                int entry = slots[slot];
                if (entry == 0) {
                    break;
                }
                int index = entry - 1;
                if (hashes[index] == hash && lengths[index] == length && same(offsets[index], source, from, length)) {
                    return index;
                }
                slot = (slot + 1) & mask;
            }
            if (size == names.length) {
                offsets = java.util.Arrays.copyOf(offsets, size * 2);
                lengths = java.util.Arrays.copyOf(lengths, size * 2);
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
                names = java.util.Arrays.copyOf(names, size * 2);
            }
            while (poolSize + length > pool.length) {
                pool = java.util.Arrays.copyOf(pool, pool.length * 2);
            }
            System.arraycopy(source, from, pool, poolSize, length);
            offsets[size] = poolSize;
            lengths[size] = length;
            hashes[size] = hash;
            names[size] = new String(source, from, length, StandardCharsets.UTF_8);
            poolSize += length;
            slots[slot] = ++size;
            if (size * 2 > slots.length) {
                rehash();
            }
            return size - 1;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int index = 0; index < size; index++) {
                int slot = hashes[index] & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = index + 1;
            }
        }

        /** Ids are short: a plain loop beats the range checks of Arrays.equals here. */
        private boolean same(int offset, byte[] source, int from, int length) {
            for (int i = 0; i < length; i++) {
                if (pool[offset + i] != source[from + i]) {
                    return false;
                }
            }
            return true;
        }

        /** Spreads the polynomial hash: ids that differ in their last digit would otherwise fill adjacent slots. */
        private static int mix(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 15);
        }

        String[] all() {
            return java.util.Arrays.copyOf(names, size);
        }
    }

    /** Where the three columns are, and how a line splits into fields. */
    private record Layout(boolean headerLine, boolean whitespace, int fieldCount, int customer, int date, int amount) {

        static Layout of(String line, String file, int number) {
            if (line.indexOf(',') < 0 && line.strip().split("\\s+").length == 5) {
                return new Layout(false, true, 5, 0, 2, 4);
            }
            List<String> fields = new ArrayList<>();
            new Layout(false, false, -1, 0, 0, 0).split(line, fields, file, number);
            boolean header = fields.stream().noneMatch(f -> parseDay(f.strip()) != null);
            if (!header) {
                if (fields.size() != 3) {
                    throw new IllegalArgumentException(file + ":" + number + ": expected customerId,date,amount (or a"
                            + " header naming the columns), got " + fields.size() + " fields");
                }
                return new Layout(false, false, 3, 0, 1, 2);
            }
            return new Layout(true, false, fields.size(), column(fields, "customer", file, number),
                    column(fields, "date", file, number), column(fields, "amount", file, number));
        }

        private static int column(List<String> header, String column, String file, int number) {
            List<String> accepted = COLUMN_NAMES.get(column);
            for (int i = 0; i < header.size(); i++) {
                String normalised = header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                if (accepted.contains(normalised)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(file + ":" + number + ": the header " + header + " has no " + column
                    + " column (accepted names: " + String.join(", ", accepted) + ")");
        }

        /** Splits one line into {@code out}; quoted fields may hold commas and doubled quotes. */
        void split(String line, List<String> out, String file, int number) {
            out.clear();
            if (whitespace) {
                for (String field : line.strip().split("\\s+")) {
                    out.add(field);
                }
            } else {
                splitCsv(line, out, file, number);
            }
            if (fieldCount > 0 && out.size() != fieldCount) {
                throw new IllegalArgumentException(file + ":" + number + ": expected " + fieldCount + " fields"
                        + (headerLine ? " as in the header" : "") + ", got " + out.size());
            }
        }

        private static void splitCsv(String line, List<String> out, String file, int number) {
            int i = 0;
            int n = line.length();
            while (true) {
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) == '"') {
                    StringBuilder field = new StringBuilder();
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new IllegalArgumentException(file + ":" + number + ": a quoted field is not closed"
                                    + " (fields that span lines are not read)");
                        }
                        char c = line.charAt(i++);
                        if (c == '"') {
                            if (i < n && line.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            field.append(c);
                        }
                    }
                    while (i < n && line.charAt(i) == ' ') {
                        i++;
                    }
                    out.add(field.toString());
                    if (i < n && line.charAt(i) != ',') {
                        throw new IllegalArgumentException(file + ":" + number
                                + ": text after a closing quote at column " + (i + 1));
                    }
                } else {
                    int comma = line.indexOf(',', i);
                    int end = comma < 0 ? n : comma;
                    out.add(line.substring(i, end));
                    i = end;
                }
                if (i >= n) {
                    return;
                }
                i++; // the comma
                if (i == n) {
                    out.add("");
                    return;
                }
            }
        }
    }

    private static long epochDay(String text, String file, int number) {
        Long day = parseDay(text);
        if (day == null) {
            throw new IllegalArgumentException(file + ":" + number + ": not a date: '" + text
                    + "' (write yyyy-MM-dd or yyyyMMdd)");
        }
        return day;
    }

    /** yyyy-MM-dd or yyyyMMdd without building a formatter per row; null when it is not a valid date. */
    static Long parseDay(String text) {
        int length = text.length();
        int year;
        int month;
        int day;
        if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            year = digits(text, 0, 4);
            month = digits(text, 5, 7);
            day = digits(text, 8, 10);
        } else if (length == 8) {
            year = digits(text, 0, 4);
            month = digits(text, 4, 6);
            day = digits(text, 6, 8);
        } else {
            return null;
        }
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Days since 1970-01-01 of a valid date, without allocating (the proleptic Gregorian count LocalDate uses). */
    static long epochDayOf(int year, int month, int day) {
        long y = year;
        long total = 365 * y;
        total += y >= 0 ? (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 : -(y / -4 - y / -100 + y / -400);
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!java.time.Year.isLeap(year)) {
                total--;
            }
        }
        return total - 719528;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static double amount(String text, String file, int number) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + number + ": not an amount: '" + text + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(file + ":" + number + ": the amount is " + text
                    + ", not a finite number");
        }
        if (value < 0) {
            throw new IllegalArgumentException(file + ":" + number + ": negative amount " + text
                    + ": a purchase cannot be negative (net refunds against their orders before evaluating)");
        }
        return value;
    }
}
