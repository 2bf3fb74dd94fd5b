package dev.easel.rules;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.Ruleset;
import dev.easel.rules.engine.RulesetStore;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a kept ruleset into service, for a share of customers or all of them: by someone other than its author (four
 * eyes), recorded in the audit trail with both versions and the impact report's digest before it serves. A rollback
 * to an earlier version is a promotion like any other.
 */
public class RulePromotions {

    private final RulesetStore store;
    private final LiveRules live;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    public RulePromotions(
            RulesetStore store, LiveRules live, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.store = store;
        this.live = live;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * @param percent        share of customers, 1 to 100; 100 serves everyone
     * @param impactReportId the impact report the promoter saw, with its digest; may be null for a rollback
     */
    public record Request(
            String version, int percent, String actor, String actorRole, String impactReportId, String impactDigest) {}

    /** Why a promotion was refused; nothing changed. */
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
        AUTHOR_CANNOT_PROMOTE,
        INVALID_SHARE,
        DOES_NOT_BUILD,
        ALREADY_SERVING
    }

    /** What served before and serves now. */
    public record Promoted(RulesPromoted event, String promotionId) {}

    public Promoted promote(Request request) {
        RulesetStore.Kept kept = store.find(request.version())
                .orElseThrow(() -> new Refused(Reason.UNKNOWN_VERSION, "no kept ruleset " + request.version()));
        if (kept.author().equals(request.actor())) {
            throw new Refused(
                    Reason.AUTHOR_CANNOT_PROMOTE,
                    request.actor() + " made version " + shortly(kept.version())
                            + "; another person must promote it (four eyes)");
        }
        if (request.percent() < 1 || request.percent() > 100) {
            throw new Refused(Reason.INVALID_SHARE, "the share is a percentage from 1 to 100");
        }
        LiveRules.Serving before = live.serving();
        if (!before.rollingOut() && before.base().version().equals(kept.version())) {
            throw new Refused(Reason.ALREADY_SERVING, "version " + shortly(kept.version()) + " serves already");
        }
        Ruleset ruleset = store.built(kept.version())
                .orElseThrow(() -> new Refused(
                        Reason.DOES_NOT_BUILD,
                        "version " + shortly(kept.version()) + " does not build with this release of Easel"));
        boolean servedBefore = kept.origin().equals(RulesVersion.Origin.STARTUP.name())
                || kept.origin().equals(RulesVersion.Origin.RELOAD.name())
                || store.promotions().stream()
                        .anyMatch(promotion -> promotion.percent() == 100
                                        && promotion.version().equals(kept.version())
                                || promotion.baseVersion().equals(kept.version()));
        RulesPromoted.PromotionKind kind = servedBefore
                ? RulesPromoted.PromotionKind.ROLLBACK
                : request.percent() < 100 ? RulesPromoted.PromotionKind.STAGED : RulesPromoted.PromotionKind.PROMOTION;
        String previous = previous(before, kept.version(), request.percent());
        String promotionId = "promotion-" + UUID.randomUUID();
        RulesPromoted[] announced = new RulesPromoted[1];
        live.promote(
                ruleset,
                request.percent(),
                next -> transactions.executeWithoutResult(status -> {
                    store.insertPromotion(new RulesetStore.Promotion(
                            promotionId,
                            kept.version(),
                            next.base().version(),
                            request.percent(),
                            kind.name(),
                            request.actor(),
                            Instant.now(),
                            request.impactReportId(),
                            request.impactDigest()));
                    announced[0] = new RulesPromoted(
                            kept.version(),
                            previous,
                            next.base().version(),
                            request.percent(),
                            kind,
                            kept.author(),
                            request.actor(),
                            request.actorRole(),
                            request.impactReportId(),
                            request.impactDigest());
                    events.publishEvent(announced[0]);
                }));
        return new Promoted(announced[0], promotionId);
    }

    /** What served the customers this promotion moves, until now. */
    private static String previous(LiveRules.Serving before, String version, int percent) {
        if (!before.rollingOut()) {
            return before.base().version();
        }
        if (before.base().version().equals(version)) {
            return before.next().version();
        }
        if (before.next().version().equals(version)) {
            return before.base().version();
        }
        return percent < 100 ? before.next().version() : before.base().version();
    }

    private static String shortly(String version) {
        return version.substring(0, Math.min(12, version.length()));
    }
}
