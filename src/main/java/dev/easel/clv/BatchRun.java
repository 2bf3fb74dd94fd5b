package dev.easel.clv;

import java.time.Instant;

/**
 * A batch recalculation and its progress.
 *
 * @param status PLANNED, RUNNING, FINISHED or FAILED
 */
public record BatchRun(
        String runId,
        String status,
        int chunks,
        int chunksDone,
        long customers,
        long customersDone,
        long published,
        long suppressed,
        long flagged,
        long historicOnly,
        String modelVersion,
        String rulesetVersion,
        Instant startedAt,
        Instant finishedAt,
        String requestedBy,
        String processInstance) {}
