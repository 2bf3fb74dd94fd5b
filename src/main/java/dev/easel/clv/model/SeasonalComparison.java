package dev.easel.clv.model;

/**
 * Plain BG/NBD against BG/NBD in operational time on the same holdout: each model's expected holdout purchases of
 * the cohort against the actual ones, and the model with the smaller aggregate error chosen.
 *
 * @param plainExpected    expected holdout purchases of the plain fit
 * @param seasonalExpected expected holdout purchases of the seasonal fit (NaN when it did not fit)
 * @param seasonalFit      the BG/NBD fit on the operational clock
 */
public record SeasonalComparison(
        long actual, double plainExpected, double seasonalExpected, BgNbdFit seasonalFit, SeasonalProfile profile) {

    public double plainError() {
        return actual == 0 ? Double.NaN : (plainExpected - actual) / actual;
    }

    public double seasonalError() {
        return actual == 0 ? Double.NaN : (seasonalExpected - actual) / actual;
    }

    /** "seasonal" when it fitted and its aggregate holdout error is smaller, otherwise "plain". */
    public String chosen() {
        return Double.isFinite(seasonalError()) && Math.abs(seasonalError()) < Math.abs(plainError())
                ? "seasonal"
                : "plain";
    }

    /**
     * @param summaries calendar-time summaries with a holdout
     * @param plain     the plain fit on them
     */
    public static SeasonalComparison compare(
            CustomerSummaries summaries, BgNbdModel plain, SeasonalProfile profile, FitOptions options) {
        SummaryWindow window = summaries.window();
        if (!window.hasHoldout()) {
            throw new IllegalArgumentException("the summaries have no holdout period");
        }
        long actual = 0;
        double plainExpected = 0;
        double length = window.holdoutLength();
        for (CustomerSummary c : summaries.customers()) {
            actual += c.holdoutTransactions();
            plainExpected += plain.conditionalExpectedTransactions(length, c.x(), c.recency(), c.age());
        }
        long origin = summaries.cohortStart().toEpochDay();
        long calibrationEnd = window.calibrationEnd().toEpochDay();
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
            age[i] = (clock[(int) (calibrationEnd - origin)] - birth) / unitDays;
        }
        BgNbdFit fit = BgNbdFitter.fit(RfmTable.of(x, recency, age), options);
        double seasonalExpected = Double.NaN;
        if (fit.status().predictive()) {
            double holdout = (clock[clock.length - 1] - clock[(int) (calibrationEnd - origin)]) / unitDays;
            seasonalExpected = 0;
            for (int i = 0; i < n; i++) {
                seasonalExpected += fit.model().conditionalExpectedTransactions(holdout, x[i], recency[i], age[i]);
            }
        }
        return new SeasonalComparison(actual, plainExpected, seasonalExpected, fit, profile);
    }
}
