package dev.easel.commerce.ledger;

import java.util.List;

/**
 * A record spread over consecutive rows (an order with its lines, a refund with its lines): the record's own
 * columns repeat on each of its rows and must agree with its first row (docs/csv-formats.md).
 */
final class RecordRows {

    private RecordRows() {}

    /** Reports every column among the record's own (1 to {@code recordColumns - 1}) that differs from the first row. */
    static void requireAgreement(Row first, Row row, int recordColumns, List<String> columns, String noun) {
        for (int column = 1; column < recordColumns; column++) {
            if (!row.raw(column).equals(first.raw(column))) {
                row.error(
                        columns.get(column),
                        "must be the same on every row of " + noun + " " + first.raw(0) + " (see line " + first.line()
                                + ")");
            }
        }
    }
}
