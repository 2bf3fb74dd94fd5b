package dev.easel.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A report whose few rows are computed in Java from streamed SQL: aggregations over JSON columns that SQL cannot
 * make the same way on PostgreSQL and H2. The input streams; only the result rows are held.
 */
non-sealed interface ComputedReport extends ReportDefinition {

    /** The rows, each a map from field name to value, computed inside the report's read-only transaction. */
    List<Map<String, Object>> rows(ReportArguments arguments, Connection connection) throws SQLException;
}
