package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import java.math.BigDecimal;

/** A validated order about to be written. */
record NewOrder(OrderRequest request, CustomerRef customer, BigDecimal total, String payloadHash) {}
