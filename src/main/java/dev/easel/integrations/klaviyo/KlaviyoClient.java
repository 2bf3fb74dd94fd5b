package dev.easel.integrations.klaviyo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.integrations.IntegrationsProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Klaviyo's "create or update profile" call ({@code POST /api/profile-import}), JSON:API shaped. The profile is named
 * by {@code external_id} = the customer key: no email or name leaves Easel. A CLEAR unsets the CLV properties.
 */
@Component
class KlaviyoClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final IntegrationsProperties.Klaviyo settings;
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KlaviyoClient(IntegrationsProperties properties, ObjectMapper json) {
        this.settings = properties.klaviyo();
        this.json = json;
    }

    /** Sets the properties on the customer's profile; throws {@link KlaviyoException} on failure. */
    void upsert(String customerKey, Map<String, Object> properties) {
        send(body(customerKey, properties));
    }

    /** Unsets Easel's properties on the customer's profile; throws {@link KlaviyoException} on failure. */
    void clear(String customerKey) {
        send(body(customerKey, null));
    }

    private void send(String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint())
                .timeout(TIMEOUT)
                .header("Authorization", "Klaviyo-API-Key " + (settings.apiKey() == null ? "" : settings.apiKey()))
                .header("revision", settings.revision())
                .header("accept", "application/vnd.api+json")
                .header("content-type", "application/vnd.api+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new KlaviyoException("unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KlaviyoException("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new KlaviyoException("HTTP " + response.statusCode());
        }
    }

    private String body(String customerKey, Map<String, Object> properties) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("external_id", customerKey);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("type", "profile");
        profile.put("attributes", attributes);
        if (properties != null) {
            attributes.put("properties", properties);
        } else {
            profile.put("meta", Map.of("patch_properties", Map.of("unset", KlaviyoProfile.PROPERTY_NAMES)));
        }
        try {
            return json.writeValueAsString(Map.of("data", profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile of plain values always serialises", e);
        }
    }

    private URI endpoint() {
        String base = settings.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "api/profile-import");
    }

    /** A failed send, described without the request (which names the customer). */
    static final class KlaviyoException extends RuntimeException {

        KlaviyoException(String reason) {
            super(reason, null, false, false);
        }
    }
}
