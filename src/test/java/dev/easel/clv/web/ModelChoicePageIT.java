package dev.easel.clv.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import dev.easel.testing.ConsoleTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's fit chose its model by rolling-origin holdout, stored the comparison and shows it on the Model page. */
@ConsoleTest
class ModelChoicePageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ModelFits fits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFitInServiceRecordsTheComparisonAndTheModelPageShowsIt() throws Exception {
        StoredFit fit = firstFit();
        @SuppressWarnings("unchecked")
        Map<String, Object> choice = (Map<String, Object>) fit.diagnostics().get("modelChoice");

        assertThat(choice).isNotNull().containsKeys("chosen", "seasonSource", "scores", "origins");
        assertThat((List<?>) choice.get("origins")).hasSize(3);
        assertThat(choice.get("chosen")).isIn("BG_NBD", "PARETO_NBD", "SEASONAL_BG_NBD");
        Map<String, Object> stored = jdbc.sql(
                        "SELECT chosen_model, season_source FROM clv_model_fits WHERE version = ?")
                .param(fit.version())
                .query()
                .singleRow();
        assertThat(stored.get("chosen_model")).isEqualTo(choice.get("chosen"));
        assertThat(stored.get("season_source")).isEqualTo(choice.get("seasonSource"));

        String page = mvc.perform(get("/console/model").with(user("analyst").roles("ANALYST")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Model choice and season")
                .contains("id=\"model-choice-table\"")
                .contains("Chosen by rolling-origin holdout: ")
                .contains("id=\"season-source\"")
                .contains("Pareto/NBD");
        // The demo declares its season (model/season.csv) and its history spans two years: the choice weighs the
        // declared season against the estimated one and the season line names the winner with both errors.
        @SuppressWarnings("unchecked")
        Map<String, Object> contest = (Map<String, Object>) choice.get("seasonContest");
        assertThat(contest).isNotNull().containsKeys("declaredMeanAbsoluteError", "estimatedMeanAbsoluteError");
        assertThat(contest.get("winner")).isEqualTo(choice.get("seasonSource"));
        assertThat(page).contains("season forecast the holdouts of 3 origins better than the");
    }

    @Test
    void theModelPageSaysWhichModelScoresAndHowMuchTheSeasonMovedThePopulation() throws Exception {
        StoredFit fit = firstFit();
        @SuppressWarnings("unchecked")
        Map<String, Object> serving = (Map<String, Object>) fit.diagnostics().get("serving");
        // The demo marketplace has a back-to-school and gift season over two years: its holdout picks the season.
        assertThat(serving.get("model")).isEqualTo("SEASONAL_BG_NBD");
        @SuppressWarnings("unchecked")
        Map<String, Object> population = (Map<String, Object>) serving.get("population");
        double with = ((Number) population.get("expectedPurchasesWithSeason")).doubleValue();
        double without = ((Number) population.get("expectedPurchasesWithoutSeason")).doubleValue();
        double clvWith = ((Number) population.get("predictedClvWithSeason")).doubleValue();
        double clvWithout = ((Number) population.get("predictedClvWithoutSeason")).doubleValue();

        String page = mvc.perform(get("/console/model").with(user("analyst").roles("ANALYST")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Customers are scored with BG/NBD in operational time (seasonal), which forecast the"
                        + " holdouts best; season ")
                .doesNotContain("(seasonal): BG/NBD in operational time forecast")
                .doesNotContain("scoring still uses plain BG/NBD")
                .doesNotContain("Customers are scored with plain BG/NBD for now")
                .contains("id=\"season-effect\"")
                .contains("Predicted CLV (EUR)")
                .contains(String.format(java.util.Locale.ROOT, "%,.1f", with))
                .contains(String.format(java.util.Locale.ROOT, "%,.1f", without))
                .contains(String.format(java.util.Locale.ROOT, "%,.2f", clvWith))
                .contains(String.format(java.util.Locale.ROOT, "%,.2f", clvWithout))
                .contains(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * (with / without - 1)));
    }

    /** The demo is fitted in the background after the first start; wait for it (at most five minutes). */
    private StoredFit firstFit() throws InterruptedException {
        java.time.Instant until = java.time.Instant.now().plus(java.time.Duration.ofMinutes(5));
        while (java.time.Instant.now().isBefore(until)) {
            java.util.Optional<StoredFit> fit = fits.current();
            if (fit.isPresent()) {
                return fit.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo was not fitted within five minutes");
    }
}
