package dev.easel.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Posts orders to a running service as the demo {@code ingest} user, the way a channel would, for the benchmarks
 * that send many from several threads. Answers the HTTP status, or -1 when no answer came.
 */
public final class OrderPoster {

    private static final String CREDENTIALS =
            "Basic " + Base64.getEncoder().encodeToString("ingest:demo".getBytes(StandardCharsets.UTF_8));

    private final URI orders;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public OrderPoster(int port) {
        this(port, "/api/orders");
    }

    /** To another ingestion path, e.g. {@code /api/orders/batch}. */
    public OrderPoster(int port, String path) {
        this.orders = URI.create("http://127.0.0.1:" + port + path);
    }

    public int post(String json) {
        HttpRequest request = HttpRequest.newBuilder(orders)
                .header("Content-Type", "application/json")
                .header("Authorization", CREDENTIALS)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
