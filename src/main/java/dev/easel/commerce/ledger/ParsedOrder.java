package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import java.util.List;

/**
 * The rows of one order from orders.csv, as a request. The hash is null when a cell did not parse: such an order is
 * already reported and is never validated further.
 */
record ParsedOrder(List<Row> rows, OrderRequest request, String payloadHash) {

    boolean parsed() {
        return payloadHash != null;
    }

    long firstLine() {
        return rows.get(0).line();
    }

    long lastLine() {
        return rows.get(rows.size() - 1).line();
    }
}
