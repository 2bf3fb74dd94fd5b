package dev.easel.privacy.centre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.consent.Purpose;
import dev.easel.testing.SteppingClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyTokensTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final java.time.Clock clock = java.time.Clock.fixed(NOW, ZoneOffset.UTC);
    private final PrivacyTokens tokens = new PrivacyTokens(properties("a-secret-of-at-least-thirty-two-chars!"), clock);

    @Test
    void aTokenOpensForItsCustomerPurposesAndUseUntilItExpires() {
        String token = tokens.issue("cust-1", Set.of(Purpose.CLV_PROFILING), LinkUse.PREFERENCES, Duration.ofDays(14));

        PrivacyToken grant = tokens.verify(token, LinkUse.PREFERENCES).orElseThrow();

        assertThat(grant.customerKey()).isEqualTo("cust-1");
        assertThat(grant.covers(Purpose.CLV_PROFILING)).isTrue();
        assertThat(grant.covers(Purpose.MARKETING_SYNC)).isFalse();
        assertThat(grant.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        PrivacyTokens later = new PrivacyTokens(
                properties("a-secret-of-at-least-thirty-two-chars!"),
                java.time.Clock.fixed(NOW.plus(Duration.ofDays(14)), ZoneOffset.UTC));
        assertThat(later.verify(token, LinkUse.PREFERENCES)).as("expired").isEmpty();
    }

    @Test
    void aTokenForOneUseOpensNothingElse() {
        String token = tokens.issue("cust-1", Set.of(Purpose.CLV_PROFILING), LinkUse.CHECKOUT, Duration.ofMinutes(15));

        assertThat(tokens.verify(token, LinkUse.CHECKOUT)).isPresent();
        assertThat(tokens.verify(token, LinkUse.PREFERENCES)).isEmpty();
        assertThat(tokens.verify(token, LinkUse.RENEWAL)).isEmpty();
    }

    @Test
    void anAlteredTokenOrOneSignedWithAnotherSecretIsWorthless() {
        String token = tokens.issue("cust-1", Set.of(Purpose.CLV_PROFILING), LinkUse.PREFERENCES, Duration.ofDays(1));
        String payload = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String otherCustomer = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace("cust-1", "cust-2").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        PrivacyTokens elsewhere = new PrivacyTokens(properties("another-secret-of-thirty-two-chars!!"), clock);

        assertThat(tokens.verify(otherCustomer, LinkUse.PREFERENCES)).isEmpty();
        assertThat(elsewhere.verify(token, LinkUse.PREFERENCES)).isEmpty();
        assertThat(tokens.verify("not-a-token", LinkUse.PREFERENCES)).isEmpty();
        assertThat(tokens.verify(null, LinkUse.PREFERENCES)).isEmpty();
    }

    @Test
    void theLinkNamesNoContactData() {
        String token = tokens.issue("cust-1", Set.of(Purpose.values()), LinkUse.PREFERENCES, Duration.ofDays(1));

        String link = PrivacyLinksController.link(URI.create("https://privacy.shop.example/"), token);

        assertThat(link)
                .startsWith("https://privacy.shop.example/privacy/link/")
                .doesNotContain("@");
        assertThat(new String(
                        Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8))
                .startsWith("v1|PREFERENCES|cust-1|clv-profiling,marketing-sync|");
    }

    @Test
    void thePostgresProfileRefusesAKnowableSecret() {
        assertThat(PrivacySecretCheck.problem(
                        "easel.privacy.token-secret",
                        "EASEL_PRIVACY_TOKEN_SECRET",
                        PrivacySecretCheck.DEMO_SECRET,
                        PrivacySecretCheck.DEMO_SECRET))
                .contains("demo secret");
        assertThat(PrivacySecretCheck.problem(
                        "easel.privacy.token-secret",
                        "EASEL_PRIVACY_TOKEN_SECRET",
                        "${EASEL_PRIVACY_TOKEN_SECRET}",
                        PrivacySecretCheck.DEMO_SECRET))
                .contains("is not set");
        assertThat(PrivacySecretCheck.problem(
                        "easel.privacy.token-secret",
                        "EASEL_PRIVACY_TOKEN_SECRET",
                        "short",
                        PrivacySecretCheck.DEMO_SECRET))
                .contains("at least 32");
        assertThat(PrivacySecretCheck.problem(
                        "easel.privacy.token-secret",
                        "EASEL_PRIVACY_TOKEN_SECRET",
                        "a-secret-of-at-least-thirty-two-chars!",
                        PrivacySecretCheck.DEMO_SECRET))
                .isNull();
    }

    @Test
    void anAddressOrALinkIsLimitedPerMinute() {
        SteppingClock stepping = new SteppingClock(NOW);
        RateLimits limits = new RateLimits(
                new PrivacyProperties(
                        "x".repeat(40),
                        URI.create("http://localhost"),
                        Duration.ofDays(1),
                        Duration.ofMinutes(1),
                        new PrivacyProperties.Controller("c", "c", "a", "EU"),
                        new PrivacyProperties.RateLimit(2, 3),
                        false,
                        new PrivacyProperties.Mail(false, "f")),
                stepping);

        assertThat(limits.allowLink("n1")).isTrue();
        assertThat(limits.allowLink("n1")).isTrue();
        assertThat(limits.allowLink("n1")).isFalse();
        assertThat(limits.allowLink("n2")).as("another link counts on its own").isTrue();
        assertThat(limits.allowAddress("10.0.0.1")).isTrue();
        stepping.advance(Duration.ofMinutes(1));
        assertThat(limits.allowLink("n1")).as("a new minute").isTrue();
    }

    private static PrivacyProperties properties(String secret) {
        return new PrivacyProperties(
                secret,
                URI.create("http://localhost:8080"),
                Duration.ofDays(14),
                Duration.ofMinutes(15),
                new PrivacyProperties.Controller("Easel", "privacy@shop.example", "Dublin", "EU"),
                new PrivacyProperties.RateLimit(30, 120),
                false,
                new PrivacyProperties.Mail(false, "privacy@shop.example"));
    }
}
