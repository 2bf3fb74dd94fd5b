package dev.easel.clv.model;

/**
 * How the optimiser ended. A fit that did not converge is still returned, with {@code converged == false} and the
 * reason in {@code message}, so that callers keep their previous fit instead of using a doubtful one.
 *
 * @param gradientNorm largest gradient component of the mean log-likelihood per log-parameter at the end
 */
public record Convergence(boolean converged, int iterations, int evaluations, double gradientNorm, String message) {}
