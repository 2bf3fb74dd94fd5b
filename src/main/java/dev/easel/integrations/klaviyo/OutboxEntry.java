package dev.easel.integrations.klaviyo;

import java.time.Instant;

/**
 * One customer's Klaviyo update request. UPSERT: bring Klaviyo up to date (properties if eligible and a CLV is
 * published, otherwise a clear where Easel's properties are there); CLEAR: take them off regardless (erasure).
 *
 * @param synced     whether Klaviyo holds Easel's properties for the customer
 * @param properties the properties last sent, as JSON
 */
record OutboxEntry(
        String customerKey,
        Action action,
        long version,
        State state,
        boolean synced,
        String properties,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant enqueuedAt,
        Instant sentAt) {

    enum Action {
        UPSERT,
        CLEAR
    }

    enum State {
        PENDING,
        DONE
    }
}
