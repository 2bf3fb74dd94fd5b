package dev.easel.audit;

import dev.easel.reports.AuditChain;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Lets the reports module show the chain verification without depending on this module.
 *
 * <p>Every report rendered appends a record, so the chain is never quite as the last report left it. Walking the whole
 * chain for each decision audit costs seconds at a hundred thousand records; instead, for up to
 * {@link AuditProperties#reportWholeWalkMaxAge()} after a whole walk that found the chain intact, only the records
 * appended since are walked, chained onto the record that walk ended on (whose stored hash must not have changed).
 * The header says so, with the time of the whole walk. A record changed in place within that window is found by the
 * next whole walk, or at once by the auditor's desk, which always walks the whole chain.
 */
@Component
class ReportsAuditChain implements AuditChain {

    private final ChainVerifier verifier;
    private final Clock clock;
    private final AuditProperties properties;
    private final AtomicReference<WholeWalk> lastWhole = new AtomicReference<>();

    ReportsAuditChain(ChainVerifier verifier, Clock clock, AuditProperties properties) {
        this.verifier = verifier;
        this.clock = clock;
        this.properties = properties;
    }

    /** A whole walk that found the chain intact, and where the latest walk after it ended. */
    private record WholeWalk(Instant at, long records, ChainVerifier.Walked end) {}

    @Override
    public ChainCheck verify() {
        WholeWalk whole = lastWhole.get();
        Instant now = clock.instant();
        if (whole != null && now.isBefore(whole.at().plus(properties.reportWholeWalkMaxAge()))) {
            Optional<ChainVerifier.Walked> after = verifier.walkAfter(whole.end());
            if (after.isPresent()) {
                ChainVerifier.Walked end = after.get();
                // An intact chain numbers its records 1, 2, 3...: the last id is the count.
                long walkedSince = end.lastId() - whole.records();
                lastWhole.compareAndSet(whole, new WholeWalk(whole.at(), whole.records(), end));
                return new ChainCheck(true, end.lastId(), null, null, whole.at(), walkedSince);
            }
        }
        ChainVerifier.Walked walked = verifier.walkWhole();
        ChainVerification verification = walked.verification();
        lastWhole.set(verification.intact() ? new WholeWalk(now, verification.recordsChecked(), walked) : null);
        return new ChainCheck(
                verification.intact(),
                verification.recordsChecked(),
                verification.firstBrokenId(),
                verification.problem());
    }
}
