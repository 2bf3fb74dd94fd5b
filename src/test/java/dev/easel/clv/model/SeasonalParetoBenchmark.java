package dev.easel.clv.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Investigates Pareto/NBD in operational time beside BG/NBD in operational time, at the model choice's rolling
 * origins: the same season clock (estimated at each origin, or declared), the same calendar data. Pareto/NBD's
 * purchases while active are Poisson like BG/NBD's, so the clock change applies to it in the same way; its dropout
 * then runs on the operational clock too (more likely in high season), which is the assumption under test.
 *
 * <p>Arguments: a CSV of purchases ({@code customerId,date,amount} with a header), the newest calibration end and
 * holdout end, and optionally a declared season file; days, three origins a month apart.
 */
public final class SeasonalParetoBenchmark {

    private SeasonalParetoBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        List<Transaction> all = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            all.add(new Transaction(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[2])));
        }
        LocalDate calibrationEnd = LocalDate.parse(args[1]);
        LocalDate holdoutEnd = LocalDate.parse(args[2]);
        SeasonalProfile declared =
                args.length > 3 ? DeclaredSeason.read(Path.of(args[3])).profile() : null;
        ModelTimeUnit unit = ModelTimeUnit.DAYS;
        FitOptions options = ModelChoice.COMPARISON;
        System.out.printf(
                Locale.ROOT,
                "%-12s %-12s %8s %22s %22s   (season %s)%n",
                "calibration",
                "holdout to",
                "actual",
                "seasonal BG/NBD",
                "seasonal Pareto/NBD",
                declared == null ? "estimated at each origin" : "declared");
        double bgAbsolute = 0;
        double paretoAbsolute = 0;
        int origins = 3;
        for (int k = origins - 1; k >= 0; k--) {
            LocalDate calibration = calibrationEnd.minusDays((long) k * ModelChoice.STEP_DAYS);
            LocalDate holdout = holdoutEnd.minusDays((long) k * ModelChoice.STEP_DAYS);
            CustomerSummaries summaries = SummaryBuilder.summarise(all, new SummaryWindow(calibration, holdout, unit));
            SeasonalProfile profile = declared != null ? declared : SeasonalProfile.estimate(summaries, options);
            if (profile == null) {
                System.out.println(calibration + ": " + ModelChoice.cannotEstimate(summaries));
                continue;
            }
            OnTheClock clock = OnTheClock.of(summaries, profile);
            long actual = summaries.customers().stream()
                    .mapToLong(CustomerSummary::holdoutTransactions)
                    .sum();
            BgNbdFit bg = BgNbdFitter.fit(clock.table(), options);
            ParetoNbdFit pareto = ParetoNbdFitter.fit(clock.table(), options);
            double bgExpected = clock.total(bg.model());
            double paretoExpected = pareto.status().predictive() ? clock.total(pareto.model()) : Double.NaN;
            double bgError = (bgExpected - actual) / actual;
            double paretoError = (paretoExpected - actual) / actual;
            bgAbsolute += Math.abs(bgError);
            paretoAbsolute += Math.abs(paretoError);
            System.out.printf(
                    Locale.ROOT,
                    "%-12s %-12s %8d %12.1f (%+6.1f %%) %12.1f (%+6.1f %%)   Pareto/NBD %s%n",
                    calibration,
                    holdout,
                    actual,
                    bgExpected,
                    100 * bgError,
                    paretoExpected,
                    100 * paretoError,
                    pareto.status());
        }
        System.out.printf(
                Locale.ROOT,
                "mean absolute error: seasonal BG/NBD %.1f %%, seasonal Pareto/NBD %.1f %%%n",
                100 * bgAbsolute / origins,
                100 * paretoAbsolute / origins);
    }

    /** The cohort's (x, t_x, T) and holdout length measured on the season's clock, as SeasonalComparison does. */
    private record OnTheClock(RfmTable table, double holdout) {

        static OnTheClock of(CustomerSummaries summaries, SeasonalProfile profile) {
            SummaryWindow window = summaries.window();
            long origin = summaries.cohortStart().toEpochDay();
            long end = window.calibrationEnd().toEpochDay();
            double unitDays = window.unit().days();
            double[] clock = profile.clock(origin, window.holdoutEnd().toEpochDay());
            int n = summaries.size();
            int[] x = new int[n];
            double[] recency = new double[n];
            double[] age = new double[n];
            for (int i = 0; i < n; i++) {
                CustomerSummary c = summaries.customers().get(i);
                long first = origin + Math.round(c.birth() * unitDays);
                long last = first + Math.round(c.recency() * unitDays);
                double birth = clock[(int) (first - origin)];
                x[i] = c.x();
                recency[i] = (clock[(int) (last - origin)] - birth) / unitDays;
                age[i] = (clock[(int) (end - origin)] - birth) / unitDays;
            }
            return new OnTheClock(
                    RfmTable.of(x, recency, age), (clock[clock.length - 1] - clock[(int) (end - origin)]) / unitDays);
        }

        double total(PurchaseModel model) {
            double sum = 0;
            for (int i = 0; i < table.size(); i++) {
                sum += model.conditionalExpectedTransactions(holdout, table.x(i), table.recency(i), table.age(i));
            }
            return sum;
        }
    }
}
