package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Pareto/NBD on CDNOW against the estimates and expressions published with BTYD and CLVTools. */
class CdnowParetoNbdTests {

    /**
     * The BTYD estimates. The walkthrough's printed expectations agree with them to about 0.05 %, not to their last
     * digit (they were printed from a slightly different fit), so they are asked to 0.1 %.
     */
    private static final ParetoNbdModel BTYD = new ParetoNbdModel(0.5533971, 10.5801985, 0.6060625, 11.6562237);

    @Test
    void fitsTheEventLogToThePublishedEstimates() {
        ParetoNbdFit fit = ParetoNbdFitter.fit(CdnowData.summaries().table());

        assertThat(fit.converged()).as(fit.convergence().message()).isTrue();
        assertThat(fit.status().kind()).isEqualTo(FitStatus.Kind.CONVERGED);
        ParetoNbdModel m = fit.model();
        // CLVTools: 0.55315, 10.57633, 0.60625, 11.6715; BTYD: 0.5533971, 10.5801985, 0.6060625, 11.6562237. The
        // likelihood is flat in beta (standard error 6.2), so beta is asked to 0.5 %, the others to 0.1 %.
        assertThat(m.r()).isCloseTo(0.55315, withinPercentage(0.1));
        assertThat(m.alpha()).isCloseTo(10.57633, withinPercentage(0.1));
        assertThat(m.s()).isCloseTo(0.60625, withinPercentage(0.1));
        assertThat(m.beta()).isCloseTo(11.6715, withinPercentage(0.5));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.976, within(0.01));
        // FHL 2005 as printed: 0.553, 10.578, 0.606, 11.669.
        assertThat(m.r()).isCloseTo(0.553, within(0.0005));
        assertThat(m.s()).isCloseTo(0.606, within(0.0005));
        // CLVTools standard errors: r 0.0476, alpha 0.843, s 0.187, beta 6.21. Easel's Hessian is a difference of a
        // difference-quotient gradient here, so the flat directions (s, beta) are only good to about 10 %.
        assertThat(fit.standardErrors()[0]).isCloseTo(0.0476264, withinPercentage(3));
        assertThat(fit.standardErrors()[1]).isCloseTo(0.8427222, withinPercentage(3));
        assertThat(fit.standardErrors()[2]).isCloseTo(0.1872594, withinPercentage(10));
        assertThat(fit.standardErrors()[3]).isCloseTo(6.2105448, withinPercentage(10));
    }

    @Test
    void conditionalExpectationsMatchTheBtydWalkthrough() {
        assertThat(BTYD.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.997874, within(1e-6));
        assertThat(BTYD.conditionalExpectedTransactions(52, 26, 30.85714, 31)).isCloseTo(25.45647, within(0.01));
        double[] expected = {0.7062289, 0.1442396, 0.02250658, 0.00309267};
        int[] x = {10, 15, 20, 25};
        for (int i = 0; i < x.length; i++) {
            assertThat(BTYD.conditionalExpectedTransactions(52, x[i], 20, 39))
                    .as("x = %d", x[i])
                    .isCloseTo(expected[i], withinPercentage(0.1));
        }
        assertThat(BTYD.expectedTransactions(52)).isCloseTo(1.473434, withinPercentage(0.1));
        // The lifetimes tests' values at (0.55, 10.56, 0.61, 11.64), t = 1..9.
        ParetoNbdModel manual = new ParetoNbdModel(0.55, 10.56, 0.61, 11.64);
        double[] unconditional = {
            0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159, 0.35181024, 0.38909211
        };
        for (int t = 1; t <= 9; t++) {
            assertThat(manual.expectedTransactions(t)).as("t = %d", t).isCloseTo(unconditional[t - 1], within(1e-7));
        }
    }

    @Test
    void aCustomerWhoseLastPurchaseIsTodayIsCertainlyAlive() {
        assertThat(BTYD.probabilityAlive(3, 20, 20)).isEqualTo(1.0);
        assertThat(BTYD.probabilityAlive(0, 0, 39)).isBetween(0.0, 1.0);
    }

    @Test
    void forecastsTheCdnowHoldoutLikeBtyd() {
        CustomerSummaries summaries = CdnowData.summaries();
        HoldoutReport report = HoldoutEvaluation.evaluate(BTYD, summaries);
        // BTYD walkthrough, mean holdout purchases by calibration frequency 0..6, 7+.
        double[] published = {0.138, 0.6, 1.196, 1.714, 2.399, 2.907, 3.819, 6.403};
        for (int k = 0; k < published.length; k++) {
            assertThat(report.byFrequency().get(k).expectedMean())
                    .as("x = %s", report.byFrequency().get(k).label())
                    .isCloseTo(published[k], within(0.001));
        }
    }

    @Test
    void theDropoutIntegralAgreesWithTheHypergeometricForm() {
        // Where both apply, the quadrature that takes over near z = 1 gives the series' value.
        ParetoNbdModel[] models = {BTYD, new ParetoNbdModel(0.6, 20, 0.8, 12), new ParetoNbdModel(2.5, 3, 0.4, 5.5)};
        for (ParetoNbdModel m : models) {
            for (int x : new int[] {0, 1, 4, 30}) {
                double recency = x == 0 ? 0 : 12.5;
                double series = m.logA0(x, recency, 39);
                double quadrature = Math.log(m.r() + m.s() + x) + m.logDropoutIntegral(x, recency, 39);
                assertThat(quadrature).as("%s x=%d", m, x).isCloseTo(series, within(1e-10));
            }
        }
        ParetoNbdModel extreme = new ParetoNbdModel(0.5, 2, 0.6, 5_000);
        assertThat(extreme.probabilityAlive(2, 10, 700)).isBetween(0.0, 1.0);
        assertThat(extreme.logLikelihood(0, 0, 700)).isFinite();
    }
}
