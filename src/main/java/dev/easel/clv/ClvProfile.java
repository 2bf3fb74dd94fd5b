package dev.easel.clv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The current CLV with the rest of Klaviyo's predictive analytics fields (historic number of orders, average days
 * between orders, average order value) and when it was computed.
 */
public record ClvProfile(@JsonUnwrapped CurrentClv current, Integer historicNumberOfOrders,
        Double averageDaysBetweenOrders, BigDecimal averageOrderValue, LocalDate scoredOn, Instant computedAt) {
}
