package dev.easel.integrations.shopify;

import java.util.Arrays;
import java.util.Optional;

/** The webhook topics Easel subscribes to. */
enum ShopifyTopic {
    ORDERS_CREATE("orders/create"),
    ORDERS_UPDATED("orders/updated"),
    ORDERS_CANCELLED("orders/cancelled"),
    REFUNDS_CREATE("refunds/create"),
    CUSTOMERS_CREATE("customers/create"),
    CUSTOMERS_UPDATE("customers/update"),
    CUSTOMERS_DATA_REQUEST("customers/data_request"),
    CUSTOMERS_REDACT("customers/redact"),
    SHOP_REDACT("shop/redact");

    private final String name;

    ShopifyTopic(String name) {
        this.name = name;
    }

    String topicName() {
        return name;
    }

    static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(ShopifyTopic::topicName).toList());
    }

    static Optional<ShopifyTopic> of(String name) {
        return Arrays.stream(values()).filter(topic -> topic.name.equals(name)).findFirst();
    }
}
