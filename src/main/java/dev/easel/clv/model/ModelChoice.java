package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses the purchase model by rolling-origin holdout on the business's own ledger: at each origin the candidates
 * are fitted on the history up to a calibration end and asked for the cohort's purchases in the holdout that follows;
 * the candidate with the smallest mean absolute aggregate error over the origins wins. Origins step back a month at a
 * time, so the choice does not rest on one holdout window (Tashman 2000 on rolling-origin evaluation).
 *
 * <p>The seasonal variant has eleven more parameters than the others (the profile), so it must earn its place: it is
 * chosen only when the best plain candidate misses the aim ({@link #GOOD_ENOUGH}) and the seasonal one beats it by
 * {@link #SEASON_MARGIN} of mean absolute error.
 */
public final class ModelChoice {

    /** Mean absolute error (as a share) by which the seasonal variant must beat the best plain model. */
    public static final double SEASON_MARGIN = 0.01;

    /**
     * Pareto/NBD's gradient is taken by differences, so each iteration costs nine likelihoods: for a comparison of
     * aggregate forecasts a looser optimum (objective settled to 1e-9, gradient 1e-4) is plenty.
     */
    static final FitOptions COMPARISON = new FitOptions(0.0, 300, 1e-9, 1e-4);

    /**
     * A plain model whose mean absolute error is within this share meets the aim; the seasonal variant is then not
     * needed (on a population without a season, an estimated profile fits noise and can still shave a point off).
     */
    public static final double GOOD_ENOUGH = 0.05;

    /** How far back each earlier origin lies. */
    public static final int STEP_DAYS = 30;

    public enum Candidate {
        BG_NBD("BG/NBD"),
        PARETO_NBD("Pareto/NBD"),
        SEASONAL_BG_NBD("BG/NBD in operational time (seasonal)");

        private final String label;

        Candidate(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the seasonal variant's profile comes from. */
    public enum SeasonSource {
        ESTIMATED,
        DECLARED,
        NOT_USED
    }

    /**
     * How the season is to be found: estimated from the history, declared by the analyst, or not tried. With
     * {@code contest}, a declared season is weighed against one estimated at the same origins, and the one with the
     * smaller holdout error stands for the seasonal variant.
     */
    public record SeasonPolicy(SeasonSource source, SeasonalProfile declared, boolean contest) {
        public static SeasonPolicy estimate() {
            return new SeasonPolicy(SeasonSource.ESTIMATED, null, false);
        }

        public static SeasonPolicy declared(SeasonalProfile profile) {
            return new SeasonPolicy(SeasonSource.DECLARED, profile, false);
        }

        /** The declared season, unless the history spans a year and a season estimated from it forecasts better. */
        public static SeasonPolicy declaredOrEstimated(SeasonalProfile profile) {
            return new SeasonPolicy(SeasonSource.DECLARED, profile, true);
        }

        public static SeasonPolicy none() {
            return new SeasonPolicy(SeasonSource.NOT_USED, null, false);
        }
    }

    /**
     * The declared season against the estimated one, both as the seasonal variant at the same origins.
     *
     * @param declaredMeanAbsoluteError  the seasonal variant's mean absolute error with the declared season
     * @param estimatedMeanAbsoluteError the same with the season estimated at each origin
     * @param winner                     DECLARED or ESTIMATED (a tie keeps the declared one)
     */
    public record SeasonContest(
            int origins, double declaredMeanAbsoluteError, double estimatedMeanAbsoluteError, SeasonSource winner) {

        String describe() {
            SeasonSource loser = winner == SeasonSource.DECLARED ? SeasonSource.ESTIMATED : SeasonSource.DECLARED;
            double won = winner == SeasonSource.DECLARED ? declaredMeanAbsoluteError : estimatedMeanAbsoluteError;
            double lost = winner == SeasonSource.DECLARED ? estimatedMeanAbsoluteError : declaredMeanAbsoluteError;
            return String.format(
                    java.util.Locale.ROOT,
                    "the %s season forecast the holdouts of %d origins better than the %s one"
                            + " (mean absolute error %.1f %% against %.1f %%)",
                    winner.name().toLowerCase(java.util.Locale.ROOT),
                    origins,
                    loser.name().toLowerCase(java.util.Locale.ROOT),
                    100 * won,
                    100 * lost);
        }
    }

    /**
     * One origin: the window, the actual holdout purchases and each candidate's expectation (NaN where it could not
     * be fitted), or why the origin was skipped.
     */
    public record Origin(
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            int customers,
            long actual,
            Map<Candidate, Double> expected,
            String skipped) {

        public double error(Candidate candidate) {
            Double e = expected.get(candidate);
            return e == null || actual == 0 ? Double.NaN : (e - actual) / actual;
        }
    }

    /** A candidate over all usable origins: mean absolute and mean signed aggregate error. */
    public record Score(Candidate candidate, int origins, double meanAbsoluteError, double meanError) {}

    /**
     * @param chosen        the winner, or null when no origin could be evaluated
     * @param seasonSource  where the profile of the seasonal variant came from, NOT_USED when there was none
     * @param seasonNote    why the season was not used, or null
     * @param profile       the season of the last origin (the newest history), or null
     * @param contest       the declared season against the estimated one, or null when they were not both tried
     */
    public record Result(
            List<Origin> origins,
            List<Score> scores,
            Candidate chosen,
            SeasonSource seasonSource,
            String seasonNote,
            SeasonalProfile profile,
            SeasonContest contest) {

        public Result {
            origins = List.copyOf(origins);
            scores = List.copyOf(scores);
        }

        public boolean seasonal() {
            return chosen == Candidate.SEASONAL_BG_NBD;
        }

        /** Plain maps and lists for JSON: the choice, the season, each candidate's score and each origin. */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            map.put("chosen", chosen == null ? null : chosen.name());
            map.put("chosenLabel", chosen == null ? null : chosen.label());
            map.put(
                    "criterion",
                    "mean absolute aggregate holdout error over the origins; the seasonal variant only"
                            + " where the best plain model misses " + Math.round(GOOD_ENOUGH * 100)
                            + " % and it does better"
                            + " by " + Math.round(SEASON_MARGIN * 100) + " point");
            map.put("seasonSource", seasonSource.name());
            if (seasonNote != null) {
                map.put("seasonNote", seasonNote);
            }
            if (contest != null) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("origins", contest.origins());
                row.put("declaredMeanAbsoluteError", contest.declaredMeanAbsoluteError());
                row.put("estimatedMeanAbsoluteError", contest.estimatedMeanAbsoluteError());
                row.put("winner", contest.winner().name());
                map.put("seasonContest", row);
            }
            if (profile != null) {
                List<Double> months = new ArrayList<>();
                for (double m : profile.monthly()) {
                    months.add(Math.round(m * 1000) / 1000.0);
                }
                map.put("profile", months);
            }
            List<Object> scoreList = new ArrayList<>();
            for (Score score : scores) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("candidate", score.candidate().name());
                row.put("label", score.candidate().label());
                row.put("origins", score.origins());
                row.put("meanAbsoluteError", score.meanAbsoluteError());
                row.put("meanError", score.meanError());
                scoreList.add(row);
            }
            map.put("scores", scoreList);
            List<Object> originList = new ArrayList<>();
            for (Origin origin : origins) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("calibrationEnd", origin.calibrationEnd().toString());
                row.put("holdoutEnd", origin.holdoutEnd().toString());
                row.put("customers", origin.customers());
                row.put("actual", origin.actual());
                Map<String, Object> expected = new java.util.LinkedHashMap<>();
                origin.expected().forEach((candidate, value) -> expected.put(candidate.name(), value));
                row.put("expected", expected);
                if (origin.skipped() != null) {
                    row.put("skipped", origin.skipped());
                }
                originList.add(row);
            }
            map.put("origins", originList);
            return map;
        }

        /** The comparison as a text table, one row per origin and a row of mean errors. */
        public String table() {
            StringBuilder out = new StringBuilder();
            List<Candidate> shown = scores.stream().map(Score::candidate).toList();
            out.append(String.format(java.util.Locale.ROOT, "%-12s %-12s %9s", "calibration", "holdout to", "actual"));
            for (Candidate candidate : shown) {
                out.append(String.format(java.util.Locale.ROOT, " %22s", shortName(candidate)));
            }
            out.append('\n');
            for (Origin origin : origins) {
                out.append(String.format(
                        java.util.Locale.ROOT,
                        "%-12s %-12s %9d",
                        origin.calibrationEnd(),
                        origin.holdoutEnd(),
                        origin.actual()));
                if (origin.skipped() != null) {
                    out.append("  skipped: ").append(origin.skipped()).append('\n');
                    continue;
                }
                for (Candidate candidate : shown) {
                    out.append(String.format(
                            java.util.Locale.ROOT,
                            " %12.1f (%+6.1f %%)",
                            origin.expected().get(candidate),
                            100 * origin.error(candidate)));
                }
                out.append('\n');
            }
            out.append(String.format(java.util.Locale.ROOT, "%-35s", "mean absolute error"));
            for (Score score : scores) {
                out.append(String.format(java.util.Locale.ROOT, " %20.1f %%", 100 * score.meanAbsoluteError()));
            }
            out.append('\n');
            out.append("chosen: ").append(chosen == null ? "none (no origin could be evaluated)" : chosen.label());
            out.append("; season: ")
                    .append(seasonSource
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '));
            if (seasonNote != null) {
                out.append(" (").append(seasonNote).append(')');
            }
            out.append('\n');
            return out.toString();
        }

        private static String shortName(Candidate candidate) {
            return switch (candidate) {
                case BG_NBD -> "BG/NBD";
                case PARETO_NBD -> "Pareto/NBD";
                case SEASONAL_BG_NBD -> "seasonal BG/NBD";
            };
        }
    }

    private ModelChoice() {}

    /**
     * @param summarise   the calibration-time summaries of the ledger for a window (times in calendar time)
     * @param calibrationEnd the newest origin's calibration end; earlier origins step back by {@link #STEP_DAYS}
     * @param holdoutEnd  the newest origin's holdout end
     * @param origins     how many origins, at least 1
     */
    public static Result choose(
            Function<SummaryWindow, CustomerSummaries> summarise,
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            ModelTimeUnit unit,
            int origins,
            SeasonPolicy season,
            FitOptions options) {
        if (origins < 1) {
            throw new IllegalArgumentException("at least one origin is needed, not " + origins);
        }
        List<Origin> evaluated = new ArrayList<>();
        SeasonSource source = season.source();
        String seasonNote = source == SeasonSource.NOT_USED ? "no season was asked for" : null;
        SeasonalProfile newest = null;
        // With a contest: the seasonal variant's expectation with the estimated season at each origin (NaN without).
        Map<LocalDate, Double> estimatedExpected = new java.util.HashMap<>();
        SeasonalProfile newestEstimated = null;
        String noEstimate = null;
        double[] paretoStart = null;
        for (int k = origins - 1; k >= 0; k--) {
            LocalDate calibration = calibrationEnd.minusDays((long) k * STEP_DAYS);
            LocalDate holdout = holdoutEnd.minusDays((long) k * STEP_DAYS);
            CustomerSummaries summaries = summarise.apply(new SummaryWindow(calibration, holdout, unit));
            DataSufficiency sufficiency = DataSufficiency.ofCounts(
                    summaries.size(),
                    summaries.customers().stream().filter(c -> c.x() > 0).count());
            long actual = summaries.customers().stream()
                    .mapToLong(CustomerSummary::holdoutTransactions)
                    .sum();
            Map<Candidate, Double> expected = new EnumMap<>(Candidate.class);
            if (!sufficiency.sufficient() || actual == 0) {
                evaluated.add(new Origin(
                        calibration,
                        holdout,
                        summaries.size(),
                        actual,
                        expected,
                        !sufficiency.sufficient()
                                ? sufficiency.blocking().explanation()
                                : "no purchase in the holdout to compare with"));
                continue;
            }
            RfmTable table = summaries.table();
            double length = summaries.window().holdoutLength();
            BgNbdFit plain = BgNbdFitter.fit(table, options);
            if (plain.status().predictive()) {
                expected.put(Candidate.BG_NBD, total(plain.model(), summaries, length));
            }
            // Origins a month apart have nearly the same estimate: each Pareto/NBD fit starts from the previous one.
            ParetoNbdFit pareto = paretoStart == null
                    ? ParetoNbdFitter.fit(table, COMPARISON)
                    : ParetoNbdFitter.fit(table, COMPARISON, paretoStart);
            if (pareto.converged()) {
                paretoStart = pareto.model().toArray();
            }
            if (pareto.status().predictive()) {
                expected.put(Candidate.PARETO_NBD, total(pareto.model(), summaries, length));
            }
            SeasonalProfile profile = null;
            if (source == SeasonSource.DECLARED) {
                profile = season.declared();
            } else if (source == SeasonSource.ESTIMATED) {
                profile = SeasonalProfile.estimate(summaries, options);
                if (profile == null) {
                    seasonNote = cannotEstimate(summaries);
                }
            }
            if (profile != null && plain.status().predictive()) {
                SeasonalComparison comparison = SeasonalComparison.compare(summaries, plain.model(), profile, options);
                if (Double.isFinite(comparison.seasonalExpected())) {
                    expected.put(Candidate.SEASONAL_BG_NBD, comparison.seasonalExpected());
                }
                newest = profile;
            }
            if (season.contest() && plain.status().predictive()) {
                SeasonalProfile estimated = SeasonalProfile.estimate(summaries, options);
                double value = Double.NaN;
                if (estimated == null) {
                    noEstimate = cannotEstimate(summaries);
                } else {
                    value = SeasonalComparison.compare(summaries, plain.model(), estimated, options)
                            .seasonalExpected();
                    newestEstimated = estimated;
                }
                estimatedExpected.put(calibration, value);
            }
            evaluated.add(new Origin(calibration, holdout, summaries.size(), actual, expected, null));
        }
        List<Origin> usable =
                evaluated.stream().filter(o -> o.skipped() == null).toList();
        SeasonContest contest = null;
        if (season.contest() && !usable.isEmpty()) {
            contest = contest(usable, estimatedExpected);
            if (contest == null) {
                seasonNote = "the declared season serves without comparison: "
                        + (noEstimate == null
                                ? "the seasonal variant with an estimated season could not be fitted at every origin"
                                : noEstimate.replace(": declare one instead", ""));
            } else {
                seasonNote = contest.describe();
                if (contest.winner() == SeasonSource.ESTIMATED) {
                    // The estimated season stands for the seasonal variant in the comparison with the plain models.
                    for (Origin origin : usable) {
                        origin.expected()
                                .put(Candidate.SEASONAL_BG_NBD, estimatedExpected.get(origin.calibrationEnd()));
                    }
                    source = SeasonSource.ESTIMATED;
                    newest = newestEstimated;
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        for (Candidate candidate : Candidate.values()) {
            // A candidate is compared only on every usable origin, so that no one wins by skipping a hard one.
            if (usable.isEmpty() || !usable.stream().allMatch(o -> o.expected().containsKey(candidate))) {
                continue;
            }
            double absolute = 0;
            double signed = 0;
            for (Origin origin : usable) {
                absolute += Math.abs(origin.error(candidate));
                signed += origin.error(candidate);
            }
            scores.add(new Score(candidate, usable.size(), absolute / usable.size(), signed / usable.size()));
        }
        Candidate chosen = pick(scores);
        boolean seasonScored = scores.stream().anyMatch(s -> s.candidate() == Candidate.SEASONAL_BG_NBD);
        if (!seasonScored && source != SeasonSource.NOT_USED) {
            if (seasonNote == null) {
                seasonNote = "the seasonal variant could not be fitted at every origin";
            }
            source = SeasonSource.NOT_USED;
            newest = null;
        }
        return new Result(evaluated, scores, chosen, source, seasonNote, newest, contest);
    }

    /** Both seasons' mean absolute error over the usable origins, or null unless both were fitted at every one. */
    private static SeasonContest contest(List<Origin> usable, Map<LocalDate, Double> estimatedExpected) {
        double declared = 0;
        double estimated = 0;
        for (Origin origin : usable) {
            Double withDeclared = origin.expected().get(Candidate.SEASONAL_BG_NBD);
            Double withEstimated = estimatedExpected.get(origin.calibrationEnd());
            if (withDeclared == null || withEstimated == null || !Double.isFinite(withEstimated)) {
                return null;
            }
            declared += Math.abs(origin.error(Candidate.SEASONAL_BG_NBD));
            estimated += Math.abs((withEstimated - origin.actual()) / origin.actual());
        }
        int n = usable.size();
        return new SeasonContest(
                n, declared / n, estimated / n, estimated < declared ? SeasonSource.ESTIMATED : SeasonSource.DECLARED);
    }

    /** "a season cannot be estimated from N months of history", with what to do about it. */
    static String cannotEstimate(CustomerSummaries summaries) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                summaries.cohortStart(), summaries.window().calibrationEnd());
        if (days >= SeasonalProfile.DAYS_NEEDED) {
            return "the seasonal fit did not converge: no season estimated";
        }
        return "season cannot be estimated from " + Math.max(0, days * 12 / 365) + " months of history (from "
                + summaries.cohortStart() + " to " + summaries.window().calibrationEnd() + "; at least 12 are"
                + " needed): declare one instead";
    }

    private static Candidate pick(List<Score> scores) {
        Score bestPlain = null;
        Score seasonal = null;
        for (Score score : scores) {
            if (score.candidate() == Candidate.SEASONAL_BG_NBD) {
                seasonal = score;
            } else if (bestPlain == null || score.meanAbsoluteError() < bestPlain.meanAbsoluteError()) {
                bestPlain = score;
            }
        }
        if (seasonal != null
                && (bestPlain == null
                        || bestPlain.meanAbsoluteError() > GOOD_ENOUGH
                                && seasonal.meanAbsoluteError() + SEASON_MARGIN < bestPlain.meanAbsoluteError())) {
            return Candidate.SEASONAL_BG_NBD;
        }
        return bestPlain == null ? null : bestPlain.candidate();
    }

    private static double total(PurchaseModel model, CustomerSummaries summaries, double length) {
        FrequencyAgeGroups groups = FrequencyAgeGroups.of(summaries.table());
        double[] factor = new double[groups.size()];
        for (int g = 0; g < factor.length; g++) {
            factor[g] = model.expectedIfAlive(length, groups.x(g), groups.age(g));
        }
        double sum = 0;
        List<CustomerSummary> customers = summaries.customers();
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            sum += factor[groups.groupOf(i)] * model.probabilityAlive(c.x(), c.recency(), c.age());
        }
        return sum;
    }
}
