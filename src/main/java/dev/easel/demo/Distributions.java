package dev.easel.demo;

import java.util.random.RandomGenerator;

/**
 * The few distributions the simulation needs, written on {@link StrictMath} so that one seed gives the same files on
 * every machine and JDK.
 */
final class Distributions {

    private Distributions() {}

    static double uniform(RandomGenerator random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    static int uniformInt(RandomGenerator random, int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    static boolean chance(RandomGenerator random, double probability) {
        return random.nextDouble() < probability;
    }

    static double exponential(RandomGenerator random, double rate) {
        return -StrictMath.log(1.0 - random.nextDouble()) / rate;
    }

    /** Marsaglia-Polar method. */
    static double normal(RandomGenerator random) {
        double u;
        double v;
        double s;
        do {
            u = 2.0 * random.nextDouble() - 1.0;
            v = 2.0 * random.nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        return u * StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
    }

    /** Marsaglia-Tsang; shapes below 1 through the boost {@code Gamma(a) = Gamma(a + 1) * U^(1/a)}. */
    static double gamma(RandomGenerator random, double shape, double scale) {
        if (shape < 1.0) {
            double boost = StrictMath.pow(1.0 - random.nextDouble(), 1.0 / shape);
            return gamma(random, shape + 1.0, scale) * boost;
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / StrictMath.sqrt(9.0 * d);
        while (true) {
            double x = normal(random);
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x
                    || StrictMath.log(u) < 0.5 * x * x + d * (1.0 - v + StrictMath.log(v))) {
                return d * v * scale;
            }
        }
    }

    static double beta(RandomGenerator random, double a, double b) {
        double x = gamma(random, a, 1.0);
        double y = gamma(random, b, 1.0);
        return x / (x + y);
    }

    /** Knuth's multiplication method: fine for the small means used here. */
    static int poisson(RandomGenerator random, double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
