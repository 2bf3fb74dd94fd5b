package dev.easel.clv;

import java.io.BufferedReader;
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

    /** A log that was read whole, with the span of its dates. */
    record Ledger(List<Transaction> transactions, LocalDate first, LocalDate last, int rows) {
    }

    static Ledger read(Path file) throws IOException {
        String name = file.toString();
        List<Transaction> transactions = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            Layout layout = null;
            String header = null;
            List<String> fields = new ArrayList<>(8);
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (layout == null) {
                    layout = Layout.of(line, name, number);
                    if (layout.headerLine()) {
                        header = line.strip();
                        continue;
                    }
                }
                layout.split(line, fields, name, number);
                String id = fields.get(layout.customer()).strip();
                if (id.isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + number + ": the customer id is empty");
                }
                long day = epochDay(fields.get(layout.date()).strip(), name, number);
                double amount = amount(fields.get(layout.amount()).strip(), name, number);
                transactions.add(new Transaction(id, LocalDate.ofEpochDay(day), amount));
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
            if (layout == null) {
                throw new IllegalArgumentException(name + " is empty: there are no transactions to evaluate");
            }
            if (transactions.isEmpty()) {
                throw new IllegalArgumentException(name + " has a header (" + header
                        + ") but no transactions to evaluate");
            }
        }
        return new Ledger(transactions, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last), transactions.size());
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
