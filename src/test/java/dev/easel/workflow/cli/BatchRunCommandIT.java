package dev.easel.workflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.EaselApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The command line's batch run, against a service of its own: an in-memory embedded database with the demo
 * marketplace, and a job executor of its own (under its own engine name, beside the other tests' engines).
 */
class BatchRunCommandIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runsABatchOverTheWholeLedgerAndPrintsItsSummary() throws Exception {
        int status = BatchRunCommand.run(
                EaselApplication.class,
                new String[] {
                    "--timeout-minutes",
                    "10",
                    "--spring.datasource.url=jdbc:h2:mem:batch-run-command;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                    "--camunda.bpm.process-engine-name=batch-run-command",
                    "--camunda.bpm.job-execution.enabled=true",
                    "--easel.demo.load-on-empty-database=true",
                    "--easel.demo.customers=1200",
                    "--easel.rules.watch.enabled=false",
                    "--logging.level.root=WARN"
                },
                print(out),
                print(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode run = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(run.path("status").asText()).isEqualTo("FINISHED");
        assertThat(run.path("requestedBy").asText()).isEqualTo("command-line");
        assertThat(run.path("customers").asLong()).isGreaterThan(1_000);
        assertThat(run.path("chunks").asInt()).isGreaterThan(1);
        assertThat(run.path("customersDone").asLong())
                .isEqualTo(run.path("customers").asLong());
        assertThat(run.path("chunksDone").asInt()).isEqualTo(run.path("chunks").asInt());
        assertThat(run.path("published").asLong()).isPositive();
        assertThat(run.path("modelVersion").asText()).isNotBlank();
    }

    @Test
    void refusesAnUnknownArgumentWithoutStarting() {
        int status = BatchRunCommand.run(EaselApplication.class, new String[] {"--everyone"}, print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unexpected argument: --everyone", "usage: clv run");
        assertThat(out.size()).isZero();
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
