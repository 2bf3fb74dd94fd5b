package dev.easel.system.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.testing.ConsoleTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API description against the controllers that are really mapped: every API mapping is described, with its
 * roles and its problem+json errors; only signed-in users read it.
 */
@ConsoleTest
class ApiDescriptionIT {

    /** The paths the description covers: the API, the webhooks and the well-known files, not the console's pages. */
    static final List<String> DESCRIBED = List.of("/api/", "/webhooks/", "/.well-known/");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode description;

    @BeforeEach
    void readDescription() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(httpBasic("analyst", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        description = json.readTree(body);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "api-docs.json"), body);
    }

    @Test
    void describesEveryApiMappingTheControllersDeclare() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String path : entry.getKey().getPatternValues()) {
                if (DESCRIBED.stream().noneMatch(path::startsWith)) {
                    continue;
                }
                var methods = entry.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    checked++;
                    JsonNode operation = description
                            .path("paths")
                            .path(path)
                            .path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        missing.add(
                                method + " " + path + " (" + entry.getValue().getShortLogMessage() + ")");
                    }
                }
            }
        }
        assertThat(checked).as("API mappings found").isGreaterThan(30);
        assertThat(missing).as("mappings missing from /v3/api-docs").isEmpty();
    }

    @Test
    void namesTheRolesAndTheProblemAnswersOfEachOperation() {
        JsonNode order = description.at("/paths/~1api~1orders/post");
        assertThat(order.path("x-roles").toString()).isEqualTo("[\"INGEST\",\"ADMIN\"]");
        assertThat(order.path("description").asText()).contains("Roles: INGEST, ADMIN.");
        for (String status : List.of("400", "401", "403")) {
            assertThat(order.at("/responses/" + status + "/content").has("application/problem+json"))
                    .as("POST /api/orders answers %s as problem+json", status)
                    .isTrue();
        }
        assertThat(description
                        .at("/components/schemas/Problem/properties/errors/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/FieldProblem");
        assertThat(description.at("/components/securitySchemes/basic/scheme").asText())
                .isEqualTo("basic");
    }

    @Test
    void listsTheVocabulariesAClientMustSpellExactly() {
        JsonNode schemas = description.path("components").path("schemas");
        assertThat(schemas.at("/OrderRequestLine/properties/category/enum").toString())
                .isEqualTo("[\"BRUSHES\",\"CANVAS\",\"KITS\",\"OTHER\",\"PAINTS\",\"PAPER\",\"TOOLS\"]");
        assertThat(schemas.has("RefundRequestLine"))
                .as("refund lines keep their own schema")
                .isTrue();
        assertThat(schemas.at("/RefundRequest/properties/type/enum").toString()).contains("RETURN", "CANCELLATION");
        assertThat(schemas.at("/ConsentSubmission/properties/purpose/enum").toString())
                .isEqualTo("[\"clv-profiling\",\"marketing-sync\"]");
        JsonNode render = description.at("/paths/~1api~1reports~1{name}/get");
        assertThat(render.at("/parameters").toString()).contains("decision-audit", "consent-compliance", "xlsx");
        assertThat(render.path("description").asText()).contains("| `decision-audit` | AUDITOR, COMPLIANCE |");
        assertThat(description.at("/paths/~1webhooks~1shopify/post/security").toString())
                .isEqualTo("[]");
    }

    @Test
    void theIngestionExamplesAreAcceptedByTheDemo() throws Exception {
        JsonNode schemas = description.path("components").path("schemas");
        Map<String, JsonNode> sent = new LinkedHashMap<>();
        sent.put("/api/customers", schemas.at("/CustomerRequest/example"));
        sent.put("/api/orders", schemas.at("/OrderRequest/example"));
        sent.put(
                "/api/orders/" + schemas.at("/OrderRequest/example/orderId").asText() + "/refunds",
                schemas.at("/RefundRequest/example"));
        sent.put("/api/consents", schemas.at("/ConsentSubmission/example"));
        for (var example : sent.entrySet()) {
            assertThat(example.getValue().isObject())
                    .as("example for " + example.getKey())
                    .isTrue();
            var response = mvc.perform(post(example.getKey())
                            .with(httpBasic("ingest", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(example.getValue().toString()))
                    .andReturn()
                    .getResponse();
            // 201 the first time, 200 when the example was sent before (idempotent by id).
            assertThat(response.getStatus())
                    .as(example.getKey() + ": " + response.getContentAsString())
                    .isIn(200, 201);
        }
    }

    @Test
    void isForSignedInUsersOnly() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/swagger-ui/index.html").with(httpBasic("auditor", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void everySignedInConsoleUserIsLinkedToSwaggerUiWhichOpensWithTheConsoleSession() throws Exception {
        for (String role : List.of("ANALYST", "COMPLIANCE", "AUDITOR", "ADMIN", "INGEST")) {
            // Every role with a desk may read reports; INGEST has the welcome page.
            String path = role.equals("INGEST") ? "/console/home" : "/console/reports";
            String page = mvc.perform(
                            get(path).with(user(role.toLowerCase(Locale.ROOT)).roles(role)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(role).contains("<a href=\"/swagger-ui.html\">API</a>");
        }
        MockHttpSession session = (MockHttpSession)
                mvc.perform(formLogin("/login").user("analyst").password("demo"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);

        assertThat(mvc.perform(get("/swagger-ui/index.html").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/v3/api-docs").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
