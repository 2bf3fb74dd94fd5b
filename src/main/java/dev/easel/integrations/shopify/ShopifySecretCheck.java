package dev.easel.integrations.shopify;

import dev.easel.integrations.IntegrationsProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Under the {@code postgres} profile the service does not start with a webhook secret anyone could know: none, the
 * unresolved placeholder text (the environment variable was not set, and Spring keeps the literal
 * {@code ${EASEL_SHOPIFY_SECRET}}), or the embedded default's demo secret. Anyone holding such a secret could forge
 * deliveries, erasure requests included.
 */
@Component
class ShopifySecretCheck {

    static final String DEMO_SECRET = "demo-shopify-secret";
    private static final String PRODUCTION = "postgres";

    ShopifySecretCheck(IntegrationsProperties properties, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            List<String> problems = problems(properties.shopify());
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        "Refusing to start under the postgres profile: " + String.join("; ", problems) + ".");
            }
        }
    }

    static List<String> problems(IntegrationsProperties.Shopify shopify) {
        List<String> problems = new ArrayList<>();
        String secret = shopify.secret();
        if (secret == null || secret.isBlank()) {
            problems.add("easel.integrations.shopify.secret is not set (set EASEL_SHOPIFY_SECRET)");
        } else {
            check("easel.integrations.shopify.secret", "EASEL_SHOPIFY_SECRET", secret, problems);
        }
        String previous = shopify.previousSecret();
        if (previous != null && !previous.isBlank()) {
            check("easel.integrations.shopify.previous-secret", "EASEL_SHOPIFY_PREVIOUS_SECRET", previous, problems);
        }
        return problems;
    }

    private static void check(String property, String variable, String value, List<String> problems) {
        if (value.contains("${")) {
            problems.add(property + " is an unresolved placeholder (set " + variable + ")");
        } else if (value.trim().equals(DEMO_SECRET)) {
            problems.add(property + " is the embedded default's demo secret");
        }
    }
}
