package dev.easel.system.apidocs;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/** Lists the values a text property accepts, so that a client sees them instead of guessing a spelling. */
final class Vocabulary {

    private Vocabulary() {}

    @SuppressWarnings("unchecked")
    static void allow(Schema<?> schema, String property, List<String> values) {
        Schema<Object> field = schema.getProperties() == null
                ? null
                : (Schema<Object>) schema.getProperties().get(property);
        if (field != null) {
            field.setEnum(List.copyOf(values));
        }
    }
}
