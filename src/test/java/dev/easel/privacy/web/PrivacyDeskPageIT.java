package dev.easel.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.easel.consent.ConsentRenewalRequested;
import dev.easel.consent.Purpose;
import dev.easel.testing.ConsoleTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ConsoleTest
class PrivacyDeskPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void complianceSeesUnsentRenewalLinksFeedbackAndTheNoticesInService() throws Exception {
        String customerKey = jdbc.sql("SELECT customer_key FROM customers ORDER BY customer_key LIMIT 1 OFFSET 120")
                .query(String.class)
                .single();
        events.publishEvent(new ConsentRenewalRequested(
                customerKey, Purpose.MARKETING_SYNC, Instant.now().plus(Duration.ofDays(20)), "desk-page-test"));

        String page = mvc.perform(
                        get("/console/privacy").with(user("compliance").roles("COMPLIANCE")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("id=\"renewal-links\"")
                .contains(customerKey)
                .contains("/privacy/link/")
                .contains("id=\"notices-version\"")
                .contains("href=\"/console/privacy\"");
    }

    @Test
    void anAnalystMayNotOpenIt() throws Exception {
        int status = mvc.perform(get("/console/privacy").with(user("analyst").roles("ANALYST")))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
    }
}
