package dev.easel.clv;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The current CLV with the rest of Klaviyo's predictive analytics fields (historic number of orders, average days
 * between orders, average order value) and when it was computed.
 */
public record ClvProfile(
        @JsonUnwrapped CurrentClv current,
        Integer historicNumberOfOrders,
        Double averageDaysBetweenOrders,
        BigDecimal averageOrderValue,
        LocalDate scoredOn,
        Instant computedAt) {}
