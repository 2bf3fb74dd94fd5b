package dev.easel.demo;

/**
 * The demo marketplace is loaded and nothing was ever fitted or scored: the workflow answers with a batch run (refit,
 * every customer in chunks, reviews for the flagged), as {@code POST /api/clv/runs} would. Published from a
 * background thread, so that the console opens while the run goes on.
 */
public record DemoScoringRequested(String requestedBy) {}
