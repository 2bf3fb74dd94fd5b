package dev.easel.integrations.segment;

/** What a Segment message did: {@code reference} is the order, refund or customer key it touched. */
record SegmentReceipt(String type, String event, Outcome outcome, String reference) {

    enum Outcome {
        RECORDED,
        UNCHANGED
    }
}
