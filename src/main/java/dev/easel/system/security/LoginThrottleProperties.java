package dev.easel.system.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins are throttled ({@code easel.security.login-throttle.*}). After {@code userFailures} failures for a
 * user name, or {@code addressFailures} from one source address, further logins are refused for {@code firstLock};
 * each further failure after a lock doubles it, up to {@code maxLock}. Failures are forgotten {@code forgetAfter}
 * the last one, and a user's on their next successful login.
 */
@ConfigurationProperties("easel.security.login-throttle")
public record LoginThrottleProperties(
        Boolean enabled,
        Integer userFailures,
        Integer addressFailures,
        Duration firstLock,
        Duration maxLock,
        Duration forgetAfter) {

    public LoginThrottleProperties {
        enabled = enabled == null || enabled;
        userFailures = userFailures == null ? 5 : userFailures;
        // Higher than per user: several people may share one address (an office behind NAT).
        addressFailures = addressFailures == null ? 20 : addressFailures;
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maxLock = maxLock == null ? Duration.ofHours(1) : maxLock;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
    }

    static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(null, null, null, null, null, null);
    }
}
