package dev.easel.audit.web;

import dev.easel.audit.AuditTrail;
import dev.easel.audit.VerificationRun;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The chain: verify it now (the whole log against its head row and the latest anchor), read what was found, and the
 * history of verifications run here, each kept with who ran it.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'COMPLIANCE')")
class ChainPage {

    static final int HISTORY = 20;

    private final AuditTrail trail;

    ChainPage(AuditTrail trail) {
        this.trail = trail;
    }

    /** The run asked for, or the latest one, with the history below. */
    @GetMapping("/console/audit/chain")
    String chain(@RequestParam(required = false) Long run, Model model) {
        var history = trail.verifications(HISTORY);
        VerificationRun shown = null;
        if (run != null) {
            shown = trail.verification(run)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no verification " + run));
        } else if (!history.isEmpty()) {
            shown = trail.verification(history.get(0).id()).orElse(null);
        }
        model.addAttribute("shown", shown);
        model.addAttribute("history", history);
        return "audit/chain";
    }

    /** Verifies now; the answer is the run's own page, so a reload does not verify again. */
    @PostMapping("/console/audit/chain")
    String verify(Authentication user) {
        VerificationRun run = trail.verifyAndKeep(user.getName());
        return "redirect:/console/audit/chain?run=" + run.id();
    }
}
