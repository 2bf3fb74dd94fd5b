package dev.easel.demo;

import java.time.LocalDate;

/**
 * ISO 8601 UTC times ({@code 2025-09-01T10:15:00Z}) written digit by digit: tens of millions of them are written
 * for a benchmark file, where {@code Instant.toString()} would dominate the run time.
 */
final class Timestamps {

    static final long SECONDS_PER_DAY = 86_400;

    private Timestamps() {}

    static void append(StringBuilder out, long epochSecond) {
        long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        appendDate(out, LocalDate.ofEpochDay(day));
        out.append('T');
        twoDigits(out, secondOfDay / 3600);
        out.append(':');
        twoDigits(out, secondOfDay / 60 % 60);
        out.append(':');
        twoDigits(out, secondOfDay % 60);
        out.append('Z');
    }

    static void appendDate(StringBuilder out, LocalDate date) {
        out.append(date.getYear()).append('-');
        twoDigits(out, date.getMonthValue());
        out.append('-');
        twoDigits(out, date.getDayOfMonth());
    }

    static long startOf(LocalDate date) {
        return date.toEpochDay() * SECONDS_PER_DAY;
    }

    private static void twoDigits(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        out.append(value);
    }
}
