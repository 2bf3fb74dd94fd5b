package dev.easel.preview.web;

import dev.easel.preview.PromotionRefused;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;

/** The answers the rules' and the model's candidate APIs give alike: problems, refused promotions, reports. */
final class PreviewAnswers {

    private PreviewAnswers() {}

    /** 200 with the report once finished; 202 with its status while it runs. */
    static ResponseEntity<?> report(String reportId, String status, Supplier<Optional<?>> finished) {
        if (!"FINISHED".equals(status)) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("reportId", reportId, "status", status));
        }
        return ResponseEntity.ok(finished.get().orElseThrow());
    }

    /** 404 for an unknown version, 403 for its author, 400 for a bad share, 422 for one that cannot serve, else 409. */
    static ErrorResponseException refused(PromotionRefused refused) {
        HttpStatus status = switch (refused.reason()) {
            case UNKNOWN_VERSION, UNKNOWN_FIT -> HttpStatus.NOT_FOUND;
            case AUTHOR_CANNOT_PROMOTE -> HttpStatus.FORBIDDEN;
            case INVALID_SHARE -> HttpStatus.BAD_REQUEST;
            case DOES_NOT_BUILD, NOT_USABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.CONFLICT;
        };
        return problem(
                status,
                "Not promoted",
                refused.getMessage(),
                refused.reason().name().toLowerCase().replace('_', '-'));
    }

    static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "Not found", detail, "not-found");
    }

    static ErrorResponseException problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:easel:problem:" + type));
        return new ErrorResponseException(status, problem, null);
    }

    /** A form's empty field for the report the promoter saw means none. */
    static String seen(String impactReportId) {
        return impactReportId == null || impactReportId.isBlank() ? null : impactReportId;
    }
}
