package dev.easel.clv.bench;

import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.BgNbdFitter;
import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.ClvScorer;
import dev.easel.clv.model.GammaGammaModel;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.PerCustomerHorizonScorer;
import dev.easel.clv.model.RfmTable;
import dev.easel.clv.model.Scores;
import dev.easel.clv.model.ScoringOptions;
import dev.easel.clv.model.SimulatedPopulation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * One-shot timings of the model at batch scale: a BG/NBD fit (grouping included) and 12-month CLV scoring of a
 * simulated population of one million customers in daily units. A fit is one long call rather than a micro-operation,
 * so a warmed-up median of repeated runs says more than a JMH harness would. Arguments: customers, runs.
 */
public final class ClvModelBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ClvModelBenchmark() {}

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BgNbdModel truth = new BgNbdModel(0.25, 28.0, 0.8, 2.5);
        GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
        long drawStart = System.nanoTime();
        SimulatedPopulation population = SimulatedPopulation.draw(truth, spend, customers, 273, 84, true, 20261122L);
        RfmTable table = population.table();
        System.out.printf(Locale.ROOT, "population: %,d customers drawn in %.1f s%n", customers, seconds(drawStart));

        double[] fitTimes = new double[runs + 2];
        double[] fitCpu = new double[runs + 2];
        double[] groupTimes = new double[runs + 2];
        BgNbdFit fit = null;
        for (int i = 0; i < fitTimes.length; i++) {
            long start = System.nanoTime();
            table.grouped();
            groupTimes[i] = seconds(start);
            start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            fit = BgNbdFitter.fit(table);
            fitTimes[i] = seconds(start);
            fitCpu[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
        }
        System.out.printf(Locale.ROOT, "grouping alone: median %.3f s%n", median(groupTimes, 2));
        System.out.printf(
                Locale.ROOT,
                "BG/NBD fit incl. grouping: median %.3f s wall, %.3f s CPU, over %d runs after"
                        + " 2 warm-ups (%s); %,d distinct rows; %d iterations, %d evaluations; converged %s%n",
                median(fitTimes, 2),
                median(fitCpu, 2),
                runs,
                Arrays.toString(Arrays.copyOfRange(fitTimes, 2, fitTimes.length)),
                fit.distinctRows(),
                fit.convergence().iterations(),
                fit.convergence().evaluations(),
                fit.converged());
        System.out.printf(Locale.ROOT, "estimates: %s (truth %s)%n", fit.model(), truth);

        ScoringOptions options = ScoringOptions.defaults(ModelTimeUnit.DAYS);
        double[] scoreTimes = new double[runs + 2];
        double[] scoreCpu = new double[runs + 2];
        Scores scores = null;
        for (int i = 0; i < scoreTimes.length; i++) {
            long start = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            scores = ClvScorer.score(fit.model(), spend, table, population.meanSpend(), options);
            scoreTimes[i] = seconds(start);
            scoreCpu[i] = (PROCESS.getProcessCpuTime() - cpu) / 1e9;
        }
        double total = Arrays.stream(scores.predictedClv()).sum();
        System.out.printf(
                Locale.ROOT,
                "scoring (P(alive), 12-month expected orders, spend, discounted CLV, next order):"
                        + " median %.3f s wall, %.3f s CPU (all threads) over %d runs after 2 warm-ups (%s); total CLV %.0f%n",
                median(scoreTimes, 2),
                median(scoreCpu, 2),
                runs,
                Arrays.toString(Arrays.copyOfRange(scoreTimes, 2, scoreTimes.length)),
                total);

        Scores reference = null;
        for (int i = 0; i < scoreTimes.length; i++) {
            long start = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            reference = PerCustomerHorizonScorer.score(fit.model(), spend, table, population.meanSpend(), options);
            scoreTimes[i] = seconds(start);
            scoreCpu[i] = (PROCESS.getProcessCpuTime() - cpu) / 1e9;
        }
        System.out.printf(
                Locale.ROOT,
                "scoring the way it was (a horizon per customer): median %.3f s wall, %.3f s CPU "
                        + "over %d runs after 2 warm-ups (%s); largest relative difference: CLV %.2e, expected orders %.2e%n",
                median(scoreTimes, 2),
                median(scoreCpu, 2),
                runs,
                Arrays.toString(Arrays.copyOfRange(scoreTimes, 2, scoreTimes.length)),
                largestRelativeDifference(scores.predictedClv(), reference.predictedClv()),
                largestRelativeDifference(scores.expectedTransactions(), reference.expectedTransactions()));
    }

    private static double largestRelativeDifference(double[] values, double[] reference) {
        double largest = 0;
        for (int i = 0; i < values.length; i++) {
            double scale = Math.max(Math.abs(reference[i]), Double.MIN_NORMAL);
            largest = Math.max(largest, Math.abs(values[i] - reference[i]) / scale);
        }
        return largest;
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e6) / 1e3;
    }

    private static double median(double[] times, int skip) {
        double[] measured = Arrays.copyOfRange(times, skip, times.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }
}
