package dev.easel.clv;

import dev.easel.clv.model.ModelTimeUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Model fits held as candidates beside the fit in service: a candidate serves nobody until someone other than the
 * one who asked for it promotes it; its impact on every customer's prediction is evaluated in shadow first. Under
 * staged mode every refit ({@link ModelFits#fitNow}) is a candidate; {@link #refit} makes one in any mode.
 */
public interface FitCandidates {

    /** Fits on today's ledger (or up to {@code calibrationEnd}) and keeps the fit as a candidate that does not serve. */
    StoredFit refit(ModelTimeUnit timeUnit, LocalDate calibrationEnd, String requestedBy);

    /** Whether a refit is a candidate (staged mode) or serves at once. */
    boolean staged();

    /** The kept fits, newest first, with their standing. */
    List<FitVersion> versions();

    Optional<FitVersion> find(String version);

    /**
     * Scores every customer with the fit in service and with the candidate, under the rules in service, and keeps
     * the report; publishes nothing. Returns when done.
     *
     * @throws IllegalArgumentException for an unknown fit or one that did not fit
     */
    FitImpact evaluate(String candidateVersion, String requestedBy);

    /** Starts {@link #evaluate} in the background, one at a time, and answers the report's id at once. */
    String start(String candidateVersion, String requestedBy);

    /** RUNNING, FINISHED or FAILED; empty for an unknown report. */
    Optional<String> status(String reportId);

    Optional<FitImpact> impact(String reportId);

    /** The newest finished report of the candidate against that fit in service (null: none served). */
    Optional<FitImpact> latestImpact(String candidateVersion, String baseVersion);

    /** A candidate's reports, newest first, without their sample. */
    List<FitImpact> impacts(String candidateVersion);

    /**
     * Serves the fit from now on: a promotion, or a rollback when it served before. Recorded in the audit trail with
     * both fit versions and the impact report's digest, in the same transaction.
     *
     * @throws Refused before anything changed
     */
    Promoted promote(String version, String actor, String actorRole, String impactReportId, String impactDigest);

    record Promoted(
            String version,
            String previousVersion,
            ModelPromoted.Kind kind,
            String author,
            String actor,
            String impactReportId,
            String impactDigest) {}

    /** Why a promotion did not happen. */
    final class Refused extends RuntimeException {

        private final Reason reason;

        public Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    enum Reason {
        UNKNOWN_FIT,
        NOT_USABLE,
        AUTHOR_CANNOT_PROMOTE,
        ALREADY_SERVING
    }
}
