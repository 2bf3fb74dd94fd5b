package dev.easel.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.testing.SteppingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class VerifiedCredentialsCacheTests {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-22T12:00:00Z"));
    private final VerifiedCredentialsCache cache =
            new VerifiedCredentialsCache(new Verifier(), Duration.ofMinutes(5), clock);

    @Test
    void checksAVerifiedPasswordTheSlowWayOnlyOnce() {
        Authentication first = cache.authenticate(login("ingest", "demo"));
        Authentication second = cache.authenticate(login("ingest", "demo"));

        assertThat(slowChecks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("ingest");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
    }

    @Test
    void neverRemembersAWrongPassword() {
        assertThatThrownBy(() -> cache.authenticate(login("ingest", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(login("ingest", "guess")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void aRememberedPasswordDoesNotOpenTheDoorForAnotherOne() {
        cache.authenticate(login("ingest", "demo"));

        assertThatThrownBy(() -> cache.authenticate(login("ingest", "demo2")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void checksTheSlowWayAgainOnceTheMemoryExpires() {
        cache.authenticate(login("ingest", "demo"));
        clock.advance(Duration.ofMinutes(6));
        cache.authenticate(login("ingest", "demo"));

        assertThat(slowChecks).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    /** Accepts only ingest/demo, counting every check. */
    private final class Verifier implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) {
            slowChecks.incrementAndGet();
            if ("ingest".equals(authentication.getName()) && "demo".equals(authentication.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated(
                        "ingest", null, AuthorityUtils.createAuthorityList("ROLE_INGEST"));
            }
            throw new BadCredentialsException("bad credentials");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }
}
