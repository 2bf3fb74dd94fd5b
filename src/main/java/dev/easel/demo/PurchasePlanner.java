package dev.easel.demo;

import static dev.easel.demo.Distributions.chance;
import static dev.easel.demo.Distributions.exponential;

import java.util.random.RandomGenerator;

/**
 * When a customer orders: a first order when they arrive, then a seasonal Poisson process at their own rate until
 * they drop out, which they may do after any purchase (the BG/NBD story). Schools and organisations open with a bulk
 * order; some schools come back for a second one a school year later.
 */
final class PurchasePlanner {

    static final int MAX_ORDERS_PER_CUSTOMER = 400;

    private static final double SECONDS_PER_YEAR = 365.25 * Timestamps.SECONDS_PER_DAY;
    private static final long SCHOOL_YEAR = 365 * Timestamps.SECONDS_PER_DAY;

    private final DemoWindow window;
    private final Seasonality seasonality;

    PurchasePlanner(DemoWindow window, Seasonality seasonality) {
        this.window = window;
        this.seasonality = seasonality;
    }

    PurchasePlan plan(Person person, RandomGenerator random) {
        PurchasePlan plan = new PurchasePlan();
        boolean bulkBuyer = person.type() != CustomerType.INDIVIDUAL;
        plan.add(person.firstSeen(), bulkBuyer);
        if (person.type() == CustomerType.SCHOOL && chance(random, 0.35)) {
            long nextYear = person.firstSeen() + SCHOOL_YEAR + (long) (random.nextDouble() * 14 * 86_400);
            if (nextYear < window.end()) {
                plan.add(nextYear, true);
            }
        }
        Buying buying = person.buying();
        double candidateRate = buying.ordersPerYear() * seasonality.max() / SECONDS_PER_YEAR;
        long time = person.firstSeen();
        while (plan.size() < MAX_ORDERS_PER_CUSTOMER && !chance(random, buying.dropout())) {
            do {
                // In doubles first: a near-zero rate gives a gap far beyond the range of a long.
                double next = time + 1.0 + exponential(random, candidateRate);
                if (next >= window.end()) {
                    plan.sort();
                    return plan;
                }
                time = (long) next;
            } while (!seasonality.keep(time, random));
            plan.add(time, false);
        }
        plan.sort();
        return plan;
    }
}
