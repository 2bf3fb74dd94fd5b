package dev.easel.privacy.surveys;

import dev.easel.clv.CustomerFeedbackSource;
import dev.easel.rules.facts.CustomerFeedback;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * feedback_signals: survey answers that are not consents, by customer key (or none), question and answer code. Also
 * the review rules' source of feedback facts: the keys of customers with any signal are kept in memory, so that the
 * batch run asks the database only for the few who said something.
 */
@Service
public class FeedbackSignals implements CustomerFeedbackSource {

    private static final String SELECT = "SELECT id, customer_key, tool, question_id, answer_code, answered_at, "
            + "received_at FROM feedback_signals";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Set<String> customersWithSignals;

    FeedbackSignals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String customerKey, String tool, String questionId, String answerCode, Instant answeredAt) {
        jdbc.sql("INSERT INTO feedback_signals (customer_key, tool, question_id, answer_code, answered_at, received_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        customerKey,
                        tool,
                        questionId,
                        answerCode,
                        utc(answeredAt),
                        utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        if (customerKey != null) {
            customersWithSignals = null;
        }
    }

    /** The newest answer per question, as facts for the review rules. */
    @Override
    public List<CustomerFeedback> of(String customerKey) {
        Set<String> known = customersWithSignals;
        if (known == null) {
            known = Set.copyOf(
                    jdbc.sql("SELECT DISTINCT customer_key FROM feedback_signals " + "WHERE customer_key IS NOT NULL")
                            .query(String.class)
                            .list());
            customersWithSignals = known;
        }
        if (!known.contains(customerKey)) {
            return List.of();
        }
        Map<String, CustomerFeedback> newest = new LinkedHashMap<>();
        for (FeedbackSignal signal : ofCustomer(customerKey)) {
            newest.put(
                    signal.questionId(), new CustomerFeedback(customerKey, signal.questionId(), signal.answerCode()));
        }
        return List.copyOf(newest.values());
    }

    public List<FeedbackSignal> ofCustomer(String customerKey) {
        return jdbc.sql(SELECT + " WHERE customer_key = ? ORDER BY answered_at, id")
                .param(customerKey)
                .query(FeedbackSignals::signal)
                .list();
    }

    /** The newest signals, known respondents or not. */
    public List<FeedbackSignal> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY received_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query(FeedbackSignals::signal)
                .list();
    }

    /** How often each answer code was given, for the console's summary. */
    public Map<String, Long> countsByAnswer() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT question_id || ': ' || answer_code, COUNT(*) FROM feedback_signals "
                        + "GROUP BY question_id, answer_code")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    private static FeedbackSignal signal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FeedbackSignal(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
