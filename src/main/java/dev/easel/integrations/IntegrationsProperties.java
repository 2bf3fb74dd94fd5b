package dev.easel.integrations;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The integrations module's settings ({@code easel.integrations.*}). */
@ConfigurationProperties("easel.integrations")
public record IntegrationsProperties(Seller seller, Shopify shopify, Klaviyo klaviyo) {

    public IntegrationsProperties {
        seller = seller == null ? new Seller("easel", "Easel Art Supplies", "NL") : seller;
        shopify = shopify == null ? new Shopify(null, null, null) : shopify;
        klaviyo = klaviyo == null
                ? new Klaviyo(
                        false,
                        null,
                        null,
                        "2026-07-15",
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(2),
                        Duration.ofMinutes(30),
                        50)
                : klaviyo;
    }

    /**
     * The first-party seller that Shopify and Segment order lines are booked to: both channels are Easel's own shop
     * (a line's Shopify vendor is the brand, not the party that sold it). Created or updated on first use.
     */
    public record Seller(
            @DefaultValue("easel") String id,
            @DefaultValue("Easel Art Supplies") String name,
            @DefaultValue("NL") String country) {}

    /**
     * @param secret         the app's webhook signing secret
     * @param previousSecret the secret being rotated out, still accepted until it is removed from configuration
     * @param maxBodySize    the largest delivery read (413 beyond it, before anything is buffered); default 1 MiB
     */
    public record Shopify(String secret, String previousSecret, DataSize maxBodySize) {

        public Shopify {
            maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        }
    }

    /**
     * @param baseUrl       Klaviyo's API root, e.g. https://a.klaviyo.com
     * @param revision      the API revision sent in the {@code revision} header
     * @param firstRetry    the delay before the first retry; each further retry waits twice as long, up to maxRetry
     * @param batchSize     outbox rows sent per relay pass
     */
    public record Klaviyo(
            @DefaultValue("false") boolean enabled,
            URI baseUrl,
            String apiKey,
            @DefaultValue("2026-07-15") String revision,
            @DefaultValue("5s") Duration relayInterval,
            @DefaultValue("2s") Duration firstRetry,
            @DefaultValue("30m") Duration maxRetry,
            @DefaultValue("50") int batchSize) {}
}
