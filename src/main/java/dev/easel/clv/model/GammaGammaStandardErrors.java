package dev.easel.clv.model;

/** Standard errors of the Gamma-Gamma estimates; NaN where the observed information is singular. */
public record GammaGammaStandardErrors(double p, double q, double gamma) {}
