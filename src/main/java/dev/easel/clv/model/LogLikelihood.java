package dev.easel.clv.model;

/** A weighted log-likelihood over a fixed data set, with its analytic gradient in the natural parameters. */
interface LogLikelihood {

    int dimension();

    /** Summed row weights: the number of customers the data stands for. */
    double totalWeight();

    /**
     * The total log-likelihood at {@code params}; when {@code gradient} is not null it receives d LL / d param.
     * Returns {@code NaN} or negative infinity where the likelihood is not defined.
     */
    double value(double[] params, double[] gradient);
}
