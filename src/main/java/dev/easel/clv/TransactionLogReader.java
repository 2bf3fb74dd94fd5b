package dev.easel.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.easel.clv.model.Transaction;

/**
 * Reads a transaction log for the command line: comma-separated {@code customerId,date,amount} with an optional
 * header, or the whitespace-separated CDNOW event log (id, sample id, yyyymmdd, units, amount). Dates are
 * {@code yyyy-MM-dd} or {@code yyyyMMdd}.
 */
final class TransactionLogReader {

    private TransactionLogReader() {
    }

    static List<Transaction> read(Path file) throws IOException {
        List<Transaction> transactions = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] fields = trimmed.contains(",") ? trimmed.split(",", -1) : trimmed.split("\\s+");
                if (fields.length != 3 && fields.length != 5) {
                    throw new IllegalArgumentException(file + ":" + number
                            + ": expected customerId,date,amount or the CDNOW layout, got " + fields.length + " fields");
                }
                String dateField = fields.length == 3 ? fields[1] : fields[2];
                String amountField = fields.length == 3 ? fields[2] : fields[4];
                LocalDate date = parseDate(dateField.strip());
                if (date == null) {
                    if (number == 1) {
                        continue;
                    }
                    throw new IllegalArgumentException(file + ":" + number + ": not a date: " + dateField);
                }
                try {
                    transactions.add(new Transaction(unquote(fields[0].strip()), date,
                            Double.parseDouble(amountField.strip())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": not an amount: " + amountField, e);
                }
            }
        }
        return transactions;
    }

    private static LocalDate parseDate(String text) {
        String value = unquote(text);
        try {
            return value.length() == 8 ? LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
