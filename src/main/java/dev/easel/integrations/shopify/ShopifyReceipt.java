package dev.easel.integrations.shopify;

/**
 * What a webhook delivery did. {@code reference} names what it touched (an order id, a customer key, a request id).
 */
record ShopifyReceipt(String webhookId, String topic, Outcome outcome, String reference) {

    enum Outcome {
        /** Stored something new. */
        RECORDED,
        /** An edited order: the recorded order now holds the new figures, the change is kept beside it. */
        AMENDED,
        /** Understood, and the ledger already held exactly this. */
        UNCHANGED,
        /** This webhook id was delivered before: nothing done again. */
        DUPLICATE_DELIVERY,
        /** A data-subject request was opened for compliance. */
        REQUEST_OPENED,
        /** Signed, but not bookable as it stands: kept in the quarantine (reference = its entry) for an admin. */
        QUARANTINED
    }
}
