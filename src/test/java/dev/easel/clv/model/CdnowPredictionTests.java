package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BG/NBD predictions against the BTYD walkthrough, the Hardie spreadsheet and the lifetimes and PyMC tests. */
class CdnowPredictionTests {

    /** The parameters the BTYD walkthrough prints its predictions with. */
    private static final BgNbdModel BTYD = new BgNbdModel(0.2425982, 4.413684, 0.7929899, 2.426167);

    @Test
    void conditionalExpectationAndProbabilityAliveMatchTheWalkthrough() {
        assertThat(BTYD.conditionalExpectedTransactions(52, 26, 30.85714, 31))
                .isCloseTo(25.75659, withinPercentage(1e-3));
        assertThat(BTYD.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.9688523, withinPercentage(1e-4));
        assertThat(BTYD.expectedTransactions(52)).isCloseTo(1.444004, withinPercentage(1e-3));
    }

    @Test
    void frequentBuyersWhoStoppedLongAgoAreExpectedToBuyAlmostNothing() {
        double[] published = {0.3474606, 0.04283391, 0.004158973, 0.0003583685};
        int[] x = {10, 15, 20, 25};
        for (int i = 0; i < x.length; i++) {
            assertThat(BTYD.conditionalExpectedTransactions(52, x[i], 20, 39))
                    .isCloseTo(published[i], withinPercentage(1e-3));
        }
    }

    @Test
    void unconditionalExpectationMatchesTheHardieSpreadsheet() {
        // The spreadsheet works with unrounded estimates; the paper's three decimals move E[X(32)] by 1.5e-3.
        BgNbdModel fitted = BgNbdFitter.fit(CdnowData.summaries().table()).model();
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] published = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < t.length; i++) {
            assertThat(fitted.expectedTransactions(t[i])).isCloseTo(published[i], within(5e-4));
        }
    }

    @Test
    void ownFitPredictsTheWalkthroughValuesWithinOnePerMille() {
        BgNbdModel fitted = BgNbdFitter.fit(CdnowData.summaries().table()).model();

        assertThat(fitted.conditionalExpectedTransactions(52, 26, 30.85714, 31))
                .isCloseTo(25.75659, withinPercentage(0.1));
        assertThat(fitted.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.9688523, withinPercentage(0.1));
        assertThat(fitted.expectedTransactions(52)).isCloseTo(1.444004, withinPercentage(0.1));
    }

    @Test
    void roundedSummaryFitPredictsTheLifetimesConditionalExpectation() {
        List<double[]> rows = CdnowData.roundedSummary();
        BgNbdModel fitted = BgNbdFitter.fit(RfmTable.of(
                        rows.stream().mapToInt(r -> (int) r[0]).toArray(),
                        rows.stream().mapToDouble(r -> r[1]).toArray(),
                        rows.stream().mapToDouble(r -> r[2]).toArray()))
                .model();

        assertThat(fitted.conditionalExpectedTransactions(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
    }

    @Test
    void logLikelihoodStaysFiniteForExtremeCustomers() {
        BgNbdModel model = new BgNbdModel(0.25, 4, 0.8, 2.5);

        assertThat(model.logLikelihood(0, 0, 40)).isCloseTo(-0.59947382, within(1e-6));
        assertThat(model.logLikelihood(200, 38, 40)).isCloseTo(100.7957, within(1e-3));
    }
}
