package dev.easel.clv.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelChoiceViewTests {

    @Test
    void theServingSentenceNamesTheModelOnce() {
        assertThat(ModelChoiceView.servingSentence(
                        "BG/NBD in operational time (seasonal)",
                        "CHOSEN",
                        "forecast the holdouts best; season declared by the analyst"))
                .isEqualTo("Customers are scored with BG/NBD in operational time (seasonal), which forecast the"
                        + " holdouts best; season declared by the analyst.");
        assertThat(ModelChoiceView.servingSentence("BG/NBD", "CHOSEN", "forecast the holdouts best"))
                .isEqualTo("Customers are scored with BG/NBD, which forecast the holdouts best.");
        assertThat(ModelChoiceView.servingSentence(
                        "Pareto/NBD", "CHOSEN", "forecast the holdouts best; fitted on the whole calibration"))
                .isEqualTo("Customers are scored with Pareto/NBD, which forecast the holdouts best; fitted on the whole"
                        + " calibration.");
    }

    @Test
    void aFallBackToPlainBgNbdGivesItsReason() {
        assertThat(ModelChoiceView.servingSentence("BG/NBD", "FALLBACK", "no model choice could be made"))
                .isEqualTo("Customers are scored with plain BG/NBD: no model choice could be made.");
        assertThat(ModelChoiceView.servingSentence(
                        "BG/NBD",
                        "FALLBACK",
                        "Pareto/NBD forecast the holdouts best but could not be fitted on the whole calibration (no"
                                + " convergence)"))
                .isEqualTo("Customers are scored with plain BG/NBD: Pareto/NBD forecast the holdouts best but could"
                        + " not be fitted on the whole calibration (no convergence).");
        assertThat(ModelChoiceView.servingSentence("BG/NBD", "CHOSEN", null))
                .isEqualTo("Customers are scored with BG/NBD.");
    }

    @Test
    void readsTheChoiceTheSeasonTheScoresAndTheOriginsFromTheFitsDiagnostics() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("BG_NBD", 101.04);
        expected.put("SEASONAL_BG_NBD", 96.0);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("chosen", "SEASONAL_BG_NBD");
        choice.put("chosenLabel", "BG/NBD in operational time (seasonal)");
        choice.put("criterion", "mean absolute aggregate holdout error over the origins");
        choice.put("seasonSource", "DECLARED");
        choice.put("seasonFile", "model/season.csv");
        choice.put("seasonVersion", "season-3f2a");
        choice.put("seasonNote", "the declared season forecast the holdouts of 3 origins better");
        choice.put(
                "scores",
                List.of(
                        Map.of(
                                "candidate",
                                "BG_NBD",
                                "label",
                                "BG/NBD",
                                "origins",
                                3,
                                "meanAbsoluteError",
                                0.12,
                                "meanError",
                                -0.05),
                        Map.of(
                                "candidate",
                                "SEASONAL_BG_NBD",
                                "label",
                                "BG/NBD in operational time (seasonal)",
                                "origins",
                                3,
                                "meanAbsoluteError",
                                0.04,
                                "meanError",
                                0.01)));
        choice.put(
                "origins",
                List.of(
                        Map.of(
                                "calibrationEnd",
                                "2026-03-31",
                                "holdoutEnd",
                                "2026-06-30",
                                "actual",
                                98,
                                "expected",
                                expected),
                        Map.of(
                                "calibrationEnd",
                                "2026-06-30",
                                "holdoutEnd",
                                "2026-09-30",
                                "actual",
                                0,
                                "expected",
                                Map.of(),
                                "skipped",
                                "too few customers")));
        Map<String, Object> serving = Map.of(
                "label",
                "BG/NBD in operational time (seasonal)",
                "basis",
                "CHOSEN",
                "note",
                "forecast the holdouts best; season declared by the analyst",
                "population",
                Map.of(
                        "asOf",
                        "2026-11-30",
                        "customers",
                        300,
                        "horizonMonths",
                        12,
                        "expectedPurchasesWithSeason",
                        110.0,
                        "expectedPurchasesWithoutSeason",
                        100.0,
                        "predictedClvWithSeason",
                        5_500.0,
                        "predictedClvWithoutSeason",
                        5_000.0,
                        "currency",
                        "EUR"));

        ModelChoiceView view = ModelChoiceView.of(Map.of("modelChoice", choice, "serving", serving));

        assertThat(view.compared()).isTrue();
        assertThat(view.serving()).startsWith("Customers are scored with BG/NBD in operational time (seasonal), which");
        assertThat(view.chosen())
                .isEqualTo("Chosen by rolling-origin holdout: BG/NBD in operational time (seasonal) (mean absolute"
                        + " aggregate holdout error over the origins).");
        assertThat(view.season())
                .isEqualTo("Season: declared by the analyst (model/season.csv, season-3f2a): the declared season"
                        + " forecast the holdouts of 3 origins better.");
        assertThat(view.seasonFileProblem()).isNull();
        assertThat(view.scores())
                .extracting(ModelChoiceView.Score::label, ModelChoiceView.Score::chosen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BG/NBD", false),
                        org.assertj.core.groups.Tuple.tuple("BG/NBD in operational time (seasonal)", true));
        assertThat(view.origins())
                .extracting(ModelChoiceView.Origin::expected)
                .containsExactly("BG/NBD 101.0, seasonal BG/NBD 96.0", "skipped: too few customers");
        assertThat(view.effect().purchasesChangePercent()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.effect().clvChangePercent()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.effect().currency()).isEqualTo("EUR");
    }

    @Test
    void aFitThatComparedNothingAndPredatesServingHasNeitherSentence() {
        ModelChoiceView view = ModelChoiceView.of(Map.of("bgNbd", Map.of()));

        assertThat(view.compared()).isFalse();
        assertThat(view.serving()).isNull();
        assertThat(view.chosen()).isNull();
        assertThat(view.effect()).isNull();
        assertThat(view.scores()).isEmpty();
        assertThat(view.origins()).isEmpty();
    }
}
