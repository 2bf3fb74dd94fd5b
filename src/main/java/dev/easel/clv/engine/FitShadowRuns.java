package dev.easel.clv.engine;

import dev.easel.clv.FitCandidates;
import dev.easel.clv.FitImpact;
import dev.easel.clv.FitImpactEvaluated;
import dev.easel.clv.FitVersion;
import dev.easel.clv.ModelPromoted;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.HoldoutReport;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.rules.RuleEngine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Candidate fits: kept beside the fit in service, scored in shadow over every customer against it (the rules in
 * service once per customer, the model twice), and promoted or rolled back. A shadow run writes its report and one
 * audit record, nothing else: no results, no current values, no reviews, no syncs.
 */
@Service
class FitShadowRuns implements FitCandidates {

    private static final Logger log = LoggerFactory.getLogger(FitShadowRuns.class);
    /** The holdout the Model page offers by default: the last six months before the fit's calibration end. */
    private static final int HOLDOUT_MONTHS = 6;

    private static final int VERSIONS_LISTED = 50;

    private final ModelFitService fitting;
    private final FitStore fits;
    private final FitCandidateStore store;
    private final CustomerKeyPages pages;
    private final ChunkEvaluator evaluator;
    private final RuleEngine rules;
    private final ClvProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** One shadow run at a time: each already keeps the batch's threads busy. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fit-shadow");
        thread.setDaemon(true);
        return thread;
    });

    FitShadowRuns(
            ModelFitService fitting,
            FitStore fits,
            FitCandidateStore store,
            CustomerKeyPages pages,
            ChunkEvaluator evaluator,
            RuleEngine rules,
            ClvProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.fitting = fitting;
        this.fits = fits;
        this.store = store;
        this.pages = pages;
        this.evaluator = evaluator;
        this.rules = rules;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StoredFit refit(ModelTimeUnit timeUnit, LocalDate calibrationEnd, String requestedBy) {
        return fitting.fit(timeUnit, calibrationEnd, requestedBy, true);
    }

    @Override
    public boolean staged() {
        return fitting.staged();
    }

    @Override
    public List<FitVersion> versions() {
        String serving = fits.latestFitted().map(StoredFit::version).orElse(null);
        Set<String> candidates = store.candidates();
        Set<String> promoted = store.promoted();
        List<FitVersion> versions = new ArrayList<>();
        for (String version : store.fitVersions(VERSIONS_LISTED)) {
            fits.byVersion(version).ifPresent(fit -> versions.add(standing(fit, serving, candidates, promoted)));
        }
        return versions;
    }

    @Override
    public Optional<FitVersion> find(String version) {
        String serving = fits.latestFitted().map(StoredFit::version).orElse(null);
        return fits.byVersion(version).map(fit -> standing(fit, serving, store.candidates(), store.promoted()));
    }

    private static FitVersion standing(StoredFit fit, String serving, Set<String> candidates, Set<String> promoted) {
        boolean candidate = candidates.contains(fit.version());
        FitVersion.Standing standing;
        if (!"FITTED".equals(fit.status())) {
            standing = FitVersion.Standing.UNUSABLE;
        } else if (fit.version().equals(serving)) {
            standing = FitVersion.Standing.SERVING;
        } else if (candidate && !promoted.contains(fit.version())) {
            standing = FitVersion.Standing.CANDIDATE;
        } else {
            standing = FitVersion.Standing.EARLIER;
        }
        return new FitVersion(fit, standing, candidate);
    }

    @Override
    public FitImpact evaluate(String candidateVersion, String requestedBy) {
        return run(plan(candidateVersion, requestedBy));
    }

    @Override
    public String start(String candidateVersion, String requestedBy) {
        Plan plan = plan(candidateVersion, requestedBy);
        background.execute(() -> {
            try {
                run(plan);
            } catch (RuntimeException e) {
                log.error("Shadow evaluation {} of fit {} failed", plan.reportId(), candidateVersion, e);
            }
        });
        return plan.reportId();
    }

    private record Plan(
            String reportId,
            FittedModel candidate,
            FittedModel base,
            String rulesetVersion,
            LocalDate asOf,
            String requestedBy,
            Instant startedAt) {}

    private Plan plan(String candidateVersion, String requestedBy) {
        StoredFit candidate = fits.byVersion(candidateVersion)
                .orElseThrow(() -> new IllegalArgumentException("no kept fit " + candidateVersion));
        if (!"FITTED".equals(candidate.status())) {
            throw new IllegalArgumentException(
                    "fit " + candidateVersion + " is " + candidate.status() + " and cannot serve");
        }
        Optional<StoredFit> base = fits.latestFitted();
        Plan plan = new Plan(
                "fit-impact-" + UUID.randomUUID(),
                FittedModel.of(candidate),
                base.map(FittedModel::of).orElse(null),
                rules.rulesetVersion(),
                LocalDate.now(clock),
                requestedBy,
                now());
        store.started(
                plan.reportId(),
                candidateVersion,
                base.map(StoredFit::version).orElse(null),
                plan.rulesetVersion(),
                plan.asOf(),
                requestedBy,
                plan.startedAt());
        return plan;
    }

    private FitImpact run(Plan plan) {
        long nanos = System.nanoTime();
        FitTally total = new FitTally();
        FitImpact.Holdout holdout = null;
        String holdoutProblem = null;
        try {
            try (ChunkPool<FitTally> pool = new ChunkPool<>(properties.threads(), total::add)) {
                pages.forEachChunk(
                        properties.chunkSize(),
                        keys -> pool.submit(() -> chunk(keys, plan.base(), plan.candidate(), plan.asOf())));
                pool.drain();
            }
            StoredFit fit = plan.candidate().fit();
            LocalDate calibrationEnd = fit.calibrationEnd().minusMonths(HOLDOUT_MONTHS);
            try {
                HoldoutReport report = fitting.evaluate(fit.timeUnit(), calibrationEnd, fit.calibrationEnd());
                holdout = new FitImpact.Holdout(
                        calibrationEnd,
                        fit.calibrationEnd(),
                        report.customers(),
                        report.actualTotal(),
                        report.expectedTotal(),
                        report.meanAbsoluteError(),
                        Double.isFinite(report.correlation()) ? report.correlation() : 0.0);
            } catch (IllegalArgumentException e) {
                holdoutProblem = e.getMessage();
            }
        } catch (RuntimeException e) {
            store.failed(plan.reportId(), now());
            throw e;
        }
        StoredFit fit = plan.candidate().fit();
        @SuppressWarnings("unchecked")
        Map<String, Object> sufficiency = fit.diagnostics().get("dataSufficiency") instanceof Map<?, ?> map
                ? (Map<String, Object>) map
                : Map.of();
        FitImpact report = new FitImpact(
                plan.reportId(),
                fit.version(),
                plan.base() == null ? null : plan.base().fit().version(),
                plan.rulesetVersion(),
                plan.asOf(),
                plan.requestedBy(),
                plan.startedAt(),
                now(),
                (System.nanoTime() - nanos) / 1_000_000,
                fit.status(),
                sufficiency,
                holdout,
                holdoutProblem,
                total.customers,
                total.changed,
                total.bandChanged,
                total.aliveChanged,
                total.predictedChanged,
                total.bandTransitions(),
                total.meanAliveBefore(),
                total.meanAliveAfter(),
                total.aliveBefore(),
                total.aliveAfter(),
                total.currencies(),
                List.copyOf(total.sample),
                null);
        String text = store.text(report);
        FitImpact digested = report.withDigest(Digests.sha256Text(text));
        transactions.executeWithoutResult(status -> {
            store.finished(digested, text);
            events.publishEvent(new FitImpactEvaluated(
                    digested.reportId(),
                    digested.candidateVersion(),
                    digested.baseVersion(),
                    plan.rulesetVersion(),
                    digested.digest(),
                    digested.customers(),
                    digested.customersChanged(),
                    plan.requestedBy()));
        });
        log.info(
                "Shadow evaluation {} of fit {} beside {}: {} customers, {} would change, {} ms",
                digested.reportId(),
                digested.candidateVersion(),
                digested.baseVersion(),
                digested.customers(),
                digested.customersChanged(),
                digested.durationMillis());
        return digested;
    }

    /**
     * The chunk through the rules in service once and the model with each fit; when the fits count time in
     * different units the summaries differ, and the adjustments are evaluated again for the candidate.
     */
    private FitTally chunk(List<String> keys, FittedModel base, FittedModel candidate, LocalDate asOf) {
        List<Evaluated> live = evaluator.evaluate(keys, asOf, base);
        ModelTimeUnit baseUnit =
                base == null ? properties.timeUnit() : base.fit().timeUnit();
        List<Evaluated> next;
        if (baseUnit == candidate.fit().timeUnit()) {
            Map<String, Evaluated> adjusted = new HashMap<>();
            live.forEach(customer -> adjusted.put(customer.customerKey(), customer));
            next = evaluator.evaluate(keys, asOf, candidate, adjusted);
        } else {
            next = evaluator.evaluate(keys, asOf, candidate);
        }
        Map<String, Evaluated> after = new HashMap<>();
        next.forEach(customer -> after.put(customer.customerKey(), customer));
        FitTally tally = new FitTally();
        Instant now = now();
        for (Evaluated before : live) {
            Evaluated other = after.get(before.customerKey());
            if (other == null) {
                continue;
            }
            FitImpact.Side a = side(before, asOf, now);
            FitImpact.Side b = side(other, asOf, now);
            if (tally.count(a, b) && tally.sample.size() < FitImpact.SAMPLE) {
                tally.sample.add(new FitImpact.ChangedCustomer(before.customerKey(), a, b));
            }
        }
        return tally;
    }

    /** The figures a batch run would store for the customer (its result row), with the churn band they give. */
    private static FitImpact.Side side(Evaluated customer, LocalDate asOf, Instant now) {
        ResultRow row = ResultRow.of(
                customer,
                customer.suppressed() ? ResultStatus.SUPPRESSED : ResultStatus.CANDIDATE,
                null,
                null,
                asOf,
                now,
                "{}");
        Prediction prediction = customer.prediction();
        BigDecimal predicted = row.currency() == null ? null : row.predicted();
        return new FitImpact.Side(
                FitTally.churnBand(row.probabilityAlive()),
                row.probabilityAlive(),
                row.forecast().expectedOrders(),
                row.currency(),
                row.historic(),
                predicted,
                row.historicOnly(),
                prediction == null ? null : prediction.historicOnlyReason());
    }

    @Override
    public Optional<String> status(String reportId) {
        return store.status(reportId);
    }

    @Override
    public Optional<FitImpact> impact(String reportId) {
        return store.find(reportId);
    }

    @Override
    public Optional<FitImpact> latestImpact(String candidateVersion, String baseVersion) {
        return store.latest(candidateVersion, baseVersion);
    }

    @Override
    public List<FitImpact> impacts(String candidateVersion) {
        return store.of(candidateVersion);
    }

    @Override
    public Promoted promote(
            String version, String actor, String actorRole, String impactReportId, String impactDigest) {
        FitVersion target = find(version).orElseThrow(() -> new Refused(Reason.UNKNOWN_FIT, "no kept fit " + version));
        if (target.standing() == FitVersion.Standing.UNUSABLE) {
            throw new Refused(
                    Reason.NOT_USABLE, "fit " + version + " is " + target.fit().status() + " and cannot serve");
        }
        if (target.standing() == FitVersion.Standing.SERVING) {
            throw new Refused(Reason.ALREADY_SERVING, "fit " + version + " serves already");
        }
        if (actor.equals(target.author())) {
            throw new Refused(
                    Reason.AUTHOR_CANNOT_PROMOTE,
                    actor + " asked for fit " + version + "; someone else must promote it");
        }
        String previous = fits.latestFitted().map(StoredFit::version).orElse(null);
        ModelPromoted.Kind kind = target.standing() == FitVersion.Standing.CANDIDATE
                ? ModelPromoted.Kind.PROMOTION
                : ModelPromoted.Kind.ROLLBACK;
        ModelPromoted promoted = new ModelPromoted(
                version, previous, kind, target.author(), actor, actorRole, impactReportId, impactDigest);
        transactions.executeWithoutResult(status -> {
            store.promoted(promoted, now());
            events.publishEvent(promoted);
        });
        log.info("Fit {} serves now instead of {} ({}, promoted by {})", version, previous, kind, actor);
        return new Promoted(version, previous, kind, target.author(), actor, impactReportId, impactDigest);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
