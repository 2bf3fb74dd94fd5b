package dev.easel.clv.model;

/** Standard errors of the BG/NBD estimates; NaN where the observed information is singular. */
public record BgNbdStandardErrors(double r, double alpha, double a, double b) {}
