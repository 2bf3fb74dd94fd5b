package dev.easel.rules.engine;

import dev.easel.rules.facts.Law;
import dev.easel.rules.facts.OptOutRight;
import dev.easel.rules.facts.Regime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code consent/jurisdictions.csv}: which privacy law applies where and from when, as data an analyst edits. Read
 * with the rule files (its bytes are part of the ruleset version) and checked line by line: every problem is
 * reported as {@code file:line: message} and the whole ruleset is refused.
 */
public final class JurisdictionTable {

    /** Where the table sits inside a rules folder. */
    public static final String FILE = "consent/jurisdictions.csv";

    static final List<String> COLUMNS =
            List.of("jurisdiction", "law", "applies_to", "regime", "opt_outs", "gpc", "minimum_age", "effective");

    private static final Pattern PLACE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    private static final int MAX_AGE = 21;

    /** Per place (country or region code, or {@code *}), its rows, the latest in effect first. */
    private final Map<String, List<Law>> byPlace;

    private JurisdictionTable(Map<String, List<Law>> byPlace) {
        this.byPlace = byPlace;
    }

    /** Every row once, in the order of the file: for listings and for running a policy over each jurisdiction. */
    public List<Law> laws() {
        Set<Law> laws = new LinkedHashSet<>();
        byPlace.values().forEach(laws::addAll);
        return laws.stream()
                .sorted(Comparator.comparing(Law::jurisdiction).thenComparing(Law::effective))
                .toList();
    }

    /**
     * The law for a customer on a day: the region's latest row in effect, else the country's, else the row for
     * anywhere not listed. A row whose effective date is still ahead changes nothing until that day.
     *
     * @param region ISO 3166-2 ({@code US-CO}) or null
     */
    public Law lawFor(String country, String region, LocalDate on) {
        if (region != null && !region.isBlank()) {
            Law law = inEffect(region, on);
            if (law != null) {
                return law;
            }
        }
        Law law = country == null ? null : inEffect(country, on);
        if (law != null) {
            return law;
        }
        Law anywhereElse = inEffect(Law.ANYWHERE_ELSE, on);
        if (anywhereElse != null) {
            return anywhereElse;
        }
        // The row for anywhere else is required; before its own date its earliest version still applies.
        List<Law> rows = byPlace.get(Law.ANYWHERE_ELSE);
        return rows.get(rows.size() - 1);
    }

    private Law inEffect(String place, LocalDate on) {
        for (Law law : byPlace.getOrDefault(place, List.of())) {
            if (!law.effective().isAfter(on)) {
                return law;
            }
        }
        return null;
    }

    /** The outcome of reading the file: a table when there are no errors, otherwise the errors. */
    public record Parsed(JurisdictionTable table, List<RuleError> errors) {

        public Parsed {
            errors = List.copyOf(errors);
        }
    }

