package dev.easel.clv.engine;

import dev.easel.commerce.LedgerExtracts;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Every customer key, page by page in key order (keyset paging: each page starts after the last key seen). */
@Component
class CustomerKeyPages {

    private final LedgerExtracts ledger;

    CustomerKeyPages(LedgerExtracts ledger) {
        this.ledger = ledger;
    }

    void forEachChunk(int size, Consumer<List<String>> chunk) {
        String after = null;
        while (true) {
            List<String> keys = ledger.customerKeys(after, size);
            if (keys.isEmpty()) {
                return;
            }
            chunk.accept(keys);
            if (keys.size() < size) {
                return;
            }
            after = keys.get(keys.size() - 1);
        }
    }
}
