package dev.easel.integrations.klaviyo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.integrations.IntegrationsProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox to Klaviyo: due rows, oldest first, one at a time. A failed send stays in the outbox and is tried
 * again after a back-off that doubles with each failure (capped), so an outage or a restart loses nothing.
 */
@Component
class KlaviyoRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KlaviyoRelay.class);

    private final KlaviyoOutbox outbox;
    private final KlaviyoClient client;
    private final MarketingSyncEligibility eligibility;
    private final ProfileProperties clv;
    private final ObjectMapper json;
    private final IntegrationsProperties.Klaviyo settings;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final AtomicReference<KlaviyoOutbox.Status> lastStatus =
            new AtomicReference<>(new KlaviyoOutbox.Status(0, 0, 0, null));
    private volatile ScheduledExecutorService scheduler;

    KlaviyoRelay(
            KlaviyoOutbox outbox,
            KlaviyoClient client,
            MarketingSyncEligibility eligibility,
            ProfileProperties clv,
            ObjectMapper json,
            IntegrationsProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.client = client;
        this.eligibility = eligibility;
        this.clv = clv;
        this.json = json;
        this.settings = properties.klaviyo();
        this.clock = clock;
        this.sent = Counter.builder("easel.klaviyo.sent")
                .description("Profile updates Klaviyo accepted")
                .register(meters);
        this.failed = Counter.builder("easel.klaviyo.failed")
                .description("Profile update attempts that failed and will be retried")
                .register(meters);
        Gauge.builder(
                        "easel.klaviyo.pending",
                        lastStatus,
                        status -> status.get().pending())
                .description("Profile updates waiting to be sent")
                .register(meters);
        Gauge.builder(
                        "easel.klaviyo.retrying",
                        lastStatus,
                        status -> status.get().retrying())
                .description("Waiting profile updates that failed at least once")
                .register(meters);
    }

    /** One pass over what is due; answers how many requests were sent to Klaviyo. */
    int relay() {
        int delivered = 0;
        for (OutboxEntry entry : outbox.due(clock.instant(), settings.batchSize())) {
            try {
                delivered += handle(entry) ? 1 : 0;
            } catch (KlaviyoClient.KlaviyoException e) {
                failed.increment();
                outbox.failed(entry, clock.instant().plus(backOff(entry.attempts() + 1)), e.getMessage());
            }
        }
        lastStatus.set(outbox.status());
        return delivered;
    }

    /**
     * Properties for an eligible customer with a published CLV; otherwise a clear, sent only where Klaviyo holds
     * Easel's properties. The CLV and eligibility are read now, so what is sent is current.
     */
    private boolean handle(OutboxEntry entry) {
        String key = entry.customerKey();
        Optional<Map<String, Object>> properties =
                entry.action() == OutboxEntry.Action.UPSERT && eligibility.allows(key) ? clv.of(key) : Optional.empty();
        if (properties.isPresent()) {
            client.upsert(key, properties.get());
            outbox.done(entry, true, json(properties.get()), clock.instant());
        } else if (entry.synced()) {
            client.clear(key);
            outbox.done(entry, false, null, clock.instant());
        } else {
            outbox.done(entry, false, null, clock.instant());
            return false;
        }
        sent.increment();
        return true;
    }

    private String json(Map<String, Object> properties) {
        try {
            return json.writeValueAsString(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CLV properties are plain numbers and dates", e);
        }
    }

    KlaviyoOutbox.Status status() {
        KlaviyoOutbox.Status status = outbox.status();
        lastStatus.set(status);
        return status;
    }

    double failedAttempts() {
        return failed.count();
    }

    /** first retry x 2^(failures - 1), at most the configured maximum. */
    Duration backOff(int failures) {
        Duration delay = settings.firstRetry();
        for (int i = 1; i < failures && delay.compareTo(settings.maxRetry()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : delay;
    }

    @Override
    public void start() {
        if (!settings.enabled() || settings.baseUrl() == null) {
            log.info("Klaviyo sync is off: profile updates queue in the outbox until it is configured");
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "klaviyo-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.relayInterval().toMillis();
        executor.scheduleWithFixedDelay(this::relaySafely, interval, interval, TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    private void relaySafely() {
        try {
            relay();
        } catch (RuntimeException e) {
            // The database may be briefly away; the next pass tries again and the outbox still holds everything.
            log.warn("Klaviyo relay pass failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        if (executor != null) {
            executor.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
