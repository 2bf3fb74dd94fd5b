package dev.easel.integrations.shopify;

import dev.easel.integrations.IntegrationsProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/shopify}. Shopify signs instead of logging in, so the security chain lets the request through
 * and this controller checks the signature over the raw bytes, as they stream in and within a size limit, before
 * anything is parsed or stored. A signed delivery is always answered 200 (see {@link ShopifyWebhooks}).
 */
@RestController
class ShopifyWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ShopifyWebhookController.class);

    private final ShopifySignature signature;
    private final ShopifyWebhooks webhooks;
    private final long maxBodySize;

    ShopifyWebhookController(IntegrationsProperties properties, ShopifyWebhooks webhooks) {
        this.signature = new ShopifySignature(
                properties.shopify().secret(), properties.shopify().previousSecret());
        this.webhooks = webhooks;
        this.maxBodySize = properties.shopify().maxBodySize().toBytes();
    }

    /** The body is taken as a stream, not as {@code @RequestBody byte[]}, which would buffer it whole first. */
    @PostMapping("/webhooks/shopify")
    ShopifyReceipt receive(
            HttpServletRequest request,
            @RequestHeader(name = "X-Shopify-Hmac-SHA256", required = false) String hmac,
            @RequestHeader(name = "X-Shopify-Topic", required = false) String topic,
            @RequestHeader(name = "X-Shopify-Webhook-Id", required = false) String webhookId)
            throws IOException {
        ShopifySignature.Check check = signature.start();
        byte[] raw = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), maxBodySize, check);
        if (!check.matches(hmac)) {
            log.warn("Refused a Shopify webhook with a missing or invalid signature (topic {})", safe(topic));
            throw unauthorised();
        }
        return webhooks.receive(webhookId, topic, raw);
    }

    private static ErrorResponseException unauthorised() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED,
                "The X-Shopify-Hmac-SHA256 signature is missing or does not match the body; nothing was stored.");
        problem.setTitle("Invalid webhook signature");
        return new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
    }

    /** Topics are short fixed names; anything else is not echoed into the log. */
    private static String safe(String topic) {
        return topic != null && topic.matches("[a-z_]{1,40}/[a-z_]{1,40}") ? topic : "unrecognised";
    }
}
