package dev.easel.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRResultSetDataSource;

/**
 * The report's rows straight off a forward-only result set, one at a time: Jasper reads columns through its own
 * {@link JRResultSetDataSource} (which knows the type conversions) and the report's derived fields are computed from
 * the same row. Counts the rows it hands out, for the audit record.
 */
final class StreamedRows implements JRDataSource {

    private final ResultSet resultSet;
    private final JRResultSetDataSource columns;
    private final Map<String, DerivedField> derived;
    private long count;

    StreamedRows(ResultSet resultSet, Map<String, DerivedField> derived) {
        this.resultSet = resultSet;
        this.columns = new JRResultSetDataSource(resultSet);
        this.derived = derived;
    }

    @Override
    public boolean next() throws JRException {
        boolean more = columns.next();
        if (more) {
            count++;
        }
        return more;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        DerivedField computed = derived.get(field.getName());
        if (computed == null) {
            return columns.getFieldValue(field);
        }
        try {
            return computed.value(resultSet);
        } catch (SQLException e) {
            throw new JRException("Cannot compute field " + field.getName(), e);
        }
    }

    /** The current row's value of a column or derived field, as the driver gives it. */
    Object value(String field) throws SQLException {
        DerivedField computed = derived.get(field);
        return computed == null ? resultSet.getObject(field) : computed.value(resultSet);
    }

    /** Moves on without Jasper, for the CSV writer. */
    boolean advance() throws SQLException {
        boolean more = resultSet.next();
        if (more) {
            count++;
        }
        return more;
    }

    long count() {
        return count;
    }
}
