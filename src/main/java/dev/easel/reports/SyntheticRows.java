package dev.easel.reports;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Made-up rows for warming a template up: every field gets a value of its declared class, texts alternate between
 * short ones and ones long enough to wrap (as keys and hashes do), so that filling and exporting run the same code a
 * real report runs. Nothing here comes from the database.
 */
final class SyntheticRows implements JRDataSource {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String HEX = "0123456789abcdef";

    private final int count;
    private int row;

    SyntheticRows(int count) {
        this.count = count;
    }

    @Override
    public boolean next() {
        if (row >= count) {
            return false;
        }
        row++;
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return valueOf(field.getValueClass(), row);
    }

    static Object valueOf(Class<?> type, int row) {
        if (type == String.class) {
            return text(row);
        }
        if (type == Long.class) {
            return (long) row;
        }
        if (type == Integer.class) {
            return row;
        }
        if (type == Double.class) {
            return row / 7.0;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(row * 100L + 25, 2);
        }
        if (type == Timestamp.class) {
            return Timestamp.from(START.plusSeconds(row * 60L));
        }
        if (type == Date.class) {
            return Date.from(START.plusSeconds(row * 60L));
        }
        if (type == Boolean.class) {
            return row % 2 == 0;
        }
        return null;
    }

    /** Every other text is 64 hexadecimal characters, like a hash; the rest a short word and the row's number. */
    private static String text(int row) {
        if (row % 2 == 0) {
            return "row " + row;
        }
        StringBuilder hex = new StringBuilder(64);
        long seed = row * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 64; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            hex.append(HEX.charAt((int) (seed >>> 60)));
        }
        return hex.toString();
    }
}
