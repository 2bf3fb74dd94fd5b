package dev.easel.workflow.engine;

import dev.easel.clv.model.ModelTimeUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The workflow module's settings.
 *
 * @param location the processes and forms folder, relative to the working directory; the jar's copy serves when absent
 * @param relay    the relay of workflow hand-offs ({@code workflow_handoffs}, docs/durable-handoffs.md)
 */
@ConfigurationProperties("easel.workflow")
public record WorkflowProperties(
        @DefaultValue("bpmn") Path location,
        @DefaultValue Review review,
        @DefaultValue ConsentRenewal consentRenewal,
        @DefaultValue Batch batch,
        @DefaultValue Outbox outbox,
        @DefaultValue Recalculation recalculation,
        @DefaultValue Relay relay) {

    /**
     * @param pollInterval how often the relay looks for hand-offs it was not woken for: left by a crash, written on
     *                     another node, or due again after a failure
     * @param batchSize    hand-offs relayed in one transaction
     * @param threads      relay threads per node: a recalculation's round runs on the thread that relays it, and a
     *                     thread spends much of a round waiting for the database, so a few keep both cores busy
     */
    public record Relay(
            @DefaultValue("2s") Duration pollInterval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("3") int threads) {}

    /**
     * @param asynchronousRequests whether the workflow hand-offs a change writes (its recalculation among them) are
     *                             relayed by a thread of their own. On by default: relaying needs a database
     *                             connection of its own, and taking it while the committing request still holds one
     *                             deadlocks the pool under concurrent load. Tests turn it off to see the work done
     *                             at once, on the committing thread.
     */
    public record Recalculation(@DefaultValue("true") boolean asynchronousRequests) {}

    /**
     * @param escalateAfterBusinessDays an undecided review goes to the compliance lead after this many weekdays
     * @param businessZone              where the weekend is
     */
    public record Review(
            @DefaultValue("2") int escalateAfterBusinessDays,
            @DefaultValue("UTC") ZoneId businessZone) {}

    /**
     * @param schedule the daily search for consents due for renewal (Camunda cron: seconds first)
     * @param period   how long a consent lasts; the same as {@code renewalPeriodMonths} in rules/consent
     * @param notice   how long before the end a renewal is requested; {@code renewalNoticeDays} in rules/consent
     */
    public record ConsentRenewal(
            @DefaultValue("0 0 6 * * ?") String schedule,
            @DefaultValue("P12M") Period period,
            @DefaultValue("P30D") Period notice) {}

    /**
     * @param schedule the nightly batch recalculation (Camunda cron: seconds first)
     * @param timeUnit the unit the nightly refit measures time in
     */
    public record Batch(
            @DefaultValue("0 0 2 * * ?") String schedule,
            @DefaultValue("DAYS") ModelTimeUnit timeUnit) {}

    /** @param relayInterval how often the outbox relay publishes pending messages */
    public record Outbox(
            @DefaultValue("5s") Duration relayInterval,
            @DefaultValue("true") boolean relayEnabled) {}
}
