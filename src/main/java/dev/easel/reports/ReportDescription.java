package dev.easel.reports;

import java.util.List;

/**
 * A report as a form shows it: its name, who may read it, and the parameters it takes.
 *
 * @param roles the roles allowed to read it, without the ROLE_ prefix, in alphabetical order
 */
public record ReportDescription(String name, List<String> roles, List<Parameter> parameters) {

    public ReportDescription {
        roles = roles.stream().sorted().toList();
        parameters = List.copyOf(parameters);
    }

    /** @param kind what the value must be, so that a form can check it where it is typed */
    public record Parameter(String name, Kind kind, boolean required, String description) {}

    public enum Kind {
        /** Letters, digits, '_' and '-', at most 40 characters. */
        CUSTOMER_KEY,
        /** An ISO 8601 calendar date, meant in UTC. */
        DATE
    }

    static ReportDescription of(ReportDefinition definition) {
        return new ReportDescription(
                definition.name(),
                List.copyOf(definition.roles()),
                definition.parameters().stream()
                        .map(p -> new Parameter(p.name(), Kind.valueOf(p.kind().name()), p.required(), p.description()))
                        .toList());
    }
}
