package dev.easel.clv.model;

import org.hipparchus.special.Gamma;

/** The Gamma-Gamma log-likelihood of repeat customers' mean spends, with its analytic gradient. */
final class GammaGammaLikelihood implements LogLikelihood {

    private final int[] x;
    private final double[] meanSpend;
    private final double[] logMeanSpend;
    private final double[] logX;

    GammaGammaLikelihood(int[] x, double[] meanSpend) {
        this.x = x;
        this.meanSpend = meanSpend;
        this.logMeanSpend = new double[x.length];
        this.logX = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            logMeanSpend[i] = Math.log(meanSpend[i]);
            logX[i] = Math.log(x[i]);
        }
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public double totalWeight() {
        return x.length;
    }

    @Override
    public double value(double[] params, double[] gradient) {
        double p = params[0];
        double q = params[1];
        double gamma = params[2];
        double logGammaQ = Gamma.logGamma(q);
        double digammaQ = Gamma.digamma(q);
        double logGamma = Math.log(gamma);
        double ll = 0;
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int i = 0; i < x.length; i++) {
            double px = p * x[i];
            double scale = gamma + x[i] * meanSpend[i];
            double logScale = Math.log(scale);
            ll += Gamma.logGamma(px + q) - Gamma.logGamma(px) - logGammaQ + q * logGamma
                    + (px - 1) * logMeanSpend[i] + px * logX[i] - (px + q) * logScale;
            if (gradient != null) {
                double digammaSum = Gamma.digamma(px + q);
                gp += x[i] * (digammaSum - Gamma.digamma(px) + logMeanSpend[i] + logX[i] - logScale);
                gq += digammaSum - digammaQ + logGamma - logScale;
                gg += q / gamma - (px + q) / scale;
            }
        }
        if (gradient != null) {
            gradient[0] = gp;
            gradient[1] = gq;
            gradient[2] = gg;
        }
        return ll;
    }
}
