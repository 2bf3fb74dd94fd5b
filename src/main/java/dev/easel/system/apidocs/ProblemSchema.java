package dev.easel.system.apidocs;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Map;

/** The RFC 9457 body every error carries, with Easel's {@code errors} list (field, or line and field, and why). */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";

    private ProblemSchema() {}

    static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields."))
                .addProperty("instance", new StringSchema().example("/api/orders"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref(ref(FIELD_PROBLEM)))
                                .description("one entry per bad field (400 only)"))
                .example(Map.of(
                        "type",
                        "about:blank",
                        "title",
                        "Bad Request",
                        "status",
                        400,
                        "detail",
                        "The request has invalid fields.",
                        "instance",
                        "/api/orders",
                        "errors",
                        java.util.List.of(Map.of(
                                "field",
                                "lines[0].category",
                                "message",
                                "must be one of BRUSHES, CANVAS, KITS, OTHER, PAINTS, PAPER, TOOLS"))));
    }

    static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().example("lines[0].quantity"))
                .addProperty("line", new IntegerSchema().description("the file's line, for CSV imports"))
                .addProperty("message", new StringSchema().example("must be greater than 0"));
    }

    static String ref(String name) {
        return "#/components/schemas/" + name;
    }
}
