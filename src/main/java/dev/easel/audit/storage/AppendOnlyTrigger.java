package dev.easel.audit.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger that keeps the decision log insert-only. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("decision_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
