package dev.easel.clv;

import java.util.List;
import java.util.Optional;

/**
 * Shadow evaluations of a candidate ruleset beside the version in service, and their impact reports. A shadow run
 * publishes nothing, opens no review, queues no sync and records one audit record: the evaluation itself.
 */
public interface RuleImpacts {

    /**
     * Evaluates every customer with both rulesets and keeps the report. Takes as long as a batch run of the same
     * customers, about twice the rules work; returns when done.
     *
     * @throws IllegalArgumentException when no kept ruleset has that version
     */
    ImpactReport evaluate(String candidateVersion, String requestedBy);

    /**
     * Starts {@link #evaluate} in the background, one at a time, and answers the report's id at once.
     *
     * @throws IllegalArgumentException when no kept ruleset has that version
     */
    String start(String candidateVersion, String requestedBy);

    /** RUNNING, FINISHED or FAILED; empty for an unknown report. */
    Optional<String> status(String reportId);

    /** A finished report. */
    Optional<ImpactReport> find(String reportId);

    /** The newest finished report of the candidate against that base version. */
    Optional<ImpactReport> latest(String candidateVersion, String baseVersion);

    /** Reports of a candidate, newest first, without their sample. */
    List<ImpactReport> of(String candidateVersion);
}
