package dev.easel.preview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import dev.easel.preview.FitPromotionDesk;
import dev.easel.testing.ConsoleTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's model candidates on the embedded default: an analyst fits a candidate and reads its impact on every
 * customer, may not promote it; an administrator promotes it. The fit the demo serves is rolled back to afterwards,
 * and no run scores with the candidate, so the other console tests read what they read before.
 */
@ConsoleTest
class ModelCandidatePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ModelFits fits;

    @Autowired
    FitPromotionDesk desk;

    private String original;

    @BeforeEach
    void theDemoFitServes() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (fits.current().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        original = fits.current().map(StoredFit::version).orElseThrow();
    }

    @AfterEach
    void theDemoFitServesAgain() {
        if (!original.equals(fits.current().map(StoredFit::version).orElse(null))) {
            desk.promote(original, null, "it-operator", "ADMIN");
        }
    }

    @Test
    void anAnalystFitsACandidateAndReadsItsImpactAndAnAdministratorPromotesIt() throws Exception {
        String list = body(
                mvc.perform(get("/console/model/candidates").with(analyst())).andReturn());
        assertThat(list).contains("Model candidates", original, "SERVING", "Refit as a candidate");

        MvcResult refit = mvc.perform(post("/console/model/candidates")
                        .with(analyst())
                        .with(csrf())
                        .param("timeUnit", "DAYS")
                        .param("calibrationEnd", LocalDate.now().minusMonths(3).toString()))
                .andReturn();
        String page = refit.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/console/model/candidates/fit-");
        String version = page.substring(page.lastIndexOf('/') + 1);
        String candidate = body(mvc.perform(get(page).with(analyst())).andReturn());
        assertThat(candidate)
                .contains(version, "CANDIDATE", "Evaluate on every customer")
                .doesNotContain("promote-fit");
        assertThat(fits.current().map(StoredFit::version)).contains(original);

        String report = mvc.perform(post(page + "/impact").with(analyst()).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(report).startsWith("/console/model/impact/");
        String impact = awaitReport(report);
        assertThat(impact)
                .contains(
                        "Churn band moves",
                        "P(alive) distribution",
                        "Predicted CLV per currency",
                        "own figures",
                        original);

        assertThat(mvc.perform(post(page + "/promotions").with(analyst()).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(page + "/promotions")
                                .with(user("analyst").roles("ADMIN"))
                                .with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("refused")
                        .toString())
                .contains("someone else must promote it");
        assertThat(mvc.perform(post(page + "/promotions").with(admin()).with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .containsKey("promoted"))
                .isTrue();
        assertThat(fits.current().map(StoredFit::version)).contains(version);
        assertThat(body(mvc.perform(get(page).with(admin())).andReturn())).contains("SERVING", "promote-fit");
    }

    private String awaitReport(String report) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            String page = body(mvc.perform(get(report).with(analyst())).andReturn());
            if (page.contains("fit-impact-customers")) {
                return page;
            }
            assertThat(page).contains("Scoring every customer with both fits");
            Thread.sleep(300);
        }
        throw new AssertionError(report + " not finished in 2 minutes");
    }

    private static RequestPostProcessor analyst() {
        return user("analyst").roles("ANALYST");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private static String body(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI())
                .isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
