package dev.easel.system.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Too many failed logins for this user name or from this address: refused without checking the password. */
public class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
