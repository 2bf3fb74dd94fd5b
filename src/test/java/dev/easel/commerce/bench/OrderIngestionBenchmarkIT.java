package dev.easel.commerce.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.testing.LatencySample;
import dev.easel.testing.OrderPoster;
import dev.easel.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * REST order ingestion under concurrent clients on loopback (docs/benchmarks.md). Off by default: run with
 * {@code -Deasel.benchmark.rest-requests=20000} (requests per phase); {@code -Deasel.benchmark.rest-clients=8,32}
 * lists the numbers of concurrent clients. Per number of clients it times new orders (each a distinct order of 1 to 3
 * lines, answered 201) and then the same bodies again (idempotent repeats, answered 200). The clients run in the
 * service's JVM and share its CPU: on a small machine they take part of what the service could have had.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.rest-requests", matches = "\\d+")
// As in service: requests for recalculation leave the committing thread (the tests' default runs them inline).
@TestPropertySource(properties = "easel.workflow.recalculation.asynchronous-requests=true")
class OrderIngestionBenchmarkIT {

    private static final int CUSTOMERS = 5_000;
    private static final String[] CATEGORIES = {"PAINTS", "BRUSHES", "CANVAS", "PAPER", "TOOLS", "KITS"};

    @LocalServerPort
    int port;

    private OrderPoster orders;

    @Autowired
    CsvImports imports;


    @Test
    void ingestsOrdersFromConcurrentClients() throws InterruptedException {
        orders = new OrderPoster(port);
        int requests = Integer.getInteger("easel.benchmark.rest-requests");
        int[] levels = Arrays.stream(System.getProperty("easel.benchmark.rest-clients", "8,32").split(","))
                .mapToInt(level -> Integer.parseInt(level.trim())).toArray();
        catalogueAndCustomers();

        // Warm-up: JIT, connection pools, caches; not recorded.
        phase("warm-up", 8, Math.min(requests, 1_000), index -> order("warm", index), 201);
        for (int clients : levels) {
            String run = "c" + clients;
            phase("new orders", clients, requests, index -> order(run, index), 201);
            phase("repeats", clients, requests, index -> order(run, index), 200);
        }
    }

    private void phase(String name, int clients, int requests, IntFunction<String> body, int expectedStatus)
            throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicLong unexpected = new AtomicLong();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Thread> threads = new ArrayList<>(clients);
        long started = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            Thread thread = new Thread(() -> {
                int index;
                while ((index = next.getAndIncrement()) < requests) {
                    long sent = System.nanoTime();
                    int status = orders.post(body.apply(index));
                    nanos[index] = System.nanoTime() - sent;
                    if (status != expectedStatus) {
                        unexpected.incrementAndGet();
                    }
                }
            }, "bench-client-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        LatencySample sample = new LatencySample(nanos);
        System.out.printf("BENCHMARK REST %s, %d clients: %d requests in %.1f s = %.0f requests/s; "
                + "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d unexpected answers; load average %.1f -> %.1f%n", name, clients,
                requests, seconds, requests / seconds, sample.percentileMillis(50), sample.percentileMillis(99),
                sample.maxMillis(), unexpected.get(), loadBefore, loadAfter);
        assertThat(unexpected.get()).as("answers other than " + expectedStatus).isZero();
    }


    /** A distinct order per run and index, 1 to 3 lines, the same body for the same arguments. */
    private static String order(String run, int index) {
        StringBuilder lines = new StringBuilder();
        int count = 1 + index % 3;
        for (int line = 1; line <= count; line++) {
            lines.append(line > 1 ? "," : "").append(String.format(
                    "{\"lineNo\":%d,\"sku\":\"SKU-%d\",\"category\":\"%s\",\"quantity\":%d,\"unitPrice\":%d.%02d}",
                    line, (index * 7 + line) % 5000, CATEGORIES[(index + line) % CATEGORIES.length],
                    1 + (index + line) % 4, 1 + index % 50, (index * 13) % 100));
        }
        return String.format("{\"orderId\":\"rest-%s-%d\",\"customerId\":\"rest-c%d\",\"channel\":\"WEB\","
                + "\"placedAt\":\"2025-09-%02dT10:15:00Z\",\"currency\":\"EUR\",\"sellerId\":\"rest-easel\","
                + "\"lines\":[%s]}", run, index, index % CUSTOMERS, 1 + index % 28, lines);
    }

    private void catalogueAndCustomers() {
        assertThat(imports.importFile(ImportKind.SELLERS, new StringReader(
                "sellerId,name,party,dpaSignedOn,country,region\nrest-easel,Easel,FIRST_PARTY,2024-01-01,DE,\n"),
                false).errorCount()).isZero();
        StringBuilder customers = new StringBuilder("customerId,type,country,region,birthYear,email,name,channel\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.append("rest-c").append(i).append(",INDIVIDUAL,DE,,1985,rest").append(i)
                    .append("@example.com,Rest Customer,WEB\n");
        }
        assertThat(imports.importFile(ImportKind.CUSTOMERS, new StringReader(customers.toString()), false)
                .errorCount()).isZero();
    }
}
