package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class ClvScorerTests {

    private static final BgNbdModel PURCHASES = new BgNbdModel(0.24, 30.0, 0.8, 2.4);
    private static final GammaGammaModel SPEND = new GammaGammaModel(6.25, 3.74, 15.44);
    private static final RfmTable TABLE = RfmTable.of(
            new int[] {0, 1, 5, 12, 12}, new double[] {0, 40, 200, 300, 100}, new double[] {365, 300, 320, 310, 310});
    private static final double[] MEAN_SPEND = {0, 20, 35, 60, 60};

    @Test
    void agreesWithTheScalarFormulasOverTheHorizon() {
        ScoringOptions options = ScoringOptions.defaults(ModelTimeUnit.DAYS);
        Scores scores = ClvScorer.score(PURCHASES, SPEND, TABLE, MEAN_SPEND, options);

        for (int i = 0; i < TABLE.size(); i++) {
            assertThat(scores.probabilityAlive()[i])
                    .isEqualTo(PURCHASES.probabilityAlive(TABLE.x(i), TABLE.recency(i), TABLE.age(i)));
            assertThat(scores.expectedTransactions()[i])
                    .isCloseTo(
                            PURCHASES.conditionalExpectedTransactions(
                                    options.horizon(), TABLE.x(i), TABLE.recency(i), TABLE.age(i)),
                            withinPercentage(1e-8));
            assertThat(scores.expectedSpend()[i]).isEqualTo(SPEND.conditionalExpectedSpend(TABLE.x(i), MEAN_SPEND[i]));
        }
    }

    @Test
    void givesTheNumbersOfTheMonthByMonthScalarFormulasForEveryCustomerOfAPopulation() {
        // Whole days, so that many customers share (x, T) and the per-pair horizon is reused across them.
        SimulatedPopulation population = SimulatedPopulation.draw(PURCHASES, SPEND, 20_000, 273, 84, true, 7L);
        RfmTable table = population.table();
        ScoringOptions options = ScoringOptions.defaults(ModelTimeUnit.DAYS);

        Scores scores = ClvScorer.score(PURCHASES, SPEND, table, population.meanSpend(), options);

        for (int i = 0; i < table.size(); i++) {
            int x = table.x(i);
            double previous = 0;
            double discounted = 0;
            for (int month = 1; month <= options.horizonMonths(); month++) {
                double expected = PURCHASES.conditionalExpectedTransactions(
                        month * options.periodsPerMonth(), x, table.recency(i), table.age(i));
                discounted += (expected - previous) / Math.pow(1 + options.monthlyDiscountRate(), month);
                previous = expected;
            }
            double clv =
                    discounted * SPEND.conditionalExpectedSpend(x, population.meanSpend()[i]);
            assertThat(scores.expectedTransactions()[i]).as("row %d", i).isCloseTo(previous, withinPercentage(1e-7));
            assertThat(scores.predictedClv()[i]).as("row %d", i).isCloseTo(clv, withinPercentage(1e-7));
            assertThat(scores.probabilityAlive()[i])
                    .isEqualTo(PURCHASES.probabilityAlive(x, table.recency(i), table.age(i)));
        }
    }

    @Test
    void undiscountedClvIsExpectedPurchasesTimesSpendTimesMargin() {
        Scores scores = ClvScorer.score(PURCHASES, SPEND, TABLE, MEAN_SPEND, new ScoringOptions(12, 0.0, 0.4, 30.4375));

        for (int i = 0; i < TABLE.size(); i++) {
            assertThat(scores.predictedClv()[i])
                    .isCloseTo(
                            scores.expectedTransactions()[i] * scores.expectedSpend()[i] * 0.4, withinPercentage(1e-9));
        }
    }

    @Test
    void discountingLowersClv() {
        Scores plain = ClvScorer.score(PURCHASES, SPEND, TABLE, MEAN_SPEND, new ScoringOptions(12, 0.0, 1.0, 30.4375));
        Scores discounted =
                ClvScorer.score(PURCHASES, SPEND, TABLE, MEAN_SPEND, ScoringOptions.defaults(ModelTimeUnit.DAYS));

        for (int i = 0; i < TABLE.size(); i++) {
            assertThat(discounted.predictedClv()[i]).isLessThan(plain.predictedClv()[i]);
        }
    }

    @Test
    void customerWhoStoppedLongAgoIsLikelyChurned() {
        Scores scores =
                ClvScorer.score(PURCHASES, SPEND, TABLE, MEAN_SPEND, ScoringOptions.defaults(ModelTimeUnit.DAYS));

        assertThat(scores.churnBand(3)).isEqualTo(ChurnBand.LOW);
        assertThat(scores.churnBand(4)).isEqualTo(ChurnBand.HIGH);
        assertThat(scores.churnProbability(0)).isZero();
        assertThat(scores.timeToNextPurchase()[3]).isCloseTo((30.0 + 310) / 12.24, within(1e-9));
    }

    @Test
    void leavesSpendAndClvUndefinedWithoutASpendModel() {
        Scores scores =
                ClvScorer.score(PURCHASES, null, TABLE, MEAN_SPEND, ScoringOptions.defaults(ModelTimeUnit.DAYS));

        assertThat(java.util.Arrays.stream(scores.predictedClv())).allMatch(v -> Double.isNaN(v));
        assertThat(java.util.Arrays.stream(scores.expectedTransactions())).allMatch(v -> v > 0);
    }

    @Test
    void bandsChurnAtThirtyAndSeventyPercent() {
        assertThat(ChurnBand.of(0.29)).isEqualTo(ChurnBand.LOW);
        assertThat(ChurnBand.of(0.3)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(ChurnBand.of(0.69)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(ChurnBand.of(0.7)).isEqualTo(ChurnBand.HIGH);
    }
}
