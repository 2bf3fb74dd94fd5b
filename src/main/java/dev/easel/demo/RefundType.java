package dev.easel.demo;

/** What happened after an order: money back with or without goods, goods swapped, or the order called off. */
enum RefundType {
    REFUND,
    RETURN,
    EXCHANGE,
    CANCELLATION
}
