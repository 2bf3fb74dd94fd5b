package dev.easel.privacy.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentStatus;
import dev.easel.privacy.centre.CustomerChoices;
import dev.easel.privacy.notices.NoticeLibrary;
import dev.easel.privacy.notices.SurveyMap;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one survey answer by its tool's mapping. An answer to a consent question from a known customer becomes a
 * consent event with the question's wording as the notice; any other answer becomes a feedback signal, without
 * identity when the respondent is not a customer Easel knows.
 */
@Service
class SurveyAnswers {

    enum Outcome {
        CONSENT,
        FEEDBACK,
        IGNORED,
        UNREADABLE
    }

    private final NoticeLibrary notices;
    private final Customers customers;
    private final CustomerChoices choices;
    private final FeedbackSignals feedback;
    private final ObjectMapper json;
    private final Clock clock;

    SurveyAnswers(
            NoticeLibrary notices,
            Customers customers,
            CustomerChoices choices,
            FeedbackSignals feedback,
            ObjectMapper json,
            Clock clock) {
        this.notices = notices;
        this.customers = customers;
        this.choices = choices;
        this.feedback = feedback;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Outcome receive(String toolName, byte[] body) {
        SurveyMap surveys = notices.current().surveys();
        Optional<SurveyMap.Tool> tool = surveys.tool(toolName);
        if (tool.isEmpty()) {
            return Outcome.IGNORED;
        }
        JsonNode delivery;
        try {
            delivery = json.readTree(body);
        } catch (IOException e) {
            return Outcome.UNREADABLE;
        }
        String questionId = text(delivery, tool.get().question());
        String answer = text(delivery, tool.get().answer());
        if (delivery == null || questionId == null || answer == null) {
            return Outcome.UNREADABLE;
        }
        Optional<SurveyMap.Question> question = surveys.question(toolName, questionId);
        if (question.isEmpty()) {
            return Outcome.IGNORED;
        }
        String customerKey =
                customerKey(text(delivery, tool.get().respondent())).orElse(null);
        Instant answeredAt = time(text(delivery, tool.get().time()));
        Optional<ConsentStatus> consent = question.get().consentStatus(answer);
        if (consent.isPresent() && customerKey != null) {
            choices.recordSurveyAnswer(
                    customerKey,
                    question.get().purpose(),
                    consent.get(),
                    question.get().wording(),
                    toolName);
            return Outcome.CONSENT;
        }
        feedback.record(customerKey, toolName, questionId, question.get().code(answer), answeredAt);
        return Outcome.FEEDBACK;
    }

    /** The respondent as Easel's customer key, or the shop's id of a customer Easel knows; else nobody. */
    private Optional<String> customerKey(String respondent) {
        if (respondent == null || respondent.isBlank() || respondent.length() > 100) {
            return Optional.empty();
        }
        if (customers.find(respondent).isPresent()) {
            return Optional.of(respondent);
        }
        return Optional.ofNullable(
                customers.keysBySourceIds(List.of(respondent)).get(respondent));
    }

    private Instant time(String text) {
        if (text != null) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                // A tool's own time format: the time received stands in.
            }
        }
        return clock.instant();
    }

    private static String text(JsonNode delivery, String pointer) {
        if (delivery == null || pointer == null) {
            return null;
        }
        JsonNode node = delivery.at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
