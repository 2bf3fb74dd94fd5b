package dev.easel.privacy.surveys;

import java.time.Instant;

/**
 * One answer that is not a consent, kept pseudonymously.
 *
 * @param customerKey null when the respondent is not someone Easel knows: kept without identity
 * @param tool        the survey tool, or {@code renewal-page} for the renewal page's own question
 * @param answerCode  the mapped code, e.g. {@code moving-supplier}; {@code other} for an answer the mapping does not name
 */
public record FeedbackSignal(
        long id,
        String customerKey,
        String tool,
        String questionId,
        String answerCode,
        Instant answeredAt,
        Instant receivedAt) {}
