package dev.easel.integrations.shopify;

/** A recorded transition of a quarantined delivery. */
enum QuarantineAction {
    QUARANTINED,
    REPLAY_FAILED,
    REPLAYED,
    DISCARDED
}
