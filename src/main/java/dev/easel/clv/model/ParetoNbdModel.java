package dev.easel.clv.model;

import org.hipparchus.special.Gamma;

/**
 * Pareto/NBD (Schmittlein, Morrison and Colombo 1987): while active a customer buys at a Poisson rate
 * lambda ~ Gamma(r, alpha) and stays active for an exponential lifetime with rate mu ~ Gamma(s, beta), independent
 * of the purchases. The likelihood and the conditional expressions follow Fader and Hardie's notes "A note on
 * deriving the Pareto/NBD model and related expressions" (2005) and "Implementing the Pareto/NBD model given
 * interval-censored data" (2005): the integral over the lifetime is written with a Gauss hypergeometric function whose
 * argument is kept in [0, 1) by taking the larger of alpha and beta as the base.
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchaseModel {

    public ParetoNbdModel {
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) {
            throw new IllegalArgumentException("Pareto/NBD parameters must be positive: r=" + r + ", alpha=" + alpha
                    + ", s=" + s + ", beta=" + beta);
        }
    }

    /**
     * log L(r, alpha, s, beta | x, t_x, T) = log Gamma(r + x) - log Gamma(r) + r log alpha + s log beta
     * + log[ 1 / ((alpha + T)^(r + x) (beta + T)^s) + s / (r + s + x) * A0 ].
     */
    public double logLikelihood(int x, double recency, double age) {
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double aliveAtT = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        double droppedBefore = Math.log(s / (r + s + x)) + logA0(x, recency, age);
        return common + logSum(aliveAtT, droppedBefore);
    }

    /** P(alive | x, t_x, T) = 1 / (1 + s / (r + s + x) (alpha + T)^(r + x) (beta + T)^s A0). */
    @Override
    public double probabilityAlive(int x, double recency, double age) {
        double logOdds = Math.log(s / (r + s + x))
                + (r + x) * Math.log(alpha + age)
                + s * Math.log(beta + age)
                + logA0(x, recency, age);
        if (logOdds == Double.NEGATIVE_INFINITY) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /**
     * E[Y(t) | x, t_x, T] = P(alive) (r + x)(beta + T) / ((alpha + T)(s - 1)) [1 - ((beta + T) / (beta + T + t))^(s - 1)],
     * with its limit (r + x)(beta + T) / (alpha + T) log((beta + T + t) / (beta + T)) at s = 1.
     */
    @Override
    public double conditionalExpectedTransactions(double t, int x, double recency, double age) {
        if (t <= 0) {
            return 0.0;
        }
        return expectedIfAlive(t, x, age) * probabilityAlive(x, recency, age);
    }

    @Override
    public double expectedIfAlive(double t, int x, double age) {
        if (t <= 0) {
            return 0.0;
        }
        double rate = (r + x) / (alpha + age);
        double betaT = beta + age;
        return rate * lifetimeIntegral(betaT, t);
    }

    /** E[X(t)] = r beta / (alpha (s - 1)) [1 - (beta / (beta + t))^(s - 1)]. */
    @Override
    public double expectedTransactions(double t) {
        if (t <= 0) {
            return 0.0;
        }
        return r / alpha * lifetimeIntegral(beta, t);
    }

    /** Expected time active within the next t given the base b: b / (s - 1) (1 - (b / (b + t))^(s - 1)). */
    private double lifetimeIntegral(double base, double t) {
        double logRatio = Math.log(base / (base + t));
        if (Math.abs(s - 1) < 1e-9) {
            return -base * logRatio;
        }
        return base / (s - 1) * -Math.expm1((s - 1) * logRatio);
    }

    /** Expected time to the next purchase of a customer who is still active: (alpha + T) / (r + x). */
    @Override
    public double expectedTimeToNextPurchase(int x, double age) {
        return (alpha + age) / (r + x);
    }

    /**
     * log A0, with A0 = F(t_x) - F(T), F(u) = 2F1(r + s + x, c; r + s + x + 1; |alpha - beta| / (m + u)) / (m + u)^(r+s+x),
     * m = max(alpha, beta) and c = s + 1 when alpha >= beta, r + x otherwise. Negative infinity when t_x = T.
     */
    double logA0(int x, double recency, double age) {
        if (recency >= age) {
            return Double.NEGATIVE_INFINITY;
        }
        double rsx = r + s + x;
        double base = Math.max(alpha, beta);
        double difference = Math.abs(alpha - beta);
        if (difference / (base + recency) > SERIES_LIMIT) {
            // The series would need thousands of terms (or never settle): integrate over the dropout time instead.
            return Math.log(rsx) + logDropoutIntegral(x, recency, age);
        }
        double b = alpha >= beta ? s + 1 : r + x;
        double atRecency = logF(rsx, b, base, difference, recency);
        double atAge = logF(rsx, b, base, difference, age);
        // F decreases in u, so atRecency > atAge; log(F1 - F2) = log F1 + log(1 - F2 / F1).
        return atRecency + Math.log(-Math.expm1(atAge - atRecency));
    }

    /** Above this argument the hypergeometric series gives way to quadrature. */
    static final double SERIES_LIMIT = 0.9;

    private static final double[] NODES = {
        -0.9602898564975363,
        -0.7966664774136267,
        -0.5255324099163290,
        -0.1834346424956498,
        0.1834346424956498,
        0.5255324099163290,
        0.7966664774136267,
        0.9602898564975363
    };
    private static final double[] WEIGHTS = {
        0.1012285362903763,
        0.2223810344533745,
        0.3137066458778873,
        0.3626837833783620,
        0.3626837833783620,
        0.3137066458778873,
        0.2223810344533745,
        0.1012285362903763
    };

    /**
     * log of the integral from t_x to T of (alpha + tau)^-(r + x) (beta + tau)^-(s + 1) d tau, the dropout-time form
     * of A0 / (r + s + x). On v = log(min(alpha, beta) + tau) the integrand is close to exp(-(r + s + x) v), so
     * 8-point Gauss-Legendre panels of width at most 1 / (r + s + x) (at least four) agree with the series to 1e-10; panels past the point
     * where the integrand has fallen by e^-40 are left out.
     */
    double logDropoutIntegral(int x, double recency, double age) {
        double shift = Math.min(alpha, beta);
        double from = Math.log(shift + recency);
        double rate = r + s + x;
        double to = Math.min(Math.log(shift + age), from + 40 / rate);
        int panels = (int) Math.min(128, Math.max(4, Math.ceil(rate * (to - from))));
        double width = (to - from) / panels;
        double reference = logIntegrand(x, from, shift);
        double sum = 0;
        for (int p = 0; p < panels; p++) {
            double middle = from + (p + 0.5) * width;
            for (int k = 0; k < NODES.length; k++) {
                double v = middle + 0.5 * width * NODES[k];
                sum += WEIGHTS[k] * Math.exp(logIntegrand(x, v, shift) - reference);
            }
        }
        return reference + Math.log(sum * 0.5 * width);
    }

    private double logIntegrand(int x, double v, double shift) {
        double tau = Math.exp(v) - shift;
        return -(r + x) * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau) + v;
    }

    private static double logF(double rsx, double b, double base, double difference, double u) {
        double z = difference / (base + u);
        return Math.log(Hypergeometric.hyp2f1(rsx, b, rsx + 1, z)) - rsx * Math.log(base + u);
    }

    private static double logSum(double p, double q) {
        if (q == Double.NEGATIVE_INFINITY) {
            return p;
        }
        double max = Math.max(p, q);
        return max + Math.log1p(Math.exp(Math.min(p, q) - max));
    }

    double[] toArray() {
        return new double[] {r, alpha, s, beta};
    }
}
