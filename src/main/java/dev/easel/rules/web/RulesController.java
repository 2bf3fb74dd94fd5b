package dev.easel.rules.web;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RuleError;
import dev.easel.rules.engine.RulesReloads;
import dev.easel.rules.engine.Ruleset;
import dev.easel.rules.facts.Law;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What rules serve, and the explicit reload an operator triggers after an edit. */
@RestController
@RequestMapping("/api/rules")
class RulesController {

    private final LiveRules rules;
    private final RulesReloads reloads;

    RulesController(LiveRules rules, RulesReloads reloads) {
        this.rules = rules;
        this.reloads = reloads;
    }

    /**
     * The serving ruleset, its jurisdiction table (every row, with its effective date) and the errors of the last
     * failed build, if any.
     */
    record RulesView(
            String version,
            String location,
            Instant loadedAt,
            List<String> files,
            Map<String, List<String>> rules,
            List<Law> jurisdictions,
            List<RuleError> lastErrors) {}

    @GetMapping
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    RulesView current() {
        return view(rules.current());
    }

    /** 200 with the new ruleset, or 422 with every error while the previous version keeps serving. */
    @PostMapping("/reload")
    @PreAuthorize("hasRole('ADMIN')")
    RulesView reload(Authentication user) {
        LiveRules.Reload reload = reloads.reload(user.getName(), "ADMIN");
        if (reload.failed()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "The rules do not build; version " + reload.serving().version() + " keeps serving.");
            problem.setTitle("Rules not reloaded");
            problem.setType(URI.create("urn:easel:problem:rules-build-failed"));
            problem.setProperty("servingVersion", reload.serving().version());
            problem.setProperty("errors", reload.errors());
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
        }
        return view(reload.serving());
    }

    private RulesView view(Ruleset ruleset) {
        return new RulesView(
                ruleset.version(),
                ruleset.location(),
                ruleset.loadedAt(),
                ruleset.files(),
                ruleset.ruleNames(),
                ruleset.jurisdictions().laws(),
                rules.lastErrors());
    }
}
