package dev.easel.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.easel.rules.engine.CompiledRuleSet;
import dev.easel.rules.engine.FactSets;
import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RuleSetName;
import dev.easel.rules.engine.Ruleset;
import dev.easel.rules.engine.SessionRunner;
import dev.easel.rules.facts.Law;

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

    public RuleEngine(LiveRules rules) {
        this.rules = rules;
    }

    /** The law the serving jurisdiction table applies to a place on a day. */
    public Law lawFor(String country, String region, LocalDate on) {
        return rules.current().jurisdictions().lawFor(country, region, on);
    }

    /** Every row of the serving jurisdiction table. */
    public List<Law> laws() {
        return rules.current().jurisdictions().laws();
    }

    /** The version of the rules evaluations run against now. */
    public String rulesetVersion() {
        return rules.current().version();
    }

    /**
     * Runs one evaluation.
     *
     * @throws RuleEvaluationException when a rule fails; nothing of the decision is returned
     */
    public <R> RuleOutcome<R> evaluate(Evaluation<R> evaluation) {
        Ruleset ruleset = rules.current();
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
        Ruleset ruleset = rules.current();
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

    private record Plan<R>(RuleSetName set, List<Object> facts, Function<SessionRunner.Run, R> merge) {
    }

    @SuppressWarnings("unchecked")
    private static <R> Plan<R> plan(Evaluation<R> evaluation, Ruleset ruleset) {
        if (evaluation instanceof ConsentEvaluation consent) {
            Law law = ruleset.jurisdictions().lawFor(consent.customer().country(), consent.customer().region(),
                    consent.on());
            return (Plan<R>) new Plan<>(RuleSetName.CONSENT,
                    FactSets.consent(consent.on(), consent.customer(), law, consent.consents()),
                    run -> ConsentMerge.merge(consent.customer().customerKey(), law, run));
        }
        if (evaluation instanceof AdjustmentEvaluation adjustment) {
            return (Plan<R>) new Plan<>(RuleSetName.CLV,
                    FactSets.adjustments(adjustment.on(), adjustment.customer(), adjustment.orders()),
                    run -> AdjustmentMerge.merge(adjustment.customer().customerKey(), adjustment.orders(), run));
        }
        ReviewEvaluation review = (ReviewEvaluation) evaluation;
        return (Plan<R>) new Plan<>(RuleSetName.REVIEW, FactSets.review(review.on(), review.change(), review.feedback()),
                run -> ReviewMerge.merge(review.change().customerKey(), run));
    }
}
