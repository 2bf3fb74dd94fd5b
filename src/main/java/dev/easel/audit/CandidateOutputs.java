package dev.easel.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outputs a candidate's records carry, the same for rulesets and fits: a shadow evaluation's report, and a
 * promotion's versions with the impact report it rests on. Kept in the order a reader expects them.
 */
final class CandidateOutputs {

    private CandidateOutputs() {}

    static Map<String, Object> evaluated(
            String reportId,
            String candidateVersion,
            String baseVersion,
            long customers,
            long customersChanged,
            String digest) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("reportId", reportId);
        outputs.put("candidateVersion", candidateVersion);
        outputs.put("baseVersion", baseVersion);
        outputs.put("customers", customers);
        outputs.put("customersChanged", customersChanged);
        outputs.put("impactDigest", digest);
        return outputs;
    }

    /** @param share what only a ruleset's promotion has (the base version and the share of customers) */
    static Map<String, Object> promoted(
            String version,
            String previousVersion,
            Map<String, Object> share,
            String kind,
            String author,
            String impactReportId,
            String impactDigest) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("version", version);
        outputs.put("previousVersion", previousVersion);
        outputs.putAll(share);
        outputs.put("kind", kind);
        outputs.put("author", author);
        if (impactReportId != null) {
            outputs.put("impactReportId", impactReportId);
            outputs.put("impactDigest", impactDigest);
        }
        return outputs;
    }
}
