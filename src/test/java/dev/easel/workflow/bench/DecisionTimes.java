package dev.easel.workflow.bench;

import dev.easel.clv.ClvFlagged;
import dev.easel.clv.ClvPublished;
import dev.easel.clv.ClvSuppressed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When each customer's recalculation ended in a committed decision (published, flagged for review or suppressed):
 * the far end of "event to published".
 */
class DecisionTimes {

    private final Map<String, Long> decidedAt = new ConcurrentHashMap<>();
    private final Map<String, String> outcome = new ConcurrentHashMap<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ClvPublished event) {
        decided(event.decision().customerKey(), "published");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ClvFlagged event) {
        decided(event.decision().customerKey(), "flagged");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ClvSuppressed event) {
        decided(event.decision().customerKey(), "suppressed");
    }

    private void decided(String customerKey, String kind) {
        decidedAt.put(customerKey, System.nanoTime());
        outcome.put(customerKey, kind);
    }

    /** The latest decision's time in {@link System#nanoTime()}, or null while none came. */
    Long decidedAt(String customerKey) {
        return decidedAt.get(customerKey);
    }

    String outcome(String customerKey) {
        return outcome.get(customerKey);
    }

    void forget() {
        decidedAt.clear();
        outcome.clear();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        DecisionTimes decisionTimes() {
            return new DecisionTimes();
        }
    }
}
