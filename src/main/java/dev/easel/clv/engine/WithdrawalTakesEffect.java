package dev.easel.clv.engine;

import dev.easel.clv.ConsentGate;
import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentEligibility;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.ConsentsStored;
import dev.easel.consent.EligibilityVerdict;
import dev.easel.consent.Purpose;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A "no" takes effect at once: in the transaction that records a withdrawal, objection, opt-out or GPC signal, a
 * customer whose consent no longer allows profiling stops being served a CLV (their current result becomes
 * SUPPRESSED, with the gate's reasons, and the audit trail and the Klaviyo clear follow from that decision). The
 * recalculation that the change also asks for comes later and finds the same answer; until then no withdrawn
 * customer's value is read or synced.
 */
@Component
class WithdrawalTakesEffect {

    private final ConsentEligibility gate;
    private final ResultStore results;
    private final Recalculations recalculations;
    private final Clock clock;

    WithdrawalTakesEffect(ConsentEligibility gate, ResultStore results, Recalculations recalculations, Clock clock) {
        this.gate = gate;
        this.results = results;
        this.recalculations = recalculations;
        this.clock = clock;
    }

    @EventListener
    void on(ConsentChanged change) {
        if (saysNo(change)) {
            suppressWhereServed(List.of(change.customerKey()));
        }
    }

    /** A consents.csv import, a chunk at a time, in the import's transaction. */
    @EventListener
    void on(ConsentsStored stored) {
        Set<String> keys = new LinkedHashSet<>();
        stored.changes().stream()
                .filter(WithdrawalTakesEffect::saysNo)
                .forEach(change -> keys.add(change.customerKey()));
        if (!keys.isEmpty()) {
            suppressWhereServed(List.copyOf(keys));
        }
    }

    static boolean saysNo(ConsentChanged change) {
        return change.status() != ConsentStatus.GIVEN || "GPC".equals(change.signal());
    }

    private void suppressWhereServed(List<String> customerKeys) {
        List<String> served = results.servedAmong(customerKeys);
        if (served.isEmpty()) {
            return;
        }
        for (EligibilityVerdict verdict :
                gate.decide(served, Purpose.CLV_PROFILING, LocalDate.now(clock)).values()) {
            if (!verdict.allows()) {
                recalculations.suppress(
                        verdict.customerKey(),
                        new ConsentGate(
                                verdict.customerKey(),
                                verdict.status(),
                                verdict.reasons(),
                                verdict.rulesFired(),
                                verdict.rulesetVersion()),
                        null);
            }
        }
    }
}
