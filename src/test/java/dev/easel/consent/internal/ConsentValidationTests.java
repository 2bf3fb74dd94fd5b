package dev.easel.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.consent.ConsentSubmission;
import dev.easel.shared.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConsentValidationTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private final OffsetDateTime yesterday = OffsetDateTime.parse("2026-11-21T09:00:00+01:00");

    @Test
    void acceptsACompleteConsent() {
        assertThat(ConsentValidation.problems(
                        new ConsentSubmission(
                                "web-1",
                                "clv-profiling",
                                "GIVEN",
                                "CONSENT",
                                yesterday,
                                "web-form",
                                "privacy-2026-01",
                                "I agree that ...",
                                null),
                        clock))
                .isEmpty();
    }

    @Test
    void namesEveryMissingOrUnknownField() {
        var problems = ConsentValidation.problems(
                new ConsentSubmission(" ", "newsletter", "MAYBE", null, null, null, "", null, null), clock);

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "customerId",
                        "purpose",
                        "status",
                        "lawfulBasis",
                        "capturedAt",
                        "source",
                        "policyVersion",
                        "wording");
    }

    @Test
    void refusesAConsentCapturedInTheFuture() {
        var problems = ConsentValidation.problems(
                new ConsentSubmission(
                        "web-1",
                        "marketing-sync",
                        "GIVEN",
                        "CONSENT",
                        OffsetDateTime.parse("2026-11-23T12:00:00Z"),
                        "app",
                        "p1",
                        "w",
                        null),
                clock);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("capturedAt");
    }

    @Test
    void aGlobalPrivacyControlSignalCanOnlyOptOut() {
        var problems = ConsentValidation.problems(
                new ConsentSubmission(
                        "web-1", "marketing-sync", "GIVEN", "CONSENT", yesterday, "browser", "p1", "w", "GPC"),
                clock);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("status");
    }
}
