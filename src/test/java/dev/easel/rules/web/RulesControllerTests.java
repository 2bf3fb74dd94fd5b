package dev.easel.rules.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.easel.rules.RulesFolders;
import dev.easel.rules.engine.LiveRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:rules-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "easel.demo.load-on-empty-database=false",
            "easel.rules.watch.enabled=false"
        })
@AutoConfigureMockMvc
class RulesControllerTests {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void serveACopyOfTheProjectRules(DynamicPropertyRegistry registry) {
        RulesFolders.copyOfProjectRules(folder);
        registry.add("easel.rules.location", folder::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    LiveRules rules;

    @Test
    void showsAnAnalystTheServingVersionFilesAndRuleNames() throws Exception {
        mvc.perform(get("/api/rules").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(rules.current().version()))
                .andExpect(jsonPath("$.files").value(hasItem("consent/objection.drl")))
                .andExpect(jsonPath("$.rules.consent")
                        .value(hasItem("A customer who objected to processing is suppressed for every purpose")))
                .andExpect(jsonPath("$.loadedAt").isNotEmpty())
                .andExpect(jsonPath("$.lastErrors").isArray());
    }

    @Test
    void keepsTheRulesFromRolesThatDoNotNeedThem() throws Exception {
        mvc.perform(get("/api/rules").with(httpBasic("compliance", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/rules")).andExpect(status().isUnauthorized());
    }

    @Test
    void letsOnlyAnAdminReloadAndRecordsTheReloadInTheAuditTrail() throws Exception {
        mvc.perform(post("/api/rules/reload").with(httpBasic("analyst", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/rules/reload").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(rules.current().version()));

        mvc.perform(get("/api/audit").param("kind", "RULES_RELOADED").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].decision.actor").value("admin"))
                .andExpect(jsonPath("$[-1].decision.actorRole").value("ADMIN"))
                .andExpect(jsonPath("$[-1].decision.rulesetVersion")
                        .value(rules.current().version()))
                .andExpect(jsonPath("$[-1].decision.outputs.trigger").value("api"))
                .andExpect(jsonPath("$[-1].decision.outputs.files").value(hasItem("consent/objection.drl")));
    }

    @Test
    void answers422WithEveryErrorAndKeepsServingWhenTheFolderDoesNotBuild() throws Exception {
        String serving = rules.current().version();
        Path broken = folder.resolve("clv/broken.drl");
        RulesFolders.write(
                folder,
                "clv/broken.drl",
                RulesFolders.ruleFile("clv", "A broken rule", "$order : Order( total > )", ""));
        try {
            mvc.perform(post("/api/rules/reload").with(httpBasic("admin", "demo")))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.servingVersion").value(serving))
                    .andExpect(jsonPath("$.errors[0].file").value("clv/broken.drl"))
                    .andExpect(jsonPath("$.errors[0].line").value(7))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
            mvc.perform(get("/api/rules").with(httpBasic("admin", "demo")))
                    .andExpect(jsonPath("$.version").value(serving))
                    .andExpect(jsonPath("$.lastErrors[0].file").value("clv/broken.drl"));
        } finally {
            Files.delete(broken);
            rules.reload();
        }
    }
}
