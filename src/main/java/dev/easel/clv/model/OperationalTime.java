package dev.easel.clv.model;

import java.time.LocalDate;

/**
 * Customers' histories and a scoring horizon moved onto a season's operational clock, where BG/NBD in operational
 * time is fitted and predicts: t_x and T become the operational days between the first purchase and the last one or
 * the scoring day, in the model's time unit.
 */
public final class OperationalTime {

    private OperationalTime() {}

    /**
     * @param first    each customer's first purchase day
     * @param last     each customer's last purchase day
     * @param asOf     the calibration or scoring day, up to which T runs (never before the last purchase)
     */
    public static RfmTable table(
            SeasonalProfile season, int[] x, LocalDate[] first, LocalDate[] last, LocalDate asOf, ModelTimeUnit unit) {
        int n = x.length;
        double[] recency = new double[n];
        double[] age = new double[n];
        double unitDays = unit.days();
        for (int i = 0; i < n; i++) {
            LocalDate end = last[i].isAfter(asOf) ? last[i] : asOf;
            recency[i] = x[i] == 0 ? 0.0 : season.operationalDays(first[i], last[i]) / unitDays;
            age[i] = season.operationalDays(first[i], end) / unitDays;
        }
        return RfmTable.of(x, recency, age);
    }

    /** The ends of the horizon's calendar months after {@code asOf}, in operational time units. */
    public static double[] monthEnds(
            SeasonalProfile season, LocalDate asOf, ScoringOptions options, ModelTimeUnit unit) {
        double[] calendar = ClvScorer.monthEnds(options);
        double unitDays = unit.days();
        double[] ends = new double[calendar.length];
        for (int k = 0; k < ends.length; k++) {
            ends[k] = season.operationalDaysAfter(asOf, calendar[k] * unitDays) / unitDays;
        }
        return ends;
    }

    /** A wait measured on the operational clock from {@code asOf}, in calendar days. */
    public static double calendarDays(SeasonalProfile season, LocalDate asOf, double operational, ModelTimeUnit unit) {
        return Double.isFinite(operational) ? season.calendarDaysAfter(asOf, operational * unit.days()) : operational;
    }
}
