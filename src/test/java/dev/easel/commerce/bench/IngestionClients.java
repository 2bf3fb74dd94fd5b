package dev.easel.commerce.bench;

import dev.easel.testing.LatencySample;
import dev.easel.testing.OrderPoster;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The REST ingestion benchmark's clients, run in a JVM of their own so that they do not share the service's heap,
 * JIT and safepoints (they still share the machine's cores). Arguments: port, phase name, clients, requests, run name,
 * expected status. Prints one {@code BENCHMARK REST} line and exits with 1 when any answer was not the expected one.
 */
public final class IngestionClients {

    static final int CUSTOMERS = 5_000;
    private static final String[] CATEGORIES = {"PAINTS", "BRUSHES", "CANVAS", "PAPER", "TOOLS", "KITS"};

    private IngestionClients() {}

    public static void main(String[] args) throws InterruptedException {
        String name = args[1];
        int clients = Integer.parseInt(args[2]);
        int ordersInAll = Integer.parseInt(args[3]);
        String run = args[4];
        int expectedStatus = Integer.parseInt(args[5]);
        // Orders per request: 1 posts to /api/orders, more post batches of that many to /api/orders/batch.
        int perRequest = args.length > 6 ? Integer.parseInt(args[6]) : 1;
        OrderPoster orders =
                new OrderPoster(Integer.parseInt(args[0]), perRequest == 1 ? "/api/orders" : "/api/orders/batch");
        int requests = ordersInAll / perRequest;

        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicLong unexpected = new AtomicLong();
        List<Thread> threads = new ArrayList<>(clients);
        long started = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            Thread thread = new Thread(
                    () -> {
                        int index;
                        while ((index = next.getAndIncrement()) < requests) {
                            long sent = System.nanoTime();
                            int status = orders.post(
                                    perRequest == 1 ? order(run, index) : batch(run, index * perRequest, perRequest));
                            nanos[index] = System.nanoTime() - sent;
                            if (status != expectedStatus) {
                                unexpected.incrementAndGet();
                            }
                        }
                    },
                    "bench-client-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LatencySample sample = new LatencySample(nanos);
        System.out.printf(
                "BENCHMARK REST %s, %d clients, %d order(s) per request: %d requests in %.1f s = %.0f requests/s, "
                        + "%.0f orders/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d unexpected answers%n",
                name,
                clients,
                perRequest,
                requests,
                seconds,
                requests / seconds,
                requests * perRequest / seconds,
                sample.percentileMillis(50),
                sample.percentileMillis(99),
                sample.maxMillis(),
                unexpected.get());
        System.exit(unexpected.get() == 0 ? 0 : 1);
    }

    /** The orders {@code first} to {@code first + count - 1} as one batch request. */
    static String batch(String run, int first, int count) {
        StringBuilder orders = new StringBuilder("{\"orders\":[");
        for (int index = first; index < first + count; index++) {
            orders.append(index > first ? "," : "").append(order(run, index));
        }
        return orders.append("]}").toString();
    }

    /** A distinct order per run and index, 1 to 3 lines, the same body for the same arguments. */
    static String order(String run, int index) {
        StringBuilder lines = new StringBuilder();
        int count = 1 + index % 3;
        for (int line = 1; line <= count; line++) {
            lines.append(line > 1 ? "," : "")
                    .append(String.format(
                            "{\"lineNo\":%d,\"sku\":\"SKU-%d\",\"category\":\"%s\",\"quantity\":%d,\"unitPrice\":%d.%02d}",
                            line,
                            (index * 7 + line) % 5000,
                            CATEGORIES[(index + line) % CATEGORIES.length],
                            1 + (index + line) % 4,
                            1 + index % 50,
                            (index * 13) % 100));
        }
        return String.format(
                "{\"orderId\":\"rest-%s-%d\",\"customerId\":\"rest-c%d\",\"channel\":\"WEB\","
                        + "\"placedAt\":\"2025-09-%02dT10:15:00Z\",\"currency\":\"EUR\",\"sellerId\":\"rest-easel\","
                        + "\"lines\":[%s]}",
                run, index, index % CUSTOMERS, 1 + index % 28, lines);
    }
}
