package dev.easel.consent;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.easel.shared.FieldProblem;

/** Checks a consent submission field by field and names every problem. */
final class ConsentValidation {

    /** Clocks of capturing systems drift; a consent "captured" further in the future than this is a data error. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private ConsentValidation() {
    }

    static List<FieldProblem> problems(ConsentSubmission submission, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "customerId", submission.customerId(), 100);
        if (required(problems, "purpose", submission.purpose(), 32)) {
            try {
                Purpose.fromCode(submission.purpose());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("purpose", "must be clv-profiling or marketing-sync"));
            }
        }
        oneOf(problems, "status", submission.status(), ConsentStatus.class);
        oneOf(problems, "lawfulBasis", submission.lawfulBasis(), LawfulBasis.class);
        if (submission.capturedAt() == null) {
            problems.add(FieldProblem.of("capturedAt", "is required (ISO 8601 with offset)"));
        } else if (submission.capturedAt().toInstant().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            problems.add(FieldProblem.of("capturedAt", "must not be in the future"));
        }
        required(problems, "source", submission.source(), 64);
        required(problems, "policyVersion", submission.policyVersion(), 64);
        required(problems, "wording", submission.wording(), 2000);
        if (submission.signal() != null && !submission.signal().isBlank() && !"GPC".equals(submission.signal())) {
            problems.add(FieldProblem.of("signal", "must be GPC or absent"));
        }
        if ("GPC".equals(submission.signal()) && !"OPTED_OUT".equals(submission.status())) {
            problems.add(FieldProblem.of("status", "must be OPTED_OUT for a Global Privacy Control signal"));
        }
        return problems;
    }

    private static boolean required(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "is required"));
            return false;
        }
        if (value.length() > maxLength) {
            problems.add(FieldProblem.of(field, "must be at most " + maxLength + " characters"));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> void oneOf(List<FieldProblem> problems, String field, String value,
            Class<E> type) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "is required (one of " + String.join(", ", allowed) + ")"));
        } else if (!allowed.contains(value)) {
            problems.add(FieldProblem.of(field, "must be one of " + String.join(", ", allowed)));
        }
    }
}
