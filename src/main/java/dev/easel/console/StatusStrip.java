package dev.easel.console;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvInsights;
import dev.easel.consent.Consents;
import dev.easel.demo.DemoScoring;
import dev.easel.integrations.SyncStatus;
import dev.easel.rules.RulesInService;
import dev.easel.workflow.WorkQueues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Gathers the status strip's figures; each part is read only for the roles that may see it. */
@Component
class StatusStrip {

    static final int RENEWAL_NOTICE_DAYS = 30;

    private final ClvInsights clv;
    private final WorkQueues queues;
    private final Consents consents;
    private final SyncStatus sync;
    private final RulesInService rules;
    private final AuditChainWatch audit;
    private final ObjectProvider<DemoScoring> demo;
    private final Period renewalPeriod;
    private final Clock clock;

    StatusStrip(
            ClvInsights clv,
            WorkQueues queues,
            Consents consents,
            SyncStatus sync,
            RulesInService rules,
            AuditChainWatch audit,
            ObjectProvider<DemoScoring> demo,
            @Value("${easel.workflow.consent-renewal.period:P12M}") Period renewalPeriod,
            Clock clock) {
        this.clv = clv;
        this.queues = queues;
        this.consents = consents;
        this.sync = sync;
        this.rules = rules;
        this.audit = audit;
        this.demo = demo;
        this.renewalPeriod = renewalPeriod;
        this.clock = clock;
    }

    record Run(BatchRun run, int percent, DemoScoring.Stage demoStage) {}

    record Queue(long size, Duration oldestAge) {}

    Run run() {
        Optional<BatchRun> latest = clv.latestRun();
        DemoScoring.Stage stage = Optional.ofNullable(demo.getIfAvailable())
                .map(DemoScoring::stage)
                .orElse(DemoScoring.Stage.NOT_NEEDED);
        return latest.map(run -> new Run(
                        run,
                        run.customers() == 0 ? 100 : (int) Math.min(100, run.customersDone() * 100 / run.customers()),
                        stage))
                .orElse(new Run(null, 0, stage));
    }

    Queue reviews() {
        return queue(queues.reviews());
    }

    Queue outbox() {
        return queue(queues.outbox());
    }

    SyncStatus.Backlog klaviyo() {
        return sync.klaviyo();
    }

    /** Consents whose renewal period ends within the notice: captured one period before the coming 30 days. */
    long renewalsDue() {
        LocalDate today = LocalDate.now(clock);
        return consents.renewalsDue(
                        today.minus(renewalPeriod),
                        today.plusDays(RENEWAL_NOTICE_DAYS).minus(renewalPeriod))
                .size();
    }

    RulesInService.Summary rules() {
        return rules.summary();
    }

    AuditChainWatch.Verified audit() {
        return audit.latest();
    }

    private Queue queue(WorkQueues.Queue queue) {
        Instant oldest = queue.oldest();
        return new Queue(queue.size(), oldest == null ? null : Duration.between(oldest, clock.instant()));
    }
}
