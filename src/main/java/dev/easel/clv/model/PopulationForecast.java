package dev.easel.clv.model;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * Expected cumulative repeat purchases of a cohort whose customers joined at different times: the sum over
 * customers of E[X(t - birth)] (FHL 2005 eq. 9), evaluated once per distinct birth time.
 */
public final class PopulationForecast {

    private PopulationForecast() {}

    /**
     * @param births first-purchase times from the cohort start, in model time units
     * @param times  times from the cohort start at which to forecast
     */
    public static double[] cumulativeRepeatTransactions(PurchaseModel model, double[] births, double[] times) {
        double[] sorted = births.clone();
        Arrays.sort(sorted);
        double[] distinct = new double[sorted.length];
        int[] counts = new int[sorted.length];
        int groups = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (groups > 0 && distinct[groups - 1] == sorted[i]) {
                counts[groups - 1]++;
            } else {
                distinct[groups] = sorted[i];
                counts[groups++] = 1;
            }
        }
        double[] forecast = new double[times.length];
        int distinctBirths = groups;
        // Blocks of times on the common pool, each with a memo of its own: every forecast[j] is the same sum, added
        // in the same order, whichever thread computes it. Whole-day births and weekly times repeat the same
        // differences many times: each is evaluated once per block.
        IntStream.range(0, (times.length + BLOCK - 1) / BLOCK).parallel().forEach(block -> {
            Memo expected = new Memo(model::expectedTransactions);
            for (int j = block * BLOCK; j < Math.min(times.length, (block + 1) * BLOCK); j++) {
                double sum = 0;
                for (int g = 0; g < distinctBirths && distinct[g] < times[j]; g++) {
                    sum += counts[g] * expected.at(times[j] - distinct[g]);
                }
                forecast[j] = sum;
            }
        });
        return forecast;
    }

    /** Times per parallel task: a two-year daily forecast makes a dozen tasks. */
    private static final int BLOCK = 64;

    /**
     * A function's values by argument, in open addressing on the argument's bits: a cohort of two years asks for
     * hundreds of thousands of differences, and boxing each into a hash map cost more than the forecast itself.
     */
    static final class Memo {

        /** No argument has these bits: every NaN is folded into the canonical one, which is never stored. */
        private static final long EMPTY = Double.doubleToLongBits(Double.NaN);

        private final DoubleUnaryOperator function;
        private long[] keys = new long[1 << 12];
        private double[] values = new double[1 << 12];
        private int size;

        Memo(DoubleUnaryOperator function) {
            this.function = function;
            Arrays.fill(keys, EMPTY);
        }

        double at(double argument) {
            long bits = Double.doubleToLongBits(argument);
            if (bits == EMPTY) {
                return function.applyAsDouble(argument);
            }
            int mask = keys.length - 1;
            int slot = spread(bits) & mask;
            while (keys[slot] != EMPTY) {
                if (keys[slot] == bits) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            double value = function.applyAsDouble(argument);
            keys[slot] = bits;
            values[slot] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return value;
        }

        private void grow() {
            long[] oldKeys = keys;
            double[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new double[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = spread(oldKeys[i]) & mask;
                    while (keys[slot] != EMPTY) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        private static int spread(long bits) {
            long h = bits * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
