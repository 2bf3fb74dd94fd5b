package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.ParetoNbdModel;
import dev.easel.clv.model.SeasonalProfile;
import dev.easel.rules.facts.EligibilityStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What each model can say about a customer who has bought once: Pareto/NBD's dropout does not wait for a purchase, so
 * its P(alive) after one order is evidence; BG/NBD's is 1 by construction and is withheld with that reason.
 */
class OneOrderCustomersTests {

    private static final ParetoNbdModel PARETO = new ParetoNbdModel(0.55, 74.0, 0.61, 82.0);
    private static final BgNbdModel BG_NBD = new BgNbdModel(0.24, 4.4, 0.79, 2.43);

    @Test
    void underParetoNbdAOneOrderCustomersPAliveIsBelowOneAndFallsWithTimeSinceTheFirstOrder() {
        double previous = 1.0;
        for (double age : new double[] {1, 30, 90, 180, 365, 730}) {
            double alive = PARETO.probabilityAlive(0, 0, age);
            assertThat(alive).as("P(alive) %s days after the only order", age).isLessThan(previous);
            previous = alive;
        }
        assertThat(previous).isLessThan(0.5);
        assertThat(PARETO.expectedTimeToNextPurchase(0, 365)).isEqualTo((74.0 + 365) / 0.55);
    }

    @Test
    void underBgNbdAOneOrderCustomersPAliveIsOneWhateverTheTimeSoItSaysNothing() {
        assertThat(BG_NBD.probabilityAlive(0, 0, 1)).isEqualTo(1.0);
        assertThat(BG_NBD.probabilityAlive(0, 0, 730)).isEqualTo(1.0);
    }

    @Test
    void onlyAParetoNbdServingModelJudgesOneOrderCustomers() {
        SeasonalProfile season = new SeasonalProfile(
                new double[] {0.7, 0.7, 0.8, 0.9, 0.9, 0.8, 0.8, 0.9, 1.1, 1.3, 1.6, 1.9},
                SeasonalProfile.Source.ESTIMATED);

        assertThat(ServingModel.plain(BG_NBD).judgesOneOrderCustomers()).isFalse();
        assertThat(new ServingModel(
                                ModelChoice.Candidate.SEASONAL_BG_NBD,
                                BG_NBD,
                                season,
                                ModelChoice.SeasonSource.ESTIMATED,
                                null)
                        .judgesOneOrderCustomers())
                .isFalse();
        assertThat(new ServingModel(
                                ModelChoice.Candidate.PARETO_NBD, PARETO, null, ModelChoice.SeasonSource.NOT_USED, null)
                        .judgesOneOrderCustomers())
                .isTrue();
    }

    @Test
    void theExplanationSaysWhyAOneOrderCustomersPAliveIsWithheldOrWhatItMeans() {
        assertThat(Recalculations.oneOrderNote(row(0, null)))
                .hasValueSatisfying(note -> assertThat(note)
                        .contains("BG/NBD")
                        .contains("1 by construction")
                        .contains("P(alive) and the next-order date are withheld"));
        assertThat(Recalculations.oneOrderNote(row(0, 0.42)))
                .hasValueSatisfying(note ->
                        assertThat(note).contains("Pareto/NBD").contains("falls with the time since the first order"));
        assertThat(Recalculations.oneOrderNote(row(3, 0.9))).isEmpty();
    }

    private static ResultRow row(int repeats, Double alive) {
        return new ResultRow(
                1,
                "c-1",
                null,
                ResultStatus.PUBLISHED,
                EligibilityStatus.ELIGIBLE,
                new ResultRow.Value(
                        "EUR", new BigDecimal("40.00"), new BigDecimal("12.00"), new BigDecimal("52.00"), false),
                new ResultRow.Forecast(0.4, alive, new BigDecimal("30.00"), null),
                new ResultRow.History(
                        repeats + 1, new BigDecimal("40.00"), null, repeats, 0.0, 200.0, 30.0, 1.0, false),
                new ResultRow.Provenance("rules-1", "fit-1", "d", "{}", null, LocalDate.of(2026, 1, 1), Instant.EPOCH),
                ResultRow.Decision.NONE);
    }
}
