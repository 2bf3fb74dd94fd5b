package dev.easel.clv.model;

import org.hipparchus.random.RandomDataGenerator;

/**
 * A cohort drawn from known BG/NBD and Gamma-Gamma parameters, for tests and benchmarks that need no outside data.
 * Customers join uniformly over {@code joinWindow} before a calibration period of length {@code observed}; while
 * alive they buy at a Poisson rate and may drop out after each repeat purchase (FHL 2005 assumptions i-v).
 */
public final class SimulatedPopulation {

    private final int[] x;
    private final double[] recency;
    private final double[] age;
    private final double[] meanSpend;

    private SimulatedPopulation(int n) {
        x = new int[n];
        recency = new double[n];
        age = new double[n];
        meanSpend = new double[n];
    }

    /**
     * @param wholeUnits when true, times are rounded down to whole units, as dates in days are, which lets
     *                   identical rows be grouped
     */
    public static SimulatedPopulation draw(
            BgNbdModel purchases,
            GammaGammaModel spend,
            int n,
            double observed,
            double joinWindow,
            boolean wholeUnits,
            long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        SimulatedPopulation population = new SimulatedPopulation(n);
        for (int i = 0; i < n; i++) {
            double lambda = random.nextGamma(purchases.r(), 1 / purchases.alpha());
            double dropout = random.nextBeta(purchases.a(), purchases.b());
            double nu = random.nextGamma(spend.q(), 1 / spend.gamma());
            double age = observed + joinWindow * random.nextDouble();
            if (wholeUnits) {
                age = Math.floor(age);
            }
            double t = 0;
            double last = 0;
            int count = 0;
            double spent = 0;
            while (true) {
                t += random.nextExponential(1 / lambda);
                double when = wholeUnits ? Math.floor(t) : t;
                if (when > age) {
                    break;
                }
                count++;
                last = when;
                spent += random.nextGamma(spend.p(), 1 / nu);
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            population.x[i] = count;
            population.recency[i] = count == 0 ? 0 : last;
            population.age[i] = age;
            population.meanSpend[i] = count == 0 ? 0 : spent / count;
        }
        return population;
    }

    public RfmTable table() {
        return RfmTable.of(x, recency, age);
    }

    public int[] x() {
        return x;
    }

    public double[] meanSpend() {
        return meanSpend;
    }

    public int size() {
        return x.length;
    }
}
