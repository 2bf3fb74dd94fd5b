package dev.easel.reports;

import java.util.Map;

/**
 * A report was rendered for someone: announced before the document leaves the service, so that the audit trail
 * records every report that was handed out. Parameters are pseudonymous keys and dates, never personal data.
 *
 * @param actor      the user who asked
 * @param actorRole  the role under which the report was allowed
 * @param report     the report's name, e.g. {@code decision-audit}
 * @param format     the export format
 * @param parameters the report parameters as given (format excluded)
 * @param rows       how many data rows the report holds
 */
public record ReportRendered(
        String actor, String actorRole, String report, ReportFormat format, Map<String, String> parameters, long rows) {

    public ReportRendered {
        parameters = Map.copyOf(parameters);
    }
}
