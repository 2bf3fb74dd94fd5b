package dev.easel.clv.model;

import java.util.List;

/** Fits Gamma-Gamma on repeat customers (x > 0 with a positive mean spend), with the guards the CLV flow relies on. */
public final class GammaGammaFitter {

    private static final double[] START = {1.0, 1.0, 1.0};

    private GammaGammaFitter() {}

    public static GammaGammaFit fit(List<CustomerSummary> customers, GammaGammaOptions options) {
        int[] x = new int[customers.size()];
        double[] m = new double[customers.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = customers.get(i).x();
            m[i] = customers.get(i).meanRepeatSpend();
        }
        return fit(x, m, options);
    }

    /** As for BG/NBD: large inputs start from a fit on an evenly strided sample, which saves most iterations. */
    private static double[] warmStart(int[] x, double[] meanSpend, FitOptions options) {
        int n = x.length;
        if (n <= BgNbdFitter.WARM_START_ROWS) {
            return START;
        }
        int stride = n / BgNbdFitter.SAMPLE_ROWS;
        int size = (n + stride - 1) / stride;
        int[] sx = new int[size];
        double[] sm = new double[size];
        for (int i = 0, j = 0; i < n; i += stride, j++) {
            sx[j] = x[i];
            sm[j] = meanSpend[i];
        }
        MaximumLikelihood.Outcome sample = MaximumLikelihood.fit(new GammaGammaLikelihood(sx, sm), START, options);
        return sample.convergence().converged() ? sample.params() : START;
    }

    /** Rows with x = 0 or a mean spend that is not positive are left out: they carry no spend information. */
    public static GammaGammaFit fit(int[] x, double[] meanSpend, GammaGammaOptions options) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && meanSpend[i] > 0) {
                n++;
            }
        }
        int[] rx = new int[n];
        double[] rm = new double[n];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (x[i] > 0 && meanSpend[i] > 0) {
                rx[j] = x[i];
                rm[j++] = meanSpend[i];
            }
        }
        double[] frequency = new double[n];
        for (int i = 0; i < n; i++) {
            frequency[i] = rx[i];
        }
        double correlation = Statistics.pearson(frequency, rm);
        boolean warn = Math.abs(correlation) > options.correlationThreshold();
        if (n < options.minRepeatCustomers()) {
            return new GammaGammaFit(
                    GammaGammaFit.Status.TOO_LITTLE_DATA,
                    null,
                    null,
                    Double.NaN,
                    n,
                    correlation,
                    warn,
                    null,
                    n + " repeat customers, fewer than the " + options.minRepeatCustomers()
                            + " needed: use historic-only CLV");
        }
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(rx, rm);
        MaximumLikelihood.Outcome outcome = null;
        if (n > BgNbdFitter.WARM_START_ROWS) {
            outcome = MaximumLikelihood.polish(likelihood, warmStart(rx, rm, options.fit()), options.fit());
        }
        if (outcome == null || !outcome.convergence().converged()) {
            outcome = MaximumLikelihood.fit(likelihood, START, options.fit());
        }
        double[] p = outcome.params();
        double[] se = outcome.standardErrors();
        GammaGammaModel model = new GammaGammaModel(p[0], p[1], p[2]);
        GammaGammaFit.Status status;
        String message;
        if (!outcome.convergence().converged()) {
            status = GammaGammaFit.Status.NOT_CONVERGED;
            message =
                    "Gamma-Gamma fit did not converge (" + outcome.convergence().message() + "): use historic-only CLV";
        } else if (model.q() <= 1) {
            status = GammaGammaFit.Status.INFINITE_MEAN_SPEND;
            message = "q = " + model.q() + " <= 1 implies an infinite mean spend: fit refused, use historic-only CLV";
        } else {
            status = GammaGammaFit.Status.FITTED;
            message = warn
                    ? "spend and frequency correlate (r = " + correlation
                            + "): Gamma-Gamma assumes they are independent"
                    : "fitted";
        }
        return new GammaGammaFit(
                status,
                model,
                new GammaGammaStandardErrors(se[0], se[1], se[2]),
                outcome.logLikelihood(),
                n,
                correlation,
                warn,
                outcome.convergence(),
                message);
    }
}
