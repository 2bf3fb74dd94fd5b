package dev.easel.integrations.shopify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Shopify-Hmac-SHA256}: the base64 HMAC-SHA256 of the raw body under the app's secret. While a secret
 * is rotated both the current and the previous one are accepted. Every candidate is compared in constant time.
 */
final class ShopifySignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final List<byte[]> secrets;

    ShopifySignature(String secret, String previousSecret) {
        this.secrets = Stream.of(secret, previousSecret)
                .filter(value -> value != null && !value.isBlank())
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .toList();
        if (secrets.isEmpty()) {
            throw new IllegalStateException("easel.integrations.shopify.secret must be set");
        }
    }

    boolean verifies(byte[] rawBody, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(header.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        boolean valid = false;
        for (byte[] secret : secrets) {
            // No early exit: the time taken does not tell which secret matched.
            valid |= MessageDigest.isEqual(hmac(secret, rawBody), claimed);
        }
        return valid;
    }

    private static byte[] hmac(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
