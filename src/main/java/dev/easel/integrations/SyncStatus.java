package dev.easel.integrations;

import java.time.Instant;

/** Whether the sync out to marketing tools keeps up: pending updates, retries and the last error. */
public interface SyncStatus {

    Backlog klaviyo();

    /** @param lastError the kind of the latest failure of a still-pending update, null when none */
    record Backlog(boolean enabled, long pending, long retrying, Instant oldestPendingSince, String lastError) {}
}
