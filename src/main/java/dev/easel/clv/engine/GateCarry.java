package dev.easel.clv.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carries the consent gate's answer from the gate step to the compute step of the same round. A recalculation's round
 * runs in one Camunda job, that is one transaction: the gate decided there is the gate compute would decide again,
 * so compute takes it instead of running the consent rules a second time. Kept only for the transaction that decided
 * it (dropped at its end) and only for the same day; outside a transaction nothing is kept and compute decides anew.
 */
@Component
class GateCarry {

    private final Object resource = new Object();

    private record Kept(ChunkEvaluator.Gated gated, LocalDate asOf) {}

    void keep(ChunkEvaluator.Gated gated, LocalDate asOf) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Kept> kept = (Map<String, Kept>) TransactionSynchronizationManager.getResource(resource);
        if (kept == null) {
            kept = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resource, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
        }
        kept.put(gated.customerKey(), new Kept(gated, asOf));
    }

    /** The gate decided for the customer earlier in this transaction as of {@code asOf}, once. */
    Optional<ChunkEvaluator.Gated> take(String customerKey, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        Map<String, Kept> kept = (Map<String, Kept>) TransactionSynchronizationManager.getResource(resource);
        return Optional.ofNullable(kept == null ? null : kept.remove(customerKey))
                .filter(k -> k.asOf().equals(asOf))
                .map(Kept::gated);
    }
}
