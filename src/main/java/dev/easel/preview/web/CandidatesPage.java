package dev.easel.preview.web;

import dev.easel.clv.ImpactReport;
import dev.easel.clv.RuleImpacts;
import dev.easel.preview.PromotionDesk;
import dev.easel.preview.PromotionRefused;
import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RulesVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rules → candidates → impact: kept versions and where they stand, editing a rule file into a candidate, a
 * candidate's changed files and impact reports, the report itself, and promotion (administrators, never the author).
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class CandidatesPage {

    private final RuleCandidates candidates;
    private final RuleImpacts impacts;
    private final PromotionDesk desk;
    private final RuleEngine engine;

    CandidatesPage(RuleCandidates candidates, RuleImpacts impacts, PromotionDesk desk, RuleEngine engine) {
        this.candidates = candidates;
        this.impacts = impacts;
        this.desk = desk;
        this.engine = engine;
    }

    @GetMapping("/console/rules/candidates")
    String list(Model model) {
        model.addAttribute("versions", candidates.all());
        model.addAttribute("staged", candidates.staged());
        model.addAttribute(
                "files", candidates.files(engine.baseVersion()).map(Map::keySet).orElse(java.util.Set.of()));
        return "preview/candidates";
    }

    @GetMapping("/console/rules/candidates/new")
    String edit(@RequestParam String file, Model model) {
        String text = candidates
                .files(engine.baseVersion())
                .map(files -> files.get(file))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("file", file);
        model.addAttribute("text", text);
        model.addAttribute("note", "");
        model.addAttribute("errors", List.of());
        return "preview/edit";
    }

    @PostMapping("/console/rules/candidates")
    String submit(
            @RequestParam String file,
            @RequestParam String text,
            @RequestParam(required = false) String note,
            Authentication user,
            Model model) {
        RuleCandidates.Submission submission = candidates.submit(
                Map.of(file, text.replace("\r\n", "\n")), note == null || note.isBlank() ? null : note, user.getName());
        if (!submission.accepted()) {
            model.addAttribute("file", file);
            model.addAttribute("text", text);
            model.addAttribute("note", note);
            model.addAttribute(
                    "errors",
                    submission.errors().isEmpty()
                            ? submission.fieldErrors().values().stream().toList()
                            : submission.errors());
            return "preview/edit";
        }
        return "redirect:/console/rules/candidates/"
                + submission.version().orElseThrow().version();
    }

    @GetMapping("/console/rules/candidates/{version}")
    String candidate(@PathVariable String version, Model model) {
        RulesVersion kept = candidates
                .find(version)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("candidate", kept);
        model.addAttribute("changed", changedFiles(kept));
        model.addAttribute("reports", impacts.of(version));
        model.addAttribute("serving", engine.baseVersion());
        return "preview/candidate";
    }

    @PostMapping("/console/rules/candidates/{version}/impact")
    String evaluate(@PathVariable String version, Authentication user) {
        return "redirect:/console/rules/impact/" + impacts.start(version, user.getName());
    }

    @PostMapping("/console/rules/candidates/{version}/promotions")
    @PreAuthorize("hasRole('ADMIN')")
    String promote(
            @PathVariable String version,
            @RequestParam(defaultValue = "100") int percent,
            @RequestParam(required = false) String impactReportId,
            Authentication user,
            RedirectAttributes redirect) {
        try {
            desk.promote(version, percent, PreviewAnswers.seen(impactReportId), user.getName(), "ADMIN");
            redirect.addFlashAttribute("promoted", percent);
        } catch (PromotionRefused refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/console/rules/candidates/" + version;
    }

    @GetMapping("/console/rules/impact/{reportId}")
    String impact(@PathVariable String reportId, Model model) {
        String status = impacts.status(reportId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("reportId", reportId);
        model.addAttribute("status", status);
        ImpactReport report = impacts.find(reportId).orElse(null);
        model.addAttribute("report", report);
        if (report != null) {
            model.addAttribute(
                    "candidate", candidates.find(report.candidateVersion()).orElse(null));
        }
        return "preview/impact";
    }

    /** The files whose text differs from the version the candidate was made beside (added ones included). */
    private List<String> changedFiles(RulesVersion kept) {
        if (kept.baseVersion() == null) {
            return List.of();
        }
        Map<String, String> mine = candidates.files(kept.version()).orElse(Map.of());
        Map<String, String> base =
                new LinkedHashMap<>(candidates.files(kept.baseVersion()).orElse(Map.of()));
        return mine.entrySet().stream()
                .filter(file -> !Objects.equals(base.get(file.getKey()), file.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
