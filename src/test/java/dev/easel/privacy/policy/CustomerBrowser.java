package dev.easel.privacy.policy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customer's browser without the rendering: it keeps cookies (the link's session), follows no redirects by itself,
 * and posts forms with the CSRF token the last page carried, as a browser would.
 */
final class CustomerBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String lastPage = "";
    private int requests;

    CustomerBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Opens a page, following redirects as a browser would; answers the final response. */
    HttpResponse<String> open(String pathOrUrl) throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
        while (response.statusCode() == 302) {
            response = send(HttpRequest.newBuilder(
                            uri(response.headers().firstValue("Location").orElseThrow()))
                    .GET()
                    .build());
        }
        lastPage = response.body();
        return response;
    }

    /** Submits a form of the last page: one request (the page that follows is the redirect's). */
    HttpResponse<String> submit(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(lastPage);
        String token = csrf.find() ? csrf.group(1) : "";
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(token) + "&", ""));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        requests++;
        if (response.statusCode() == 302) {
            return open(response.headers().firstValue("Location").orElseThrow());
        }
        lastPage = response.body();
        return response;
    }

    String lastPage() {
        return lastPage;
    }

    /** Form submissions so far. */
    int submissions() {
        return requests;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl.replace("http://localhost:8080", base) : base + pathOrUrl;
        return URI.create(url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
