package dev.easel.integrations.klaviyo;

import dev.easel.clv.ClvChunkDecided;
import dev.easel.clv.ClvProfile;
import dev.easel.clv.ClvPublished;
import dev.easel.clv.ClvReads;
import dev.easel.clv.ClvSuppressed;
import dev.easel.clv.CurrentClv;
import dev.easel.clv.CurrentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The CLV module's side: a published CLV (alone or in a batch chunk) asks for a Klaviyo refresh, a suppressed one
 * for a clear; and the current CLV as Klaviyo's predictive-analytics properties, read when the relay sends.
 */
@Component
class ClvEvents implements ProfileProperties {

    private final KlaviyoSync sync;
    private final ClvReads clv;

    ClvEvents(KlaviyoSync sync, ClvReads clv) {
        this.sync = sync;
        this.clv = clv;
    }

    @EventListener
    void on(ClvPublished published) {
        sync.refresh(published.decision().customerKey());
    }

    @EventListener
    void on(ClvSuppressed suppressed) {
        sync.clear(suppressed.decision().customerKey());
    }

    /** A chunk's customers in a few statements (each customer appears once in a chunk, so order does not matter). */
    @EventListener
    void on(ClvChunkDecided chunk) {
        List<String> published = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        for (ClvChunkDecided.Entry entry : chunk.decisions()) {
            switch (entry.kind()) {
                case PUBLISHED -> published.add(entry.decision().customerKey());
                case SUPPRESSED -> suppressed.add(entry.decision().customerKey());
                default -> {
                    // A flagged CLV waits for review; Klaviyo keeps the published one meanwhile.
                }
            }
        }
        sync.refreshAll(published);
        sync.clearAll(suppressed);
    }

    @Override
    public Optional<Map<String, Object>> of(String customerKey) {
        return clv.profile(customerKey)
                .filter(profile -> profile.current().status() == CurrentStatus.PUBLISHED)
                .map(ClvEvents::properties);
    }

    /** Klaviyo's PredictiveAnalytics names; the expected next order as a date-time at midnight UTC. */
    static Map<String, Object> properties(ClvProfile profile) {
        CurrentClv current = profile.current();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("historic_clv", number(current.historic()));
        properties.put("predicted_clv", number(current.predicted()));
        properties.put("total_clv", number(current.total()));
        properties.put("historic_number_of_orders", profile.historicNumberOfOrders());
        properties.put("predicted_number_of_orders", current.expectedOrders());
        properties.put("average_days_between_orders", profile.averageDaysBetweenOrders());
        properties.put("average_order_value", number(profile.averageOrderValue()));
        properties.put("churn_probability", current.churnProbability());
        properties.put(
                "expected_date_of_next_order",
                current.expectedDateOfNextOrder() == null
                        ? null
                        : current.expectedDateOfNextOrder() + "T00:00:00+00:00");
        properties.put("clv_currency", current.currency());
        return properties;
    }

    private static Double number(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }
}
