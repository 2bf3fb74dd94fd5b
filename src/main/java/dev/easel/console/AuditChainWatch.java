package dev.easel.console;

import dev.easel.audit.AuditTrail;
import dev.easel.audit.ChainVerification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The audit chain's last verification for the status strip. Walking the chain reads every record, so it runs in the
 * background at most once every few minutes, whoever asks and however often; the strip shows the latest result.
 */
@Component
class AuditChainWatch implements DisposableBean {

    static final Duration EVERY = Duration.ofMinutes(5);

    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "console-audit-verify");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Verified> last = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();

    AuditChainWatch(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    record Verified(ChainVerification result, Instant at) {}

    /** The latest result, null before the first; starts a verification when the latest is stale. */
    Verified latest() {
        Verified verified = last.get();
        if ((verified == null || verified.at().plus(EVERY).isBefore(clock.instant()))
                && running.compareAndSet(false, true)) {
            background.submit(() -> {
                try {
                    last.set(new Verified(audit.verify(), clock.instant()));
                } finally {
                    running.set(false);
                }
            });
        }
        return verified;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
