package dev.easel.clv.model;

import org.hipparchus.special.Gamma;

/** The Gamma-Gamma log-likelihood of repeat customers' mean spends, with its analytic gradient. */
final class GammaGammaLikelihood implements LogLikelihood {

    private final int[] x;
    private final double[] meanSpend;
    private final double[] logMeanSpend;
    private final double[] logX;
    private final int maxX;
    private final boolean[] present;

    GammaGammaLikelihood(int[] x, double[] meanSpend) {
        this.x = x;
        this.meanSpend = meanSpend;
        this.logMeanSpend = new double[x.length];
        this.logX = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            logMeanSpend[i] = Math.log(meanSpend[i]);
            logX[i] = Math.log(x[i]);
        }
        this.maxX = java.util.Arrays.stream(x).max().orElse(0);
        this.present = new boolean[maxX + 1];
        for (int value : x) {
            present[value] = true;
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
        // The Gamma functions depend on x alone: one evaluation per distinct x instead of one per customer.
        double[] gammaTerm = new double[maxX + 1];
        double[] digammaSum = gradient == null ? null : new double[maxX + 1];
        double[] digammaPx = gradient == null ? null : new double[maxX + 1];
        for (int k = 1; k <= maxX; k++) {
            if (present[k]) {
                double px = p * k;
                gammaTerm[k] = Gamma.logGamma(px + q) - Gamma.logGamma(px);
                if (gradient != null) {
                    digammaSum[k] = Gamma.digamma(px + q);
                    digammaPx[k] = Gamma.digamma(px);
                }
            }
        }
        double ll = 0;
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int i = 0; i < x.length; i++) {
            int xi = x[i];
            double px = p * xi;
            double scale = gamma + xi * meanSpend[i];
            double logScale = Math.log(scale);
            ll += gammaTerm[xi]
                    - logGammaQ
                    + q * logGamma
                    + (px - 1) * logMeanSpend[i]
                    + px * logX[i]
                    - (px + q) * logScale;
            if (gradient != null) {
                gp += xi * (digammaSum[xi] - digammaPx[xi] + logMeanSpend[i] + logX[i] - logScale);
                gq += digammaSum[xi] - digammaQ + logGamma - logScale;
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
