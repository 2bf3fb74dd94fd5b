package dev.easel.preview.web;

import static dev.easel.preview.web.PreviewAnswers.notFound;
import static dev.easel.preview.web.PreviewAnswers.problem;

import dev.easel.clv.FitCandidates;
import dev.easel.clv.FitImpact;
import dev.easel.clv.FitVersion;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.preview.FitPromotionDesk;
import dev.easel.preview.PromotionRefused;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kept model fits and candidate fits, their impact on every customer's prediction, and promotions (rollbacks
 * included). Analysts and administrators ask for candidate refits; administrators promote, never the one who asked.
 */
@RestController
@RequestMapping("/api/model")
class FitCandidatesController {

    private final FitCandidates candidates;
    private final FitPromotionDesk desk;

    FitCandidatesController(FitCandidates candidates, FitPromotionDesk desk) {
        this.candidates = candidates;
        this.desk = desk;
    }

    /** @param timeUnit DAYS or WEEKS (default: the configured unit); calibrationEnd defaults to today */
    record Refit(ModelTimeUnit timeUnit, LocalDate calibrationEnd) {}

    record Promotion(String impactReportId) {}

    record Started(String reportId, String status, String candidateVersion) {}

    @GetMapping("/versions")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    List<FitVersion> versions() {
        return candidates.versions();
    }

    @GetMapping("/versions/{version}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    FitVersion version(@PathVariable String version) {
        return candidates.find(version).orElseThrow(() -> notFound("no kept fit " + version));
    }

    /**
     * 201 with the candidate fit (whatever its status: a fit that failed is kept and says why). Analysts may ask for
     * one as they may submit a rule change: a candidate serves nobody until an administrator promotes it.
     */
    @PostMapping("/candidates")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<StoredFit> refit(@RequestBody(required = false) Refit request, Authentication user) {
        Refit body = request == null ? new Refit(null, null) : request;
        StoredFit fit = candidates.refit(body.timeUnit(), body.calibrationEnd(), user.getName());
        return ResponseEntity.created(URI.create("/api/model/versions/" + fit.version()))
                .body(fit);
    }

    /** 202: the shadow evaluation runs in the background; its report at the Location. */
    @PostMapping("/versions/{version}/impact")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<Started> evaluate(@PathVariable String version, Authentication user) {
        candidates.find(version).orElseThrow(() -> notFound("no kept fit " + version));
        String reportId;
        try {
            reportId = candidates.start(version, user.getName());
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.UNPROCESSABLE_ENTITY, "Fit cannot serve", e.getMessage(), "fit-not-usable");
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/model/impact-reports/" + reportId))
                .body(new Started(reportId, "RUNNING", version));
    }

    @GetMapping("/versions/{version}/impact-reports")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN', 'COMPLIANCE')")
    List<FitImpact> reports(@PathVariable String version) {
        return candidates.impacts(version);
    }

    /** 200 with the report once finished; 202 with its status while it runs. */
    @GetMapping("/impact-reports/{reportId}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN', 'COMPLIANCE')")
    ResponseEntity<?> report(@PathVariable String reportId) {
        String status = candidates.status(reportId).orElseThrow(() -> notFound("no impact report " + reportId));
        return PreviewAnswers.report(reportId, status, () -> candidates.impact(reportId));
    }

    /**
     * Serves the fit from now on: a promotion, or a rollback to a fit that served before. 403 for the one who asked
     * for the fit, 409 without an impact report or when it serves already, 422 for a fit that did not fit.
     */
    @PostMapping("/versions/{version}/promotions")
    @PreAuthorize("hasRole('ADMIN')")
    FitCandidates.Promoted promote(
            @PathVariable String version, @RequestBody(required = false) Promotion body, Authentication user) {
        try {
            return desk.promote(version, body == null ? null : body.impactReportId(), user.getName(), "ADMIN");
        } catch (PromotionRefused refused) {
            throw PreviewAnswers.refused(refused);
        }
    }
}
