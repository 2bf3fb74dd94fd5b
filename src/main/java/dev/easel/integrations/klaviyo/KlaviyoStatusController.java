package dev.easel.integrations.klaviyo;

import dev.easel.integrations.IntegrationsProperties;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/integrations/klaviyo/status}: is the sync keeping up, and if not, why. */
@RestController
class KlaviyoStatusController {

    private final KlaviyoRelay relay;
    private final KlaviyoOutbox outbox;
    private final IntegrationsProperties.Klaviyo settings;

    KlaviyoStatusController(KlaviyoRelay relay, KlaviyoOutbox outbox, IntegrationsProperties properties) {
        this.relay = relay;
        this.outbox = outbox;
        this.settings = properties.klaviyo();
    }

    @GetMapping("/api/integrations/klaviyo/status")
    @PreAuthorize("hasRole('ADMIN')")
    Status status() {
        KlaviyoOutbox.Status status = relay.status();
        return new Status(
                settings.enabled(),
                relay.isRunning(),
                status.pending(),
                status.retrying(),
                status.synced(),
                (long) relay.failedAttempts(),
                status.oldestPendingSince(),
                outbox.lastError().orElse(null));
    }

    /**
     * @param synced         customers whose Klaviyo profile holds Easel's properties
     * @param failedAttempts failed sends since start (each was or will be retried)
     * @param lastError      the latest failure of a still-pending update (an HTTP status or the kind of I/O error)
     */
    record Status(
            boolean enabled,
            boolean running,
            long pending,
            long retrying,
            long synced,
            long failedAttempts,
            Instant oldestPendingSince,
            String lastError) {}
}
