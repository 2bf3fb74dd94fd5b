package dev.easel.privacy.centre;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenSecret    signs the customers' links (HMAC-SHA256); the embedded default's is refused under postgres
 * @param publicUrl      where customers reach Easel: the start of every link handed out
 * @param linkValidity   how long a preference-centre link works
 * @param checkoutValidity how long the checkout component's token works
 * @param controller     who answers for the data, as consent receipts name it
 * @param rateLimit      requests a minute per link and per address before 429
 * @param demoCheckout   serve the demo shop's checkout page (the embedded default only)
 */
@ConfigurationProperties("easel.privacy")
public record PrivacyProperties(
        @DefaultValue(PrivacySecretCheck.DEMO_SECRET) String tokenSecret,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("14d") Duration linkValidity,
        @DefaultValue("15m") Duration checkoutValidity,
        @DefaultValue Controller controller,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("false") boolean demoCheckout,
        @DefaultValue Mail mail) {

    /** @param jurisdiction where a customer's country is unknown */
    public record Controller(
            @DefaultValue("Easel Art Supplies Ltd") String name,
            @DefaultValue("privacy@shop.example") String contact,
            @DefaultValue("1 Canvas Street, Dublin, IE") String address,
            @DefaultValue("EU") String jurisdiction) {}

    public record RateLimit(
            @DefaultValue("30") int perLink,
            @DefaultValue("120") int perAddress) {}

    /** The renewal sender: {@code enabled} sends by SMTP (spring.mail.*); otherwise links wait for compliance. */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("privacy@shop.example") String from) {}
}
