package dev.easel.system.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The calls that need no login (the security configuration lets them through): the Global Privacy Control file, and
 * Shopify's webhook, which is signed instead. Their description asks for no credentials and promises no 401.
 */
final class PublicOperations implements OpenApiCustomizer {

    static final Map<String, PathItem.HttpMethod> PUBLIC = Map.of(
            "/.well-known/gpc.json", PathItem.HttpMethod.GET,
            "/webhooks/shopify", PathItem.HttpMethod.POST);

    @Override
    public void customise(OpenAPI api) {
        PUBLIC.forEach((path, method) -> {
            PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
            if (item == null || item.readOperationsMap().get(method) == null) {
                return;
            }
            var operation = item.readOperationsMap().get(method);
            operation.setSecurity(List.of());
            operation.getResponses().remove("401");
        });
    }
}
