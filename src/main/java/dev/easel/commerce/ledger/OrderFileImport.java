package dev.easel.commerce.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.easel.commerce.OrderRequest;
import dev.easel.shared.FieldProblem;

/** orders.csv: one row per order line, the rows of one order consecutive, its own columns repeated on each. */
final class OrderFileImport implements FileImport {

    private static final int ORDER_COLUMNS = 7;
    private static final Map<String, String> LINE_COLUMNS = Map.of("sellerId", "lineSellerId");

    private final LedgerQueries queries;
    private final LedgerWriter writer;
    private final ReferenceCache references;
    private final ImportErrors errors;
    private final List<String> columns;
    private final List<Group> chunk = new ArrayList<>();
    private Group current;
    private int chunkRows;
    private long imported;
    private long unchanged;

    OrderFileImport(LedgerQueries queries, LedgerWriter writer, ReferenceCache references, ImportErrors errors,
            List<String> columns) {
        this.queries = queries;
        this.writer = writer;
        this.references = references;
        this.errors = errors;
        this.columns = columns;
    }

    @Override
    public void accept(Row row) {
        if (current != null && !current.first.raw(0).equals(row.raw(0))) {
            close();
        }
        if (current == null) {
            current = new Group(row);
        } else {
            current.agree(row);
        }
        current.add(row);
    }

    @Override
    public void finish() {
        if (current != null) {
            close();
        }
        flush();
    }

    @Override
    public long imported() {
        return imported;
    }

    @Override
    public long unchanged() {
        return unchanged;
    }

    private void close() {
        chunk.add(current);
        chunkRows += current.rows.size();
        current = null;
        if (chunkRows >= CHUNK_ROWS) {
            flush();
        }
    }

    private void flush() {
        List<Group> groups = chunk.stream().filter(Group::parsed).toList();
        List<OrderRequest> requests = groups.stream().map(Group::request).toList();
        references.preload(requests);
        Map<String, RecordedOrder> recorded = queries.recordedOrders(
                requests.stream().map(OrderRequest::orderId).filter(id -> id != null).distinct().toList());
        Set<String> inChunk = new HashSet<>();
        List<NewOrder> fresh = new ArrayList<>();
        for (Group group : groups) {
            OrderRequest request = group.request();
            long line = group.first.line();
            if (request.orderId() != null && !inChunk.add(request.orderId())) {
                errors.add(line, "orderId", "appears again: the rows of one order must be consecutive");
                continue;
            }
            String hash = PayloadHash.of(request);
            RecordedOrder existing = request.orderId() == null ? null : recorded.get(request.orderId());
            if (existing != null) {
                if (existing.payloadHash().equals(hash)) {
                    unchanged++;
                } else {
                    errors.add(line, "orderId", "is already recorded with different content (earlier in this file "
                            + "or before); the rows of one order must be consecutive");
                }
                continue;
            }
            List<FieldProblem> violations = OrderRules.validate(request, references);
            if (!violations.isEmpty()) {
                LineMapping.report(violations, group.rows, LINE_COLUMNS, Map.of(), errors);
                continue;
            }
            fresh.add(new NewOrder(request, references.customer(request.customerId()).orElseThrow(),
                    OrderMath.total(request), hash));
        }
        // All or nothing: once any line is bad, only validate the rest, so that every bad line is reported.
        if (!errors.any()) {
            writer.insertOrders(fresh);
        }
        imported += fresh.size();
        chunk.clear();
        chunkRows = 0;
    }

    /** The rows of one order. */
    private final class Group {

        private final Row first;
        private final List<Row> rows = new ArrayList<>(4);
        private final List<OrderRequest.Line> lines = new ArrayList<>(4);
        private final OrderRequest head;

        Group(Row first) {
            this.first = first;
            String codes = first.text(6);
            List<String> promotionCodes = codes == null ? null : Arrays.asList(codes.split("\\|", -1));
            this.head = new OrderRequest(first.text(0), first.text(1), first.text(2), first.time(3), first.text(4),
                    first.text(5), promotionCodes, lines);
        }

        void agree(Row row) {
            for (int column = 1; column < ORDER_COLUMNS; column++) {
                if (!row.raw(column).equals(first.raw(column))) {
                    row.error(columns.get(column), "must be the same on every row of order " + first.raw(0)
                            + " (see line " + first.line() + ")");
                }
            }
        }

        void add(Row row) {
            if (row.text(7) == null) {
                row.error("lineNo", "is required");
            }
            rows.add(row);
            lines.add(new OrderRequest.Line(row.integer(7), row.text(8), row.text(9), row.integer(10),
                    row.decimal(11), row.decimal(12), row.text(13)));
        }

        boolean parsed() {
            return rows.stream().allMatch(Row::parsed);
        }

        OrderRequest request() {
            return head;
        }
    }
}
