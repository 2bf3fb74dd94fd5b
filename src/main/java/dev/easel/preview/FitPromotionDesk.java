package dev.easel.preview;

import dev.easel.clv.FitCandidates;
import dev.easel.clv.FitImpact;
import dev.easel.clv.FitVersion;
import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import org.springframework.stereotype.Service;

/**
 * The promotion policy for fits, as for rules: a candidate fit that never served goes live only with an impact report
 * against the fit in service (the one the promoter saw, or the newest), and only by someone other than the one who
 * asked for the refit; a rollback to a fit that served before needs no new report and records the newest one.
 */
@Service
public class FitPromotionDesk {

    private final FitCandidates candidates;
    private final ModelFits fits;

    FitPromotionDesk(FitCandidates candidates, ModelFits fits) {
        this.candidates = candidates;
        this.fits = fits;
    }

    /**
     * @param impactReportId the report the promoter saw; null takes the newest against the fit in service
     * @throws PromotionRefused before anything changed
     */
    public FitCandidates.Promoted promote(String version, String impactReportId, String actor, String actorRole) {
        FitVersion target = candidates
                .find(version)
                .orElseThrow(() -> new PromotionRefused(PromotionRefused.Reason.UNKNOWN_FIT, "no kept fit " + version));
        String base = fits.current().map(StoredFit::version).orElse(null);
        ImpactEvidence evidence = ImpactEvidence.choose(
                "fit",
                version,
                base,
                impactReportId,
                target.standing() == FitVersion.Standing.CANDIDATE,
                id -> candidates.impact(id).map(FitPromotionDesk::evidence),
                () -> candidates.latestImpact(version, base).map(FitPromotionDesk::evidence));
        try {
            return candidates.promote(version, actor, actorRole, evidence.reportId(), evidence.digest());
        } catch (FitCandidates.Refused refused) {
            throw new PromotionRefused(
                    PromotionRefused.Reason.valueOf(refused.reason().name()), refused.getMessage());
        }
    }

    private static ImpactEvidence.Report evidence(FitImpact report) {
        return new ImpactEvidence.Report(
                report.reportId(), report.candidateVersion(), report.baseVersion(), report.digest());
    }
}
