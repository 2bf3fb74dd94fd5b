package dev.easel.workflow.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.testing.ServiceProcess;
import dev.easel.testing.StandalonePostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the packaged service on one PostgreSQL share a batch run's chunks; one is killed ({@code kill -9})
 * while it holds chunks, and the other finishes the run. The chunks of the dead node wait only for their job lock
 * to expire and for the survivor's next look for work (at most 15 s): the run stalls for at most 60 s with the
 * service's 30 s lock. The test runs both nodes with a 15 s lock (still longer than a chunk of 100 customers takes),
 * which proves the same take-over in less build time.
 */
class BatchRunNodeFailureIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STALL_BOUND = Duration.ofSeconds(60);

    @Test
    void whenANodeDiesMidBatchTheOtherFinishesTheRun() throws Exception {
        Path folder =
                Path.of("target", "batch-nodes-it", UUID.randomUUID().toString().substring(0, 8));
        try (StandalonePostgres postgres = StandalonePostgres.start();
                ServiceProcess survivor = ServiceProcess.start(
                        folder.resolve("survivor"), arguments(postgres, "--easel.demo.load-on-empty-database=true"));
                ServiceProcess victim = ServiceProcess.start(
                        folder.resolve("victim"), arguments(postgres, "--easel.demo.load-on-empty-database=false"))) {
            String victimOwner = victim.pid() + "@%";

            // Started on the node to be killed: its job executor is told of the new chunks at once and locks some.
            JsonNode started =
                    JSON.readTree(victim.post("/api/clv/runs", "admin", "").body());
            String runId = started.path("runId").asText();
            assertThat(runId).as(started.toString()).isNotBlank();
            awaitChunksLockedBy(postgres, victimOwner);
            victim.kill();
            long killed = System.nanoTime();
            long heldByTheDead = postgres.jdbc()
                    .sql("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ LIKE ?")
                    .param(victimOwner)
                    .query(Long.class)
                    .single();
            assertThat(heldByTheDead).as("chunks locked by the killed node").isPositive();

            awaitReleased(postgres, victimOwner);
            double stalled = (System.nanoTime() - killed) / 1e9;
            JsonNode run = awaitFinished(survivor, runId, Duration.ofMinutes(3));
            System.out.printf(
                    "%d chunk jobs locked by the killed node were taken over %.1f s after the kill; the run"
                            + " finished %.1f s after the kill%n",
                    heldByTheDead, stalled, (System.nanoTime() - killed) / 1e9);
            assertThat(run.path("customersDone").asLong())
                    .isEqualTo(run.path("customers").asLong());
            assertThat(run.path("chunksDone").asInt())
                    .isEqualTo(run.path("chunks").asInt());
        }
    }

    /** Many small chunks, so that both nodes hold some when the run is under way. */
    private static String[] arguments(StandalonePostgres postgres, String demo) {
        return postgres.serviceArguments(
                demo,
                "--easel.demo.customers=3000",
                "--easel.clv.chunk-size=100",
                "--camunda.bpm.job-execution.lock-time-in-millis=15000");
    }

    private static void awaitChunksLockedBy(StandalonePostgres postgres, String owner) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (postgres.jdbc()
                        .sql("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ LIKE ?")
                        .param(owner)
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(System.nanoTime()).as("a chunk locked by node " + owner).isLessThan(deadline);
            ServiceProcess.sleep(Duration.ofMillis(50));
        }
    }

    /** The survivor has taken over (or finished) every job the dead node held, within the bound. */
    private static void awaitReleased(StandalonePostgres postgres, String owner) {
        long deadline = System.nanoTime() + STALL_BOUND.toNanos();
        while (postgres.jdbc()
                        .sql("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ LIKE ?")
                        .param(owner)
                        .query(Long.class)
                        .single()
                > 0) {
            assertThat(System.nanoTime())
                    .as("jobs of the dead node taken over within " + STALL_BOUND)
                    .isLessThan(deadline);
            ServiceProcess.sleep(Duration.ofMillis(250));
        }
    }

    private static JsonNode awaitFinished(ServiceProcess service, String runId, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            JsonNode run =
                    JSON.readTree(service.get("/api/clv/runs/" + runId, "admin").body());
            if ("FINISHED".equals(run.path("status").asText())) {
                return run;
            }
            assertThat(System.nanoTime())
                    .as("run finished within %s of the kill: %s", bound, run)
                    .isLessThan(deadline);
            ServiceProcess.sleep(Duration.ofMillis(500));
        }
    }
}
