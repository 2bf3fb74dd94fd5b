package dev.easel.rules;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.Ruleset;
import dev.easel.rules.facts.Law;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the rules module serves now, for screens: version, when it was loaded, its rules, the last build errors. */
@Component
public class RulesInService {

    private final LiveRules rules;

    RulesInService(LiveRules rules) {
        this.rules = rules;
    }

    public Summary summary() {
        Ruleset serving = rules.current();
        return new Summary(
                serving.version(),
                serving.location(),
                serving.loadedAt(),
                serving.files(),
                serving.ruleNames(),
                rules.lastErrors().stream().map(Object::toString).toList());
    }

    /** The jurisdiction table in service (every row, with its effective date), as the consent rules read it. */
    public List<Law> jurisdictions() {
        return rules.current().jurisdictions().laws();
    }

    /**
     * @param rules      rule names per rule set folder
     * @param lastErrors {@code file:line: message} of the last build that was refused, empty when it succeeded
     */
    public record Summary(
            String version,
            String location,
            Instant loadedAt,
            List<String> files,
            Map<String, List<String>> rules,
            List<String> lastErrors) {}
}
