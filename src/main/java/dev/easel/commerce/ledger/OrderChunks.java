package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The parsing half of an orders.csv import: groups consecutive rows into orders, types their cells and hashes them,
 * and hands complete chunks of about {@link FileImport#CHUNK_ROWS} rows on. It never touches the database, so it may
 * run on another thread than the transaction.
 */
final class OrderChunks implements RowConsumer {

    private static final int ORDER_COLUMNS = 7;

    private final Consumer<List<ParsedOrder>> next;
    private final List<String> columns;
    private List<ParsedOrder> chunk = new ArrayList<>();
    private Group current;
    private int chunkRows;

    OrderChunks(Consumer<List<ParsedOrder>> next, List<String> columns) {
        this.next = next;
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
        if (!chunk.isEmpty()) {
            hand();
        }
    }

    private void close() {
        chunk.add(current.parse());
        chunkRows += current.rows.size();
        current = null;
        if (chunkRows >= FileImport.CHUNK_ROWS) {
            hand();
        }
    }

    /** A fresh list each time: the one handed on may still be in use on the other thread. */
    private void hand() {
        List<ParsedOrder> full = chunk;
        chunk = new ArrayList<>();
        chunkRows = 0;
        next.accept(full);
    }

    /** The rows of one order while they are read. */
    private final class Group {

        private final Row first;
        private final List<Row> rows = new ArrayList<>(4);
        private final List<OrderRequest.Line> lines = new ArrayList<>(4);
        private final OrderRequest head;

        Group(Row first) {
            this.first = first;
            String codes = first.text(6);
            List<String> promotionCodes = codes == null ? null : Arrays.asList(codes.split("\\|", -1));
            this.head = new OrderRequest(
                    first.text(0),
                    first.text(1),
                    first.text(2),
                    first.time(3),
                    first.text(4),
                    first.text(5),
                    promotionCodes,
                    lines);
        }

        void agree(Row row) {
            RecordRows.requireAgreement(first, row, ORDER_COLUMNS, columns, "order");
        }

        void add(Row row) {
            if (row.text(7) == null) {
                row.error("lineNo", "is required");
            }
            rows.add(row);
            lines.add(new OrderRequest.Line(
                    row.integer(7),
                    row.text(8),
                    row.text(9),
                    row.integer(10),
                    row.decimal(11),
                    row.decimal(12),
                    row.text(13)));
        }

        ParsedOrder parse() {
            boolean parsed = rows.stream().allMatch(Row::parsed);
            return new ParsedOrder(List.copyOf(rows), head, parsed ? PayloadHash.of(head) : null);
        }
    }
}
