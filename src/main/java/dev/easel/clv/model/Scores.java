package dev.easel.clv.model;

/**
 * Scores in columns, row i belonging to row i of the scored input. All times are in model time units.
 *
 * @param probabilityAlive        P(alive | x, t_x, T)
 * @param expectedTransactions    expected purchases over the horizon
 * @param expectedSpend           expected spend per future purchase (Gamma-Gamma); NaN without a usable spend model
 * @param predictedClv            discounted expected margin over the horizon; NaN without a usable spend model
 * @param timeToNextPurchase      expected wait to the next purchase if alive, from the scoring date
 */
public record Scores(
        double[] probabilityAlive,
        double[] expectedTransactions,
        double[] expectedSpend,
        double[] predictedClv,
        double[] timeToNextPurchase) {

    public int size() {
        return probabilityAlive.length;
    }

    public double churnProbability(int i) {
        return 1.0 - probabilityAlive[i];
    }

    public ChurnBand churnBand(int i) {
        return ChurnBand.of(churnProbability(i));
    }
}
