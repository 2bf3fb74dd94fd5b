package dev.easel.integrations.shopify;

/** Where a quarantined delivery stands. Only a QUARANTINED one keeps its payload and may be replayed or discarded. */
enum QuarantineState {
    QUARANTINED,
    REPLAYED,
    DISCARDED
}
