package dev.easel.clv.model;

/** The unit in which recency, age and horizons are measured. CDNOW is published in weeks; the service uses days. */
public enum ModelTimeUnit {
    DAYS(1.0),
    WEEKS(7.0);

    private final double days;

    ModelTimeUnit(double days) {
        this.days = days;
    }

    public double days() {
        return days;
    }

    /** Converts a whole number of days into this unit. */
    public double fromDays(long dayCount) {
        return dayCount / days;
    }

    /** An average calendar month (365.25 / 12 days) in this unit. */
    public double perMonth() {
        return 365.25 / 12.0 / days;
    }

    public static ModelTimeUnit parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
