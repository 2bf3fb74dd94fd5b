package dev.easel.workflow.engine;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes work for the workflow engine into {@code workflow_handoffs} in the caller's transaction, so that it commits or
 * rolls back with the change that calls for it and survives a crash right after the commit. The relay is woken once
 * the transaction has committed; without a transaction the row is committed at once and the relay woken then.
 */
@Component
public class Handoffs {

    private static final Object WAKE_AFTER_COMMIT = new Object();

    private final JdbcClient jdbc;
    private final HandoffRelay relay;
    private final Clock clock;

    Handoffs(JdbcClient jdbc, HandoffRelay relay, Clock clock) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * @param subject a pseudonymous key or an id, never personal data
     * @param detail  what else the kind needs, or null
     */
    public void handOff(HandoffKind kind, String subject, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO workflow_handoffs (kind, subject, detail, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(kind.name(), subject, detail, now, now)
                .update();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            relay.wake();
        } else if (!TransactionSynchronizationManager.hasResource(WAKE_AFTER_COMMIT)) {
            // Once per transaction, however many hand-offs it writes (an import writes one per order).
            TransactionSynchronizationManager.bindResource(WAKE_AFTER_COMMIT, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wake();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_AFTER_COMMIT);
                }
            });
        }
    }
}
