package dev.easel.commerce.ledger;

import dev.easel.commerce.RefundRequest;
import dev.easel.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** refunds.csv: one row per refunded line (or one row for a refund without lines), rows of one refund consecutive. */
final class RefundFileImport implements FileImport {

    private static final int REFUND_COLUMNS = 7;
    private static final Map<String, String> LINE_COLUMNS = Map.of("amount", "lineAmount");

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

    RefundFileImport(
            LedgerQueries queries,
            LedgerWriter writer,
            ReferenceCache references,
            ImportErrors errors,
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
        Map<String, OrderSnapshot> orders = new HashMap<>(queries.orderSnapshots(
                groups.stream()
                        .map(group -> group.orderId)
                        .filter(id -> id != null)
                        .distinct()
                        .toList(),
                false));
        Map<String, RecordedRefund> recorded = queries.recordedRefunds(groups.stream()
                .map(group -> group.request.refundId())
                .filter(id -> id != null)
                .distinct()
                .toList());
        Set<String> inChunk = new HashSet<>();
        List<NewRefund> fresh = new ArrayList<>();
        for (Group group : groups) {
            RefundRequest request = group.request;
            long line = group.first.line();
            if (request.refundId() != null && !inChunk.add(request.refundId())) {
                errors.add(line, "refundId", "appears again: the rows of one refund must be consecutive");
                continue;
            }
            if (group.orderId == null) {
                errors.add(line, "orderId", "is required");
                continue;
            }
            OrderSnapshot order = orders.get(group.orderId);
            if (order == null) {
                errors.add(line, "orderId", "is not a known order: import the order first, then its refunds");
                continue;
            }
            String hash = PayloadHash.of(group.orderId, request);
            RecordedRefund existing = request.refundId() == null ? null : recorded.get(request.refundId());
            if (existing != null) {
                if (existing.payloadHash().equals(hash)) {
                    unchanged++;
                } else {
                    errors.add(
                            line,
                            "refundId",
                            "is already recorded with different content (earlier in this file "
                                    + "or before); the rows of one refund must be consecutive");
                }
                continue;
            }
            List<FieldProblem> violations = RefundRules.validate(request, order, references);
            if (!violations.isEmpty()) {
                LineMapping.report(violations, group.rows, LINE_COLUMNS, Map.of(), errors);
                continue;
            }
            fresh.add(new NewRefund(request, order, hash));
            // Later refunds of the same order in this chunk see what this one took.
            orders.put(group.orderId, order.withRefunded(request.amount()));
        }
        if (!errors.any()) {
            writer.insertRefunds(fresh);
        }
        imported += fresh.size();
        chunk.clear();
        chunkRows = 0;
    }

    /** The rows of one refund. */
    private final class Group {

        private final Row first;
        private final String orderId;
        private final List<Row> rows = new ArrayList<>(2);
        private final List<RefundRequest.Line> lines = new ArrayList<>(2);
        private final RefundRequest request;

        Group(Row first) {
            this.first = first;
            this.orderId = first.text(1);
            this.request = new RefundRequest(
                    first.text(0), first.text(2), first.decimal(3), first.text(4), first.text(5), first.time(6), lines);
        }

        void agree(Row row) {
            RecordRows.requireAgreement(first, row, REFUND_COLUMNS, columns, "refund");
        }

        void add(Row row) {
            boolean lineless = row.text(7) == null && row.text(8) == null && row.text(9) == null;
            if (lineless && (!rows.isEmpty() || !lines.isEmpty())) {
                row.error("lineNo", "is required when a refund has several rows");
            } else if (!lines.isEmpty() || !lineless) {
                if (rows.size() > lines.size()) {
                    row.error(
                            "lineNo",
                            "is required on every row of a refund with lines (see line " + first.line() + ")");
                }
            }
            rows.add(row);
            if (!lineless) {
                lines.add(new RefundRequest.Line(row.integer(7), row.integer(8), row.decimal(9)));
            }
        }

        boolean parsed() {
            return rows.stream().allMatch(Row::parsed);
        }
    }
}
