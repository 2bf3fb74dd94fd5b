package dev.easel.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers, for a few minutes, credentials that were verified already. The API is stateless HTTP Basic, so every
 * request carries the password, and BCrypt is slow on purpose (tens of milliseconds): checking it on every request
 * bounded ingestion at about ten requests a second on two cores. Only successes are remembered, under a digest of
 * user and password salted with a random per-process value, so the cache holds no password and answers nothing a
 * guesser could use; a wrong password is checked the slow way every time.
 */
final class VerifiedCredentialsCache implements AuthenticationProvider {

    static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider verifier;
    private final Duration timeToLive;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedCredentialsCache(AuthenticationProvider verifier, Duration timeToLive, Clock clock) {
        this.verifier = verifier;
        this.timeToLive = timeToLive;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return verifier.authenticate(authentication);
        }
        String key = digest(authentication.getName(), password);
        Instant now = clock.instant();
        Verified hit = verified.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return UsernamePasswordAuthenticationToken.authenticated(
                    hit.result().getPrincipal(), null, hit.result().getAuthorities());
        }
        Authentication result = verifier.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(result, now.plus(timeToLive)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }

    private String digest(String user, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(user.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record Verified(Authentication result, Instant until) {}
}
