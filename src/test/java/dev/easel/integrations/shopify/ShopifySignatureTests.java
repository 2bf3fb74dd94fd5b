package dev.easel.integrations.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ShopifySignatureTests {

    private static final byte[] BODY = "{\"id\":1,\"total_price\":\"10.00\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheHmacOfTheRawBodyUnderTheSecret() {
        assertThat(new ShopifySignature("current", null).verifies(BODY, sign("current", BODY)))
                .isTrue();
    }

    @Test
    void refusesAWrongSecretAnAlteredBodyAndAMissingOrGarbledHeader() {
        ShopifySignature signature = new ShopifySignature("current", null);
        byte[] altered = "{\"id\":1,\"total_price\":\"99.00\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verifies(BODY, sign("other", BODY))).isFalse();
        assertThat(signature.verifies(altered, sign("current", BODY))).isFalse();
        assertThat(signature.verifies(BODY, null)).isFalse();
        assertThat(signature.verifies(BODY, "not base64 at all!")).isFalse();
    }

    @Test
    void acceptsThePreviousSecretWhileItIsRotatedOutAndNotAfterwards() {
        String signedWithOld = sign("old", BODY);

        assertThat(new ShopifySignature("new", "old").verifies(BODY, signedWithOld))
                .isTrue();
        assertThat(new ShopifySignature("new", "old").verifies(BODY, sign("new", BODY)))
                .isTrue();
        assertThat(new ShopifySignature("new", null).verifies(BODY, signedWithOld))
                .isFalse();
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