    /** Reads the table from the file's bytes; {@code bytes} null means the file is missing. */
    public static Parsed parse(byte[] bytes) {
        List<RuleError> errors = new ArrayList<>();
        if (bytes == null) {
            errors.add(new RuleError(
                    FILE,
                    0,
                    "the jurisdiction table is missing: every customer needs a law, "
                            + "at least the row '*' for anywhere not listed"));
            return new Parsed(null, errors);
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        Map<String, List<Law>> byPlace = new HashMap<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String text = lines[i].strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> cells =
                    List.of(text.split(",", -1)).stream().map(String::strip).toList();
            if (!header) {
                header = true;
                if (!cells.equals(COLUMNS)) {
                    errors.add(new RuleError(
                            FILE,
                            line,
                            "the first line that is not a comment must be the header " + String.join(",", COLUMNS)));
                    return new Parsed(null, errors);
                }
                continue;
            }
            Row row = row(cells, line, errors);
            if (row == null) {
                continue;
            }
            for (String place : row.places()) {
                String key = place + "@" + row.law().effective();
                Integer first = firstLineOf.putIfAbsent(key, line);
                if (first != null) {
                    errors.add(new RuleError(
                            FILE,
                            line,
                            place + " already has a row taking effect on "
                                    + row.law().effective() + " (line " + first
                                    + "): which one applies would be unclear"));
                }
                byPlace.computeIfAbsent(place, unused -> new ArrayList<>()).add(row.law());
            }
        }
        if (!header) {
            errors.add(new RuleError(
                    FILE,
                    1,
                    "the table is empty: it needs the header " + String.join(",", COLUMNS)
                            + " and at least the row '*'"));
        } else if (!byPlace.containsKey(Law.ANYWHERE_ELSE) && errors.isEmpty()) {
            errors.add(new RuleError(
                    FILE,
                    lines.length,
                    "no row for anywhere not listed: add one whose " + "jurisdiction and applies_to are '*'"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        byPlace.values()
                .forEach(rows -> rows.sort(Comparator.comparing(Law::effective).reversed()));
        return new Parsed(new JurisdictionTable(Map.copyOf(byPlace)), List.of());
    }

    private record Row(Law law, List<String> places) {}

    private static Row row(List<String> cells, int line, List<RuleError> errors) {
        if (cells.size() != COLUMNS.size()) {
            errors.add(new RuleError(
                    FILE,
                    line,
                    "has " + cells.size() + " cells, expected " + COLUMNS.size() + " (" + String.join(",", COLUMNS)
                            + "); a cell cannot contain a comma"));
            return null;
        }
        int before = errors.size();
        String code = cells.get(0);
        String name = cells.get(1);
        if (code.isEmpty()) {
            errors.add(new RuleError(FILE, line, "jurisdiction is empty: give the row a short code such as US-CO"));
        }
        if (name.isEmpty()) {
            errors.add(new RuleError(FILE, line, "law is empty: name the law"));
        }
        List<String> places = List.of(cells.get(2).split("\\s+")).stream()
                .filter(place -> !place.isEmpty())
                .toList();
        boolean anywhereElse = Law.ANYWHERE_ELSE.equals(code);
        if (places.isEmpty()) {
            errors.add(new RuleError(
                    FILE,
                    line,
                    "applies_to is empty: list country codes (FR) or region codes " + "(US-CO), separated by spaces"));
        }
        for (String place : places) {
            if (anywhereElse != Law.ANYWHERE_ELSE.equals(place)
                    || (!anywhereElse && !PLACE.matcher(place).matches())) {
                errors.add(new RuleError(
                        FILE,
                        line,
                        "applies_to '" + place + "' is not "
                                + (anywhereElse
                                        ? "'*' (the row '*' covers anywhere not listed)"
                                        : "an ISO 3166 country (FR) or region (US-CO) code")));
            }
        }
        Regime regime = Regime.ofCode(cells.get(3));
        if (regime == null) {
            errors.add(new RuleError(
                    FILE,
                    line,
                    "regime '" + cells.get(3) + "' is not one of opt-in, opt-out, " + "legitimate-interest"));
        }
        Set<OptOutRight> optOuts = EnumSet.noneOf(OptOutRight.class);
        for (String right : cells.get(4).split("\\s+")) {
            if (right.isEmpty() || right.equals("none")) {
                continue;
            }
            OptOutRight known = OptOutRight.ofCode(right);
            if (known == null) {
                errors.add(new RuleError(
                        FILE,
                        line,
                        "opt_outs '" + right + "' is not one of sale-or-sharing, "
                                + "targeted-advertising, profiling (or none)"));
            } else {
                optOuts.add(known);
            }
        }
        String gpc = cells.get(5);
        if (!gpc.equals("yes") && !gpc.equals("no")) {
            errors.add(new RuleError(
                    FILE,
                    line,
                    "gpc '" + gpc + "' must be yes (the law requires honouring " + "Global Privacy Control) or no"));
        }
        int minimumAge = -1;
        try {
            minimumAge = Integer.parseInt(cells.get(6));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (minimumAge < 0 || minimumAge > MAX_AGE) {
            errors.add(new RuleError(
                    FILE,
                    line,
                    "minimum_age '" + cells.get(6) + "' must be a whole number of " + "years from 0 to " + MAX_AGE));
        }
        LocalDate effective = null;
        try {
            effective = LocalDate.parse(cells.get(7));
        } catch (DateTimeParseException e) {
            errors.add(new RuleError(
                    FILE, line, "effective '" + cells.get(7) + "' must be a date such as " + "2026-01-01"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(new Law(code, name, places, regime, optOuts, gpc.equals("yes"), minimumAge, effective), places);
    }
}
