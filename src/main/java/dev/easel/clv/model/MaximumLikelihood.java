package dev.easel.clv.model;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Maximises a {@link LogLikelihood} over positive parameters with Hipparchus' non-linear conjugate gradient
 * (Polak-Ribiere). The search runs on log-parameters, so positivity needs no constraint, and on the mean
 * log-likelihood, so tolerances do not depend on the number of customers.
 */
final class MaximumLikelihood {

    private MaximumLikelihood() {}

    record Outcome(double[] params, double[] standardErrors, double logLikelihood, Convergence convergence) {}

    static Outcome fit(LogLikelihood likelihood, double[] start, FitOptions options) {
        Objective objective = new Objective(likelihood, options.penalizer());
        double[] theta0 = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            theta0[i] = Math.log(start[i]);
        }
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
                new SimpleValueChecker(options.relativeTolerance(), 1e-300, options.maxIterations()),
                1e-12,
                1e-14,
                0.1);
        String message;
        boolean stoppedByChecker;
        try {
            optimizer.optimize(
                    new MaxEval(Integer.MAX_VALUE),
                    new MaxIter(options.maxIterations()),
                    new ObjectiveFunction(objective::value),
                    new ObjectiveFunctionGradient(objective::gradient),
                    GoalType.MINIMIZE,
                    new InitialGuess(theta0));
            stoppedByChecker = true;
            message = "converged";
        } catch (MathIllegalStateException e) {
            stoppedByChecker = false;
            message = "optimiser stopped: " + e.getMessage();
        }
        // The optimiser may end anywhere on its last line search; the best point it evaluated is the estimate.
        double[] theta = objective.bestTheta();
        double[] gradient = objective.gradient(theta);
        double gradientNorm = 0;
        for (double g : gradient) {
            gradientNorm = Math.max(gradientNorm, Math.abs(g));
        }
        boolean finite = Double.isFinite(objective.bestValue()) && Double.isFinite(gradientNorm);
        boolean converged = stoppedByChecker && finite && gradientNorm <= options.gradientTolerance();
        if (stoppedByChecker && !converged) {
            message = finite
                    ? "objective stalled with gradient " + gradientNorm + " above tolerance "
                            + options.gradientTolerance()
                    : "log-likelihood not finite at the estimate";
        }
        double[] params = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            params[i] = Math.exp(theta[i]);
        }
        double logLikelihood = likelihood.value(params, null);
        Convergence convergence =
                new Convergence(converged, optimizer.getIterations(), objective.evaluations(), gradientNorm, message);
        return new Outcome(params, standardErrors(likelihood, params, options.penalizer()), logLikelihood, convergence);
    }

    /**
     * Newton's method on the log-parameters from a start close to the maximum (a fit on a sample): the Hessian by
     * forward differences of the analytic gradient, a backtracking line search, steepest descent where the Newton
     * step does not descend. Near the maximum it converges in a few iterations where conjugate gradients need
     * dozens, which is what a million-customer likelihood needs. Not converged (say, from a poor start) is
     * reported, and the caller falls back to {@link #fit}.
     */
    static Outcome polish(LogLikelihood likelihood, double[] start, FitOptions options) {
        Objective objective = new Objective(likelihood, options.penalizer());
        int k = start.length;
        double[] theta = new double[k];
        for (int i = 0; i < k; i++) {
            theta[i] = Math.log(start[i]);
        }
        double value = objective.value(theta);
        double[] gradient = objective.gradient(theta);
        int iterations = 0;
        double change = Double.POSITIVE_INFINITY;
        String message = "iteration limit reached";
        boolean converged = false;
        int limit = Math.min(options.maxIterations(), 100);
        while (Double.isFinite(value)) {
            double norm = maxAbs(gradient);
            if (norm <= options.gradientTolerance() / 100
                    || norm <= options.gradientTolerance() && change <= options.relativeTolerance()) {
                converged = true;
                message = "converged";
                break;
            }
            if (iterations++ >= limit) {
                break;
            }
            double[] direction = newtonStep(objective, theta, gradient);
            double slope = 0;
            for (int i = 0; i < k; i++) {
                slope += direction[i] * gradient[i];
            }
            if (!(slope < 0)) {
                for (int i = 0; i < k; i++) {
                    direction[i] = -gradient[i];
                }
                slope = -dot(gradient, gradient);
            }
            double step = 1;
            double[] candidate = new double[k];
            double candidateValue = Double.NaN;
            while (step > 1e-12) {
                for (int i = 0; i < k; i++) {
                    candidate[i] = theta[i] + step * direction[i];
                }
                candidateValue = objective.value(candidate);
                if (candidateValue <= value + 1e-4 * step * slope) {
                    break;
                }
                step /= 2;
            }
            if (step <= 1e-12) {
                message = "line search found no better point";
                break;
            }
            change = Math.abs(value - candidateValue) / Math.max(Math.abs(value), 1e-300);
            theta = candidate;
            value = candidateValue;
            gradient = objective.gradient(theta);
        }
        return outcome(likelihood, options, objective, converged, iterations, message);
    }

    private static double[] newtonStep(Objective objective, double[] theta, double[] gradient) {
        int k = theta.length;
        double[][] hessian = new double[k][k];
        for (int j = 0; j < k; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(theta[j]));
            double[] moved = theta.clone();
            moved[j] += h;
            double[] g = objective.gradient(moved);
            for (int i = 0; i < k; i++) {
                hessian[i][j] = (g[i] - gradient[i]) / h;
            }
        }
        RealMatrix symmetric = new Array2DRowRealMatrix(k, k);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                symmetric.setEntry(i, j, 0.5 * (hessian[i][j] + hessian[j][i]));
            }
        }
        try {
            double[] step = new LUDecomposition(symmetric)
                    .getSolver()
                    .solve(new org.hipparchus.linear.ArrayRealVector(gradient))
                    .toArray();
            for (int i = 0; i < k; i++) {
                step[i] = -step[i];
            }
            return step;
        } catch (MathIllegalStateException | org.hipparchus.exception.MathIllegalArgumentException e) {
            double[] descent = new double[k];
            for (int i = 0; i < k; i++) {
                descent[i] = -gradient[i];
            }
            return descent;
        }
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static Outcome outcome(
            LogLikelihood likelihood,
            FitOptions options,
            Objective objective,
            boolean converged,
            int iterations,
            String message) {
        double[] theta = objective.bestTheta();
        double gradientNorm = maxAbs(objective.gradient(theta));
        double[] params = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            params[i] = Math.exp(theta[i]);
        }
        boolean finite = Double.isFinite(objective.bestValue()) && Double.isFinite(gradientNorm);
        Convergence convergence = new Convergence(
                converged && finite && gradientNorm <= options.gradientTolerance(),
                iterations,
                objective.evaluations(),
                gradientNorm,
                message);
        return new Outcome(
                params,
                standardErrors(likelihood, params, options.penalizer()),
                likelihood.value(params, null),
                convergence);
    }

    /**
     * Standard errors from the inverse of the observed information: the Hessian of the total negative (penalised)
     * log-likelihood in the natural parameters, by central differences of the analytic gradient.
     */
    static double[] standardErrors(LogLikelihood likelihood, double[] params, double penalizer) {
        int k = params.length;
        double[][] hessian = new double[k][k];
        double[] plus = new double[k];
        double[] minus = new double[k];
        for (int j = 0; j < k; j++) {
            double h = 1e-5 * params[j];
            double[] up = params.clone();
            double[] down = params.clone();
            up[j] += h;
            down[j] -= h;
            totalGradient(likelihood, up, penalizer, plus);
            totalGradient(likelihood, down, penalizer, minus);
            for (int i = 0; i < k; i++) {
                hessian[i][j] = (plus[i] - minus[i]) / (2 * h);
            }
        }
        double[] errors = new double[k];
        try {
            RealMatrix symmetric = new Array2DRowRealMatrix(k, k);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    symmetric.setEntry(i, j, 0.5 * (hessian[i][j] + hessian[j][i]));
                }
            }
            RealMatrix covariance = new LUDecomposition(symmetric).getSolver().getInverse();
            for (int i = 0; i < k; i++) {
                double variance = covariance.getEntry(i, i);
                errors[i] = variance > 0 ? Math.sqrt(variance) : Double.NaN;
            }
        } catch (MathIllegalStateException | org.hipparchus.exception.MathIllegalArgumentException e) {
            java.util.Arrays.fill(errors, Double.NaN);
        }
        return errors;
    }

    private static void totalGradient(LogLikelihood likelihood, double[] params, double penalizer, double[] out) {
        likelihood.value(params, out);
        double weight = likelihood.totalWeight();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i] + 2 * penalizer * weight * params[i];
        }
    }

    /** Mean negative log-likelihood plus penalty, on log-parameters; remembers the best point it has seen. */
    private static final class Objective {
        private final LogLikelihood likelihood;
        private final double penalizer;
        private final double weight;
        private final double[] scratch;
        private double[] bestTheta;
        private double bestValue = Double.POSITIVE_INFINITY;
        private int evaluations;

        Objective(LogLikelihood likelihood, double penalizer) {
            this.likelihood = likelihood;
            this.penalizer = penalizer;
            this.weight = likelihood.totalWeight();
            this.scratch = new double[likelihood.dimension()];
        }

        double value(double[] theta) {
            return evaluate(theta, null);
        }

        double[] gradient(double[] theta) {
            double[] gradient = new double[theta.length];
            evaluate(theta, gradient);
            return gradient;
        }

        private double evaluate(double[] theta, double[] gradient) {
            evaluations++;
            double[] params = scratch;
            double penalty = 0;
            for (int i = 0; i < theta.length; i++) {
                params[i] = Math.exp(theta[i]);
                penalty += params[i] * params[i];
            }
            double ll = likelihood.value(params, gradient);
            double value = -ll / weight + penalizer * penalty;
            if (!Double.isFinite(value)) {
                // Steer the line search back instead of failing: an undefined point is simply a bad one.
                value = Double.MAX_VALUE;
            }
            if (gradient != null) {
                for (int i = 0; i < theta.length; i++) {
                    gradient[i] = -gradient[i] * params[i] / weight + 2 * penalizer * params[i] * params[i];
                }
            }
            if (value < bestValue) {
                bestValue = value;
                bestTheta = theta.clone();
            }
            return value;
        }

        double[] bestTheta() {
            return bestTheta.clone();
        }

        double bestValue() {
            return bestValue;
        }

        int evaluations() {
            return evaluations;
        }
    }
}
