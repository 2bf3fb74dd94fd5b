package dev.easel.console;

import dev.easel.audit.AuditQuery;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionKind;
import dev.easel.audit.DecisionRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ruleset's version history for the rules page, from the audit trail's reload records (who, when, which version,
 * which files). The audit module listens to the rules module, so the rules page cannot ask it itself.
 */
@Controller
class RulesHistoryController {

    static final int SHOWN = 20;

    private final AuditTrail audit;

    RulesHistoryController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/console/rules/history")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String history(Model model) {
        List<DecisionRecord> reloads = new ArrayList<>();
        long after = 0;
        List<DecisionRecord> page;
        do {
            page = audit.find(
                    new AuditQuery(null, DecisionKind.RULES_RELOADED, null, null, after, AuditQuery.MAX_LIMIT));
            reloads.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
            if (reloads.size() > SHOWN) {
                reloads.subList(0, reloads.size() - SHOWN).clear();
            }
        } while (page.size() == AuditQuery.MAX_LIMIT);
        Collections.reverse(reloads);
        model.addAttribute("reloads", reloads);
        return "console/rules-history :: history";
    }
}
