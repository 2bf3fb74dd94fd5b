package dev.easel.commerce.ledger;

import java.math.BigDecimal;

import dev.easel.commerce.OrderRequest;

/** A validated order about to be written. */
record NewOrder(OrderRequest request, CustomerRef customer, BigDecimal total, String payloadHash) {
}
