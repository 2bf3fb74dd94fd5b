package dev.easel.commerce.ledger;

import java.util.List;

/** orders.csv on one thread: each chunk is written as soon as it is parsed. {@link ImportPipeline} overlaps the two. */
final class OrderFileImport implements FileImport {

    private final OrderChunkWriter writer;
    private final OrderChunks chunks;

    OrderFileImport(OrderChunkWriter writer, List<String> columns) {
        this.writer = writer;
        this.chunks = new OrderChunks(writer::write, columns);
    }

    @Override
    public void accept(Row row) {
        chunks.accept(row);
    }

    @Override
    public void finish() {
        chunks.finish();
    }

    @Override
    public long imported() {
        return writer.imported();
    }

    @Override
    public long unchanged() {
        return writer.unchanged();
    }
}
