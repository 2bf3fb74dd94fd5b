package dev.easel.workflow.review;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** Adds working days: Saturdays and Sundays do not count. Public holidays are not known here and do count. */
final class BusinessDays {

    private BusinessDays() {}

    /** The same time of day, {@code days} weekdays later; a start on a weekend counts from the Monday after. */
    static ZonedDateTime add(ZonedDateTime start, int days) {
        ZonedDateTime due = start;
        int counted = 0;
        while (counted < days) {
            due = due.plusDays(1);
            if (!weekend(due.getDayOfWeek())) {
                counted++;
            }
        }
        return due;
    }

    private static boolean weekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
