package dev.easel.clv;

import java.math.BigDecimal;

/**
 * A computed CLV not yet published. Money in the ledger's currency of the customer.
 *
 * @param historicOnly true when the model could not be used (no fit, too little data, consent) and predicted is zero
 */
public record ClvCandidate(
        long candidateId,
        String customerKey,
        String currency,
        BigDecimal historic,
        BigDecimal predicted,
        BigDecimal total,
        double probabilityAlive,
        boolean historicOnly,
        String rulesetVersion,
        String modelVersion) {}
