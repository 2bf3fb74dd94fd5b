package dev.easel.commerce;

import java.util.List;

/** Several orders in one request, for channels that collect them; stored together or not at all. */
public record OrderBatchRequest(List<OrderRequest> orders) {}
