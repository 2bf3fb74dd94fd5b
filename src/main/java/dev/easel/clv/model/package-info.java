/**
 * The buy-till-you-die model behind predicted CLV: customer summaries, BG/NBD and Gamma-Gamma fits, scoring and
 * holdout evaluation. Plain Java on primitive arrays, without Spring or a database, so that batch runs, the API and
 * the command line share one implementation.
 */
@org.springframework.modulith.NamedInterface("model")
package dev.easel.clv.model;
