package dev.easel.clv.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.ImpactReport;
import dev.easel.clv.RuleImpactEvaluated;
import dev.easel.clv.RuleImpacts;
import dev.easel.clv.StoredFit;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.facts.ReviewFlag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch run in shadow: every customer, chunk by chunk on the batch's threads, through the consent gate, the
 * adjustments, the model in service and the review rules, once with the version in service and once with the
 * candidate, each side pinned to its ruleset. Nothing is written but the impact report and its audit record: no
 * results, no current values, no reviews, no syncs.
 */
@Service
class ShadowRuns implements RuleImpacts {

    private static final Logger log = LoggerFactory.getLogger(ShadowRuns.class);

    private final CustomerKeyPages pages;
    private final ChunkEvaluator evaluator;
    private final ReviewStep review;
    private final ResultStore results;
    private final FitStore fits;
    private final Explanations explanations;
    private final ImpactReportStore store;
    private final RuleEngine rules;
    private final ClvProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;
    /** Shadow runs started from the API, one at a time: each already keeps the batch's threads busy. */
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "rules-shadow");
                thread.setDaemon(true);
                return thread;
            });

    ShadowRuns(
            CustomerKeyPages pages,
            ChunkEvaluator evaluator,
            ReviewStep review,
            ResultStore results,
            FitStore fits,
            Explanations explanations,
            ImpactReportStore store,
            RuleEngine rules,
            ClvProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            ObjectMapper json,
            Clock clock) {
        this.pages = pages;
        this.evaluator = evaluator;
        this.review = review;
        this.results = results;
        this.fits = fits;
        this.explanations = explanations;
        this.store = store;
        this.rules = rules;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ImpactReport evaluate(String candidateVersion, String requestedBy) {
        return run(plan(candidateVersion, requestedBy));
    }

    @Override
    public String start(String candidateVersion, String requestedBy) {
        Plan plan = plan(candidateVersion, requestedBy);
        background.execute(() -> {
            try {
                run(plan);
            } catch (RuntimeException e) {
                log.error("Shadow evaluation {} of rules {} failed", plan.reportId(), candidateVersion, e);
            }
        });
        return plan.reportId();
    }

    @Override
    public Optional<String> status(String reportId) {
        return store.status(reportId);
    }

    private record Plan(
            String reportId,
            String candidate,
            String base,
            FittedModel model,
            String modelVersion,
            LocalDate asOf,
            String requestedBy,
            Instant startedAt) {}

    /** Both sides must build before anything starts: a candidate that does not is refused here. */
    private Plan plan(String candidateVersion, String requestedBy) {
        String base = rules.baseVersion();
        rules.pinned(candidateVersion, () -> null);
        rules.pinned(base, () -> null);
        Optional<StoredFit> fit = fits.latestFitted();
        Plan plan = new Plan(
                "impact-" + UUID.randomUUID(),
                candidateVersion,
                base,
                fit.map(FittedModel::of).orElse(null),
                fit.map(StoredFit::version).orElse(null),
                LocalDate.now(clock),
                requestedBy,
                now());
        store.started(
                plan.reportId(),
                candidateVersion,
                base,
                plan.modelVersion(),
                plan.asOf(),
                requestedBy,
                plan.startedAt());
        return plan;
    }

    private ImpactReport run(Plan plan) {
        long nanos = System.nanoTime();
        ImpactTally total = new ImpactTally();
        try (ChunkPool<ImpactTally> pool = new ChunkPool<>(properties.threads(), total::add)) {
            pages.forEachChunk(
                    properties.chunkSize(),
                    keys -> pool.submit(() -> chunk(keys, plan.base(), plan.candidate(), plan.model(), plan.asOf())));
            pool.drain();
        } catch (RuntimeException e) {
            store.failed(plan.reportId(), now());
            throw e;
        }
        ImpactReport report = new ImpactReport(
                plan.reportId(),
                plan.candidate(),
                plan.base(),
                plan.modelVersion(),
                plan.asOf(),
                plan.requestedBy(),
                plan.startedAt(),
                now(),
                (System.nanoTime() - nanos) / 1_000_000,
                total.customers,
                total.changed,
                total.eligibilityChanged,
                total.statusChanged,
                total.flagChanged,
                total.valueChanged,
                total.eligibilityTransitions(),
                total.statusTransitions(),
                total.currencies(),
                total.rulesFiringDifferently(),
                List.copyOf(total.sample),
                null);
        String text = store.text(report);
        ImpactReport digested = report.withDigest(Digests.sha256Text(text));
        transactions.executeWithoutResult(status -> {
            store.finished(digested, text);
            events.publishEvent(new RuleImpactEvaluated(
                    digested.reportId(),
                    plan.candidate(),
                    plan.base(),
                    plan.modelVersion(),
                    digested.digest(),
                    digested.customers(),
                    digested.customersChanged(),
                    plan.requestedBy()));
        });
        log.info(
                "Shadow evaluation {} of rules {} beside {}: {} customers, {} would change, {} ms",
                digested.reportId(),
                plan.candidate(),
                plan.base(),
                digested.customers(),
                digested.customersChanged(),
                digested.durationMillis());
        return digested;
    }

    private ImpactTally chunk(List<String> keys, String base, String candidate, FittedModel model, LocalDate asOf) {
        Map<String, BigDecimal> previous = results.publishedPredicted(keys);
        Map<String, Side> live = side(keys, base, model, asOf, previous);
        Map<String, Side> next = side(keys, candidate, model, asOf, previous);
        ImpactTally tally = new ImpactTally();
        for (String key : keys) {
            Side before = live.get(key);
            Side after = next.get(key);
            if (before == null || after == null) {
                continue;
            }
            if (tally.count(before.outcome(), after.outcome()) && tally.sample.size() < ImpactReport.SAMPLE) {
                tally.sample.add(new ImpactReport.ChangedCustomer(key, shown(before), shown(after)));
            }
        }
        return tally;
    }

    /** One customer on one side; the explanation is written only for the customers the sample shows. */
    private record Side(ImpactTally.Outcome outcome, Evaluated customer, Map<String, Object> reviewPart) {}

    private ImpactReport.Side shown(Side side) {
        ImpactTally.Outcome o = side.outcome();
        com.fasterxml.jackson.databind.JsonNode explanation;
        try {
            explanation = json.readTree(explanations.of(side.customer(), side.reviewPart()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an explanation is JSON", e);
        }
        return new ImpactReport.Side(
                o.eligibility(), o.status(), o.flagged(), o.currency(), o.historic(), o.predicted(), explanation);
    }

    private Map<String, Side> side(
            List<String> keys, String version, FittedModel model, LocalDate asOf, Map<String, BigDecimal> previous) {
        return rules.pinned(version, () -> {
            Map<String, Side> sides = new HashMap<>();
            Instant now = now();
            for (Evaluated customer : evaluator.evaluate(keys, asOf, model)) {
                Set<String> fired = new LinkedHashSet<>(customer.rulesFired());
                if (customer.suppressed()) {
                    ResultRow row = ResultRow.of(customer, ResultStatus.SUPPRESSED, null, null, asOf, now, "{}");
                    sides.put(customer.customerKey(), side(customer, row, ResultStatus.SUPPRESSED, false, fired, null));
                    continue;
                }
                ResultRow row = ResultRow.of(customer, ResultStatus.CANDIDATE, null, null, asOf, now, "{}");
                RuleOutcome<ReviewFlag> outcome = review.check(
                        row,
                        previous.get(customer.customerKey()),
                        asOf,
                        ReviewStep.Findings.of(customer.adjustments()));
                boolean flagged = outcome.results().raised();
                fired.addAll(outcome.firedRules());
                ResultStatus status = flagged ? ResultStatus.FLAGGED : ResultStatus.PUBLISHED;
                sides.put(
                        customer.customerKey(),
                        side(
                                customer,
                                row,
                                status,
                                flagged,
                                fired,
                                Explanations.review(flagged, outcome.results().reasons(), outcome.firedRules())));
            }
            return sides;
        });
    }

    private static Side side(
            Evaluated customer,
            ResultRow row,
            ResultStatus status,
            boolean flagged,
            Set<String> fired,
            Map<String, Object> reviewPart) {
        return new Side(
                new ImpactTally.Outcome(
                        row.eligibility().name(),
                        status.name(),
                        flagged,
                        row.currency(),
                        row.historic(),
                        row.predicted(),
                        fired),
                customer,
                reviewPart);
    }

    @Override
    public Optional<ImpactReport> find(String reportId) {
        return store.find(reportId);
    }

    @Override
    public Optional<ImpactReport> latest(String candidateVersion, String baseVersion) {
        return store.latest(candidateVersion, baseVersion);
    }

    @Override
    public List<ImpactReport> of(String candidateVersion) {
        List<ImpactReport> reports = new ArrayList<>();
        for (ImpactReport report : store.of(candidateVersion)) {
            reports.add(new ImpactReport(
                    report.reportId(),
                    report.candidateVersion(),
                    report.baseVersion(),
                    report.modelVersion(),
                    report.scoredOn(),
                    report.requestedBy(),
                    report.startedAt(),
                    report.finishedAt(),
                    report.durationMillis(),
                    report.customers(),
                    report.customersChanged(),
                    report.eligibilityChanged(),
                    report.statusChanged(),
                    report.reviewFlagChanged(),
                    report.valueChanged(),
                    report.eligibilityTransitions(),
                    report.statusTransitions(),
                    report.currencies(),
                    report.rulesFiringDifferently(),
                    List.of(),
                    report.digest()));
        }
        return reports;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
