package dev.easel.clv.cli;

import dev.easel.clv.model.SummaryBuilder;
import dev.easel.clv.model.SummaryColumns;
import dev.easel.clv.model.SummaryWindow;
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

    private TransactionLogReader() {}

    /**
     * A log that was read whole, in columns: row i &lt; {@code rows} is customer {@code customer[i]} (numbered in the
     * order first seen) buying on epoch day {@code day[i]} for {@code amount[i]}. The columns may be longer than
     * {@code rows}: they were sized from an estimate and are not copied to trim them.
     */
    record Ledger(
            CustomerIds names, int[] customer, int[] day, double[] amount, int rows, LocalDate first, LocalDate last) {

        /** The number of distinct customers. */
        int customers() {
            return names.size();
        }

        /** Each customer's id, by number; made on demand (a million Strings are not needed to fit). */
        String[] ids() {
            return names.all();
        }

        /** The summaries for a window, over the rows read only (the columns' spare tail is not data). */
        SummaryColumns summarise(SummaryWindow window) {
            return SummaryBuilder.summariseColumns(customers(), rows, customer, day, amount, window);
        }
    }

    /** Below this many bytes of rows the log is read in one thread: a second one would cost more than it saves. */
    private static final int PARALLEL_BYTES = 1 << 20;

    /** Reads in one thread per processor (up to four) when the log is large enough to gain from it. */
    static Ledger read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int threads = bytes.length < PARALLEL_BYTES
                ? 1
                : Math.min(4, Runtime.getRuntime().availableProcessors());
        return parse(file.toString(), bytes, threads);
    }

    /**
     * Reads with {@code threads} threads, each parsing a share of the rows split at line boundaries; the ledger is
     * the same whatever their number.
     */
    static Ledger read(Path file, int threads) throws IOException {
        return parse(file.toString(), Files.readAllBytes(file), threads);
    }

    /** A row's problem, located (file:line) by whoever knows the line number. */
    private static final class BadRow extends RuntimeException {
        BadRow(String detail) {
            super(detail, null, false, false);
        }
    }

    private static Ledger parse(String name, byte[] bytes, int threads) {
        int position =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        int number = 0;
        Layout layout = null;
        String header = null;
        int bodyStart = bytes.length;
        while (position < bytes.length) {
            int newline = lineEnd(bytes, position);
            int end = newline > position && bytes[newline - 1] == '\r' ? newline - 1 : newline;
            int from = position;
            position = newline + 1;
            number++;
            if (blank(bytes, from, end)) {
                continue;
            }
            String line = new String(bytes, from, end - from, StandardCharsets.UTF_8);
            try {
                layout = Layout.of(line);
            } catch (BadRow e) {
                throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage());
            }
            if (layout.headerLine()) {
                header = line.strip();
                bodyStart = Math.min(position, bytes.length);
            } else {
                bodyStart = from;
                number--;
            }
            break;
        }
        if (layout == null) {
            throw new IllegalArgumentException(name + " is empty: there are no transactions to evaluate");
        }
        // Lines before the body; each part finds its own first line number only when it has a bad row to name.
        int linesBefore = number;
        int parts = Math.max(1, Math.min(threads, bytes.length - bodyStart));
        int[] bounds = new int[parts + 1];
        bounds[0] = bodyStart;
        for (int k = 1; k < parts; k++) {
            int at = Math.max(bounds[k - 1], bodyStart + (int) ((long) (bytes.length - bodyStart) * k / parts));
            bounds[k] = at >= bytes.length ? bytes.length : Math.min(bytes.length, lineEnd(bytes, at) + 1);
        }
        bounds[parts] = bytes.length;
        // One set of columns for all parts, each writing into its own estimated stretch of them: fresh memory is
        // what a large log costs most (the kernel clears every new page), so rows are not copied into new columns.
        int[] estimates = new int[parts];
        long total = 0;
        for (int k = 0; k < parts; k++) {
            estimates[k] = Part.estimateRows(bytes, bounds[k], bounds[k + 1]);
            total += estimates[k];
        }
        Columns columns = new Columns((int) Math.min(Integer.MAX_VALUE - 16, total));
        Part[] chunks = new Part[parts];
        int base = 0;
        for (int k = 0; k < parts; k++) {
            chunks[k] = new Part(
                    name, bytes, bounds[k], bounds[k + 1], bodyStart, linesBefore, layout, columns, base, estimates[k]);
            base += estimates[k];
        }
        RuntimeException[] failures = new RuntimeException[parts];
        Thread[] workers = new Thread[parts];
        for (int k = 1; k < parts; k++) {
            int index = k;
            workers[k] = new Thread(() -> failures[index] = chunks[index].parseCatching(), "clv-read-" + k);
            workers[k].start();
        }
        failures[0] = chunks[0].parseCatching();
        for (int k = 1; k < parts; k++) {
            try {
                workers[k].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + name, e);
            }
        }
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure; // the first bad row in file order
            }
        }
        int rows = 0;
        for (Part part : chunks) {
            rows += part.rows;
        }
        if (rows == 0) {
            throw new IllegalArgumentException(name + " has a header (" + header + ") but no transactions to evaluate");
        }
        return merge(chunks, columns, rows);
    }

    /** Columns shared by the parts. */
    private record Columns(int[] customer, int[] day, double[] amount) {
        Columns(int capacity) {
            this(new int[capacity], new int[capacity], new double[capacity]);
        }
    }

    /**
     * The parts' rows in file order, each part's customers renumbered into the first part's numbering: moved down
     * within the shared columns, or copied into new ones when a part outgrew its stretch.
     */
    private static Ledger merge(Part[] parts, Columns shared, int rows) {
        CustomerIds ids = parts[0].ids;
        boolean overflowed = false;
        for (Part part : parts) {
            overflowed |= part.overflowRows() > 0;
        }
        Columns target = overflowed ? new Columns(rows) : shared;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int at = 0;
        for (int k = 0; k < parts.length; k++) {
            Part part = parts[k];
            at = part.moveTo(target, at);
            if (k > 0) {
                int[] renumber = new int[part.ids.size()];
                for (int local = 0; local < renumber.length; local++) {
                    renumber[local] = ids.internFrom(part.ids, local);
                }
                int[] customer = target.customer();
                for (int i = at - part.rows; i < at; i++) {
                    customer[i] = renumber[customer[i]];
                }
            }
            if (part.rows > 0) {
                first = Math.min(first, part.first);
                last = Math.max(last, part.last);
            }
        }
        return new Ledger(
                ids,
                target.customer(),
                target.day(),
                target.amount(),
                rows,
                LocalDate.ofEpochDay(first),
                LocalDate.ofEpochDay(last));
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean blank(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses one share of the rows. Plain lines (no quotes) are split on the bytes themselves and customer ids are
     * interned without making a String per row: reading, not fitting, is what dominated a large evaluation. Quoted
     * lines and the whitespace layout go through the String splitter.
     */
    private static final class Part {
        private static final double[] POWERS = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
            1e19, 1e20, 1e21, 1e22
        };
        private static final int[] MONTH_DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

        private final String name;
        private final byte[] bytes;
        private final int from;
        private final int to;
        private final int bodyStart;
        private final int linesBefore;
        private final Layout layout;
        private final CustomerIds ids = new CustomerIds();
        private final Columns shared;
        private final int base;
        private final int capacity;
        /** Rows beyond the part's stretch of the shared columns, when the estimate fell short. */
        private int[] customer = new int[0];

        private int[] day = new int[0];
        private double[] amount = new double[0];
        private int rows;
        private int first = Integer.MAX_VALUE;
        private int last = Integer.MIN_VALUE;
        private final int[] starts = new int[3];
        private final int[] ends = new int[3];

        Part(
                String name,
                byte[] bytes,
                int from,
                int to,
                int bodyStart,
                int linesBefore,
                Layout layout,
                Columns shared,
                int base,
                int capacity) {
            this.name = name;
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            this.bodyStart = bodyStart;
            this.linesBefore = linesBefore;
            this.layout = layout;
            this.shared = shared;
            this.base = base;
            this.capacity = capacity;
        }

        int overflowRows() {
            return Math.max(0, rows - capacity);
        }

        /** Moves (or copies) this part's rows to {@code target} from row {@code at}; returns the row after them. */
        int moveTo(Columns target, int at) {
            int inStretch = Math.min(rows, capacity);
            System.arraycopy(shared.customer(), base, target.customer(), at, inStretch);
            System.arraycopy(shared.day(), base, target.day(), at, inStretch);
            System.arraycopy(shared.amount(), base, target.amount(), at, inStretch);
            int extra = overflowRows();
            System.arraycopy(customer, 0, target.customer(), at + inStretch, extra);
            System.arraycopy(day, 0, target.day(), at + inStretch, extra);
            System.arraycopy(amount, 0, target.amount(), at + inStretch, extra);
            return at + rows;
        }

        /** Rows expected from the length of the first lines, with a margin, so that a part rarely outgrows it. */
        static int estimateRows(byte[] bytes, int from, int to) {
            int sampleEnd = Math.min(to, from + (1 << 16));
            int lines = 0;
            for (int i = from; i < sampleEnd; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            if (lines == 0) {
                return 1024;
            }
            long estimate = (long) (to - from) * lines / (sampleEnd - from);
            return (int) Math.min(Integer.MAX_VALUE - 16, estimate + estimate / 16 + 1024);
        }

        /** Parses; a bad row comes back (not thrown) so that the caller can name the first one in file order. */
        RuntimeException parseCatching() {
            try {
                parse();
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }

        private void parse() {
            int position = from;
            int local = 0;
            List<String> fields = new ArrayList<>(8);
            while (position < to) {
                int newline = position;
                while (newline < to && bytes[newline] != '\n') {
                    newline++;
                }
                int end = newline > position && bytes[newline - 1] == '\r' ? newline - 1 : newline;
                int lineStart = position;
                position = newline + 1;
                local++;
                try {
                    if (blank(bytes, lineStart, end)) {
                        continue;
                    }
                    if (layout.whitespace() || !plainLine(lineStart, end)) {
                        splitLine(lineStart, end, fields);
                    }
                } catch (BadRow e) {
                    throw new IllegalArgumentException(name + ":" + lineNumber(local) + ": " + e.getMessage());
                }
            }
        }

        /** The file's line number of this part's {@code local}-th line (counted only when a row is bad). */
        private int lineNumber(int local) {
            int before = linesBefore;
            for (int i = bodyStart; i < from; i++) {
                if (bytes[i] == '\n') {
                    before++;
                }
            }
            return before + local;
        }

        private void splitLine(int lineStart, int end, List<String> fields) {
            layout.split(new String(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8), fields);
            String id = fields.get(layout.customer()).strip();
            if (id.isEmpty()) {
                throw new BadRow("the customer id is empty");
            }
            byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
            add(
                    ids.intern(idBytes, 0, idBytes.length),
                    (int) epochDay(fields.get(layout.date()).strip()),
                    TransactionLogReader.amount(fields.get(layout.amount()).strip()));
        }

        /** Reads a line without quotes straight from the bytes; false when it has quotes (the caller splits it). */
        private boolean plainLine(int lineStart, int end) {
            int field = 0;
            int fieldStart = lineStart;
            for (int i = lineStart; i <= end; i++) {
                if (i == end || bytes[i] == ',') {
                    keep(field, fieldStart, i);
                    field++;
                    fieldStart = i + 1;
                } else if (bytes[i] == '"') {
                    return false;
                }
            }
            if (field != layout.fieldCount()) {
                throw new BadRow("expected " + layout.fieldCount() + " fields"
                        + (layout.headerLine() ? " as in the header" : "") + ", got " + field);
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
                throw new BadRow("the customer id is empty");
            }
            int epochDay = day(starts[1], ends[1]);
            add(ids.intern(bytes, idFrom, idTo), epochDay, amount(starts[2], ends[2]));
            return true;
        }

        private void keep(int field, int fieldFrom, int fieldTo) {
            int slot = field == layout.customer() ? 0 : field == layout.date() ? 1 : field == layout.amount() ? 2 : -1;
            if (slot >= 0) {
                starts[slot] = fieldFrom;
                ends[slot] = fieldTo;
            }
        }

        private int day(int fieldFrom, int fieldTo) {
            while (fieldFrom < fieldTo && bytes[fieldFrom] == ' ') {
                fieldFrom++;
            }
            while (fieldTo > fieldFrom && bytes[fieldTo - 1] == ' ') {
                fieldTo--;
            }
            if (fieldTo - fieldFrom == 10 && bytes[fieldFrom + 4] == '-' && bytes[fieldFrom + 7] == '-') {
                int year = digits(fieldFrom, fieldFrom + 4);
                int month = digits(fieldFrom + 5, fieldFrom + 7);
                int dayOfMonth = digits(fieldFrom + 8, fieldFrom + 10);
                if (year >= 0
                        && month >= 1
                        && month <= 12
                        && dayOfMonth >= 1
                        && dayOfMonth <= (month == 2 && leap(year) ? 29 : MONTH_DAYS[month])) {
                    return (int) epochDayOf(year, month, dayOfMonth);
                }
            }
            return (int) epochDay(new String(bytes, fieldFrom, fieldTo - fieldFrom, StandardCharsets.UTF_8));
        }

        private int digits(int digitsFrom, int digitsTo) {
            int value = 0;
            for (int i = digitsFrom; i < digitsTo; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }

        /** Plain decimals (digits, one point) parsed exactly as Double.parseDouble would; anything else goes there. */
        private double amount(int fieldFrom, int fieldTo) {
            while (fieldFrom < fieldTo && bytes[fieldFrom] == ' ') {
                fieldFrom++;
            }
            while (fieldTo > fieldFrom && bytes[fieldTo - 1] == ' ') {
                fieldTo--;
            }
            long mantissa = 0;
            int digits = 0;
            int decimals = -1;
            boolean plain = fieldTo > fieldFrom && fieldTo - fieldFrom <= 17;
            for (int i = fieldFrom; i < fieldTo && plain; i++) {
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
            return TransactionLogReader.amount(
                    new String(bytes, fieldFrom, fieldTo - fieldFrom, StandardCharsets.UTF_8));
        }

        private void add(int customerIndex, int epochDay, double value) {
            if (rows < capacity) {
                shared.customer()[base + rows] = customerIndex;
                shared.day()[base + rows] = epochDay;
                shared.amount()[base + rows] = value;
            } else {
                int extra = rows - capacity;
                if (extra == customer.length) {
                    int size = extra + (extra >> 1) + 1024;
                    customer = java.util.Arrays.copyOf(customer, size);
                    day = java.util.Arrays.copyOf(day, size);
                    amount = java.util.Arrays.copyOf(amount, size);
                }
                customer[extra] = customerIndex;
                day[extra] = epochDay;
                amount[extra] = value;
            }
            rows++;
            if (epochDay < first) {
                first = epochDay;
            }
            if (epochDay > last) {
                last = epochDay;
            }
        }
    }

    private static boolean leap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * Customer ids by their UTF-8 bytes, numbered in the order first seen, without a String per row. Ids of up to
     * eight bytes without a zero byte (most ids) are packed into a long and compared as one; longer ids are kept in a
     * byte pool and compared byte by byte.
     */
    static final class CustomerIds {
        /** Per id: its packed bytes, or 0 for an id kept in the pool. */
        private long[] packed = new long[1 << 12];

        private int size;
        /** Open addressing over packed ids: number + 1, or 0 for a free slot. */
        private int[] packedSlots = new int[1 << 10];

        private int packedCount;
        /** Pooled ids, indexed by number like {@code packed} but only as long as the last pooled id needs. */
        private int[] offsets = new int[0];

        private int[] lengths = new int[0];
        private int[] hashes = new int[0];
        private byte[] pool = new byte[0];
        private int poolSize;
        private int[] slots = new int[1 << 4];
        private int pooledCount;

        int size() {
            return size;
        }

        int intern(byte[] source, int from, int to) {
            int length = to - from;
            if (length <= 8) {
                long key = 0;
                boolean packable = length > 0;
                for (int i = 0; i < length; i++) {
                    int b = source[from + i] & 0xFF;
                    packable &= b != 0;
                    key |= (long) b << (8 * i);
                }
                if (packable) {
                    return internPacked(key);
                }
            }
            return internPooled(source, from, to);
        }

        /** This table's number for id {@code index} of another table (a second part of the same log). */
        int internFrom(CustomerIds other, int index) {
            long key = other.packed[index];
            if (key != 0) {
                return internPacked(key);
            }
            int offset = other.offsets[index];
            return internPooled(other.pool, offset, offset + other.lengths[index]);
        }

        private int internPacked(long key) {
            int mask = packedSlots.length - 1;
            int slot = mix(key) & mask;
            while (true) {
                int entry = packedSlots[slot];
                if (entry == 0) {
                    break;
                }
                if (packed[entry - 1] == key) {
                    return entry - 1;
                }
                slot = (slot + 1) & mask;
            }
            int index = newId();
            packed[index] = key;
            packedSlots[slot] = index + 1;
            if (++packedCount * 2 > packedSlots.length) {
                packedSlots = new int[packedSlots.length * 2];
                int grownMask = packedSlots.length - 1;
                for (int id = 0; id < size; id++) {
                    if (packed[id] != 0) {
                        int s = mix(packed[id]) & grownMask;
                        while (packedSlots[s] != 0) {
                            s = (s + 1) & grownMask;
                        }
                        packedSlots[s] = id + 1;
                    }
                }
            }
            return index;
        }

        private int internPooled(byte[] source, int from, int to) {
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
            int index = newId();
            if (index >= offsets.length) {
                int grown = Math.max(16, Math.max(index + 1, offsets.length * 2));
                offsets = java.util.Arrays.copyOf(offsets, grown);
                lengths = java.util.Arrays.copyOf(lengths, grown);
                hashes = java.util.Arrays.copyOf(hashes, grown);
            }
            while (poolSize + length > pool.length) {
                pool = java.util.Arrays.copyOf(pool, Math.max(256, pool.length * 2));
            }
            System.arraycopy(source, from, pool, poolSize, length);
            offsets[index] = poolSize;
            lengths[index] = length;
            hashes[index] = hash;
            poolSize += length;
            slots[slot] = index + 1;
            if (++pooledCount * 2 > slots.length) {
                slots = new int[slots.length * 2];
                int grownMask = slots.length - 1;
                for (int id = 0; id < size; id++) {
                    if (packed[id] == 0) {
                        int s = hashes[id] & grownMask;
                        while (slots[s] != 0) {
                            s = (s + 1) & grownMask;
                        }
                        slots[s] = id + 1;
                    }
                }
            }
            return index;
        }

        private int newId() {
            if (size == packed.length) {
                packed = java.util.Arrays.copyOf(packed, size * 2);
            }
            return size++;
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

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        String[] all() {
            String[] names = new String[size];
            byte[] buffer = new byte[8];
            for (int index = 0; index < size; index++) {
                long key = packed[index];
                if (key == 0) {
                    names[index] = new String(pool, offsets[index], lengths[index], StandardCharsets.UTF_8);
                } else {
                    int length = 0;
                    while (length < 8 && (key >>> (8 * length) & 0xFF) != 0) {
                        buffer[length] = (byte) (key >>> (8 * length));
                        length++;
                    }
                    names[index] = new String(buffer, 0, length, StandardCharsets.UTF_8);
                }
            }
            return names;
        }
    }

    /** Where the three columns are, and how a line splits into fields. */
    private record Layout(boolean headerLine, boolean whitespace, int fieldCount, int customer, int date, int amount) {

        static Layout of(String line) {
            if (line.indexOf(',') < 0 && line.strip().split("\\s+").length == 5) {
                return new Layout(false, true, 5, 0, 2, 4);
            }
            List<String> fields = new ArrayList<>();
            new Layout(false, false, -1, 0, 0, 0).split(line, fields);
            boolean header = fields.stream().noneMatch(f -> parseDay(f.strip()) != null);
            if (!header) {
                if (fields.size() != 3) {
                    throw new BadRow("expected customerId,date,amount (or a" + " header naming the columns), got "
                            + fields.size() + " fields");
                }
                return new Layout(false, false, 3, 0, 1, 2);
            }
            return new Layout(
                    true,
                    false,
                    fields.size(),
                    column(fields, "customer"),
                    column(fields, "date"),
                    column(fields, "amount"));
        }

        private static int column(List<String> header, String column) {
            List<String> accepted = COLUMN_NAMES.get(column);
            for (int i = 0; i < header.size(); i++) {
                String normalised =
                        header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                if (accepted.contains(normalised)) {
                    return i;
                }
            }
            throw new BadRow("the header " + header + " has no " + column + " column (accepted names: "
                    + String.join(", ", accepted) + ")");
        }

        /** Splits one line into {@code out}; quoted fields may hold commas and doubled quotes. */
        void split(String line, List<String> out) {
            out.clear();
            if (whitespace) {
                for (String field : line.strip().split("\\s+")) {
                    out.add(field);
                }
            } else {
                splitCsv(line, out);
            }
            if (fieldCount > 0 && out.size() != fieldCount) {
                throw new BadRow("expected " + fieldCount + " fields" + (headerLine ? " as in the header" : "")
                        + ", got " + out.size());
            }
        }

        private static void splitCsv(String line, List<String> out) {
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
                            throw new BadRow("a quoted field is not closed" + " (fields that span lines are not read)");
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
                        throw new BadRow("text after a closing quote at column " + (i + 1));
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

    private static long epochDay(String text) {
        Long day = parseDay(text);
        if (day == null) {
            throw new BadRow("not a date: '" + text + "' (write yyyy-MM-dd or yyyyMMdd)");
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
            if (!leap(year)) {
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

    private static double amount(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadRow("not an amount: '" + text + "'");
        }
        if (!Double.isFinite(value)) {
            throw new BadRow("the amount is " + text + ", not a finite number");
        }
        if (value < 0) {
            throw new BadRow("negative amount " + text
                    + ": a purchase cannot be negative (net refunds against their orders before evaluating)");
        }
        return value;
    }
}
