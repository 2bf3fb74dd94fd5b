package dev.easel.commerce.ledger;

import dev.easel.shared.FieldProblem;
import java.util.List;
import java.util.Map;

/**
 * Turns a request's violations back into CSV terms: {@code lines[2].discount} of an order becomes the discount column
 * of the order's third row, with that row's line number.
 */
final class LineMapping {

    private LineMapping() {}

    /**
     * @param rows           the rows of the record, in the order its lines were built
     * @param lineColumns    request field of a line -> CSV column, where they differ
     * @param recordColumns  request field of the record -> CSV column, where they differ
     */
    static void report(
            List<FieldProblem> violations,
            List<Row> rows,
            Map<String, String> lineColumns,
            Map<String, String> recordColumns,
            ImportErrors errors) {
        for (FieldProblem violation : violations) {
            String field = violation.field();
            Row row = rows.get(0);
            String column;
            if (field.startsWith("lines[")) {
                int close = field.indexOf(']');
                int index = Integer.parseInt(field.substring("lines[".length(), close));
                row = rows.get(Math.min(index, rows.size() - 1));
                String lineField = close + 2 <= field.length() ? field.substring(close + 2) : "lineNo";
                column = lineColumns.getOrDefault(lineField, lineField);
            } else {
                int bracket = field.indexOf('[');
                String name = bracket < 0 ? field : field.substring(0, bracket);
                column = recordColumns.getOrDefault(name, name);
            }
            errors.add(row.line(), column, violation.message());
        }
    }
}
