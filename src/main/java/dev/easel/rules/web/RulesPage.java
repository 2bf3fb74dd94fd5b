package dev.easel.rules.web;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.Ruleset;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rules in service: version, when loaded, each file with its concern, thresholds, rule names and policy feature,
 * and the errors of the last change that was refused. The version history comes from the audit trail, which records
 * every reload (the console serves it as a fragment, since the audit module listens to this one).
 */
@Controller
class RulesPage {

    private final LiveRules rules;

    RulesPage(LiveRules rules) {
        this.rules = rules;
    }

    @GetMapping("/console/rules")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String rules(Model model) {
        Ruleset serving = rules.current();
        List<RuleFileSummary> files = serving.files().stream()
                .filter(file -> file.endsWith(".drl"))
                .map(file -> RuleFileSummary.read(file, rules.directory()))
                .toList();
        model.addAttribute("ruleset", serving);
        model.addAttribute("files", files);
        model.addAttribute("errors", rules.lastErrors());
        model.addAttribute(
                "folder", rules.directory().map(path -> path.toString()).orElse("the copy in the jar"));
        return "rules/rules";
    }
}
