package dev.easel.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report: its name, who may read it, what it takes and how its rows read as CSV. The layout is the template
 * {@code reports/<name>.jrxml}, whose fields are the row fields. Rows come from SQL ({@link SqlReport}) or are
 * computed in Java from SQL ({@link ComputedReport}).
 */
sealed interface ReportDefinition permits SqlReport, ComputedReport {

    String name();

    /** The roles allowed to read the report, without the ROLE_ prefix. */
    Set<String> roles();

    List<ReportParameter> parameters();

    /** The CSV's columns, in order. */
    List<Column> columns();

    /** Header values beyond the common ones (generated at, by, parameters), computed once per rendering. */
    default Map<String, Object> headerValues(ReportArguments arguments) {
        return Map.of();
    }

    /** The report's charts with their figures, computed once per rendering in every format. */
    default List<Chart> charts(ReportArguments arguments) {
        return List.of();
    }
}
