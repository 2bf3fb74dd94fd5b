package dev.easel.clv.model;

/**
 * What the model choice needs of a purchase-count model (BG/NBD, Pareto/NBD): a customer's expected purchases in the
 * next {@code t} time units given their history, and the probability that they are still active.
 */
public interface PurchaseModel {

    /** E[Y(t) | x, t_x, T]. */
    double conditionalExpectedTransactions(double t, int x, double recency, double age);

    /** P(alive | x, t_x, T). */
    double probabilityAlive(int x, double recency, double age);

    /**
     * The factor of E[Y(t) | x, t_x, T] that depends on (x, T) alone: E[Y(t) | x, t_x, T] = this * P(alive | x, t_x, T).
     */
    double expectedIfAlive(double t, int x, double age);

    /** E[X(t)]: expected repeat purchases in the first t time units after the first purchase. */
    double expectedTransactions(double t);

    /** Expected wait to the next purchase of a customer who is still active: (alpha + T) / (r + x). */
    double expectedTimeToNextPurchase(int x, double age);
}
