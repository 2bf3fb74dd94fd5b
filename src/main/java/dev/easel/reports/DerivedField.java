package dev.easel.reports;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row field computed from the current row rather than read from one column, e.g. a value inside a JSON column. */
@FunctionalInterface
interface DerivedField {

    Object value(ResultSet row) throws SQLException;
}
