package dev.easel.preview;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The impact report a promotion rests on, the same for rulesets and fits: the report the promoter saw must be a
 * finished evaluation of this candidate against what serves now; without one, the newest such report is taken; a
 * candidate that never served is not promoted without one (a rollback needs none).
 *
 * @param reportId null when the promotion rests on no report
 * @param digest   the report's digest, recorded with the promotion
 */
record ImpactEvidence(String reportId, String digest) {

    static final ImpactEvidence NONE = new ImpactEvidence(null, null);

    /** What the policy reads of a report, whichever kind it is. */
    record Report(String reportId, String candidateVersion, String baseVersion, String digest) {}

    /**
     * @param what       how the refusal names the candidate and what serves ("version" / "fit")
     * @param base       what serves now (null where nothing does)
     * @param seen       the report the promoter saw, or null
     * @param candidate  whether the target never served (then it needs a report)
     */
    static ImpactEvidence choose(
            String what,
            String version,
            String base,
            String seen,
            boolean candidate,
            Function<String, Optional<Report>> find,
            Supplier<Optional<Report>> newest) {
        Optional<Report> report;
        if (seen != null) {
            report = find.apply(seen);
            if (report.isEmpty()
                    || !report.get().candidateVersion().equals(version)
                    || !Objects.equals(report.get().baseVersion(), base)) {
                throw new PromotionRefused(
                        PromotionRefused.Reason.REPORT_OF_ANOTHER_CHANGE,
                        "impact report " + seen + " is not a finished evaluation of this " + what + " against the "
                                + what + " in service");
            }
        } else {
            report = newest.get();
        }
        if (report.isEmpty() && candidate) {
            throw new PromotionRefused(
                    PromotionRefused.Reason.NO_IMPACT_REPORT,
                    "evaluate the " + ("version".equals(what) ? "candidate" : "candidate " + what)
                            + "'s impact against the " + what + " in service before promoting it");
        }
        return report.map(r -> new ImpactEvidence(r.reportId(), r.digest())).orElse(NONE);
    }
}
