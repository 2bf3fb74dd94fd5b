package dev.easel.clv;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Why a customer's CLV is what it is: whether consent allowed computing it and why, how each order counted and by
 * which rules, the model fit used, and what the review decided.
 *
 * @param status      PUBLISHED, PENDING_REVIEW or SUPPRESSED
 * @param eligibility the consent gate's status and reasons (code and rule)
 * @param adjustments the orders an adjustment rule touched, with the rules and reasons
 * @param model       the fit used: version, status, time unit, calibration end, parameters; empty when none was
 * @param review      whether the review rules flagged it, why, and who decided what
 */
public record ClvExplanation(
        String customerKey,
        String status,
        Map<String, Object> eligibility,
        List<Object> adjustments,
        List<Object> flags,
        boolean historicOnly,
        String historicOnlyReason,
        Map<String, Object> model,
        Map<String, Object> review,
        String rulesetVersion,
        String inputsDigest,
        Instant computedAt) {}
