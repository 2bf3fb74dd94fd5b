package dev.easel.rules.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A whole rules folder, built: what evaluations run against until the next successful reload.
 *
 * @param jurisdictions the jurisdiction table read with the rule files, versioned with them
 */
public record Ruleset(
        String version,
        String location,
        List<String> files,
        Instant loadedAt,
        Map<RuleSetName, CompiledRuleSet> sets,
        JurisdictionTable jurisdictions) {

    public Ruleset {
        files = List.copyOf(files);
        sets = Map.copyOf(sets);
    }

    public CompiledRuleSet set(RuleSetName name) {
        return sets.get(name);
    }

    /** Rule names per rule set folder, sorted. */
    public Map<String, List<String>> ruleNames() {
        Map<String, List<String>> names = new TreeMap<>();
        sets.forEach((name, set) ->
                names.put(name.folder(), List.copyOf(new TreeSet<>(set.rules().keySet()))));
        return names;
    }

    public List<String> allRuleNames() {
        return sets.values().stream()
                .flatMap(set -> set.rules().keySet().stream())
                .sorted()
                .toList();
    }
}
