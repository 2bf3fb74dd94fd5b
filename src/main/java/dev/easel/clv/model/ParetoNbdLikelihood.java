package dev.easel.clv.model;

/**
 * The Pareto/NBD log-likelihood over grouped rows. Its gradient is taken by central differences in the
 * log-parameters: the analytic derivatives of the hypergeometric term are long and error-prone, and four
 * parameters cost eight more evaluations of a likelihood that is cheap on grouped rows.
 */
final class ParetoNbdLikelihood implements LogLikelihood {

    private static final double STEP = 1e-6;

    private final RfmTable rows;
    private final double totalWeight;

    ParetoNbdLikelihood(RfmTable grouped) {
        this.rows = grouped;
        this.totalWeight = grouped.totalWeight();
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double totalWeight() {
        return totalWeight;
    }

    @Override
    public double value(double[] params, double[] gradient) {
        double ll = total(params);
        if (gradient != null) {
            double[] moved = params.clone();
            for (int j = 0; j < 4; j++) {
                moved[j] = params[j] * Math.exp(STEP);
                double up = total(moved);
                moved[j] = params[j] * Math.exp(-STEP);
                double down = total(moved);
                moved[j] = params[j];
                gradient[j] = (up - down) / (2 * STEP) / params[j];
            }
        }
        return ll;
    }

    private double total(double[] p) {
        if (!(p[0] > 0 && p[1] > 0 && p[2] > 0 && p[3] > 0) || !Double.isFinite(p[0] + p[1] + p[2] + p[3])) {
            return Double.NaN;
        }
        ParetoNbdModel model = new ParetoNbdModel(p[0], p[1], p[2], p[3]);
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            double w = rows.weight(i);
            if (w > 0) {
                sum += w * model.logLikelihood(rows.x(i), rows.recency(i), rows.age(i));
            }
        }
        return sum;
    }
}
