package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A seasonal purchase intensity by calendar month, scaled so that a year averages 1 (days weighted). BG/NBD in
 * operational time: a customer's purchase clock runs at {@code intensity(day)} operational days per calendar day, so a
 * customer who buys at rate lambda in operational time buys at lambda * intensity in calendar time, and the fit and
 * the predictions are made on the operational clock (the time-change idea of Jerath, Fader and Hardie's
 * "customer-base analysis with seasonality" is the same; see docs/clv-engine.md).
 *
 * @param monthly intensity for January to December
 * @param source  ESTIMATED from the ledger's own history, or DECLARED by the analyst
 */
public record SeasonalProfile(double[] monthly, Source source) {

    public enum Source {
        ESTIMATED,
        DECLARED
    }

    /** A history shorter than this cannot show a season. */
    public static final int DAYS_NEEDED = 365;

    public SeasonalProfile {
        if (monthly.length != 12) {
            throw new IllegalArgumentException("a seasonal profile has 12 months, got " + monthly.length);
        }
        for (double m : monthly) {
            if (!(m > 0) || !Double.isFinite(m)) {
                throw new IllegalArgumentException("monthly intensities must be positive: " + Arrays.toString(monthly));
            }
        }
        monthly = normalised(monthly);
    }

    private static double[] normalised(double[] monthly) {
        double weighted = 0;
        for (int m = 0; m < 12; m++) {
            weighted += monthly[m] * java.time.Month.of(m + 1).length(false);
        }
        double scale = 365.0 / weighted;
        double[] result = new double[12];
        for (int m = 0; m < 12; m++) {
            result[m] = monthly[m] * scale;
        }
        return result;
    }

    public double intensity(long epochDay) {
        return monthly[LocalDate.ofEpochDay(epochDay).getMonthValue() - 1];
    }

    /**
     * Operational time at the start of each day from {@code origin} to {@code end} inclusive, counted from the
     * origin, in days: {@code clock[d - origin]}.
     */
    public double[] clock(long origin, long end) {
        double[] clock = new double[(int) (end - origin + 1)];
        for (long day = origin; day < end; day++) {
            clock[(int) (day - origin + 1)] = clock[(int) (day - origin)] + intensity(day);
        }
        return clock;
    }

    /**
     * Operational days from the start of {@code from} to the start of {@code to}: the sum of the intensities of the
     * days in between (negative when {@code to} comes first). Equal to {@code clock(from, to)[to - from]}, in constant
     * time whatever the distance.
     */
    public double operationalDays(LocalDate from, LocalDate to) {
        return operationalDay(to) - operationalDay(from);
    }

    /** Operational days in the {@code calendarDays} (possibly fractional) that follow the start of {@code from}. */
    public double operationalDaysAfter(LocalDate from, double calendarDays) {
        long whole = (long) Math.floor(calendarDays);
        LocalDate day = from.plusDays(whole);
        return operationalDays(from, day) + (calendarDays - whole) * intensity(day.toEpochDay());
    }

    /**
     * The inverse: calendar days after the start of {@code from} until {@code operationalDays} have passed on the
     * operational clock.
     */
    public double calendarDaysAfter(LocalDate from, double operationalDays) {
        if (!(operationalDays > 0)) {
            return 0.0;
        }
        double start = operationalDay(from);
        // The clock only moves forward: bracket the day by doubling, then bisect (a few dozen steps for any wait).
        long below = 0;
        long above = 1;
        while (operationalDay(from.plusDays(above)) - start <= operationalDays) {
            below = above;
            above *= 2;
        }
        while (above - below > 1) {
            long middle = (below + above) >>> 1;
            if (operationalDay(from.plusDays(middle)) - start <= operationalDays) {
                below = middle;
            } else {
                above = middle;
            }
        }
        long days = below;
        LocalDate day = from.plusDays(days);
        double left = operationalDays - (operationalDay(day) - start);
        return days + left / intensity(day.toEpochDay());
    }

    /**
     * Operational time at the start of {@code date}, counted from 1 January 1970: whole years (365 days, plus
     * February's intensity for 29 February), then the months of its own year.
     */
    private double operationalDay(LocalDate date) {
        int year = date.getYear();
        double days = (year - 1970) * 365.0 + monthly[1] * (leapYearsBefore(year) - leapYearsBefore(1970));
        for (int m = 0; m < date.getMonthValue() - 1; m++) {
            days += monthly[m] * java.time.Month.of(m + 1).length(date.isLeapYear());
        }
        return days + monthly[date.getMonthValue() - 1] * (date.getDayOfMonth() - 1);
    }

    /** Leap years in [1, year), for years from 1. */
    private static long leapYearsBefore(int year) {
        long y = year - 1L;
        return Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
    }

    /** Flat: every month 1. */
    public static SeasonalProfile flat() {
        double[] ones = new double[12];
        Arrays.fill(ones, 1.0);
        return new SeasonalProfile(ones, Source.ESTIMATED);
    }

    /**
     * Estimates the profile from the cohort's repeat purchases in the calibration period: for each calendar month the
     * purchases seen over those expected by a BG/NBD fit (in the operational time of the previous round), twice.
     * Needs at least a year between the cohort start and the calibration end.
     *
     * @param summaries summaries in calendar days with the repeat purchases per day
     * @return the estimate, or null when the history is shorter than a year
     */
    public static SeasonalProfile estimate(CustomerSummaries summaries, FitOptions options) {
        long origin = summaries.cohortStart().toEpochDay();
        long calibrationEnd = summaries.window().calibrationEnd().toEpochDay();
        if (calibrationEnd - origin < DAYS_NEEDED) {
            return null;
        }
        long[] repeatByDay = summaries.repeatPurchasesByDay();
        double[] births = new double[summaries.size()];
        double[] ages = new double[summaries.size()];
        double[] recencies = new double[summaries.size()];
        int[] x = new int[summaries.size()];
        double unitDays = summaries.window().unit().days();
        SeasonalProfile profile = flat();
        for (int round = 0; round < 2; round++) {
            double[] clock = profile.clock(origin, calibrationEnd + 1);
            for (int i = 0; i < births.length; i++) {
                CustomerSummary c = summaries.customers().get(i);
                long first = origin + Math.round(c.birth() * unitDays);
                long last = first + Math.round(c.recency() * unitDays);
                births[i] = clock[(int) (first - origin)];
                recencies[i] = clock[(int) (last - origin)] - births[i];
                ages[i] = clock[(int) (calibrationEnd - origin)] - births[i];
                x[i] = c.x();
            }
            BgNbdFit fit = BgNbdFitter.fit(RfmTable.of(x, recencies, ages), options);
            if (!fit.status().predictive()) {
                return null;
            }
            int days = (int) (calibrationEnd - origin + 1);
            double[] cumulative = PopulationForecast.cumulativeRepeatTransactions(fit.model(), births, clock);
            double[] seen = new double[12];
            double[] expected = new double[12];
            for (int d = 0; d < days; d++) {
                int month = LocalDate.ofEpochDay(origin + d).getMonthValue() - 1;
                seen[month] += d < repeatByDay.length ? repeatByDay[d] : 0;
                expected[month] += cumulative[d + 1] - cumulative[d];
            }
            double[] next = new double[12];
            for (int m = 0; m < 12; m++) {
                double ratio = expected[m] > 0 && seen[m] > 0 ? seen[m] / expected[m] : 1.0;
                next[m] = profile.monthly()[m] * ratio;
            }
            profile = new SeasonalProfile(next, Source.ESTIMATED);
        }
        return profile;
    }
}
