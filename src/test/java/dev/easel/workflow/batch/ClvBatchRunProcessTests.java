package dev.easel.workflow.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ChunkResult;
import dev.easel.clv.ReviewEvidence;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.workflow.WorkflowTestBase;
import dev.easel.workflow.review.ClvSpikeReviewProcess;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ClvBatchRunProcessTests extends WorkflowTestBase {

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void aRunOfThreeChunksWithOneFlaggedCandidate() {
        when(batchRuns.plan(anyString(), anyString())).thenReturn(run("run-1", "RUNNING"));
        when(batchRuns.processChunk("run-1", 0)).thenReturn(new ChunkResult("run-1", 0, 1000, 990, 10, List.of()));
        when(batchRuns.processChunk("run-1", 1)).thenReturn(new ChunkResult("run-1", 1, 1000, 999, 0, List.of(31L)));
        when(batchRuns.processChunk("run-1", 2)).thenReturn(new ChunkResult("run-1", 2, 400, 400, 0, List.of()));
        when(clv.evidence(31L))
                .thenReturn(new ReviewEvidence(
                        31L,
                        "c-batch",
                        "EUR",
                        BigDecimal.ONE,
                        BigDecimal.TEN,
                        new BigDecimal("9"),
                        List.of("JUMP"),
                        List.of("o-9"),
                        List.of("rule"),
                        "rules-v1",
                        "model-v1"));
    }

    @Test
    void anAdminStartsARunThatRefitsProcessesEveryChunkReviewsTheFlaggedAndFinishes() {
        ResponseEntity<String> started =
                http.withBasicAuth("admin", "demo").postForEntity("/api/clv/runs", null, String.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).contains("\"runId\":\"run-1\"");
        verify(modelFits).fitNow(ModelTimeUnit.DAYS, null, "admin");
        assertThat(management
                        .createJobQuery()
                        .activityId(ClvBatchRunProcess.TASK_PROCESS_CHUNK)
                        .count())
                .as("one job per chunk")
                .isEqualTo(3);

        executeDueJobs();

        verify(batchRuns).finish("run-1");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ClvBatchRunProcess.KEY)
                        .count())
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                        .processInstanceBusinessKey("c-batch")
                        .count())
                .isOne();
    }

    @Test
    void theNightlyTimerStartsARunAsEasel() {
        Job nightly = management
                .createJobQuery()
                .processDefinitionKey(ClvBatchRunProcess.KEY)
                .timers()
                .activityId(ClvBatchRunProcess.EVENT_NIGHTLY)
                .singleResult();

        management.executeJob(nightly.getId());
        executeDueJobs();

        verify(modelFits).fitNow(ModelTimeUnit.DAYS, null, "easel");
        verify(batchRuns).plan(eq("easel"), anyString());
        verify(batchRuns).finish("run-1");
    }

    @Test
    void showsTheProgressOfARunToAnAdminOnly() {
        when(batchRuns.find("run-1")).thenReturn(Optional.of(run("run-1", "RUNNING")));

        ResponseEntity<String> progress =
                http.withBasicAuth("admin", "demo").getForEntity("/api/clv/runs/run-1", String.class);
        assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(progress.getBody()).contains("\"chunks\":3");
        assertThat(http.withBasicAuth("analyst", "demo")
                        .getForEntity("/api/clv/runs/run-1", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo")
                        .getForEntity("/api/clv/runs/none", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static BatchRun run(String runId, String status) {
        return new BatchRun(
                runId,
                status,
                3,
                0,
                2400,
                0,
                0,
                0,
                0,
                0,
                "model-v1",
                "rules-v1",
                Instant.parse("2026-11-22T02:00:00Z"),
                null,
                "admin",
                "pi");
    }
}
