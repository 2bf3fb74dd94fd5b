package dev.easel.preview;

import dev.easel.clv.ImpactReport;
import dev.easel.clv.RuleImpacts;
import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RulePromotions;
import dev.easel.rules.RulesVersion;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The promotion policy: a candidate that never served goes live only with an impact report against the version in
 * service (the one the promoter saw, or the newest), and only by someone other than its author; a rollback to a version
 * that served before needs no new report, and records the newest one when there is one.
 */
@Service
public class PromotionDesk {

    private final RuleCandidates candidates;
    private final RulePromotions promotions;
    private final RuleImpacts impacts;
    private final RuleEngine engine;

    PromotionDesk(RuleCandidates candidates, RulePromotions promotions, RuleImpacts impacts, RuleEngine engine) {
        this.candidates = candidates;
        this.promotions = promotions;
        this.impacts = impacts;
        this.engine = engine;
    }

    /** Refused before anything changed, with what to do. */
    public static final class Refused extends RuntimeException {

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    public enum Reason {
        UNKNOWN_VERSION,
        NO_IMPACT_REPORT,
        REPORT_OF_ANOTHER_CHANGE,
        AUTHOR_CANNOT_PROMOTE,
        INVALID_SHARE,
        DOES_NOT_BUILD,
        ALREADY_SERVING
    }

    /**
     * @param impactReportId the report the promoter saw; null takes the newest against the version in service
     */
    public RulePromotions.Promoted promote(
            String version, int percent, String impactReportId, String actor, String actorRole) {
        RulesVersion target = candidates
                .find(version)
                .orElseThrow(() -> new Refused(Reason.UNKNOWN_VERSION, "no kept ruleset " + version));
        String base = engine.baseVersion();
        Optional<ImpactReport> report;
        if (impactReportId != null) {
            report = impacts.find(impactReportId);
            if (report.isEmpty()
                    || !report.get().candidateVersion().equals(version)
                    || !report.get().baseVersion().equals(base)) {
                throw new Refused(
                        Reason.REPORT_OF_ANOTHER_CHANGE,
                        "impact report " + impactReportId
                                + " is not a finished evaluation of this version against the version in service");
            }
        } else {
            report = impacts.latest(version, base);
        }
        if (report.isEmpty() && target.standing() == RulesVersion.Standing.CANDIDATE) {
            throw new Refused(
                    Reason.NO_IMPACT_REPORT,
                    "evaluate the candidate's impact against the version in service before promoting it");
        }
        try {
            return promotions.promote(new RulePromotions.Request(
                    version,
                    percent,
                    actor,
                    actorRole,
                    report.map(ImpactReport::reportId).orElse(null),
                    report.map(ImpactReport::digest).orElse(null)));
        } catch (RulePromotions.Refused refused) {
            throw new Refused(Reason.valueOf(refused.reason().name()), refused.getMessage());
        }
    }
}
