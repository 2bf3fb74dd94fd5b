package dev.easel.commerce.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * REST order ingestion under concurrent clients on loopback (docs/benchmarks.md). Off by default: run with
 * {@code -Deasel.benchmark.rest-requests=20000} (requests per phase); {@code -Deasel.benchmark.rest-clients=8,32}
 * lists the numbers of concurrent clients, {@code -Deasel.benchmark.rest-batch=1,50} the orders per request (1 posts
 * each order on its own, more posts batches to {@code /api/orders/batch}). Per number of clients it times new orders (each a distinct order of 1 to 3
 * lines, answered 201) and then the same bodies again (idempotent repeats, answered 200). The clients run in a JVM of
 * their own ({@link IngestionClients}), started per phase; on a small machine they still share its cores.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.rest-requests", matches = "\\d+")
// As in service: requests for recalculation leave the committing thread (the tests' default runs them inline).
// Without the reports' warm-up: after start it fills every template in the background for minutes on a busy machine,
// which took more CPU than the request threads during the timed phases (docs/benchmarks.md).
@TestPropertySource(
        properties = {"easel.workflow.recalculation.asynchronous-requests=true", "easel.reports.warm-up-rows=-1"})
class OrderIngestionBenchmarkIT {

    @LocalServerPort
    int port;

    @Autowired
    CsvImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ingestsOrdersFromConcurrentClients() throws IOException, InterruptedException {
        int requests = Integer.getInteger("easel.benchmark.rest-requests");
        int[] levels = Arrays.stream(System.getProperty("easel.benchmark.rest-clients", "8,32")
                        .split(","))
                .mapToInt(level -> Integer.parseInt(level.trim()))
                .toArray();
        // Orders per request: 1 is POST /api/orders; more is POST /api/orders/batch with that many.
        int[] batches = Arrays.stream(
                        System.getProperty("easel.benchmark.rest-batch", "1").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim()))
                .toArray();
        catalogueAndCustomers();

        // Warm-up: JIT, connection pools, caches; not recorded.
        for (int batch : batches) {
            phase("warm-up", 8, Math.min(requests, 1_000), "warm" + batch, 201, batch);
        }
        for (int clients : levels) {
            for (int batch : batches) {
                String run = "c" + clients + "b" + batch;
                phase("new orders", clients, requests, run, 201, batch);
                phase("repeats", clients, requests, run, 200, batch);
            }
        }
    }

    private void phase(String name, int clients, int requests, String run, int expectedStatus, int batch)
            throws IOException, InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long serviceCpu = serviceCpuNanos();
        long databaseCpu = databaseCpuNanos();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classpath = Path.of(IngestionClients.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString();
        Process clientsJvm = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        classpath,
                        IngestionClients.class.getName(),
                        String.valueOf(port),
                        name,
                        String.valueOf(clients),
                        String.valueOf(requests),
                        run,
                        String.valueOf(expectedStatus),
                        String.valueOf(batch)))
                .redirectErrorStream(true)
                .start();
        // Relayed through this JVM's output: the test runner reads that stream and rejects writes from elsewhere.
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(clientsJvm.getInputStream(), StandardCharsets.UTF_8))) {
            output.lines().forEach(System.out::println);
        }
        int exit = clientsJvm.waitFor();
        // CPU per order says more than orders/s on a machine shared with other work: the service's JVM (requests,
        // the hand-off relay, whatever else ran meanwhile) and the database's connections.
        double serviceMicros = (serviceCpuNanos() - serviceCpu) / 1e3 / requests;
        double databaseMicros = (databaseCpuNanos() - databaseCpu) / 1e3 / requests;
        System.out.printf(
                "BENCHMARK REST %s, %d clients, %d order(s) per request: load average %.1f -> %.1f; CPU per order: "
                        + "service %.0f us, database %.0f us%n",
                name,
                clients,
                batch,
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                serviceMicros,
                databaseMicros);
        assertThat(exit)
                .as("the clients' JVM: 0 when every answer was " + expectedStatus)
                .isZero();
    }

    private static long serviceCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the database's client connections; 0 where the operating system does not tell. */
    private long databaseCpuNanos() {
        return jdbc
                .queryForList("select pid from pg_stat_activity where backend_type = 'client backend'", Long.class)
                .stream()
                .flatMap(pid ->
                        ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).stream())
                .mapToLong(Duration::toNanos)
                .sum();
    }

    private void catalogueAndCustomers() {
        assertThat(imports.importFile(
                                ImportKind.SELLERS,
                                new StringReader(
                                        "sellerId,name,party,dpaSignedOn,country,region\nrest-easel,Easel,FIRST_PARTY,2024-01-01,DE,\n"),
                                false)
                        .errorCount())
                .isZero();
        StringBuilder customers = new StringBuilder("customerId,type,country,region,birthYear,email,name,channel\n");
        for (int i = 0; i < IngestionClients.CUSTOMERS; i++) {
            customers
                    .append("rest-c")
                    .append(i)
                    .append(",INDIVIDUAL,DE,,1985,rest")
                    .append(i)
                    .append("@example.com,Rest Customer,WEB\n");
        }
        assertThat(imports.importFile(ImportKind.CUSTOMERS, new StringReader(customers.toString()), false)
                        .errorCount())
                .isZero();
    }
}
