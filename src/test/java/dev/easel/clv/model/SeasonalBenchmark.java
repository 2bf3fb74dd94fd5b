package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Prints plain against seasonal BG/NBD holdout errors on the simulated seasonal population of {@link SeasonalityTests}
 * for a few seeds (calibration to 2025-08-31, holdout September to December 2025, the peak).
 * Run: java -cp target/classes:target/test-classes:DEPENDENCIES dev.easel.clv.model.SeasonalBenchmark
 */
public final class SeasonalBenchmark {

    private SeasonalBenchmark() {}

    public static void main(String[] args) {
        for (long seed : new long[] {5L, 11L, 17L}) {
            CustomerSummaries summaries = SummaryBuilder.summarise(
                    SeasonalityTests.simulate(20_000, seed),
                    new SummaryWindow(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 12, 31), ModelTimeUnit.DAYS));
            BgNbdFit plain = BgNbdFitter.fit(summaries.table());
            SeasonalProfile profile = SeasonalProfile.estimate(summaries, FitOptions.defaults());
            SeasonalComparison c = SeasonalComparison.compare(summaries, plain.model(), profile, FitOptions.defaults());
            System.out.printf(
                    Locale.ROOT,
                    "seed %d: actual %d, plain %.0f (%+.1f%%), seasonal %.0f (%+.1f%%), profile %s%n",
                    seed,
                    c.actual(),
                    c.plainExpected(),
                    100 * c.plainError(),
                    c.seasonalExpected(),
                    100 * c.seasonalError(),
                    java.util.Arrays.toString(java.util.Arrays.stream(profile.monthly())
                            .map(m -> Math.round(m * 100) / 100.0)
                            .toArray()));
        }
    }
}
