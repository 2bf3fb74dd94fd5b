package dev.easel.demo;

/** Where a customer signed up or an order was placed; the prefix makes each source system's ids distinct. */
enum Channel {
    WEB("web"),
    APP("app"),
    SHOPIFY("shopify"),
    STORE("store"),
    MARKETPLACE("mkt");

    private final String idPrefix;

    Channel(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    String customerId(long number) {
        return idPrefix + "-" + number;
    }
}
