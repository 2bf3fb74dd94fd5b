package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

/** BG/NBD in operational time on a simulated population whose seasonal profile is known. */
class SeasonalityTests {

    /** A gift-shop year: quiet spring and summer, a peak from September to December. */
    private static final double[] TRUTH = {0.7, 0.7, 0.8, 0.9, 0.9, 0.8, 0.8, 0.9, 1.1, 1.3, 1.6, 1.9};

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Test
    void recoversTheSeasonalProfileFromTwoYearsOfHistory() {
        CustomerSummaries summaries = SummaryBuilder.summarise(
                simulate(20_000, 3L), new SummaryWindow(LocalDate.of(2025, 8, 31), END, ModelTimeUnit.DAYS));

        SeasonalProfile estimated = SeasonalProfile.estimate(summaries, FitOptions.defaults());

        assertThat(estimated).isNotNull();
        assertThat(estimated.source()).isEqualTo(SeasonalProfile.Source.ESTIMATED);
        double[] truth = new SeasonalProfile(TRUTH, SeasonalProfile.Source.DECLARED).monthly();
        assertThat(Statistics.pearson(truth, estimated.monthly())).isGreaterThan(0.95);
        for (int m = 0; m < 12; m++) {
            assertThat(estimated.monthly()[m])
                    .as("month %d", m + 1)
                    .isCloseTo(truth[m], org.assertj.core.api.Assertions.within(0.15));
        }
    }

    @Test
    void theSeasonalFitForecastsThePeakHoldoutBetterThanPlainBgNbd() {
        CustomerSummaries summaries = SummaryBuilder.summarise(
                simulate(20_000, 5L), new SummaryWindow(LocalDate.of(2025, 8, 31), END, ModelTimeUnit.DAYS));
        BgNbdFit plain = BgNbdFitter.fit(summaries.table());
        SeasonalProfile profile = SeasonalProfile.estimate(summaries, FitOptions.defaults());

        SeasonalComparison comparison =
                SeasonalComparison.compare(summaries, plain.model(), profile, FitOptions.defaults());

        assertThat(comparison.plainError()).as("plain BG/NBD misses the peak").isLessThan(-0.10);
        assertThat(Math.abs(comparison.seasonalError())).isLessThan(0.05);
        assertThat(comparison.chosen()).isEqualTo("seasonal");
    }

    @Test
    void saysNoSeasonWhenTheHistoryIsShorterThanAYear() {
        List<Transaction> log = simulate(2_000, 7L).stream()
                .filter(t -> t.date().isAfter(LocalDate.of(2025, 3, 1)))
                .toList();
        CustomerSummaries summaries =
                SummaryBuilder.summarise(log, new SummaryWindow(LocalDate.of(2025, 10, 31), END, ModelTimeUnit.DAYS));

        assertThat(SeasonalProfile.estimate(summaries, FitOptions.defaults())).isNull();
    }

    /**
     * Customers join over 2023 and, while alive, buy at rate lambda * season(month) (thinning of a Poisson process at
     * the peak rate); after each repeat purchase they leave with probability p. BG/NBD in operational time is true.
     */
    static List<Transaction> simulate(int customers, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        double[] season = new SeasonalProfile(TRUTH, SeasonalProfile.Source.DECLARED).monthly();
        double peak = java.util.Arrays.stream(season).max().orElseThrow();
        long end = END.toEpochDay();
        List<Transaction> log = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            double lambda = random.nextGamma(0.6, 1 / 25.0);
            double dropout = random.nextBeta(0.8, 4.0);
            double t = START.toEpochDay() + random.nextInt(0, 364);
            log.add(new Transaction("c" + c, LocalDate.ofEpochDay((long) t), 20));
            while (true) {
                t += random.nextExponential(1 / (lambda * peak));
                if (t > end + 1) {
                    break;
                }
                LocalDate day = LocalDate.ofEpochDay((long) t);
                if (random.nextUniform(0, 1) < season[day.getMonthValue() - 1] / peak) {
                    log.add(new Transaction("c" + c, day, 20));
                    if (random.nextUniform(0, 1) < dropout) {
                        break;
                    }
                }
            }
        }
        return log;
    }
}
