package dev.easel.clv;

import java.util.Optional;

/**
 * Recalculating every customer in chunks (about 1,000 customers each). A workflow plans a run, processes its chunks
 * as parallel jobs, and finishes it. Each chunk is idempotent per run and customer: a chunk processed twice (a job
 * retried, a run resumed after a crash) still leaves exactly one result per customer and run.
 */
public interface ClvBatchRuns {

    /** Creates a run over every customer known now, split into chunks, against the current model fit. */
    BatchRun plan(String requestedBy, String processInstance);

    /** Consent gate, adjustments, model and review check for one chunk; returns the candidates flagged for review. */
    ChunkResult processChunk(String runId, int chunk);

    /** Marks the run finished and stores its summary. */
    BatchRun finish(String runId);

    Optional<BatchRun> find(String runId);
}
