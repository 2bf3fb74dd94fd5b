package dev.easel.clv.engine;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ChunkResult;
import dev.easel.clv.ClvBatchRunner;
import dev.easel.clv.ClvBatchRuns;
import dev.easel.clv.ClvChunkDecided;
import dev.easel.clv.CurrentStatus;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch recalculation. A chunk is one transaction: its results, the current values and the audit records commit
 * together. Customers who already have a result in the run are skipped, and the unique key on run and customer
 * backs that up, so a chunk processed again (a retried job, a resumed run) adds nothing.
 */
@Service
class BatchRuns implements ClvBatchRuns, ClvBatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRuns.class);

    private final BatchStore store;
    private final CustomerKeyPages pages;
    private final ChunkEvaluator evaluator;
    private final FitEvaluations fitEvaluations;
    private final ResultStore results;
    private final FitStore fits;
    private final ReviewStep review;
    private final OpenReviews openReviews;
    private final Explanations explanations;
    private final RuleEngine rules;
    private final ClvProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BatchRuns(
            BatchStore store,
            CustomerKeyPages pages,
            ChunkEvaluator evaluator,
            FitEvaluations fitEvaluations,
            ResultStore results,
            FitStore fits,
            ReviewStep review,
            OpenReviews openReviews,
            Explanations explanations,
            RuleEngine rules,
            ClvProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.pages = pages;
        this.evaluator = evaluator;
        this.fitEvaluations = fitEvaluations;
        this.results = results;
        this.fits = fits;
        this.review = review;
        this.openReviews = openReviews;
        this.explanations = explanations;
        this.rules = rules;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public BatchRun plan(String requestedBy, String processInstance) {
        String runId = "run-" + UUID.randomUUID();
        String modelVersion = fits.latestFitted().map(StoredFit::version).orElse(null);
        return transactions.execute(status -> {
            store.insertRun(new BatchStore.Run(
                    runId,
                    "PLANNED",
                    0,
                    0,
                    modelVersion,
                    rules.rulesetVersion(),
                    LocalDate.now(clock),
                    now(),
                    null,
                    requestedBy,
                    processInstance));
            // Every chunk's keys first (a million keys are some 100 MB for the moment of planning): see insertChunks.
            List<List<String>> chunks = new ArrayList<>();
            AtomicLong customers = new AtomicLong();
            pages.forEachChunk(properties.chunkSize(), keys -> {
                chunks.add(keys);
                customers.addAndGet(keys.size());
            });
            store.insertChunks(runId, chunks);
            store.sizeRun(runId, chunks.size(), customers.get());
            return find(runId).orElseThrow();
        });
    }

    @Override
    public ChunkResult processChunk(String runId, int chunk) {
        return transactions.execute(status -> {
            BatchStore.Run run = store.find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
            if (!store.lockChunk(runId, chunk)) {
                throw new IllegalArgumentException("run " + runId + " has no chunk " + chunk);
            }
            List<String> members = store.members(runId, chunk);
            Set<String> done = results.customersInRun(runId, members);
            List<String> todo =
                    members.stream().filter(key -> !done.contains(key)).toList();
            Map<String, Evaluated> kept = todo.isEmpty() ? Map.of() : keptByTheFit(run, todo);
            ChunkResult result = todo.isEmpty()
                    ? new ChunkResult(runId, chunk, 0, 0, 0, List.of())
                    : process(run, chunk, todo, kept);
            store.chunkDone(runId, chunk, now(), kept.size());
            return result;
        });
    }

    private ChunkResult process(BatchStore.Run run, int chunk, List<String> keys, Map<String, Evaluated> kept) {
        FittedModel model = run.modelVersion() == null
                ? null
                : fits.byVersion(run.modelVersion()).map(FittedModel::of).orElse(null);
        List<Evaluated> evaluated = evaluator.evaluate(keys, run.scoredOn(), model, kept);
        Map<String, BigDecimal> previous = results.publishedPredicted(keys);
        Instant now = now();
        List<ResultRow> rows = new ArrayList<>(evaluated.size());
        List<List<String>> reviewRules = new ArrayList<>(evaluated.size());
        List<String> reasons = new ArrayList<>(evaluated.size());
        for (Evaluated customer : evaluated) {
            if (customer.suppressed()) {
                rows.add(ResultRow.of(
                        customer,
                        ResultStatus.SUPPRESSED,
                        run.runId(),
                        run.processInstance(),
                        run.scoredOn(),
                        now,
                        explanations.of(customer, null)));
                reviewRules.add(customer.rulesFired());
                reasons.add(String.join(", ", customer.gate().reasons()));
                continue;
            }
            ResultRow candidate = ResultRow.of(
                    customer, ResultStatus.CANDIDATE, run.runId(), run.processInstance(), run.scoredOn(), now, "{}");
            RuleOutcome<ReviewFlag> outcome = review.check(
                    candidate,
                    previous.get(customer.customerKey()),
                    run.scoredOn(),
                    ReviewStep.Findings.of(customer.adjustments()));
            boolean flagged = outcome.results().raised();
            String explanation = explanations.of(
                    customer, Explanations.review(flagged, outcome.results().reasons(), outcome.firedRules()));
            ResultStatus status = flagged ? ResultStatus.FLAGGED : ResultStatus.PUBLISHED;
            rows.add(
                    ResultRow.of(customer, status, run.runId(), run.processInstance(), run.scoredOn(), now, explanation)
                            .decided(status, flagged ? null : now, flagged ? null : Decisions.SYSTEM, null));
            List<String> fired = new ArrayList<>(customer.rulesFired());
            outcome.firedRules().stream().filter(rule -> !fired.contains(rule)).forEach(fired::add);
            reviewRules.add(fired);
            reasons.add(flagged ? String.join(", ", outcome.results().reasonCodes()) : null);
        }
        Map<String, Long> ids = results.insertRun(run.runId(), rows);
        Set<String> written = new HashSet<>(ids.keySet());
        for (int i = 0; i < rows.size(); i++) {
            ResultRow row = rows.get(i);
            if (written.contains(row.customerKey())) {
                rows.set(i, row.withId(ids.get(row.customerKey())));
            }
        }
        Set<String> covered = openReviews.supersede(
                rows.stream().filter(row -> written.contains(row.customerKey())).toList(), now);
        List<ResultStore.CurrentChange> changes = new ArrayList<>(rows.size());
        List<Long> flaggedIds = new ArrayList<>();
        int published = 0;
        int suppressed = 0;
        for (ResultRow row : rows) {
            if (!written.contains(row.customerKey())) {
                continue;
            }
            switch (row.status()) {
                case PUBLISHED -> {
                    published++;
                    changes.add(new ResultStore.CurrentChange(row.customerKey(), CurrentStatus.PUBLISHED, row.id()));
                }
                case FLAGGED -> {
                    if (!covered.contains(row.customerKey())) {
                        flaggedIds.add(row.id());
                        changes.add(new ResultStore.CurrentChange(
                                row.customerKey(), CurrentStatus.PENDING_REVIEW, row.id()));
                    }
                }
                default -> {
                    suppressed++;
                    changes.add(new ResultStore.CurrentChange(row.customerKey(), CurrentStatus.SUPPRESSED, row.id()));
                }
            }
        }
        results.makeCurrent(changes, now);
        // The audit records last, as one event: the log's head stays locked from the append to the commit.
        List<ClvChunkDecided.Entry> decisions = new ArrayList<>(written.size());
        for (int i = 0; i < rows.size(); i++) {
            ResultRow row = rows.get(i);
            if (!written.contains(row.customerKey()) || covered.contains(row.customerKey())) {
                continue;
            }
            ClvChunkDecided.Kind kind = switch (row.status()) {
                case PUBLISHED -> ClvChunkDecided.Kind.PUBLISHED;
                case FLAGGED -> ClvChunkDecided.Kind.FLAGGED;
                default -> ClvChunkDecided.Kind.SUPPRESSED;
            };
            decisions.add(new ClvChunkDecided.Entry(
                    kind, Decisions.of(row, null, null, reviewRules.get(i), reasons.get(i), run.processInstance())));
        }
        events.publishEvent(new ClvChunkDecided(run.runId(), chunk, decisions));
        return new ChunkResult(run.runId(), chunk, written.size(), published, suppressed, flaggedIds);
    }

    /**
     * What the run's fit evaluated of these customers, less those recalculated since the fit read the ledger: a
     * recalculation follows every change, also one made by another instance of the service that this one did not see.
     */
    private Map<String, Evaluated> keptByTheFit(BatchStore.Run run, List<String> keys) {
        String rulesetVersion = rules.rulesetVersion();
        Optional<Instant> readFrom = fitEvaluations.readFrom(run.modelVersion(), run.scoredOn(), rulesetVersion);
        if (readFrom.isEmpty()) {
            return Map.of();
        }
        Map<String, Evaluated> kept = fitEvaluations.take(run.modelVersion(), run.scoredOn(), rulesetVersion, keys);
        results.recalculatedSince(kept.keySet(), readFrom.get()).forEach(kept::remove);
        return kept;
    }

    @Override
    public BatchRun finish(String runId) {
        return transactions.execute(status -> {
            BatchRun run = find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
            String outcome = run.chunksDone() == run.chunks() ? "FINISHED" : "FAILED";
            fitEvaluations.release(run.modelVersion());
            store.finish(
                    runId,
                    outcome,
                    now(),
                    "{\"customers\":" + run.customers() + ",\"customersDone\":"
                            + run.customersDone() + ",\"published\":" + run.published() + ",\"suppressed\":"
                            + run.suppressed() + ",\"flagged\":" + run.flagged() + ",\"historicOnly\":"
                            + run.historicOnly()
                            + ",\"evaluationsKeptByTheFit\":" + store.reusedEvaluations(runId) + "}");
            return find(runId).orElseThrow();
        });
    }

    @Override
    public Optional<BatchRun> find(String runId) {
        return store.find(runId).map(run -> {
            ResultStore.RunCounts counts = results.runCounts(runId);
            long published = counts.of(ResultStatus.PUBLISHED);
            long suppressed = counts.of(ResultStatus.SUPPRESSED);
            long flagged = counts.of(ResultStatus.FLAGGED) + counts.of(ResultStatus.REJECTED);
            long done = counts.all();
            return new BatchRun(
                    run.runId(),
                    run.status(),
                    run.chunks(),
                    store.chunksDone(runId),
                    run.customers(),
                    done,
                    published,
                    suppressed,
                    flagged,
                    counts.historicOnly(),
                    run.modelVersion(),
                    run.rulesetVersion(),
                    run.startedAt(),
                    run.finishedAt(),
                    run.requestedBy(),
                    run.processInstance());
        });
    }

    @Override
    public BatchRun runAll(String requestedBy) {
        BatchRun run = plan(requestedBy, null);
        return resume(run.runId());
    }

    @Override
    public BatchRun resume(String runId) {
        long started = System.nanoTime();
        List<java.util.concurrent.Callable<ChunkResult>> chunks = new ArrayList<>();
        for (int chunk : store.openChunks(runId)) {
            chunks.add(() -> processChunk(runId, chunk));
        }
        ChunkPool.runAll(properties.threads(), chunks);
        BatchRun run = finish(runId);
        log.info(
                "CLV batch run {} {}: {} customers in {} chunks, {} published, {} flagged, {} suppressed, {} ms",
                runId,
                run.status(),
                run.customersDone(),
                run.chunks(),
                run.published(),
                run.flagged(),
                run.suppressed(),
                (System.nanoTime() - started) / 1_000_000);
        return run;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
