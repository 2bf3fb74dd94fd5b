package dev.easel.demo;

/**
 * How one customer buys, in the terms of the BG/NBD and Gamma-Gamma models the CLV module fits.
 *
 * @param ordersPerYear     purchase rate while active (Poisson), drawn from a Gamma across customers
 * @param dropout           chance of becoming inactive after each purchase, drawn from a Beta across customers
 * @param meanOrderEur      typical order value, drawn from a Gamma across customers
 */
record Buying(double ordersPerYear, double dropout, double meanOrderEur) {}
