package dev.easel.workflow.renewal;

import dev.easel.workflow.OutboundMessage;
import dev.easel.workflow.engine.WorkflowProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes pending outbox messages in order, as {@link OutboundMessage} events for the integrations, and marks each
 * once its listeners returned. A crash between the two publishes it again: at least once, never lost.
 */
@Component
public class OutboxRelay {

    private static final int BATCH = 100;

    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    OutboxRelay(
            Outbox outbox,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            WorkflowProperties properties) {
        this.outbox = outbox;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = properties.outbox().relayEnabled();
    }

    @Scheduled(fixedDelayString = "${easel.workflow.outbox.relay-interval:5s}")
    void relayOnSchedule() {
        if (enabled) {
            relay();
        }
    }

    /** Publishes up to one batch; returns how many were published. */
    public int relay() {
        return transaction.execute(status -> {
            var pending = outbox.pending(BATCH);
            for (OutboundMessage message : pending) {
                events.publishEvent(message);
                outbox.markPublished(message.id());
            }
            return pending.size();
        });
    }
}
