package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import dev.easel.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database half of an orders.csv import: per chunk, one round of look-ups, validation against what the ledger
 * holds, and one multi-row insert per table. Runs on the transaction's thread.
 */
final class OrderChunkWriter implements ImportCounts {

    private static final Map<String, String> LINE_COLUMNS = Map.of("sellerId", "lineSellerId");

    private final LedgerQueries queries;
    private final LedgerWriter writer;
    private final ReferenceCache references;
    private final ImportErrors errors;
    private final boolean copy;
    private long imported;
    private long unchanged;
    private long lastLine;

    /** @param copy write with COPY where the database has it (a bulk load) */
    OrderChunkWriter(
            LedgerQueries queries, LedgerWriter writer, ReferenceCache references, ImportErrors errors, boolean copy) {
        this.copy = copy;
        this.queries = queries;
        this.writer = writer;
        this.references = references;
        this.errors = errors;
    }

    @Override
    public long imported() {
        return imported;
    }

    @Override
    public long unchanged() {
        return unchanged;
    }

    /** The last line of the chunk written last, to say where the database refused. */
    long lastLine() {
        return lastLine;
    }

    void write(List<ParsedOrder> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        lastLine = chunk.get(chunk.size() - 1).lastLine();
        List<ParsedOrder> parsed = chunk.stream().filter(ParsedOrder::parsed).toList();
        List<OrderRequest> requests = parsed.stream().map(ParsedOrder::request).toList();
        references.preload(requests);
        Map<String, RecordedOrder> recorded = queries.recordedOrdersPlannedAfresh(requests.stream()
                .map(OrderRequest::orderId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        Set<String> inChunk = new HashSet<>();
        List<NewOrder> fresh = new ArrayList<>(parsed.size());
        for (ParsedOrder order : parsed) {
            OrderRequest request = order.request();
            long line = order.firstLine();
            if (request.orderId() != null && !inChunk.add(request.orderId())) {
                errors.add(line, "orderId", "appears again: the rows of one order must be consecutive");
                continue;
            }
            RecordedOrder existing = request.orderId() == null ? null : recorded.get(request.orderId());
            if (existing != null) {
                if (existing.payloadHash().equals(order.payloadHash())) {
                    unchanged++;
                } else {
                    errors.add(
                            line,
                            "orderId",
                            "is already recorded with different content (earlier in this file "
                                    + "or before); the rows of one order must be consecutive");
                }
                continue;
            }
            List<FieldProblem> violations = OrderRules.validate(request, references);
            if (!violations.isEmpty()) {
                LineMapping.report(violations, order.rows(), LINE_COLUMNS, Map.of(), errors);
                continue;
            }
            fresh.add(new NewOrder(
                    request,
                    references.customer(request.customerId()).orElseThrow(),
                    OrderMath.total(request),
                    order.payloadHash()));
        }
        // All or nothing: once any line is bad, only validate the rest, so that every bad line is reported.
        if (!errors.any()) {
            if (copy) {
                writer.copyOrders(fresh);
            } else {
                writer.insertOrders(fresh);
            }
        }
        imported += fresh.size();
    }
}
