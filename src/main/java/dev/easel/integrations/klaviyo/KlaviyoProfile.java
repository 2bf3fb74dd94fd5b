package dev.easel.integrations.klaviyo;

import java.util.List;

/** The profile properties Easel owns in Klaviyo: the predictive-analytics names marketers know. */
final class KlaviyoProfile {

    static final List<String> PROPERTY_NAMES = List.of(
            "historic_clv",
            "predicted_clv",
            "total_clv",
            "historic_number_of_orders",
            "predicted_number_of_orders",
            "average_days_between_orders",
            "average_order_value",
            "churn_probability",
            "expected_date_of_next_order",
            "clv_currency");

    private KlaviyoProfile() {}
}
