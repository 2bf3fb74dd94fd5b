package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.LatencySample;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console user signed in over HTTP with a session cookie and the CSRF token, as a browser is: for timing pages
 * end to end (the server's time plus a loopback hop).
 */
final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    private ConsoleSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static ConsoleSession signIn(int port, String user) throws IOException, InterruptedException {
        ConsoleSession session = new ConsoleSession(port);
        Matcher token = CSRF.matcher(session.get("/login").body());
        assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
        String form = "username=" + user + "&password=demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = session.client.send(
                HttpRequest.newBuilder(URI.create(session.base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for the page {@code times} times, one after the other; every answer must be 200. */
    LatencySample time(String path, int times) throws IOException, InterruptedException {
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = get(path);
            nanos[i] = System.nanoTime() - start;
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        return new LatencySample(nanos);
    }

    static String row(String page, LatencySample sample) {
        return "| `%s` | %.0f ms | %.0f ms | %.0f ms |"
                .formatted(page, sample.percentileMillis(50), sample.percentileMillis(95), sample.maxMillis());
    }
}
