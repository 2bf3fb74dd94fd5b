package dev.easel.clv.engine;

import dev.easel.clv.ClvReviewSuperseded;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * At most one open review per customer. Before newer results become current, the result a customer's open review is
 * about is superseded and its review ends, except when the newer result is flagged too and of the same value: then
 * the open review already covers it, the newer result stays beside it and no second review is opened.
 */
@Component
class OpenReviews {

    static final String SUPERSEDED = "SUPERSEDED";
    static final String COVERED = "COVERED";

    private final ResultStore results;
    private final ApplicationEventPublisher events;

    OpenReviews(ResultStore results, ApplicationEventPublisher events) {
        this.results = results;
        this.events = events;
    }

    /**
     * @param newer results with their ids, about to become current for their customers
     * @return the customers whose newer flagged result an open review of the same value covers: their current
     *         results must stay as they are
     */
    Set<String> supersede(Collection<ResultRow> newer, Instant now) {
        Set<String> covered = new HashSet<>();
        if (newer.isEmpty()) {
            return covered;
        }
        Map<String, ResultRow> open =
                results.pending(newer.stream().map(ResultRow::customerKey).toList());
        for (ResultRow row : newer) {
            ResultRow waiting = open.get(row.customerKey());
            if (waiting == null || waiting.id() == row.id()) {
                continue;
            }
            if (row.status() == ResultStatus.FLAGGED && sameValue(waiting, row)) {
                results.decide(
                        List.of(row.id()),
                        row.status(),
                        now,
                        Decisions.SYSTEM,
                        COVERED + " by the open review of result " + waiting.id() + " (same value)");
                covered.add(row.customerKey());
                continue;
            }
            String reason = SUPERSEDED + " by result " + row.id() + " (" + row.status() + ")";
            results.decide(List.of(waiting.id()), waiting.status(), now, Decisions.SYSTEM, reason);
            events.publishEvent(new ClvReviewSuperseded(
                    Decisions.of(
                            waiting.decided(waiting.status(), now, Decisions.SYSTEM, reason),
                            null,
                            null,
                            List.of(),
                            reason,
                            row.processInstance()),
                    row.id()));
        }
        return covered;
    }

    /** Whether this flagged result was left beside an open review of the same value (see {@link #supersede}). */
    boolean covered(ResultRow row) {
        return row.decisionReason() != null && row.decisionReason().startsWith(COVERED);
    }

    private static boolean sameValue(ResultRow a, ResultRow b) {
        return a.currency() != null
                && a.currency().equals(b.currency())
                && a.total() != null
                && b.total() != null
                && a.total().compareTo(b.total()) == 0;
    }
}
