package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fits that must not turn into silent numbers. */
class GuardTests {

    private static final BgNbdModel PURCHASES = new BgNbdModel(0.25, 4.0, 0.8, 2.5);

    @Test
    void refusesGammaGammaWhenQIsAtMostOneBecauseMeanSpendWouldBeInfinite() {
        SimulatedPopulation heavyTailed =
                SimulatedPopulation.draw(PURCHASES, new GammaGammaModel(2.0, 0.6, 10.0), 50_000, 39, 12, false, 11L);

        GammaGammaFit fit =
                GammaGammaFitter.fit(heavyTailed.x(), heavyTailed.meanSpend(), GammaGammaOptions.defaults());

        assertThat(fit.status()).isEqualTo(GammaGammaFit.Status.INFINITE_MEAN_SPEND);
        assertThat(fit.usable()).isFalse();
        assertThat(fit.model().q()).isLessThanOrEqualTo(1.0);
        assertThat(fit.message()).contains("infinite mean spend").contains("historic-only");
    }

    @Test
    void reportsTooLittleDataBelowTheMinimumOfRepeatCustomers() {
        int[] x = {0, 1, 2, 3, 0, 1};
        double[] spend = {0, 10, 12, 9, 0, 11};

        GammaGammaFit fit =
                GammaGammaFitter.fit(x, spend, GammaGammaOptions.defaults().withMinRepeatCustomers(5));

        assertThat(fit.status()).isEqualTo(GammaGammaFit.Status.TOO_LITTLE_DATA);
        assertThat(fit.repeatCustomers()).isEqualTo(4);
        assertThat(fit.model()).isNull();
        assertThat(fit.message()).contains("historic-only");
    }

    @Test
    void flagsBgNbdThatRunsOutOfIterationsInsteadOfThrowing() {
        SimulatedPopulation population =
                SimulatedPopulation.draw(PURCHASES, new GammaGammaModel(6, 4, 15), 5_000, 39, 12, false, 3L);

        BgNbdFit fit = BgNbdFitter.fit(population.table(), FitOptions.defaults().withMaxIterations(2));

        assertThat(fit.converged()).isFalse();
        assertThat(fit.convergence().message()).isNotBlank();
        assertThat(fit.model()).isNotNull();
    }

    @Test
    void flagsGammaGammaThatRunsOutOfIterations() {
        SimulatedPopulation population =
                SimulatedPopulation.draw(PURCHASES, new GammaGammaModel(6, 4, 15), 5_000, 39, 12, false, 5L);
        GammaGammaOptions options =
                new GammaGammaOptions(100, 0.3, FitOptions.defaults().withMaxIterations(1));

        GammaGammaFit fit = GammaGammaFitter.fit(population.x(), population.meanSpend(), options);

        assertThat(fit.status()).isEqualTo(GammaGammaFit.Status.NOT_CONVERGED);
        assertThat(fit.usable()).isFalse();
    }

    @Test
    void warnsWhenSpendRisesWithFrequency() {
        int n = 400;
        int[] x = new int[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 + i % 10;
            spend[i] = 10 + 5 * x[i] + (i % 7);
        }

        GammaGammaFit fit = GammaGammaFitter.fit(x, spend, GammaGammaOptions.defaults());

        assertThat(fit.spendFrequencyCorrelation()).isGreaterThan(0.3);
        assertThat(fit.correlationWarning()).isTrue();
    }

    @Test
    void refusesInconsistentRows() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> RfmTable.of(new int[] {1}, new double[] {5}, new double[] {4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0");
    }
}
