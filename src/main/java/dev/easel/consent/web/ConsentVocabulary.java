package dev.easel.consent.web;

import dev.easel.consent.ConsentStatus;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The consent event arrives as text (so that every bad field can be named at once): its closed vocabularies are
 * listed from the consent module's enumerations, with an example that the demo accepts once its customer exists.
 */
@Component
class ConsentVocabulary implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        Schema<?> submission = api.getComponents().getSchemas().get("ConsentSubmission");
        if (submission == null) {
            return;
        }
        allow(
                submission,
                "purpose",
                Arrays.stream(Purpose.values()).map(Purpose::code).toList());
        allow(submission, "status", names(ConsentStatus.values()));
        allow(submission, "lawfulBasis", names(LawfulBasis.values()));
        allow(submission, "signal", List.of("GPC"));
        submission.example(Map.of(
                "customerId",
                "api-example-1",
                "purpose",
                "clv-profiling",
                "status",
                "GIVEN",
                "lawfulBasis",
                "CONSENT",
                "capturedAt",
                "2026-11-20T10:14:00Z",
                "source",
                "web-form",
                "policyVersion",
                "privacy-2026-01",
                "wording",
                "I agree that Easel estimates my customer value."));
    }

    @SuppressWarnings("unchecked")
    private static void allow(Schema<?> schema, String property, List<String> values) {
        Schema<Object> field = schema.getProperties() == null
                ? null
                : (Schema<Object>) schema.getProperties().get(property);
        if (field != null) {
            field.setEnum(List.copyOf(values));
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
