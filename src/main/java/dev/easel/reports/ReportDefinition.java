package dev.easel.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report: its name, who may read it, what it takes, the SQL behind it and how its rows read as CSV. The layout is
 * the template {@code reports/<name>.jrxml}, whose fields are the SQL's column labels plus the derived fields.
 */
interface ReportDefinition {

    String name();

    /** The roles allowed to read the report, without the ROLE_ prefix. */
    Set<String> roles();

    List<ReportParameter> parameters();

    ReportQuery query(ReportArguments arguments);

    /** The CSV's columns, in order. */
    List<Column> columns();

    /** Fields computed per row from the SQL's columns. */
    default Map<String, DerivedField> derived() {
        return Map.of();
    }

    /** Header values beyond the common ones (generated at, by, parameters), computed once per rendering. */
    default Map<String, Object> headerValues(ReportArguments arguments) {
        return Map.of();
    }
}
