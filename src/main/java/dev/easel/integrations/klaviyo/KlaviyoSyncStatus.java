package dev.easel.integrations.klaviyo;

import dev.easel.integrations.IntegrationsProperties;
import dev.easel.integrations.SyncStatus;
import org.springframework.stereotype.Component;

/** The Klaviyo outbox's backlog, read as {@code GET /api/integrations/klaviyo/status} reads it. */
@Component
class KlaviyoSyncStatus implements SyncStatus {

    private final KlaviyoRelay relay;
    private final KlaviyoOutbox outbox;
    private final boolean enabled;

    KlaviyoSyncStatus(KlaviyoRelay relay, KlaviyoOutbox outbox, IntegrationsProperties properties) {
        this.relay = relay;
        this.outbox = outbox;
        this.enabled = properties.klaviyo().enabled();
    }

    @Override
    public Backlog klaviyo() {
        KlaviyoOutbox.Status status = relay.status();
        return new Backlog(
                enabled,
                status.pending(),
                status.retrying(),
                status.oldestPendingSince(),
                outbox.lastError().orElse(null));
    }
}
