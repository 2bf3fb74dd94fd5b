package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvInsights;
import java.time.Duration;
import java.time.Instant;

/** Waits for the first start's batch run, which scores the demo marketplace in the background. */
final class DemoScored {

    static final Duration PATIENCE = Duration.ofMinutes(4);

    private DemoScored() {}

    static BatchRun await(ClvInsights insights) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            BatchRun run = insights.latestRun().orElse(null);
            if (run != null && run.finishedAt() != null) {
                assertThat(run.status()).isEqualTo("FINISHED");
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The demo's first batch run did not finish within " + PATIENCE);
    }
}
