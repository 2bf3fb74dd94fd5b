package dev.easel.demo;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * How busy each day of the window is, relative to an average day: back-to-school (August, September) and the
 * holidays (November, December) run well above it, and deep promotions add their own spike. Purchase times are drawn
 * from a Poisson process thinned by this curve, which keeps every customer's own rate intact on average.
 */
final class Seasonality {

    // January .. December
    private static final double[] MONTH = {0.75, 0.75, 0.9, 0.9, 0.85, 0.8, 0.85, 1.45, 1.55, 0.95, 1.6, 1.85};
    // A short headline sale (Black Friday weekend) concentrates demand; a month-long one spreads it thin.
    private static final double SHORT_SALE_LIFT = 1.8;
    private static final double LONG_SALE_LIFT = 1.15;
    private static final long SHORT_SALE = 7 * Timestamps.SECONDS_PER_DAY;

    private final long start;
    private final double[] weight;
    private final double max;

    Seasonality(DemoWindow window, Promotions promotions) {
        this.start = window.start();
        this.weight = new double[window.days()];
        double sum = 0;
        for (int day = 0; day < weight.length; day++) {
            LocalDate date = window.firstDay().plusDays(day);
            double w = MONTH[date.getMonthValue() - 1];
            long noon = Timestamps.startOf(date) + Timestamps.SECONDS_PER_DAY / 2;
            for (Promotion promotion : promotions.all()) {
                if (promotion.deep() && promotion.appliesTo(noon, null)) {
                    w *= promotion.endsAt() - promotion.startsAt() <= SHORT_SALE ? SHORT_SALE_LIFT : LONG_SALE_LIFT;
                }
            }
            weight[day] = w;
            sum += w;
        }
        double mean = sum / weight.length;
        double highest = 0;
        for (int day = 0; day < weight.length; day++) {
            weight[day] /= mean;
            highest = Math.max(highest, weight[day]);
        }
        this.max = highest;
    }

    /** The highest relative weight: the rate of candidate events before thinning. */
    double max() {
        return max;
    }

    /** Keeps a candidate event at {@code epochSecond} with probability weight / max. */
    boolean keep(long epochSecond, RandomGenerator random) {
        int day = (int) ((epochSecond - start) / Timestamps.SECONDS_PER_DAY);
        return random.nextDouble() * max < weight[day];
    }

    /** A moment in the window, with days drawn in proportion to their weight. */
    long sample(RandomGenerator random, long from, long toExclusive) {
        while (true) {
            long candidate = from + (long) (random.nextDouble() * (toExclusive - from));
            if (keep(candidate, random)) {
                return candidate;
            }
        }
    }
}
