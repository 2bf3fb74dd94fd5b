package dev.easel.clv.engine;

import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.BgNbdFitter;
import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.ClvScorer;
import dev.easel.clv.model.FitOptions;
import dev.easel.clv.model.GammaGammaModel;
import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.OperationalTime;
import dev.easel.clv.model.ParetoNbdFit;
import dev.easel.clv.model.ParetoNbdFitter;
import dev.easel.clv.model.RfmTable;
import dev.easel.clv.model.Scores;
import dev.easel.clv.model.ScoringOptions;
import dev.easel.clv.model.SeasonalProfile;
import dev.easel.clv.model.SummaryBuilder;
import dev.easel.clv.model.SummaryWindow;
import dev.easel.clv.model.Transaction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the model the holdout chose on the fit's whole calibration data, so that it can serve: Pareto/NBD, or BG/NBD
 * in operational time with the season re-estimated on the whole history (or the declared one). Plain BG/NBD serves
 * when it won, when nothing was compared, or when the chosen model cannot be fitted here; the note says which.
 */
final class ServingFits {

    private ServingFits() {}

    /** The fit's customers as columns: counts, times in model units, spend, margin and purchase days. */
    record Rows(
            int[] x,
            double[] recency,
            double[] age,
            double[] spend,
            double[] margin,
            LocalDate[] first,
            LocalDate[] last) {

        RfmTable table() {
            return RfmTable.of(x, recency, age);
        }
    }

    /** The model that serves and what its diagnostics say (why it serves, and a season's effect on the population). */
    record Served(ServingModel model, Map<String, Object> diagnostics) {}

    static Served serve(
            ModelChoice.Result choice,
            String seasonVersion,
            BgNbdModel plain,
            GammaGammaModel spend,
            Rows rows,
            List<Transaction> purchases,
            ModelTimeUnit unit,
            LocalDate end,
            FitOptions options,
            ScoringOptions scoring,
            String currency) {
        ModelChoice.Candidate chosen = choice == null ? null : choice.chosen();
        if (chosen == null) {
            return plain(plain, ServingModel.Basis.FALLBACK, "no model choice could be made");
        }
        return switch (chosen) {
            case BG_NBD -> plain(plain, ServingModel.Basis.CHOSEN, "forecast the holdouts best");
            case PARETO_NBD -> pareto(plain, rows, options);
            case SEASONAL_BG_NBD ->
                seasonal(choice, seasonVersion, plain, spend, rows, purchases, unit, end, options, scoring, currency);
        };
    }

    private static Served plain(BgNbdModel plain, ServingModel.Basis basis, String note) {
        ServingModel model = ServingModel.plain(plain);
        return new Served(model, model.asMap(basis, note));
    }

    private static Served pareto(BgNbdModel plain, Rows rows, FitOptions options) {
        ParetoNbdFit fit = ParetoNbdFitter.fit(rows.table(), options);
        if (!fit.status().predictive()) {
            return plain(
                    plain,
                    ServingModel.Basis.FALLBACK,
                    "Pareto/NBD forecast the holdouts best but could not be fitted on the whole calibration ("
                            + fit.status().explanation() + ")");
        }
        ServingModel model = new ServingModel(
                ModelChoice.Candidate.PARETO_NBD, fit.model(), null, ModelChoice.SeasonSource.NOT_USED, null);
        Map<String, Object> map =
                model.asMap(ServingModel.Basis.CHOSEN, "forecast the holdouts best; fitted on the whole calibration");
        map.put("logLikelihood", fit.logLikelihood());
        return new Served(model, map);
    }

    private static Served seasonal(
            ModelChoice.Result choice,
            String seasonVersion,
            BgNbdModel plain,
            GammaGammaModel spend,
            Rows rows,
            List<Transaction> purchases,
            ModelTimeUnit unit,
            LocalDate end,
            FitOptions options,
            ScoringOptions scoring,
            String currency) {
        SeasonalProfile season = choice.profile();
        String seasonNote;
        if (choice.seasonSource() == ModelChoice.SeasonSource.ESTIMATED) {
            // The choice estimated the season up to its newest origin; the serving one sees the whole history.
            SeasonalProfile whole = SeasonalProfile.estimate(
                    SummaryBuilder.summarise(purchases, SummaryWindow.calibrationOnly(end, unit)), options);
            if (whole != null) {
                season = whole;
                seasonNote = "season estimated from the whole history to " + end;
            } else {
                seasonNote =
                        "season as estimated at the newest origin (it could not be estimated again to " + end + ")";
            }
        } else {
            seasonNote = "season declared by the analyst";
        }
        if (season == null) {
            return plain(plain, ServingModel.Basis.FALLBACK, "the seasonal variant won but no season was at hand");
        }
        RfmTable operational = OperationalTime.table(season, rows.x(), rows.first(), rows.last(), end, unit);
        BgNbdFit fit = BgNbdFitter.fit(operational, options);
        if (!fit.status().predictive()) {
            return plain(
                    plain,
                    ServingModel.Basis.FALLBACK,
                    "the seasonal variant forecast the holdouts best but could not be fitted on the whole calibration ("
                            + fit.status().explanation() + ")");
        }
        ServingModel model = new ServingModel(
                ModelChoice.Candidate.SEASONAL_BG_NBD,
                fit.model(),
                season,
                choice.seasonSource(),
                choice.seasonSource() == ModelChoice.SeasonSource.DECLARED ? seasonVersion : null);
        Map<String, Object> map = model.asMap(ServingModel.Basis.CHOSEN, "forecast the holdouts best; " + seasonNote);
        map.put("logLikelihood", fit.logLikelihood());
        map.put("population", population(model, plain, spend, rows, operational, end, unit, scoring, currency));
        return new Served(model, map);
    }

    /**
     * The whole population's predicted purchases and CLV over the horizon with the season and without it (plain
     * BG/NBD on the calendar clock), as of the calibration end, in the fit's currency.
     */
    private static Map<String, Object> population(
            ServingModel model,
            BgNbdModel plain,
            GammaGammaModel spend,
            Rows rows,
            RfmTable operational,
            LocalDate end,
            ModelTimeUnit unit,
            ScoringOptions scoring,
            String currency) {
        Scores with = ClvScorer.score(
                model.purchases(),
                spend,
                operational,
                rows.spend(),
                scoring,
                OperationalTime.monthEnds(model.season(), end, scoring, unit));
        Scores without = ClvScorer.score(plain, spend, rows.table(), rows.spend(), scoring);
        double purchasesWith = 0;
        double purchasesWithout = 0;
        double clvWith = 0;
        double clvWithout = 0;
        for (int i = 0; i < with.size(); i++) {
            purchasesWith += with.expectedTransactions()[i];
            purchasesWithout += without.expectedTransactions()[i];
            clvWith += with.predictedClv()[i] * rows.margin()[i];
            clvWithout += without.predictedClv()[i] * rows.margin()[i];
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("asOf", end.toString());
        map.put("customers", with.size());
        map.put("horizonMonths", scoring.horizonMonths());
        map.put("expectedPurchasesWithSeason", purchasesWith);
        map.put("expectedPurchasesWithoutSeason", purchasesWithout);
        if (Double.isFinite(clvWith) && Double.isFinite(clvWithout)) {
            map.put("predictedClvWithSeason", clvWith);
            map.put("predictedClvWithoutSeason", clvWithout);
            map.put("currency", currency);
        }
        return map;
    }
}
