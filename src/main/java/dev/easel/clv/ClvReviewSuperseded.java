package dev.easel.clv;

/**
 * A newer result for a customer replaced the result an open review was about: the review ends with the reason
 * SUPERSEDED, and the newer result, if flagged, brings a review of its own.
 *
 * @param decision     the result that was waiting for review, with the reason it no longer is
 * @param supersededBy the newer result
 */
public record ClvReviewSuperseded(ClvDecision decision, long supersededBy) {}
