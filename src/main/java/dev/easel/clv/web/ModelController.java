package dev.easel.clv.web;

import dev.easel.clv.ModelEvaluations;
import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.HoldoutReport;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Fitting the model now, the latest fit, and how well the model predicts the ledger's own holdout. */
@RestController
class ModelController {

    private final ModelFits fits;
    private final ModelEvaluations evaluations;

    ModelController(ModelFits fits, ModelEvaluations evaluations) {
        this.fits = fits;
        this.evaluations = evaluations;
    }

    /** @param timeUnit DAYS or WEEKS; calibrationEnd defaults to today */
    record FitRequest(ModelTimeUnit timeUnit, LocalDate calibrationEnd) {}

    /** @param holdoutEnd defaults to today */
    record EvaluationRequest(ModelTimeUnit timeUnit, LocalDate calibrationEnd, LocalDate holdoutEnd) {}

    @PostMapping("/api/model/fits")
    @PreAuthorize("hasRole('ADMIN')")
    StoredFit fit(@RequestBody(required = false) FitRequest request, Principal principal) {
        FitRequest body = request == null ? new FitRequest(null, null) : request;
        return fits.fitNow(body.timeUnit(), body.calibrationEnd(), principal.getName());
    }

    @GetMapping("/api/model/fits/latest")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    StoredFit latest() {
        return fits.latest().orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No model was fitted yet.");
            problem.setTitle("No model fit");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }

    @PostMapping("/api/model/evaluations")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    HoldoutReport evaluate(@RequestBody EvaluationRequest request) {
        if (request.calibrationEnd() == null) {
            throw new InvalidRequestException(
                    "The evaluation needs a calibration end.",
                    java.util.List.of(FieldProblem.of("calibrationEnd", "is required")));
        }
        try {
            return evaluations.evaluate(request.timeUnit(), request.calibrationEnd(), request.holdoutEnd());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    e.getMessage(), java.util.List.of(FieldProblem.of("calibrationEnd", e.getMessage())));
        }
    }
}
