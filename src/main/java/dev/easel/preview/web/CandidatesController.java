package dev.easel.preview.web;

import static dev.easel.preview.web.PreviewAnswers.notFound;
import static dev.easel.preview.web.PreviewAnswers.problem;

import dev.easel.clv.ImpactReport;
import dev.easel.clv.RuleImpacts;
import dev.easel.preview.PromotionDesk;
import dev.easel.preview.PromotionRefused;
import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RulePromotions;
import dev.easel.rules.RulesVersion;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
 * Kept ruleset versions and candidates, their impact reports, and promotions (rollbacks included). Analysts submit
 * and evaluate candidates; promoting is an administrator's, and never the author's.
 */
@RestController
@RequestMapping("/api/rules")
class CandidatesController {

    private final RuleCandidates candidates;
    private final RuleImpacts impacts;
    private final PromotionDesk desk;

    CandidatesController(RuleCandidates candidates, RuleImpacts impacts, PromotionDesk desk) {
        this.candidates = candidates;
        this.impacts = impacts;
        this.desk = desk;
    }

    record Submission(Map<String, String> files, String note) {}

    record Promotion(Integer percent, String impactReportId) {}

    record Started(String reportId, String status, String candidateVersion) {}

    @GetMapping("/versions")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    List<RulesVersion> versions() {
        return candidates.all();
    }

    @GetMapping("/candidates")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    List<RulesVersion> list() {
        return candidates.all().stream()
                .filter(v -> v.standing() == RulesVersion.Standing.CANDIDATE)
                .toList();
    }

    @GetMapping("/versions/{version}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    RulesVersion version(@PathVariable String version) {
        return candidates.find(version).orElseThrow(() -> notFound("no kept ruleset " + version));
    }

    @GetMapping("/versions/{version}/files")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    Map<String, String> files(@PathVariable String version) {
        return candidates.files(version).orElseThrow(() -> notFound("no kept ruleset " + version));
    }

    /** 201 with the kept candidate; 400 naming each bad file (with line) when it does not build; nothing kept. */
    @PostMapping("/candidates")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<RulesVersion> submit(@RequestBody Submission submission, Authentication user) {
        RuleCandidates.Submission result = candidates.submit(submission.files(), submission.note(), user.getName());
        if (!result.accepted()) {
            List<FieldProblem> problems = result.fieldErrors().entrySet().stream()
                    .map(error -> FieldProblem.of(error.getKey(), error.getValue()))
                    .toList();
            throw new InvalidRequestException(
                    "The candidate was not kept: " + problems.size() + " bad file(s) or field(s).", problems);
        }
        RulesVersion kept = result.version().orElseThrow();
        return ResponseEntity.created(URI.create("/api/rules/versions/" + kept.version()))
                .body(kept);
    }

    /** 202: the shadow evaluation runs in the background; its report at the Location. */
    @PostMapping("/versions/{version}/impact")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<Started> evaluate(@PathVariable String version, Authentication user) {
        candidates.find(version).orElseThrow(() -> notFound("no kept ruleset " + version));
        String reportId;
        try {
            reportId = impacts.start(version, user.getName());
        } catch (IllegalArgumentException e) {
            throw problem(
                    HttpStatus.UNPROCESSABLE_ENTITY, "Ruleset does not build", e.getMessage(), "rules-build-failed");
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/rules/impact-reports/" + reportId))
                .body(new Started(reportId, "RUNNING", version));
    }

    @GetMapping("/versions/{version}/impact-reports")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN', 'COMPLIANCE')")
    List<ImpactReport> reports(@PathVariable String version) {
        return impacts.of(version);
    }

    /** 200 with the report once finished; 202 with its status while it runs. */
    @GetMapping("/impact-reports/{reportId}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN', 'COMPLIANCE')")
    ResponseEntity<?> report(@PathVariable String reportId) {
        String status = impacts.status(reportId).orElseThrow(() -> notFound("no impact report " + reportId));
        return PreviewAnswers.report(reportId, status, () -> impacts.find(reportId));
    }

    /**
     * Serves the version to {@code percent} % of customers (default 100): a promotion, a staged share or a rollback.
     * 403 for its author, 409 without an impact report or when it serves already.
     */
    @PostMapping("/versions/{version}/promotions")
    @PreAuthorize("hasRole('ADMIN')")
    RulePromotions.Promoted promote(
            @PathVariable String version, @RequestBody(required = false) Promotion body, Authentication user) {
        int percent = body == null || body.percent() == null ? 100 : body.percent();
        if (percent < 1 || percent > 100) {
            throw new InvalidRequestException(List.of(FieldProblem.of("percent", "a share from 1 to 100")));
        }
        try {
            return desk.promote(version, percent, body == null ? null : body.impactReportId(), user.getName(), "ADMIN");
        } catch (PromotionRefused refused) {
            throw PreviewAnswers.refused(refused);
        }
    }
}
