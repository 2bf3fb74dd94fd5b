package dev.easel.preview;

import dev.easel.clv.ImpactReport;
import dev.easel.clv.RuleImpacts;
import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RulePromotions;
import dev.easel.rules.RulesVersion;
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

    /**
     * @param impactReportId the report the promoter saw; null takes the newest against the version in service
     * @throws PromotionRefused before anything changed
     */
    public RulePromotions.Promoted promote(
            String version, int percent, String impactReportId, String actor, String actorRole) {
        RulesVersion target = candidates
                .find(version)
                .orElseThrow(() ->
                        new PromotionRefused(PromotionRefused.Reason.UNKNOWN_VERSION, "no kept ruleset " + version));
        String base = engine.baseVersion();
        ImpactEvidence evidence = ImpactEvidence.choose(
                "version",
                version,
                base,
                impactReportId,
                target.standing() == RulesVersion.Standing.CANDIDATE,
                id -> impacts.find(id).map(PromotionDesk::evidence),
                () -> impacts.latest(version, base).map(PromotionDesk::evidence));
        try {
            return promotions.promote(new RulePromotions.Request(
                    version, percent, actor, actorRole, evidence.reportId(), evidence.digest()));
        } catch (RulePromotions.Refused refused) {
            throw new PromotionRefused(
                    PromotionRefused.Reason.valueOf(refused.reason().name()), refused.getMessage());
        }
    }

    private static ImpactEvidence.Report evidence(ImpactReport report) {
        return new ImpactEvidence.Report(
                report.reportId(), report.candidateVersion(), report.baseVersion(), report.digest());
    }
}
