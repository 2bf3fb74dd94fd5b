package dev.easel.clv.model;

import org.hipparchus.special.Gamma;

/**
 * BG/NBD (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while alive a customer buys at a
 * Poisson rate lambda ~ Gamma(r, alpha) and may drop out after each purchase with probability p ~ Beta(a, b).
 * Equation numbers refer to that paper.
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

    public BgNbdModel {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            throw new IllegalArgumentException(
                    "BG/NBD parameters must be positive: r=" + r + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
        }
    }

    /**
     * Log of the individual likelihood (eq. 6), as a log-sum-exp of its two terms so that customers with many
     * purchases do not overflow.
     */
    public double logLikelihood(int x, double recency, double age) {
        double common = Gamma.logGamma(r + x)
                - Gamma.logGamma(r)
                + r * Math.log(alpha)
                + Gamma.logGamma(a + b)
                + Gamma.logGamma(b + x)
                - Gamma.logGamma(b)
                - Gamma.logGamma(a + b + x);
        double stillAlive = -(r + x) * Math.log(alpha + age);
        if (x == 0) {
            return common + stillAlive;
        }
        double droppedOut = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency);
        double max = Math.max(stillAlive, droppedOut);
        return common + max + Math.log1p(Math.exp(Math.min(stillAlive, droppedOut) - max));
    }

    /** P(alive | x, t_x, T) (FHL 2005 eq. 12 and Fader, Hardie and Lee 2008 note); 1 for customers without repeats. */
    @Override
    public double probabilityAlive(int x, double recency, double age) {
        if (x == 0) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(logOddsDead(x, recency, age)));
    }

    private double logOddsDead(int x, double recency, double age) {
        return Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + age) / (alpha + recency));
    }

    /** E[Y(t) | x, t_x, T]: expected purchases in the next t time units of a customer with this history (eq. 10). */
    @Override
    public double conditionalExpectedTransactions(double t, int x, double recency, double age) {
        if (t <= 0) {
            return 0.0;
        }
        return expectedIfAlive(t, x, age) * probabilityAlive(x, recency, age);
    }

    /** The factor of eq. 10 that depends on (x, T) alone: E[Y(t) | x, t_x, T] = this * P(alive | x, t_x, T). */
    @Override
    public double expectedIfAlive(double t, int x, double age) {
        if (t <= 0) {
            return 0.0;
        }
        double z = t / (alpha + age + t);
        double f = Hypergeometric.hyp2f1(r + x, b + x, a + b + x - 1, z);
        double scaled = Math.exp((r + x) * Math.log((alpha + age) / (alpha + age + t))) * f;
        return (a + b + x - 1) / (a - 1) * (1 - scaled);
    }

    /** E[X(t)]: expected repeat purchases in the first t time units after a customer's first purchase (eq. 9). */
    @Override
    public double expectedTransactions(double t) {
        if (t <= 0) {
            return 0.0;
        }
        double f = Hypergeometric.hyp2f1(r, b, a + b - 1, t / (alpha + t));
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * f);
    }

    /**
     * Expected time to the next purchase of a customer who is still alive: 1 / E[lambda | x, T] = (alpha + T) / (r + x),
     * the mean waiting time at the posterior mean purchase rate. It is conditional on being alive; P(alive) says how
     * much to trust it.
     */
    @Override
    public double expectedTimeToNextPurchase(int x, double age) {
        return (alpha + age) / (r + x);
    }

    double[] toArray() {
        return new double[] {r, alpha, a, b};
    }
}
