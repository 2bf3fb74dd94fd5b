package dev.easel.clv.model;

import org.hipparchus.special.Gamma;

/**
 * Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV", JMR 42(4); Fader and Hardie 2013 note 025):
 * each purchase amount is Gamma(p, nu) with a customer's nu ~ Gamma(q, gamma), independent of purchase frequency.
 */
public record GammaGammaModel(double p, double q, double gamma) {

    public GammaGammaModel {
        if (!(p > 0 && q > 0 && gamma > 0)) {
            throw new IllegalArgumentException(
                    "Gamma-Gamma parameters must be positive: p=" + p + ", q=" + q + ", gamma=" + gamma);
        }
    }

    /** The population mean spend per purchase, p gamma / (q - 1); infinite when q <= 1. */
    public double populationMeanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * E[Z | x, mean spend]: a weighted average of the population mean and the customer's own mean, the latter
     * weighted more the more purchases it rests on (note 025 eq. 5). For x = 0 it is the population mean.
     */
    public double conditionalExpectedSpend(int x, double meanSpend) {
        if (x == 0) {
            return populationMeanSpend();
        }
        return (gamma + x * meanSpend) * p / (p * x + q - 1);
    }

    /**
     * Log-density of a customer's mean spend over x repeat purchases (the form BTYD, CLVTools and lifetimes report;
     * the paper's form adds the sum of ln x over the data).
     */
    public double logLikelihood(int x, double meanSpend) {
        double px = p * x;
        return Gamma.logGamma(px + q)
                - Gamma.logGamma(px)
                - Gamma.logGamma(q)
                + q * Math.log(gamma)
                + (px - 1) * Math.log(meanSpend)
                + px * Math.log(x)
                - (px + q) * Math.log(gamma + x * meanSpend);
    }
}
