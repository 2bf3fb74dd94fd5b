package dev.easel.commerce.ledger;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the API description cannot read from the ingestion records, which carry codes as text so that every bad field
 * is named at once: the ledger's closed vocabularies (the same sets validation checks), examples that the demo
 * marketplace accepts when sent in this order (customer, order, refund), and the 409 for an id sent again with a
 * different body.
 */
@Component
class LedgerApiDescription implements OpenApiCustomizer {

    private static final List<String> INGESTION = List.of(
            "/api/customers",
            "/api/sellers",
            "/api/promotions",
            "/api/orders",
            "/api/orders/batch",
            "/api/orders/{orderId}/refunds");

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        allow(schemas.get("CustomerRequest"), "type", Codes.CUSTOMER_TYPES);
        allow(schemas.get("CustomerRequest"), "channel", Codes.CHANNELS);
        allow(schemas.get("OrderRequest"), "channel", Codes.CHANNELS);
        allow(schemas.get("OrderRequestLine"), "category", Codes.CATEGORIES);
        allow(schemas.get("RefundRequest"), "type", Codes.REFUND_TYPES);
        example(
                schemas.get("CustomerRequest"),
                ordered(
                        "customerId",
                        "api-example-1",
                        "type",
                        "INDIVIDUAL",
                        "country",
                        "FR",
                        "email",
                        "ada@example.test",
                        "name",
                        "Ada Example",
                        "channel",
                        "WEB"));
        example(
                schemas.get("OrderRequest"),
                ordered(
                        "orderId",
                        "api-example-order-1",
                        "customerId",
                        "api-example-1",
                        "channel",
                        "WEB",
                        "placedAt",
                        "2026-11-20T10:15:00Z",
                        "currency",
                        "EUR",
                        "sellerId",
                        "easel",
                        "lines",
                        List.of(ordered(
                                "lineNo",
                                1,
                                "sku",
                                "PAINT-ULTRAMARINE-37ML",
                                "category",
                                "PAINTS",
                                "quantity",
                                2,
                                "unitPrice",
                                8.90))));
        example(
                schemas.get("RefundRequest"),
                ordered(
                        "refundId",
                        "api-example-refund-1",
                        "type",
                        "RETURN",
                        "amount",
                        8.90,
                        "currency",
                        "EUR",
                        "reason",
                        "tube arrived damaged",
                        "occurredAt",
                        "2026-11-25T09:00:00Z",
                        "lines",
                        List.of(ordered("lineNo", 1, "quantity", 1, "amount", 8.90))));
        INGESTION.forEach(path -> {
            PathItem item = api.getPaths().get(path);
            Operation post = item == null ? null : item.getPost();
            if (post != null) {
                post.getResponses()
                        .addApiResponse(
                                "409",
                                new ApiResponse()
                                        .description(
                                                "The id was sent before with a different body; nothing was changed.")
                                        .content(new Content()
                                                .addMediaType(
                                                        "application/problem+json",
                                                        new MediaType()
                                                                .schema(new Schema<>()
                                                                        .$ref("#/components/schemas/Problem")))));
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void allow(Schema schema, String property, java.util.Set<String> codes) {
        if (schema != null
                && schema.getProperties() != null
                && schema.getProperties().get(property) != null) {
            ((Schema<Object>) schema.getProperties().get(property)).setEnum(List.copyOf(Codes.sorted(codes)));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void example(Schema schema, Map<String, Object> example) {
        if (schema != null) {
            schema.setExample(example);
        }
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
