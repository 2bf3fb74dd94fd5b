package dev.easel.reports;

import java.util.Map;

/** A report whose rows stream straight from one SQL query: the template's fields are its column labels. */
non-sealed interface SqlReport extends ReportDefinition {

    ReportQuery query(ReportArguments arguments);

    /** Fields computed per row from the SQL's columns. */
    default Map<String, DerivedField> derived() {
        return Map.of();
    }
}
