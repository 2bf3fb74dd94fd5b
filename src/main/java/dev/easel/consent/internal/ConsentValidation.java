package dev.easel.consent.internal;

import dev.easel.consent.ConsentStatus;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a consent submission field by field and names every problem. */
final class ConsentValidation {

    /** Clocks of capturing systems drift; a consent "captured" further in the future than this is a data error. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private static final Set<String> PURPOSES =
            Arrays.stream(Purpose.values()).map(Purpose::code).collect(Collectors.toSet());

    private ConsentValidation() {}

    static List<FieldProblem> problems(ConsentSubmission submission, Clock clock) {
        FieldProblems problems = new FieldProblems();
        problems.requiredText(submission.customerId(), "customerId", 100);
        if (problems.required(submission.purpose(), "purpose")) {
            problems.oneOf(submission.purpose(), PURPOSES, "purpose");
        }
        if (problems.required(submission.status(), "status")) {
            problems.oneOf(submission.status(), names(ConsentStatus.values()), "status");
        }
        if (problems.required(submission.lawfulBasis(), "lawfulBasis")) {
            problems.oneOf(submission.lawfulBasis(), names(LawfulBasis.values()), "lawfulBasis");
        }
        if (problems.required(submission.capturedAt(), "capturedAt")
                && submission.capturedAt().toInstant().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            problems.add("capturedAt", "must not be in the future");
        }
        problems.requiredText(submission.source(), "source", 64);
        problems.requiredText(submission.policyVersion(), "policyVersion", 64);
        problems.requiredText(submission.wording(), "wording", 2000);
        if (submission.signal() != null && !submission.signal().isBlank()) {
            problems.oneOf(submission.signal(), Set.of("GPC"), "signal");
            if ("GPC".equals(submission.signal()) && !"OPTED_OUT".equals(submission.status())) {
                problems.add("status", "must be OPTED_OUT for a Global Privacy Control signal");
            }
        }
        return problems.list();
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
