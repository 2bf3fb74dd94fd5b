package dev.easel.integrations.shopify;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.integrations.IntegrationsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ShopifySecretCheckTests {

    private final MockEnvironment postgres = new MockEnvironment();

    ShopifySecretCheckTests() {
        postgres.setActiveProfiles("postgres");
    }

    @Test
    void refusesToStartWithoutASecret() {
        assertThatThrownBy(() -> new ShopifySecretCheck(properties(null, null), postgres))
                .hasMessageContaining("easel.integrations.shopify.secret is not set (set EASEL_SHOPIFY_SECRET)");
        assertThatThrownBy(() -> new ShopifySecretCheck(properties("  ", null), postgres))
                .hasMessageContaining("is not set");
    }

    @Test
    void refusesTheUnresolvedPlaceholderText() {
        assertThatThrownBy(() -> new ShopifySecretCheck(properties("${EASEL_SHOPIFY_SECRET}", null), postgres))
                .hasMessageContaining("easel.integrations.shopify.secret is an unresolved placeholder");
    }

    @Test
    void refusesTheDemoSecretAlsoAsThePreviousOne() {
        assertThatThrownBy(() -> new ShopifySecretCheck(properties("demo-shopify-secret", null), postgres))
                .hasMessageContaining("secret is the embedded default's demo secret");
        assertThatThrownBy(
                        () -> new ShopifySecretCheck(properties("a-real-secret-4711", "demo-shopify-secret"), postgres))
                .hasMessageContaining("previous-secret is the embedded default's demo secret");
    }

    @Test
    void startsWithARealSecretAndTheEmbeddedDefaultWithTheDemoOne() {
        assertThatCode(() -> new ShopifySecretCheck(properties("a-real-secret-4711", null), postgres))
                .doesNotThrowAnyException();
        assertThatCode(() -> new ShopifySecretCheck(properties("demo-shopify-secret", null), new MockEnvironment()))
                .doesNotThrowAnyException();
    }

    private static IntegrationsProperties properties(String secret, String previous) {
        return new IntegrationsProperties(null, new IntegrationsProperties.Shopify(secret, previous, null), null);
    }
}
