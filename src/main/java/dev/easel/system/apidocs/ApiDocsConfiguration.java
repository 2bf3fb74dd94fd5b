package dev.easel.system.apidocs;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description's frame: title, HTTP Basic for every call, and the problem+json schema the errors share. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI easelApi() {
        return new OpenAPI()
                .info(new Info().title("Easel API").version("1").description("""
                                Customer lifetime value, consent and the audit trail of an art and craft supplies \
                                marketplace. Every call signs in with HTTP Basic; each operation names the roles it \
                                admits. Errors are application/problem+json (RFC 9457) with an `errors` list naming \
                                each bad field. On the embedded default the demo users (e.g. `ingest` / `demo`) \
                                work, and the examples run against the demo marketplace."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSchemas(ProblemSchema.NAME, ProblemSchema.problem())
                        .addSchemas(ProblemSchema.FIELD_PROBLEM, ProblemSchema.fieldProblem()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    RolesAndProblems rolesAndProblems() {
        return new RolesAndProblems();
    }

    @Bean
    PublicOperations publicOperations() {
        return new PublicOperations();
    }

    @Bean
    ModelResolver nestedTypeNames() {
        return NestedTypeNames.resolver();
    }
}
