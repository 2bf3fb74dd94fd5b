package dev.easel.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CsvImports;
import dev.easel.consent.ConsentImports;
import dev.easel.testing.DemoLedger;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo generator's marketplace for the workflow benchmarks: generated once per size under target/benchmark,
 * then loaded through the ledger's bulk import and the consents' file import (one event per file, so loading starts
 * no recalculation of its own).
 */
final class BenchmarkMarketplace {

    /** A customer the benchmark sends new orders for: one currency and one seller they already bought in. */
    record Buyer(String sourceId, String customerKey, String currency, String sellerId) {}

    private BenchmarkMarketplace() {}

    static void load(int customers, CsvImports imports, ConsentImports consents) {
        Path folder = Path.of("target/benchmark/marketplace-" + customers);
        if (!Files.exists(folder.resolve("consents.csv"))) {
            DemoLedger.generate(customers, folder);
        }
        DemoLedger.loadLedger(folder, imports, true);
        try (Reader reader = Files.newBufferedReader(folder.resolve("consents.csv"), StandardCharsets.UTF_8)) {
            assertThat(consents.importFile(reader, false, "benchmark").imported())
                    .isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code limit} customers with orders in one currency only, in a stable order. */
    static List<Buyer> buyers(JdbcTemplate jdbc, int limit) {
        return jdbc.query(
                """
                select min(s.source_id) as source_id, c.customer_key, min(o.currency) as currency,
                       min(o.seller_id) as seller_id
                from customers c
                join customer_source_ids s on s.customer_id = c.id
                join orders o on o.customer_id = c.id
                group by c.id, c.customer_key
                having count(distinct o.currency) = 1 and min(o.seller_id) is not null
                order by c.id
                limit ?""",
                (row, i) -> new Buyer(
                        row.getString("source_id"),
                        row.getString("customer_key"),
                        row.getString("currency"),
                        row.getString("seller_id")),
                limit);
    }
}
