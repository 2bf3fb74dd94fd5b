package dev.easel.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.testing.SteppingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTests {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(
                    true, 5, 20, Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(1)),
            clock);

    @Test
    void locksAUserOutAfterFiveFailuresEvenWithTheRightPassword() {
        fail("analyst", "10.0.0.1", 4);
        assertThatCode(() -> throttle.check("analyst", "10.0.0.1")).doesNotThrowAnyException();

        fail("analyst", "10.0.0.1", 1);

        assertThatThrownBy(() -> throttle.check("analyst", "10.0.0.2"))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e ->
                        assertThat(((LoginThrottledException) e).retryAfter()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.lockedFor("ANALYST", "10.0.0.9"))
                .as("user names compare case-insensitively")
                .isEqualTo(Duration.ofMinutes(1));
        assertThatCode(() -> throttle.check("auditor", "10.0.0.1"))
                .as("another user from the same address")
                .doesNotThrowAnyException();
    }

    @Test
    void theLockOutGrowsWithEachFurtherFailureUpToTheMaximum() {
        fail("analyst", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(2));
        fail("analyst", "10.0.0.1", 1);
        assertThat(throttle.lockedFor("analyst", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(3));
        fail("analyst", "10.0.0.1", 1);
        assertThat(throttle.lockedFor("analyst", "10.0.0.1")).isEqualTo(Duration.ofMinutes(4));

        fail("analyst", "10.0.0.1", 10);

        assertThat(throttle.lockedFor("analyst", "10.0.0.1")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theLockEndsAndASuccessfulLoginStartsTheUserAfresh() {
        fail("analyst", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThatCode(() -> throttle.check("analyst", "10.0.0.1")).doesNotThrowAnyException();

        throttle.succeeded("analyst", "10.0.0.1");
        fail("analyst", "10.0.0.1", 4);

        assertThat(throttle.lockedFor("analyst", "10.0.0.1")).isZero();
    }

    @Test
    void locksAnAddressThatGuessesAcrossManyUserNames() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "192.0.2.7", 1);
        }

        assertThatThrownBy(() -> throttle.check("admin", "192.0.2.7")).isInstanceOf(LoginThrottledException.class);
        assertThatCode(() -> throttle.check("admin", "192.0.2.8")).doesNotThrowAnyException();
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        fail("analyst", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(61));
        fail("analyst", "10.0.0.1", 4);

        assertThat(throttle.lockedFor("analyst", "10.0.0.1")).isZero();
    }

    @Test
    void logsUserAndAddressOfAFailureButNoPasswordAndNoForgedLines(CapturedOutput output) {
        throttle.failed("mallory\nINFO fake line", "203.0.113.5");

        assertThat(output.getAll())
                .contains("Failed login for user 'mallory?INFO fake line' from 203.0.113.5")
                .doesNotContain("mallory\nINFO");
    }

    @Test
    void aDisabledThrottleCountsButNeverLocks() {
        LoginThrottle off = new LoginThrottle(
                new LoginThrottleProperties(
                        false, 5, 20, Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(1)),
                clock);
        for (int i = 0; i < 10; i++) {
            off.failed("analyst", "10.0.0.1");
        }

        assertThatCode(() -> off.check("analyst", "10.0.0.1")).doesNotThrowAnyException();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }
}
