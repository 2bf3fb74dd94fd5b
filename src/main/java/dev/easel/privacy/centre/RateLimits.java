package dev.easel.privacy.centre;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Requests a minute per link and per address on the public pages: enough for a person, too few to guess tokens or
 * hammer the service. Counted in memory per node, in fixed one-minute windows.
 */
@Component
class RateLimits {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final PrivacyProperties.RateLimit limits;
    private final Clock clock;

    RateLimits(PrivacyProperties properties, Clock clock) {
        this.limits = properties.rateLimit();
        this.clock = clock;
    }

    /** Counts one request from this address; false once the address used up its minute. */
    boolean allowAddress(String address) {
        return allow("address:" + address, limits.perAddress());
    }

    /** Counts one use of this link; false once the link used up its minute. */
    boolean allowLink(String nonce) {
        return allow("link:" + nonce, limits.perLink());
    }

    private boolean allow(String key, int limit) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(window -> window.minute < minute);
        }
        Window window = windows.compute(
                key,
                (k, previous) -> previous == null || previous.minute != minute
                        ? new Window(minute, 1)
                        : new Window(minute, previous.count + 1));
        return window.count <= limit;
    }

    private record Window(long minute, int count) {}
}
