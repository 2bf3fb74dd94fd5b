package dev.easel.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from the filters actually given, so that each query carries only its own conditions (and the
 * database can use its indexes) instead of "parameter is null or ..." for every optional filter.
 */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    SqlFilter when(Object value, String condition) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    String and() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    List<Object> parameters() {
        return parameters;
    }
}
