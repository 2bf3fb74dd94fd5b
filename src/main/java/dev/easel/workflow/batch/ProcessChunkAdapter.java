package dev.easel.workflow.batch;

import static dev.easel.workflow.batch.ClvBatchRunProcess.CHUNK;
import static dev.easel.workflow.batch.ClvBatchRunProcess.FLAGGED_CANDIDATES;
import static dev.easel.workflow.batch.ClvBatchRunProcess.RUN_ID;

import dev.easel.clv.ChunkResult;
import dev.easel.clv.ClvBatchRuns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvBatchRunProcess#TASK_PROCESS_CHUNK}: one chunk; its flagged candidates stay local to the chunk. */
@Component
class ProcessChunkAdapter implements JavaDelegate {

    private final ClvBatchRuns runs;

    ProcessChunkAdapter(ClvBatchRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChunkResult result = runs.processChunk(RUN_ID.get(execution), CHUNK.get(execution));
        FLAGGED_CANDIDATES.setLocal(
                execution,
                result.flaggedCandidateIds().stream().map(String::valueOf).toList());
    }
}
