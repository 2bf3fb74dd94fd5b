package dev.easel.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per source address and locks either out for a growing time. Every password
 * check of the service goes through it (the API's and {@code /engine-rest}'s HTTP Basic, the Camunda webapps' login,
 * through {@link ThrottledAuthentication}); another login form can use it the same way: ask {@link #check} first,
 * then report {@link #failed} or {@link #succeeded}. Failures are logged with user name and address, never the
 * password. Counts live in memory: a restart forgets them, and each node of a cluster counts on its own.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Bounds memory under a flood of made-up user names; the oldest state goes first. */
    private static final int MAX_TRACKED = 100_000;

    private static final int MAX_LOGGED_NAME = 64;

    private final LoginThrottleProperties settings;
    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(LoginThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws {@link LoginThrottledException} while the user name or the address is locked out. */
    public void check(String user, String address) {
        if (!settings.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Duration wait = longer(remaining(users.get(key(user)), now), remaining(addresses.get(address(address)), now));
        if (!wait.isZero() && !wait.isNegative()) {
            log.info(
                    "Refused a login for user '{}' from {}: locked out for another {} s",
                    loggable(user),
                    address(address),
                    Math.max(1, wait.toSeconds()));
            throw new LoginThrottledException(wait);
        }
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        Failures byUser = count(users, key(user), settings.userFailures(), now);
        Failures byAddress = count(addresses, address(address), settings.addressFailures(), now);
        log.warn(
                "Failed login for user '{}' from {} ({} failure(s) for the user, {} from the address{})",
                loggable(user),
                address(address),
                byUser.count(),
                byAddress.count(),
                settings.enabled() && (byUser.lockedUntil() != null || byAddress.lockedUntil() != null)
                        ? "; locked out until " + later(byUser.lockedUntil(), byAddress.lockedUntil())
                        : "");
    }

    /** A user who got the password right starts afresh; the address keeps its count (one good account must not
     * clear a guesser's record). */
    public void succeeded(String user, String address) {
        users.remove(key(user));
    }

    /** How long the user name or the address is still locked out; zero when neither is. */
    public Duration lockedFor(String user, String address) {
        Instant now = clock.instant();
        return longer(remaining(users.get(key(user)), now), remaining(addresses.get(address(address)), now));
    }

    private Failures count(Map<String, Failures> map, String key, int threshold, Instant now) {
        if (map.size() >= MAX_TRACKED) {
            map.values()
                    .removeIf(failures ->
                            failures.last().plus(settings.forgetAfter()).isBefore(now));
            if (map.size() >= MAX_TRACKED) {
                map.clear();
            }
        }
        return map.compute(key, (k, previous) -> {
            int count = previous == null
                            || previous.last().plus(settings.forgetAfter()).isBefore(now)
                    ? 1
                    : previous.count() + 1;
            Instant lockedUntil = count < threshold ? null : now.plus(lock(count - threshold));
            return new Failures(count, now, lockedUntil);
        });
    }

    /** firstLock, doubled for each failure beyond the threshold, capped at maxLock. */
    private Duration lock(int beyond) {
        Duration lock = settings.firstLock();
        for (int i = 0; i < beyond && lock.compareTo(settings.maxLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : lock;
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null
                        || failures.lockedUntil() == null
                        || !failures.lockedUntil().isAfter(now)
                ? Duration.ZERO
                : Duration.between(now, failures.lockedUntil());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** User names compare as Spring's user store does: case-insensitively. */
    private static String key(String user) {
        return user == null ? "" : user.toLowerCase(java.util.Locale.ROOT);
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }

    /** A user name is typed by whoever logs in: control characters could forge log lines, and length is bounded. */
    private static String loggable(String user) {
        if (user == null) {
            return "";
        }
        String clean = user.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= MAX_LOGGED_NAME ? clean : clean.substring(0, MAX_LOGGED_NAME) + "...";
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {}
}
