package dev.easel.clv.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the model says about one customer; {@code historicOnly} with a reason when it could not be used, and then no
 * number is made up. {@code season} says how the season moved the expected orders, where the serving model has one.
 */
record Prediction(
        boolean historicOnly,
        String historicOnlyReason,
        BigDecimal predicted,
        Double probabilityAlive,
        Double expectedOrders,
        BigDecimal expectedSpend,
        LocalDate nextOrderOn,
        String modelVersion,
        StoredExplanation.Season season) {

    static Prediction historicOnly(String reason, String modelVersion) {
        return new Prediction(true, reason, BigDecimal.ZERO.setScale(2), null, null, null, null, modelVersion, null);
    }

    Double churnProbability() {
        return probabilityAlive == null ? null : 1.0 - probabilityAlive;
    }
}
