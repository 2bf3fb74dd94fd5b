package dev.easel.demo;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.Customers;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the generated ledger files through the same CSV import that customers use, in dependency order. */
@Component
@Order(1)
class LedgerDemoSink implements DemoMarketplaceSink {

    private static final List<ImportKind> ORDER_OF_LOADING = List.of(
            ImportKind.SELLERS, ImportKind.PROMOTIONS, ImportKind.CUSTOMERS, ImportKind.ORDERS, ImportKind.REFUNDS);

    private final CsvImports imports;
    private final Customers customers;

    LedgerDemoSink(CsvImports imports, Customers customers) {
        this.imports = imports;
        this.customers = customers;
    }

    @Override
    public boolean isEmpty() {
        return customers.count() == 0;
    }

    @Override
    public void load(Path directory) {
        for (ImportKind kind : ORDER_OF_LOADING) {
            Path file = directory.resolve(kind.noun() + ".csv");
            try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ImportReport report = imports.importFile(kind, csv, false);
                if (!report.succeeded()) {
                    throw new IllegalStateException(
                            "The generated " + file.getFileName() + " was refused: " + report.errors());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
