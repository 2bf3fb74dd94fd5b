package dev.easel.clv;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a reviewer sees on a flagged CLV change: the value before and after, the orders and rules behind the change,
 * and the versions that produced it. Order ids are the source systems' ids; no personal data.
 *
 * @param previousTotal the last published total CLV, or null when none was published yet
 */
public record ReviewEvidence(long candidateId, String customerKey, String currency, BigDecimal previousTotal,
        BigDecimal newTotal, BigDecimal change, List<String> flagReasons, List<String> orderIds,
        List<String> rulesFired, String rulesetVersion, String modelVersion) {

    public ReviewEvidence {
        flagReasons = List.copyOf(flagReasons);
        orderIds = List.copyOf(orderIds);
        rulesFired = List.copyOf(rulesFired);
    }
}
