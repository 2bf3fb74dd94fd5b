package dev.easel.workflow.renewal;

import dev.easel.workflow.engine.WorkflowProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates of rules/consent/consent-renewal.drl, by day in UTC: a consent captured on day D is due for renewal from
 * D + period - notice and no longer counts from D + period + 1 day.
 */
record RenewalWindow(WorkflowProperties.ConsentRenewal settings) {

    /** First capture day whose renewal is due today. */
    LocalDate capturedFrom(LocalDate today) {
        return today.minus(settings.period());
    }

    /** First capture day whose renewal is not yet due today. */
    LocalDate capturedBefore(LocalDate today) {
        return today.minus(settings.period()).plus(settings.notice());
    }

    Instant expiresAt(Instant capturedAt) {
        return LocalDate.ofInstant(capturedAt, ZoneOffset.UTC)
                .plus(settings.period())
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }
}
