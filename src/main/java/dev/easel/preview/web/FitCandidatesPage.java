package dev.easel.preview.web;

import dev.easel.clv.FitCandidates;
import dev.easel.clv.FitImpact;
import dev.easel.clv.FitVersion;
import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.preview.FitPromotionDesk;
import dev.easel.preview.PromotionRefused;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
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
 * Model → candidates → impact: kept fits and where they stand, a refit as a candidate, a candidate's figures and
 * impact reports, the report itself, and promotion or rollback (administrators, never the one who asked for the fit).
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class FitCandidatesPage {

    private final FitCandidates candidates;
    private final FitPromotionDesk desk;
    private final ModelFits fits;

    FitCandidatesPage(FitCandidates candidates, FitPromotionDesk desk, ModelFits fits) {
        this.candidates = candidates;
        this.desk = desk;
        this.fits = fits;
    }

    @GetMapping("/console/model/candidates")
    String list(Model model) {
        model.addAttribute("versions", candidates.versions());
        model.addAttribute("staged", candidates.staged());
        model.addAttribute("units", ModelTimeUnit.values());
        model.addAttribute("today", LocalDate.now());
        return "preview/fits";
    }

    @PostMapping("/console/model/candidates")
    String refit(
            @RequestParam(required = false) ModelTimeUnit timeUnit,
            @RequestParam(required = false) LocalDate calibrationEnd,
            Authentication user) {
        StoredFit fit = candidates.refit(timeUnit, calibrationEnd, user.getName());
        return "redirect:/console/model/candidates/" + fit.version();
    }

    @GetMapping("/console/model/candidates/{version}")
    String candidate(@PathVariable String version, Model model) {
        FitVersion kept = candidates.find(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("candidate", kept);
        model.addAttribute("reports", candidates.impacts(version));
        model.addAttribute("serving", fits.current().orElse(null));
        return "preview/fit";
    }

    @PostMapping("/console/model/candidates/{version}/impact")
    String evaluate(@PathVariable String version, Authentication user, RedirectAttributes redirect) {
        try {
            return "redirect:/console/model/impact/" + candidates.start(version, user.getName());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
            return "redirect:/console/model/candidates/" + version;
        }
    }

    @PostMapping("/console/model/candidates/{version}/promotions")
    @PreAuthorize("hasRole('ADMIN')")
    String promote(
            @PathVariable String version,
            @RequestParam(required = false) String impactReportId,
            Authentication user,
            RedirectAttributes redirect) {
        try {
            desk.promote(version, PreviewAnswers.seen(impactReportId), user.getName(), "ADMIN");
            redirect.addFlashAttribute("promoted", true);
        } catch (PromotionRefused refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/console/model/candidates/" + version;
    }

    @GetMapping("/console/model/impact/{reportId}")
    String impact(@PathVariable String reportId, Model model) {
        String status =
                candidates.status(reportId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("reportId", reportId);
        model.addAttribute("status", status);
        FitImpact report = candidates.impact(reportId).orElse(null);
        model.addAttribute("report", report);
        return "preview/fit-impact";
    }
}
