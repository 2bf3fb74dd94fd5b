package dev.easel.clv.engine;

import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.BgNbdFitter;
import dev.easel.clv.model.CustomerSummaries;
import dev.easel.clv.model.CustomerSummary;
import dev.easel.clv.model.DeclaredSeason;
import dev.easel.clv.model.FitOptions;
import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.OperationalTime;
import dev.easel.clv.model.PurchaseModel;
import dev.easel.clv.model.RfmTable;
import dev.easel.clv.model.ScoringOptions;
import dev.easel.clv.model.SummaryBuilder;
import dev.easel.clv.model.SummaryWindow;
import dev.easel.clv.model.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The service's way of choosing and fitting the serving model, judged on a holdout it never saw: the choice is made at
 * rolling origins inside the history up to the calibration end (as a fit on that day would), the serving model is
 * fitted on the whole history to that day, and its expected purchases in the following holdout are compared with the
 * actual ones and with plain BG/NBD's.
 *
 * <p>Arguments: a CSV of purchases ({@code customerId,date,amount} with a header), the calibration end, the holdout
 * end, and optionally a declared season file; days as the time unit, three origins and 90-day holdouts inside the history (the service's defaults).
 */
public final class ServingHoldoutBenchmark {

    private ServingHoldoutBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        LocalDate calibrationEnd = LocalDate.parse(args[1]);
        LocalDate holdoutEnd = LocalDate.parse(args[2]);
        ModelTimeUnit unit = ModelTimeUnit.DAYS;
        FitOptions options = FitOptions.defaults();
        List<Transaction> all = new ArrayList<>();
        List<Transaction> known = new ArrayList<>();
        for (String line :
                Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.split(",");
            Transaction t = new Transaction(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[2]));
            all.add(t);
            if (!t.date().isAfter(calibrationEnd)) {
                known.add(t);
            }
        }
        // A fourth argument names a declared season file (as model/season.csv): as in the service, the choice then
        // weighs that season against one estimated from the history and serves the better.
        ModelChoice.SeasonPolicy policy = args.length > 3
                ? ModelChoice.SeasonPolicy.declaredOrEstimated(
                        DeclaredSeason.read(Path.of(args[3])).profile())
                : ModelChoice.SeasonPolicy.estimate();
        long started = System.nanoTime();
        ModelChoice.Result choice = ModelChoice.choose(
                window -> SummaryBuilder.summarise(known, window),
                calibrationEnd.minusDays(90),
                calibrationEnd,
                unit,
                3,
                policy,
                options);
        CustomerSummaries calibration =
                SummaryBuilder.summarise(known, SummaryWindow.calibrationOnly(calibrationEnd, unit));
        int n = calibration.size();
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        double[] margin = new double[n];
        LocalDate[] first = new LocalDate[n];
        LocalDate[] last = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = calibration.customers().get(i);
            x[i] = c.x();
            recency[i] = c.recency();
            age[i] = c.age();
            spend[i] = c.meanRepeatSpend();
            margin[i] = 1.0;
            first[i] = calibration.cohortStart().plusDays(Math.round(c.birth() * unit.days()));
            last[i] = first[i].plusDays(Math.round(c.recency() * unit.days()));
        }
        BgNbdFit plain = BgNbdFitter.fit(RfmTable.of(x, recency, age), options);
        ServingFits.Served served = ServingFits.serve(
                choice,
                null,
                plain.model(),
                null,
                new ServingFits.Rows(x, recency, age, spend, margin, first, last),
                known,
                unit,
                calibrationEnd,
                options,
                ScoringOptions.defaults(unit),
                "EUR");
        double seconds = (System.nanoTime() - started) / 1e9;

        CustomerSummaries holdout = SummaryBuilder.summarise(all, new SummaryWindow(calibrationEnd, holdoutEnd, unit));
        java.util.Map<String, Integer> actualById = new java.util.HashMap<>();
        long actual = 0;
        for (CustomerSummary c : holdout.customers()) {
            actualById.put(c.customerId(), c.holdoutTransactions());
            actual += c.holdoutTransactions();
        }
        double length = holdout.window().holdoutLength();
        ServingModel serving = served.model();
        RfmTable table = serving.seasonal()
                ? OperationalTime.table(serving.season(), x, first, last, calibrationEnd, unit)
                : RfmTable.of(x, recency, age);
        double horizon = serving.seasonal()
                ? serving.season().operationalDaysAfter(calibrationEnd, length * unit.days()) / unit.days()
                : length;
        double plainExpected = total(plain.model(), RfmTable.of(x, recency, age), length);
        double servingExpected = total(serving.purchases(), table, horizon);
        System.out.printf(
                Locale.ROOT,
                "%s: %d customers, calibration to %s, holdout to %s, %d repeat purchases in the holdout%n",
                file.getFileName(),
                n,
                calibrationEnd,
                holdoutEnd,
                actual);
        System.out.print(choice.table());
        System.out.printf(
                Locale.ROOT,
                "plain BG/NBD   %10.1f (%+.1f %%)%nserving %-6s %10.1f (%+.1f %%)  [%s]%nchoice and serving fit: %.1f s%n",
                plainExpected,
                100 * (plainExpected - actual) / actual,
                serving.model().name(),
                servingExpected,
                100 * (servingExpected - actual) / actual,
                served.diagnostics().get("note"),
                seconds);
    }

    private static double total(PurchaseModel model, RfmTable table, double t) {
        double sum = 0;
        for (int i = 0; i < table.size(); i++) {
            sum += model.conditionalExpectedTransactions(t, table.x(i), table.recency(i), table.age(i));
        }
        return sum;
    }
}
