package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.ImportKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderChunksTests {

    private final ImportErrors errors = new ImportErrors();
    private final List<List<ParsedOrder>> chunks = new ArrayList<>();
    private final OrderChunks orderChunks = new OrderChunks(chunks::add, ImportKind.ORDERS.columns());

    @Test
    void groupsConsecutiveRowsIntoOrdersAndHashesThemAsTheirRequests() {
        orderChunks.accept(row(2, "o-1", "1", "12.50"));
        orderChunks.accept(row(3, "o-1", "2", "8"));
        orderChunks.accept(row(4, "o-2", "1", "3"));
        orderChunks.finish();

        assertThat(chunks).hasSize(1);
        List<ParsedOrder> orders = chunks.get(0);
        assertThat(orders).extracting(order -> order.request().orderId()).containsExactly("o-1", "o-2");
        assertThat(orders.get(0).request().lines()).hasSize(2);
        assertThat(orders.get(0).firstLine()).isEqualTo(2);
        assertThat(orders.get(0).lastLine()).isEqualTo(3);
        assertThat(orders.get(0).payloadHash())
                .isEqualTo(PayloadHash.of(orders.get(0).request()));
        assertThat(errors.any()).isFalse();
    }

    @Test
    void anOrderWithACellThatDoesNotParseIsReportedAndCarriesNoHash() {
        orderChunks.accept(row(2, "o-1", "1", "twelve"));
        orderChunks.finish();

        assertThat(chunks.get(0).get(0).parsed()).isFalse();
        assertThat(errors.kept())
                .extracting(error -> error.line() + " " + error.field())
                .containsExactly("2 unitPrice");
    }

    @Test
    void handsAChunkOnOnceItHoldsEnoughRowsNeverSplittingAnOrder() {
        int line = 2;
        for (int order = 0; order < FileImport.CHUNK_ROWS; order++) {
            orderChunks.accept(row(line++, "o-" + order, "1", "1"));
            orderChunks.accept(row(line++, "o-" + order, "2", "1"));
        }
        orderChunks.finish();

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0)).hasSize(FileImport.CHUNK_ROWS / 2);
        assertThat(chunks.get(0).get(chunks.get(0).size() - 1).request().lines())
                .hasSize(2);
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(FileImport.CHUNK_ROWS);
    }

    private Row row(long line, String orderId, String lineNo, String unitPrice) {
        String[] cells = {
            orderId,
            "web-1",
            "WEB",
            "2025-09-01T10:15:00Z",
            "EUR",
            "easel",
            "",
            lineNo,
            "PNT-1",
            "PAINTS",
            "2",
            unitPrice,
            "0",
            ""
        };
        return new Row(cells, line, ImportKind.ORDERS.columns(), errors);
    }
}
