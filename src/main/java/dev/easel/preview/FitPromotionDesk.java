package dev.easel.preview;

import dev.easel.clv.FitCandidates;
import dev.easel.clv.FitImpact;
import dev.easel.clv.FitVersion;
import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import java.util.Optional;
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
        UNKNOWN_FIT,
        NOT_USABLE,
        NO_IMPACT_REPORT,
        REPORT_OF_ANOTHER_CHANGE,
        AUTHOR_CANNOT_PROMOTE,
        ALREADY_SERVING
    }

    /** @param impactReportId the report the promoter saw; null takes the newest against the fit in service */
    public FitCandidates.Promoted promote(String version, String impactReportId, String actor, String actorRole) {
        FitVersion target =
                candidates.find(version).orElseThrow(() -> new Refused(Reason.UNKNOWN_FIT, "no kept fit " + version));
        String base = fits.current().map(StoredFit::version).orElse(null);
        Optional<FitImpact> report;
        if (impactReportId != null) {
            report = candidates.impact(impactReportId);
            if (report.isEmpty()
                    || !report.get().candidateVersion().equals(version)
                    || !java.util.Objects.equals(report.get().baseVersion(), base)) {
                throw new Refused(
                        Reason.REPORT_OF_ANOTHER_CHANGE,
                        "impact report " + impactReportId
                                + " is not a finished evaluation of this fit against the fit in service");
            }
        } else {
            report = candidates.latestImpact(version, base);
        }
        if (report.isEmpty() && target.standing() == FitVersion.Standing.CANDIDATE) {
            throw new Refused(
                    Reason.NO_IMPACT_REPORT,
                    "evaluate the candidate fit's impact against the fit in service before promoting it");
        }
        try {
            return candidates.promote(
                    version,
                    actor,
                    actorRole,
                    report.map(FitImpact::reportId).orElse(null),
                    report.map(FitImpact::digest).orElse(null));
        } catch (FitCandidates.Refused refused) {
            throw new Refused(Reason.valueOf(refused.reason().name()), refused.getMessage());
        }
    }
}
