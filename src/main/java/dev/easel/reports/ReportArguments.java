package dev.easel.reports;

import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A report's parameters, checked and typed. Periods are whole UTC days: {@code to} is the last day included. */
final class ReportArguments {

    private final Map<String, String> given;
    private final Map<String, Object> values;

    private ReportArguments(Map<String, String> given, Map<String, Object> values) {
        this.given = given;
        this.values = values;
    }

    /** Reads every given parameter, or answers 400 naming each unknown, missing or malformed one. */
    static ReportArguments read(List<ReportParameter> accepted, Map<String, String> given) {
        FieldProblems problems = new FieldProblems();
        Map<String, ReportParameter> byName = accepted.stream()
                .collect(Collectors.toMap(ReportParameter::name, p -> p, (a, b) -> a, LinkedHashMap::new));
        given.keySet().stream()
                .filter(name -> !byName.containsKey(name))
                .sorted()
                .forEach(name -> problems.add(
                        name,
                        byName.isEmpty()
                                ? "is not a parameter of this report (it takes none)"
                                : "is not a parameter of this report (it takes " + String.join(", ", byName.keySet())
                                        + ")"));
        Map<String, Object> values = new LinkedHashMap<>();
        for (ReportParameter parameter : accepted) {
            String text = given.get(parameter.name());
            if (text == null || text.isBlank()) {
                if (parameter.required()) {
                    problems.add(parameter.name(), "is required");
                }
                continue;
            }
            Object value = parameter.parse(text.strip(), problems);
            if (value != null) {
                values.put(parameter.name(), value);
            }
        }
        if (values.get("from") instanceof LocalDate from
                && values.get("to") instanceof LocalDate to
                && to.isBefore(from)) {
            problems.add("to", "must not be before from");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    "The report parameters are invalid; nothing was rendered.", problems.list());
        }
        Map<String, String> kept = new LinkedHashMap<>();
        accepted.forEach(p -> {
            if (values.containsKey(p.name())) {
                kept.put(p.name(), given.get(p.name()).strip());
            }
        });
        return new ReportArguments(kept, values);
    }

    String text(String name) {
        return (String) values.get(name);
    }

    LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /** The start of {@code from}'s day in UTC, or null. */
    OffsetDateTime periodStart() {
        LocalDate from = date("from");
        return from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The start of the day after {@code to} in UTC (the period's exclusive end), or null. */
    OffsetDateTime periodEnd() {
        LocalDate to = date("to");
        return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The parameters as given, in the report's order, for the audit record. */
    Map<String, String> given() {
        return given;
    }

    /** The parameters for a report header, e.g. "customerKey=cus_1, from=2026-01-01"; "none" when there are none. */
    String describe() {
        if (given.isEmpty()) {
            return "none";
        }
        return given.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
