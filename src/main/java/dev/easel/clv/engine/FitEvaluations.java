package dev.easel.clv.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The consent gate and adjustments a fit evaluated for every customer, kept for the batch run that scores with that
 * fit, so that the rules and the ledger reads run once per customer and run instead of twice. In memory and
 * optional: a customer without a kept evaluation (over the limit, changed since, another process) is evaluated
 * again, which gives the same result from fresher inputs.
 *
 * <p>Kept evaluations serve only a run with the same fit, scoring day and ruleset version. A change to a customer
 * seen in this process (order, refund, consent, customer record, erasure) drops theirs; a bulk import drops all.
 */
@Component
class FitEvaluations {

    /** The evaluations of one fit while it is being computed; published only when the fit succeeds. */
    static final class Collecting {
        private final Instant readFrom;
        private final LocalDate asOf;
        private final String rulesetVersion;
        private final int limit;
        private final Map<String, Evaluated> evaluations = new ConcurrentHashMap<>();
        private final Set<String> changed = ConcurrentHashMap.newKeySet();
        private volatile boolean allChanged;

        private Collecting(Instant readFrom, LocalDate asOf, String rulesetVersion, int limit) {
            this.readFrom = readFrom;
            this.asOf = asOf;
            this.rulesetVersion = rulesetVersion;
            this.limit = limit;
        }

        /** Called in chunk order from one thread. */
        void add(List<Evaluated> chunk) {
            for (Evaluated customer : chunk) {
                if (evaluations.size() >= limit) {
                    return;
                }
                evaluations.put(customer.customerKey(), customer.kept());
            }
        }
    }

    private record Kept(
            String fitVersion,
            Instant readFrom,
            LocalDate asOf,
            String rulesetVersion,
            Map<String, Evaluated> evaluations) {}

    private final AtomicReference<Kept> kept = new AtomicReference<>();
    private final Set<Collecting> collecting = ConcurrentHashMap.newKeySet();
    private final ClvProperties properties;

    FitEvaluations(ClvProperties properties) {
        this.properties = properties;
    }

    /**
     * Starts collecting for a fit as of {@code asOf}; {@code readFrom} is an instant before any of its reads, so that
     * a result computed after it tells that the customer may have changed since.
     */
    Collecting collect(Instant readFrom, LocalDate asOf, String rulesetVersion) {
        Collecting started = new Collecting(readFrom, asOf, rulesetVersion, properties.reusableEvaluations());
        collecting.add(started);
        return started;
    }

    /** Keeps a successful fit's evaluations, less those of customers that changed while they were collected. */
    void keep(String fitVersion, Collecting collected) {
        collecting.remove(collected);
        if (collected.limit == 0 || collected.allChanged) {
            kept.set(null);
            return;
        }
        Map<String, Evaluated> evaluations = collected.evaluations;
        collected.changed.forEach(evaluations::remove);
        kept.set(new Kept(fitVersion, collected.readFrom, collected.asOf, collected.rulesetVersion, evaluations));
    }

    /** A fit that did not succeed, or failed: nothing of it is kept, and the evaluations kept before stay. */
    void discard(Collecting collected) {
        collecting.remove(collected);
    }

    /** The instant the kept evaluations were read from, if they can serve a run of this fit, day and ruleset. */
    Optional<Instant> readFrom(String fitVersion, LocalDate scoredOn, String rulesetVersion) {
        Kept current = usable(fitVersion, scoredOn, rulesetVersion);
        return current == null ? Optional.empty() : Optional.of(current.readFrom());
    }

    /**
     * The kept evaluations of those customers that have one, for a run of this fit, day and ruleset. Each is handed
     * out once: a chunk done again evaluates afresh, and memory is given back as the run goes.
     */
    Map<String, Evaluated> take(
            String fitVersion, LocalDate scoredOn, String rulesetVersion, Collection<String> customerKeys) {
        Kept current = usable(fitVersion, scoredOn, rulesetVersion);
        Map<String, Evaluated> found = new HashMap<>();
        if (current != null) {
            for (String key : customerKeys) {
                Evaluated evaluated = current.evaluations().remove(key);
                if (evaluated != null) {
                    found.put(key, evaluated);
                }
            }
        }
        return found;
    }

    private Kept usable(String fitVersion, LocalDate scoredOn, String rulesetVersion) {
        Kept current = kept.get();
        if (current == null
                || fitVersion == null
                || !current.fitVersion().equals(fitVersion)
                || !current.asOf().equals(scoredOn)
                || !current.rulesetVersion().equals(rulesetVersion)) {
            return null;
        }
        return current;
    }

    /** A run with this fit is finished: its evaluations have served. */
    void release(String fitVersion) {
        kept.updateAndGet(current -> current != null && current.fitVersion().equals(fitVersion) ? null : current);
    }

    void forget(String customerKey) {
        if (customerKey == null) {
            return;
        }
        collecting.forEach(collected -> collected.changed.add(customerKey));
        Kept current = kept.get();
        if (current != null) {
            current.evaluations().remove(customerKey);
        }
    }

    void forgetAll() {
        collecting.forEach(collected -> collected.allChanged = true);
        kept.set(null);
    }
}
