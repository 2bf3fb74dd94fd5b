package dev.easel.demo;

import java.time.LocalDate;

/**
 * What to generate: how many customers, from which seed, over the two years ending on which day.
 */
public record DemoSettings(int customers, long seed, LocalDate endDate) {

    public static final int DEFAULT_CUSTOMERS = 2_000;
    public static final long DEFAULT_SEED = 20260101L;
    public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2026, 10, 31);

    public DemoSettings {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1, was " + customers);
        }
        if (endDate == null) {
            throw new IllegalArgumentException("endDate is required");
        }
    }

    static DemoSettings defaults() {
        return new DemoSettings(DEFAULT_CUSTOMERS, DEFAULT_SEED, DEFAULT_END_DATE);
    }

    DemoWindow window() {
        return DemoWindow.endingOn(endDate);
    }
}
