package dev.easel.commerce.ledger;

import dev.easel.commerce.RefundRequest;

/** A validated refund about to be written against its order. */
record NewRefund(RefundRequest request, OrderSnapshot order, String payloadHash) {}
