package dev.easel.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import dev.easel.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSV import throughput into PostgreSQL (docs/benchmarks.md). Off by default: run with
 * {@code -Deasel.benchmark.order-lines=1000000}, and {@code -Deasel.benchmark.bulk=true} for a bulk load
 * (docs/benchmarks.md has the full command).
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.order-lines", matches = "\\d+")
class OrderImportBenchmarkIT {

    private static final int CUSTOMERS = 20_000;
    private static final String[] CATEGORIES = {"PAINTS", "BRUSHES", "CANVAS", "PAPER", "TOOLS", "KITS"};

    @Autowired
    CsvImports imports;

    @Test
    void importsOrderLinesFast() throws IOException {
        int lines = Integer.getInteger("easel.benchmark.order-lines");
        Path folder = Files.createDirectories(Path.of("target/benchmark"));
        Path customers = write(folder.resolve("customers.csv"), customersCsv());
        Path sellers = write(folder.resolve("sellers.csv"),
                new StringBuilder("sellerId,name,party,dpaSignedOn,country,region\nbench-easel,Easel,FIRST_PARTY,"
                        + "2024-01-01,DE,\nbench-third,Third,THIRD_PARTY,,US,US-NY\n"));
        Path orders = folder.resolve("orders.csv");
        writeOrders(orders, lines);

        assertThat(load(ImportKind.SELLERS, sellers).errorCount()).isZero();
        long customersStarted = System.nanoTime();
        assertThat(load(ImportKind.CUSTOMERS, customers).errorCount()).isZero();
        double customerSeconds = (System.nanoTime() - customersStarted) / 1e9;
        long started = System.nanoTime();
        boolean bulk = Boolean.getBoolean("easel.benchmark.bulk");
        ImportReport report;
        try (Reader reader = Files.newBufferedReader(orders, StandardCharsets.UTF_8)) {
            report = bulk ? imports.bulkLoad(ImportKind.ORDERS, reader)
                    : imports.importFile(ImportKind.ORDERS, reader, false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(report.errors()).isEmpty();
        System.out.printf("BENCHMARK customers: %d in %.1f s = %.0f/s%n", CUSTOMERS, customerSeconds,
                CUSTOMERS / customerSeconds);
        System.out.printf("BENCHMARK order lines%s: %d (%d orders) in %.1f s = %.0f lines/s%n",
                bulk ? " (bulk load)" : "", report.linesRead(), report.imported(), seconds,
                report.linesRead() / seconds);
    }

    private ImportReport load(ImportKind kind, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return imports.importFile(kind, reader, false);
        }
    }

    private static StringBuilder customersCsv() {
        StringBuilder csv = new StringBuilder("customerId,type,country,region,birthYear,email,name,channel\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            csv.append("bench-c").append(i).append(",INDIVIDUAL,US,US-CA,1980,bench").append(i)
                    .append("@example.com,Bench Customer,WEB\n");
        }
        return csv;
    }

    private static void writeOrders(Path file, int lines) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("orderId,customerId,channel,placedAt,currency,sellerId,promotionCodes,lineNo,sku,category,"
                    + "quantity,unitPrice,discount,lineSellerId\n");
            int written = 0;
            for (int order = 0; written < lines; order++) {
                int orderLines = Math.min(1 + random.nextInt(5), lines - written);
                String head = "bench-o" + order + ",bench-c" + random.nextInt(CUSTOMERS) + ",WEB,2025-0"
                        + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T10:15:00Z,EUR,bench-easel,,";
                for (int line = 1; line <= orderLines; line++) {
                    out.write(head + line + ",SKU-" + random.nextInt(5000) + ","
                            + CATEGORIES[random.nextInt(CATEGORIES.length)] + "," + (1 + random.nextInt(4)) + ","
                            + (1 + random.nextInt(5000)) / 100.0 + ",0," + (line % 3 == 0 ? "bench-third" : "")
                            + "\n");
                }
                written += orderLines;
            }
        }
    }

    private static Path write(Path file, CharSequence content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
