package dev.easel.reports;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The reports endpoint checks roles per report, not per mapping, and takes each report's parameters as query text:
 * the description lists the reports, the roles of each, their parameters and the document types they answer with.
 */
@Component
class ReportsApiDescription implements OpenApiCustomizer {

    private final List<ReportDefinition> definitions;

    ReportsApiDescription(List<ReportDefinition> definitions) {
        this.definitions = definitions;
    }

    @Override
    public void customise(OpenAPI api) {
        PathItem render = api.getPaths() == null ? null : api.getPaths().get("/api/reports/{name}");
        PathItem catalogue = api.getPaths() == null ? null : api.getPaths().get("/api/reports");
        Map<String, ReportDefinition> byName = new TreeMap<>();
        definitions.forEach(definition -> byName.put(definition.name(), definition));
        TreeSet<String> roles = new TreeSet<>();
        byName.values().forEach(definition -> roles.addAll(definition.roles()));
        if (catalogue != null && catalogue.getGet() != null) {
            catalogue.getGet().description("The reports and the roles that may read each. Any signed-in user.");
        }
        if (render == null || render.getGet() == null) {
            return;
        }
        Operation operation = render.getGet();
        StringBuilder text = new StringBuilder("Renders a report as PDF, XLSX or CSV; the rendering is recorded in "
                + "the audit trail (REPORT_RENDERED). Dates are whole UTC days (yyyy-MM-dd), `to` included.\n\n"
                + "| report | roles | parameters |\n|---|---|---|\n");
        byName.values()
                .forEach(definition -> text.append("| `")
                        .append(definition.name())
                        .append("` | ")
                        .append(String.join(", ", new TreeSet<>(definition.roles())))
                        .append(" | ")
                        .append(describe(definition.parameters()))
                        .append(" |\n"));
        text.append("\nExample: `curl -u auditor:demo 'localhost:8080/api/reports/decision-audit?format=pdf"
                + "&from=2026-11-01&to=2026-11-30' -o audit.pdf`");
        operation.description(text.toString());
        operation.addExtension("x-roles", List.copyOf(roles));
        List<Parameter> parameters =
                new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        parameters.removeIf(parameter -> "query".equals(parameter.getName()));
        parameters.forEach(parameter -> {
            if ("name".equals(parameter.getName())) {
                parameter.schema(
                        new StringSchema()._enum(List.copyOf(byName.keySet())).example("decision-audit"));
            } else if ("format".equals(parameter.getName())) {
                parameter.schema(new StringSchema()
                        ._enum(Arrays.stream(ReportFormat.values())
                                .map(ReportFormat::extension)
                                .toList())
                        ._default("pdf"));
            }
        });
        TreeMap<String, ReportParameter> reportParameters = new TreeMap<>();
        byName.values()
                .forEach(definition -> definition
                        .parameters()
                        .forEach(parameter -> reportParameters.putIfAbsent(parameter.name(), parameter)));
        reportParameters
                .values()
                .forEach(parameter -> parameters.add(new Parameter()
                        .in("query")
                        .name(parameter.name())
                        .required(false)
                        .description(parameter.description() + " (for the reports that take it)")
                        .schema(
                                parameter.kind() == ReportParameter.Kind.DATE
                                        ? new StringSchema().format("date").example("2026-11-01")
                                        : new StringSchema())));
        operation.setParameters(parameters);
        Content documents = new Content();
        for (ReportFormat format : ReportFormat.values()) {
            documents.addMediaType(format.mediaType().split(";")[0], new MediaType().schema(new BinarySchema()));
        }
        operation
                .getResponses()
                .addApiResponse(
                        "403",
                        new io.swagger.v3.oas.models.responses.ApiResponse()
                                .description("The user's role may not read this report.")
                                .content(new Content()
                                        .addMediaType(
                                                "application/problem+json",
                                                new MediaType()
                                                        .schema(new io.swagger.v3.oas.models.media.Schema<>()
                                                                .$ref("#/components/schemas/Problem")))));
        operation
                .getResponses()
                .get("200")
                .description("The document; header X-Report-Rows says how many rows it " + "holds.")
                .content(documents);
    }

    private static String describe(List<ReportParameter> parameters) {
        if (parameters.isEmpty()) {
            return "none";
        }
        return String.join(
                ", ",
                parameters.stream()
                        .map(parameter -> "`" + parameter.name() + "`" + (parameter.required() ? " (required)" : ""))
                        .toList());
    }
}
