package dev.easel.rules;

import dev.easel.rules.engine.CompiledRuleSet;
import dev.easel.rules.engine.FactSets;
import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RuleSetName;
import dev.easel.rules.engine.Ruleset;
import dev.easel.rules.engine.SessionRunner;
import dev.easel.rules.facts.Law;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Evaluates the live rules. {@link #evaluate(Evaluation)}: a stateless session per customer, its working memory
 * taken reset from the rule set's pool; the faster way, batches included (docs/benchmarks.md).
 * {@link #evaluateAll(List)}: one session kept for a list of customers and emptied between them, so customers never
 * see each other's facts. Both give the same results.
 *
 * <pre>{@code
 * RuleOutcome<ConsentDecision> gate = engine.evaluate(new ConsentEvaluation(today, customer, consents));
 * if (gate.results().allows(Purpose.CLV_PROFILING)) {
 *     RuleOutcome<AdjustmentDecision> adjusted = engine.evaluate(new AdjustmentEvaluation(today, customer, orders));
 * }
 * }</pre>
 */
public final class RuleEngine {

    private final LiveRules rules;
    private final Function<String, Ruleset> versions;
    /** A ruleset this thread evaluates with whatever serves: a shadow evaluation's side. */
    private final ThreadLocal<Ruleset> pinned = new ThreadLocal<>();

    public RuleEngine(LiveRules rules) {
        this(rules, version -> {
            if (!version.equals(rules.current().version())) {
                throw new IllegalArgumentException("no kept ruleset " + version);
            }
            return rules.current();
        });
    }

    /** @param versions builds (or finds built) any kept ruleset by its version */
    public RuleEngine(LiveRules rules, Function<String, Ruleset> versions) {
        this.rules = rules;
        this.versions = versions;
    }

    /**
     * Runs {@code work} on this thread with every evaluation against the kept ruleset {@code version}, whatever serves
     * and whatever share a rollout has: how a shadow evaluation sees a candidate beside the version in service.
     *
     * @throws IllegalArgumentException when no ruleset of that version is kept, or it does not build
     */
    public <T> T pinned(String version, Supplier<T> work) {
        Ruleset ruleset = Objects.requireNonNull(versions.apply(version), version);
        Ruleset before = pinned.get();
        pinned.set(ruleset);
        try {
            return work.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    /** The ruleset that decides for this customer now: pinned, the rollout's share, or the base. */
    private Ruleset rulesetFor(String customerKey) {
        Ruleset forced = pinned.get();
        if (forced != null) {
            return forced;
        }
        LiveRules.Serving serving = rules.serving();
        if (serving.rollingOut() && customerKey != null && RolloutShare.includes(customerKey, serving.percent())) {
            return serving.next();
        }
        return serving.base();
    }

    /** The law the serving jurisdiction table applies to a place on a day. */
    public Law lawFor(String country, String region, LocalDate on) {
        return rules.current().jurisdictions().lawFor(country, region, on);
    }

    /** Every row of the serving jurisdiction table. */
    public List<Law> laws() {
        return rules.current().jurisdictions().laws();
    }

    /** The version serving every customer outside a staged rollout's share (all of them outside a rollout). */
    public String baseVersion() {
        return rules.current().version();
    }

    /**
     * The version of the rules evaluations run against now. During a staged rollout, the SHA-256 of both versions and
     * the share, so that what was computed before the rollout started is never taken for what serves now; each
     * customer's decision still records the version that decided it.
     */
    public String rulesetVersion() {
        Ruleset forced = pinned.get();
        if (forced != null) {
            return forced.version();
        }
        LiveRules.Serving serving = rules.serving();
        if (!serving.rollingOut()) {
            return serving.base().version();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((serving.base().version() + "|" + serving.next().version() + "|" + serving.percent())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Runs one evaluation.
     *
     * @throws RuleEvaluationException when a rule fails; nothing of the decision is returned
     */
    public <R> RuleOutcome<R> evaluate(Evaluation<R> evaluation) {
        Ruleset ruleset = rulesetFor(customerKeyOf(evaluation));
        Plan<R> plan = plan(evaluation, ruleset);
        SessionRunner.Run run = SessionRunner.runStateless(ruleset.set(plan.set()), plan.facts());
        return new RuleOutcome<>(plan.merge().apply(run), run.firedRules(), ruleset.version());
    }

    /**
     * Runs evaluations of one kind in one session, in order; all see the same ruleset version.
     *
     * @throws RuleEvaluationException when a rule fails for any of them
     */
    public <R> List<RuleOutcome<R>> evaluateAll(List<? extends Evaluation<R>> evaluations) {
        if (evaluations.isEmpty()) {
            return List.of();
        }
        if (pinned.get() == null && rules.serving().rollingOut()) {
            // Customers on both sides of a share: each through its own ruleset.
            return evaluations.stream()
                    .map(evaluation -> (RuleOutcome<R>) evaluate(evaluation))
                    .toList();
        }
        Ruleset ruleset = rulesetFor(null);
        CompiledRuleSet set = ruleset.set(plan(evaluations.get(0), ruleset).set());
        List<RuleOutcome<R>> outcomes = new ArrayList<>(evaluations.size());
        try (SessionRunner.Chunk chunk = SessionRunner.openChunk(set)) {
            for (Evaluation<R> evaluation : evaluations) {
                Plan<R> plan = plan(evaluation, ruleset);
                SessionRunner.Run run = chunk.run(plan.facts());
                outcomes.add(new RuleOutcome<>(plan.merge().apply(run), run.firedRules(), ruleset.version()));
            }
        }
        return outcomes;
    }

    private static String customerKeyOf(Evaluation<?> evaluation) {
        if (evaluation instanceof ConsentEvaluation consent) {
            return consent.customer().customerKey();
        }
        if (evaluation instanceof AdjustmentEvaluation adjustment) {
            return adjustment.customer().customerKey();
        }
        return ((ReviewEvaluation) evaluation).change().customerKey();
    }

    private record Plan<R>(RuleSetName set, List<Object> facts, Function<SessionRunner.Run, R> merge) {}

    @SuppressWarnings("unchecked")
    private static <R> Plan<R> plan(Evaluation<R> evaluation, Ruleset ruleset) {
        if (evaluation instanceof ConsentEvaluation consent) {
            Law law = ruleset.jurisdictions()
                    .lawFor(consent.customer().country(), consent.customer().region(), consent.on());
            return (Plan<R>) new Plan<>(
                    RuleSetName.CONSENT,
                    FactSets.consent(consent.on(), consent.customer(), law, consent.consents()),
                    run -> ConsentMerge.merge(consent.customer().customerKey(), law, run));
        }
        if (evaluation instanceof AdjustmentEvaluation adjustment) {
            return (Plan<R>) new Plan<>(
                    RuleSetName.CLV,
                    FactSets.adjustments(adjustment.on(), adjustment.customer(), adjustment.orders()),
                    run -> AdjustmentMerge.merge(adjustment.customer().customerKey(), adjustment.orders(), run));
        }
        ReviewEvaluation review = (ReviewEvaluation) evaluation;
        return (Plan<R>) new Plan<>(
                RuleSetName.REVIEW,
                FactSets.review(review.on(), review.change(), review.feedback()),
                run -> ReviewMerge.merge(review.change().customerKey(), run));
    }
}
