package dev.easel.metrics;

import dev.easel.audit.DecisionKind;
import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvInsights;
import dev.easel.integrations.SyncStatus;
import dev.easel.rules.RulesInService;
import dev.easel.workflow.WorkQueues;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Registers the business metrics. Each is read when scraped, from the modules' public views (queues, batch runs,
 * rules in service, the Klaviyo backlog) or from {@link LedgerFigures}; nothing is counted twice in memory, so the
 * figures agree with the console's status strip and with the audit trail.
 */
final class BusinessMetrics implements MeterBinder {

    private final LedgerFigures ledger;
    private final WorkQueues queues;
    private final ClvInsights clv;
    private final RulesInService rules;
    private final SyncStatus sync;
    private final Clock clock;

    BusinessMetrics(
            LedgerFigures ledger,
            WorkQueues queues,
            ClvInsights clv,
            RulesInService rules,
            SyncStatus sync,
            Clock clock) {
        this.ledger = ledger;
        this.queues = queues;
        this.clv = clv;
        this.rules = rules;
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DecisionKind kind : DecisionKind.values()) {
            FunctionCounter.builder(
                            "easel.decisions",
                            ledger,
                            figures -> figures.current().decisions(kind.name()))
                    .description("Decisions recorded in the audit trail, by kind")
                    .tag("kind", kind.name())
                    .register(registry);
        }
        FunctionCounter.builder(
                        "easel.rules.reloads",
                        ledger,
                        figures -> figures.current().decisions(DecisionKind.RULES_RELOADED.name()))
                .description("Rule reloads that took effect (RULES_RELOADED records)")
                .register(registry);
        gauge(
                registry,
                "easel.rules.errors",
                "Errors of the last rules build that was refused (0 when it built)",
                metrics -> rules.summary().lastErrors().size());

        gauge(
                registry,
                "easel.review.queue.size",
                "Open CLV spike reviews",
                metrics -> queues.reviews().size());
        gauge(
                registry,
                "easel.review.queue.oldest.age.seconds",
                "Age of the oldest open review (0 when none)",
                metrics -> ageSeconds(queues.reviews().oldest()));

        FunctionCounter.builder(
                        "easel.consent.withdrawals",
                        ledger,
                        figures -> figures.current().withdrawalsReceived())
                .description("Withdrawals, objections, opt-outs and GPC signals for clv-profiling received")
                .tag("state", "received")
                .register(registry);
        FunctionCounter.builder(
                        "easel.consent.withdrawals",
                        ledger,
                        figures -> figures.current().withdrawalsHonoured())
                .description("Withdrawals, objections, opt-outs and GPC signals for clv-profiling received")
                .tag("state", "honoured")
                .register(registry);

        outbox(
                registry,
                "workflow-outbox",
                metrics -> queues.outbox().size(),
                metrics -> ageSeconds(queues.outbox().oldest()));
        outbox(
                registry,
                "klaviyo",
                metrics -> sync.klaviyo().pending(),
                metrics -> ageSeconds(sync.klaviyo().oldestPendingSince()));
        Gauge.builder("easel.outbox.backlog", this, metrics -> ledger.current().handoffsWaiting())
                .description("Messages waiting to be handed on")
                .tag("outbox", "workflow-handoffs")
                .register(registry);
        gauge(
                registry,
                "easel.workflow.handoffs.failing",
                "Workflow hand-offs that failed at least once",
                metrics -> ledger.current().handoffsFailing());

        gauge(
                registry,
                "easel.batch.run.chunks",
                "Chunks of the latest batch run",
                metrics -> latest().map(BatchRun::chunks).orElse(0));
        gauge(
                registry,
                "easel.batch.run.chunks.done",
                "Chunks of the latest batch run done",
                metrics -> latest().map(BatchRun::chunksDone).orElse(0));
        gauge(
                registry,
                "easel.batch.run.customers",
                "Customers of the latest batch run",
                metrics -> latest().map(BatchRun::customers).orElse(0L));
        gauge(
                registry,
                "easel.batch.run.customers.done",
                "Customers of the latest batch run scored",
                metrics -> latest().map(BatchRun::customersDone).orElse(0L));
        gauge(
                registry,
                "easel.batch.run.progress.ratio",
                "Share of the latest batch run's customers scored (0-1)",
                metrics -> latest().map(
                                run -> run.customers() == 0 ? 1.0 : (double) run.customersDone() / run.customers())
                        .orElse(0.0));
    }

    private void outbox(
            MeterRegistry registry,
            String outbox,
            ToDoubleFunction<BusinessMetrics> size,
            ToDoubleFunction<BusinessMetrics> oldestAge) {
        Gauge.builder("easel.outbox.backlog", this, size)
                .description("Messages waiting to be handed on")
                .tag("outbox", outbox)
                .register(registry);
        Gauge.builder("easel.outbox.oldest.age.seconds", this, oldestAge)
                .description("Age of the oldest message waiting (0 when none)")
                .tag("outbox", outbox)
                .register(registry);
    }

    private void gauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<BusinessMetrics> value) {
        Gauge.builder(name, this, value).description(description).register(registry);
    }

    private Optional<BatchRun> latest() {
        return clv.latestRun();
    }

    private double ageSeconds(Instant oldest) {
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
