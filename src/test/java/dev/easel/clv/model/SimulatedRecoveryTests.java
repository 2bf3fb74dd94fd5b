package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parameters drawn into a seeded population come back out of the fits. */
class SimulatedRecoveryTests {

    private static final BgNbdModel PURCHASES = new BgNbdModel(0.25, 4.0, 0.8, 2.5);
    private static final GammaGammaModel SPEND = new GammaGammaModel(6.0, 4.0, 15.0);
    private static SimulatedPopulation population;

    @BeforeAll
    static void drawPopulation() {
        population = SimulatedPopulation.draw(PURCHASES, SPEND, 200_000, 39, 12, false, 20261122L);
    }

    @Test
    void recoversBgNbdParametersWithinFourStandardErrorsAndFivePercent() {
        BgNbdFit fit = BgNbdFitter.fit(population.table());

        assertThat(fit.converged()).isTrue();
        assertRecovered(fit.model().r(), PURCHASES.r(), fit.standardErrors().r());
        assertRecovered(
                fit.model().alpha(), PURCHASES.alpha(), fit.standardErrors().alpha());
        assertRecovered(fit.model().a(), PURCHASES.a(), fit.standardErrors().a());
        assertRecovered(fit.model().b(), PURCHASES.b(), fit.standardErrors().b());
    }

    @Test
    void recoversGammaGammaParametersWithinFourStandardErrorsAndFivePercent() {
        GammaGammaFit fit = GammaGammaFitter.fit(population.x(), population.meanSpend(), GammaGammaOptions.defaults());

        assertThat(fit.status()).isEqualTo(GammaGammaFit.Status.FITTED);
        assertThat(fit.correlationWarning()).isFalse();
        assertRecovered(fit.model().p(), SPEND.p(), fit.standardErrors().p());
        assertRecovered(fit.model().q(), SPEND.q(), fit.standardErrors().q());
        assertRecovered(fit.model().gamma(), SPEND.gamma(), fit.standardErrors().gamma());
    }

    @Test
    void groupsDailyRoundedCustomersIntoFewerRowsWithoutChangingTheEstimate() {
        SimulatedPopulation daily =
                SimulatedPopulation.draw(new BgNbdModel(0.25, 28.0, 0.8, 2.5), SPEND, 50_000, 273, 84, true, 7L);
        BgNbdFit fit = BgNbdFitter.fit(daily.table());

        assertThat(fit.distinctRows()).isLessThan(daily.size() / 2);
        assertThat(fit.customers()).isEqualTo(50_000);
        assertThat(fit.model().r()).isCloseTo(0.25, withinPercentage(10));
    }

    private static void assertRecovered(double estimate, double truth, double standardError) {
        assertThat(standardError).isPositive();
        assertThat(Math.abs(estimate - truth)).isLessThan(4 * standardError);
        assertThat(estimate).isCloseTo(truth, withinPercentage(5));
    }
}
