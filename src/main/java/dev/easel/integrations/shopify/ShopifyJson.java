package dev.easel.integrations.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.shared.FieldProblems;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Small readers for Shopify payloads, which mix strings, numbers and nulls freely. */
final class ShopifyJson {

    private ShopifyJson() {}

    /** Webhooks send the bare resource; the REST samples wrap it ({@code {"order": {...}}}): accept both. */
    static JsonNode unwrap(JsonNode root, String resource) {
        JsonNode wrapped = root.get(resource);
        return root.size() == 1 && wrapped != null && wrapped.isObject() ? wrapped : root;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static OffsetDateTime time(JsonNode node, String field, FieldProblems problems) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field, "must be ISO 8601 with offset");
            return null;
        }
    }

    static Integer integer(JsonNode node, String field, String path, FieldProblems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.canConvertToInt()
                && (value.isIntegralNumber()
                        || value.isTextual() && value.asText().matches("\\d+"))) {
            return value.asInt();
        }
        problems.add(path, "must be a whole number");
        return null;
    }
}
