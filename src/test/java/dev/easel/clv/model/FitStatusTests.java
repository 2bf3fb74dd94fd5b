package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

/** Each fit status and data-sufficiency verdict, on small data sets made for it. */
class FitStatusTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void oneCustomerIsNotIdentifiableAndSaysWhatWouldFixIt() {
        List<Transaction> log = List.of(new Transaction("c1", START, 10), new Transaction("c1", START.plusDays(9), 12));

        DataSufficiency verdict = judge(log, START.plusDays(30), START.plusDays(30));

        assertThat(verdict.verdict()).isEqualTo(DataSufficiency.Verdict.INSUFFICIENT);
        assertThat(verdict.blocking().kind()).isEqualTo(FitStatus.Kind.NOT_IDENTIFIABLE);
        assertThat(verdict.blocking().predictive()).isFalse();
        assertThat(verdict.reasons()).extracting(DataSufficiency.Reason::code).containsExactly("TOO_FEW_CUSTOMERS");
        assertThat(verdict.reasons().get(0).fix()).contains("more customers");
    }

    @Test
    void customersWithoutRepeatPurchasesAreNotIdentifiable() {
        List<Transaction> log = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            log.add(new Transaction("c" + c, START.plusDays(c % 60), 20));
        }

        DataSufficiency verdict = judge(log, START.plusDays(59), START.plusDays(59));

        assertThat(verdict.blocking()).isInstanceOf(FitStatus.NotIdentifiable.class);
        assertThat(verdict.reasons()).extracting(DataSufficiency.Reason::code).containsExactly("NO_REPEAT_CUSTOMERS");
        assertThat(verdict.blocking().explanation()).contains("none of the 300 customers bought again");
    }

    @Test
    void aCalibrationEndAfterTheLastTransactionIsDegenerate() {
        List<Transaction> log = steadyBuyers(200, 1L);
        LocalDate last =
                log.stream().map(Transaction::date).max(LocalDate::compareTo).orElseThrow();

        DataSufficiency verdict = judge(log, last.plusDays(120), last);

        assertThat(verdict.blocking()).isInstanceOf(FitStatus.DegenerateInputs.class);
        assertThat(verdict.reasons().get(0).code()).isEqualTo("CALIBRATION_BEYOND_DATA");
        assertThat(verdict.reasons().get(0).finding()).contains("120 days after the last transaction");
        assertThat(verdict.reasons().get(0).fix()).contains("on or before " + last);
    }

    @Test
    void aHoldoutEndAfterTheLastTransactionIsDegenerate() {
        List<Transaction> log = steadyBuyers(200, 2L);
        LocalDate last =
                log.stream().map(Transaction::date).max(LocalDate::compareTo).orElseThrow();
        LocalDate calibrationEnd = START.plusDays(150);
        CustomerSummaries summaries = SummaryBuilder.summarise(
                log, new SummaryWindow(calibrationEnd, last.plusDays(200), ModelTimeUnit.DAYS));

        DataSufficiency verdict = DataSufficiency.judge(summaries, START, last);

        assertThat(verdict.blocking().kind()).isEqualTo(FitStatus.Kind.DEGENERATE_INPUTS);
        assertThat(verdict.reasons().get(0).code()).isEqualTo("HOLDOUT_BEYOND_DATA");
    }

    @Test
    void aFewHundredCustomersFitButTheVerdictSaysTheFiguresAreUncertain() {
        List<Transaction> log = steadyBuyers(200, 3L);

        DataSufficiency verdict = judge(log, START.plusDays(300), START.plusDays(364));

        assertThat(verdict.sufficient()).isTrue();
        assertThat(verdict.verdict()).isEqualTo(DataSufficiency.Verdict.LIMITED);
        assertThat(verdict.reasons()).extracting(DataSufficiency.Reason::code).contains("FEW_CUSTOMERS");
    }

    @Test
    void aHealthyPopulationConvergesInsideTheParameterSpace() {
        SimulatedPopulation population = SimulatedPopulation.draw(
                new BgNbdModel(0.25, 4.0, 0.8, 2.5), new GammaGammaModel(6, 4, 15), 5_000, 39, 12, false, 7L);

        FitStatus status = BgNbdFitter.fit(population.table()).status();

        assertThat(status).isEqualTo(new FitStatus.Converged());
        assertThat(status.predictive()).isTrue();
    }

    @Test
    void customersWhoNeverLeaveDriveTheDropoutToItsBoundaryAndTheStatusSaysSo() {
        RandomDataGenerator random = new RandomDataGenerator(11L);
        int n = 3_000;
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            double rate = random.nextGamma(0.8, 1 / 10.0);
            age[i] = 30 + 20 * random.nextDouble();
            double t = random.nextExponential(1 / rate);
            while (t <= age[i]) {
                x[i]++;
                recency[i] = t;
                t += random.nextExponential(1 / rate);
            }
        }

        BgNbdFit fit = BgNbdFitter.fit(RfmTable.of(x, recency, age));

        assertThat(fit.converged()).isTrue();
        assertThat(fit.status()).isInstanceOfSatisfying(FitStatus.AtBoundary.class, boundary -> {
            assertThat(boundary.parameter()).isIn("a", "b");
            assertThat(boundary.explanation()).contains("at its boundary");
        });
        assertThat(fit.status().predictive()).isTrue();
    }

    @Test
    void aFitThatRanOutOfIterationsIsNotPredictive() {
        SimulatedPopulation population = SimulatedPopulation.draw(
                new BgNbdModel(0.25, 4.0, 0.8, 2.5), new GammaGammaModel(6, 4, 15), 2_000, 39, 12, false, 5L);

        FitStatus status = BgNbdFitter.fit(
                        population.table(), FitOptions.defaults().withMaxIterations(2))
                .status();

        assertThat(status.kind()).isEqualTo(FitStatus.Kind.NOT_CONVERGED);
        assertThat(status.predictive()).isFalse();
    }

    private static DataSufficiency judge(List<Transaction> log, LocalDate calibrationEnd, LocalDate last) {
        LocalDate first =
                log.stream().map(Transaction::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate holdoutEnd = last.isAfter(calibrationEnd) ? last : calibrationEnd;
        return DataSufficiency.judge(
                SummaryBuilder.summarise(log, new SummaryWindow(calibrationEnd, holdoutEnd, ModelTimeUnit.DAYS)),
                first,
                last);
    }

    /** Customers joining over two months and buying every few weeks for a year; some stop. */
    private static List<Transaction> steadyBuyers(int customers, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<Transaction> log = new ArrayList<>();
        LocalDate end = START.plusDays(364);
        for (int c = 0; c < customers; c++) {
            LocalDate day = START.plusDays(random.nextInt(0, 59));
            while (!day.isAfter(end)) {
                log.add(new Transaction("c" + c, day, 10 + random.nextInt(0, 40)));
                if (random.nextUniform(0, 1) < 0.1) {
                    break;
                }
                day = day.plusDays(1 + (long) random.nextExponential(25));
            }
        }
        return log;
    }
}
