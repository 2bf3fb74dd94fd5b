package dev.easel.reports;

import java.util.List;

/** The SQL a report reads, with its positional parameters (nulls allowed: the SQL casts them). */
record ReportQuery(String sql, List<Object> parameters) {

    ReportQuery {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }
}
