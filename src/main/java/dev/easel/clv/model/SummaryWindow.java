package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calibration period ends on {@code calibrationEnd} (inclusive); the optional holdout period runs from the next
 * day to {@code holdoutEnd} (inclusive). Equal dates mean there is no holdout.
 */
public record SummaryWindow(LocalDate calibrationEnd, LocalDate holdoutEnd, ModelTimeUnit unit) {

    public SummaryWindow {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(holdoutEnd, "holdoutEnd");
        Objects.requireNonNull(unit, "unit");
        if (holdoutEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException(
                    "holdoutEnd " + holdoutEnd + " is before calibrationEnd " + calibrationEnd);
        }
    }

    public static SummaryWindow calibrationOnly(LocalDate calibrationEnd, ModelTimeUnit unit) {
        return new SummaryWindow(calibrationEnd, calibrationEnd, unit);
    }

    /** Length of the holdout period in model time units. */
    public double holdoutLength() {
        return unit.fromDays(holdoutEnd.toEpochDay() - calibrationEnd.toEpochDay());
    }

    public boolean hasHoldout() {
        return holdoutEnd.isAfter(calibrationEnd);
    }
}
