package dev.easel.demo;

import java.time.LocalDate;

/**
 * The two years of history the demo covers, in epoch seconds: from the day after {@code endDate} two years earlier,
 * up to the end of {@code endDate}.
 */
record DemoWindow(LocalDate firstDay, LocalDate lastDay) {

    static DemoWindow endingOn(LocalDate lastDay) {
        return new DemoWindow(lastDay.plusDays(1).minusYears(2), lastDay);
    }

    long start() {
        return Timestamps.startOf(firstDay);
    }

    /** Exclusive: nothing happens at or after this second. */
    long end() {
        return Timestamps.startOf(lastDay.plusDays(1));
    }

    int days() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
    }
}
