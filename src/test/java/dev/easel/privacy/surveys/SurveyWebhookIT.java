package dev.easel.privacy.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.ReviewEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.Reason;
import dev.easel.rules.facts.ReviewFlag;
import dev.easel.testing.ConsoleTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Survey tools' deliveries over real HTTP: a consent answer becomes a consent event with the question's wording, a
 * feedback answer becomes a signal that a review rule uses, an unknown respondent is kept without identity, and a bad
 * signature is refused with nothing stored. Acts on customers from the middle of the key order, which the console's
 * and the privacy centre's browser tests do not pick.
 */
@ConsoleTest
class SurveyWebhookIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedbackSignals signals;

    @Autowired
    RuleEngine rules;

    @Value("${easel.privacy.survey-secret}")
    String secret;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aConsentAnswerBecomesAConsentEventWithTheQuestionsWording() throws Exception {
        String customerKey = customer(100);

        HttpResponse<String> response = post("zigpoll", """
                {"pollId":"p-1","slideId":"renewal-consent","response":"No, thanks",
                 "participant":{"metadata":{"customerKey":"%s"}},"createdAt":"2026-11-30T09:00:00Z"}
                """.formatted(customerKey), true);

        assertThat(response.statusCode()).isEqualTo(202);
        Map<String, Object> event = jdbc.sql("""
                SELECT status, source, wording, lawful_basis FROM consent_events
                 WHERE customer_key = ? ORDER BY id DESC LIMIT 1
                """).param(customerKey).query().singleRow();
        assertThat(event)
                .containsEntry("status", "WITHDRAWN")
                .containsEntry("source", "SURVEY:zigpoll")
                .containsEntry("lawful_basis", "CONSENT")
                .containsEntry(
                        "wording",
                        "May we keep using your order history to estimate your customer value "
                                + "and tailor your rewards?");
    }

    @Test
    void aFeedbackAnswerIsASignalThatTheReviewRulesUse() throws Exception {
        String customerKey = customer(101);

        HttpResponse<String> response = post("hotjar", """
                {"response":{"user_id":"%s","question_id":"next-order",
                 "answer":"I am moving to another supplier","created_at":"2026-11-30T10:00:00Z"}}
                """.formatted(customerKey), true);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(signals.ofCustomer(customerKey))
                .singleElement()
                .satisfies(signal -> assertThat(signal.answerCode()).isEqualTo("moving-supplier"));
        ClvChange rise = new ClvChange(
                customerKey, "EUR", new BigDecimal("100"), new BigDecimal("180"), new BigDecimal("300"), 0.3, false);
        ReviewFlag withFeedback = rules.evaluate(new ReviewEvaluation(LocalDate.now(), rise, signals.of(customerKey)))
                .results();
        ReviewFlag without = rules.evaluate(new ReviewEvaluation(LocalDate.now(), rise, List.of()))
                .results();
        assertThat(withFeedback.reasons()).extracting(Reason::code).contains("SAID_MOVING_TO_ANOTHER_SUPPLIER");
        assertThat(without.reasons()).extracting(Reason::code).doesNotContain("SAID_MOVING_TO_ANOTHER_SUPPLIER");
    }

    @Test
    void anUnknownRespondentIsKeptWithoutIdentityAndAnsweredAlike() throws Exception {
        long before = anonymousSignals();

        HttpResponse<String> response = post("qualaroo", """
                {"identity":"someone-easel-never-met@example.org","question_id":"satisfaction",
                 "answer_text":"Very satisfied","time":"2026-11-30T11:00:00Z"}
                """, true);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"received\":true}");
        assertThat(anonymousSignals()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_signals WHERE customer_key LIKE '%@%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aBadSignatureIs401AndNothingIsStored() throws Exception {
        String customerKey = customer(102);
        long events = jdbc.sql("SELECT COUNT(*) FROM consent_events")
                .query(Long.class)
                .single();
        long feedback = jdbc.sql("SELECT COUNT(*) FROM feedback_signals")
                .query(Long.class)
                .single();

        HttpResponse<String> response = post("zigpoll", """
                {"slideId":"renewal-consent","response":"Yes","participant":{"metadata":{"customerKey":"%s"}}}
                """.formatted(customerKey), false);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_events")
                        .query(Long.class)
                        .single())
                .isEqualTo(events);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_signals")
                        .query(Long.class)
                        .single())
                .isEqualTo(feedback);
    }

    private long anonymousSignals() {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_signals WHERE customer_key IS NULL")
                .query(Long.class)
                .single();
    }

    private String customer(int index) {
        return jdbc.sql("SELECT customer_key FROM customers ORDER BY customer_key LIMIT 1 OFFSET ?")
                .param(index)
                .query(String.class)
                .single();
    }

    private HttpResponse<String> post(String tool, String body, boolean signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(
                new SecretKeySpec((signed ? secret : "not-the-secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/surveys/" + tool))
                        .header("Content-Type", "application/json")
                        .header("X-Easel-Signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
