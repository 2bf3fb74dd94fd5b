package dev.easel.consent;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a customer stands on consent: the latest event per purpose, and whether a Global Privacy Control signal was
 * ever received (a later request without the signal does not undo it). The rules decide what this means.
 */
public record ConsentStanding(String customerKey, Map<Purpose, ConsentEvent> latest, boolean globalPrivacyControl) {

    /** The latest events in purpose order, the same on every run (an unordered copy iterates differently per JVM). */
    public ConsentStanding {
        Map<Purpose, ConsentEvent> inPurposeOrder = new EnumMap<>(Purpose.class);
        latest.forEach((purpose, event) -> inPurposeOrder.put(purpose, Objects.requireNonNull(event, "event")));
        latest = Collections.unmodifiableMap(inPurposeOrder);
    }

    public Optional<ConsentEvent> latest(Purpose purpose) {
        return Optional.ofNullable(latest.get(purpose));
    }

    /** Folds a customer's events, oldest first, into their standing. */
    public static ConsentStanding of(String customerKey, List<ConsentEvent> eventsOldestFirst) {
        Map<Purpose, ConsentEvent> latest = new EnumMap<>(Purpose.class);
        boolean gpc = false;
        for (ConsentEvent event : eventsOldestFirst) {
            latest.put(event.purpose(), event);
            gpc |= "GPC".equals(event.signal());
        }
        return new ConsentStanding(customerKey, latest, gpc);
    }
}
