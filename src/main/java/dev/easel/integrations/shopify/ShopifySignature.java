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
 * is rotated both the current and the previous one are accepted. Every candidate is compared in constant time. The
 * HMAC is computed as the body streams in ({@link #start()}), so the check needs no second pass over it.
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
        Check check = start();
        check.update(rawBody, 0, rawBody.length);
        return check.matches(header);
    }

    /** A check fed chunk by chunk as the body arrives. */
    Check start() {
        return new Check(secrets.stream().map(ShopifySignature::mac).toList());
    }

    static final class Check {

        private final List<Mac> macs;

        private Check(List<Mac> macs) {
            this.macs = macs;
        }

        void update(byte[] chunk, int offset, int length) {
            macs.forEach(mac -> mac.update(chunk, offset, length));
        }

        boolean matches(String header) {
            byte[] claimed = decoded(header);
            boolean valid = false;
            for (Mac mac : macs) {
                // No early exit: the time taken does not tell which secret matched.
                valid |= MessageDigest.isEqual(mac.doFinal(), claimed);
            }
            return valid && claimed.length > 0;
        }

        private static byte[] decoded(String header) {
            if (header == null || header.isBlank()) {
                return new byte[0];
            }
            try {
                return Base64.getDecoder().decode(header.trim());
            } catch (IllegalArgumentException notBase64) {
                return new byte[0];
            }
        }
    }

    private static Mac mac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
