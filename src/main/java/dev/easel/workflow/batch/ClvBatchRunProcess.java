package dev.easel.workflow.batch;

import static dev.easel.workflow.engine.ProcessVariable.integer;
import static dev.easel.workflow.engine.ProcessVariable.lines;
import static dev.easel.workflow.engine.ProcessVariable.string;

import dev.easel.workflow.engine.ProcessVariable;
import java.util.List;

/**
 * {@code clv-batch-run}: refit the model, plan the run, process its chunks (about 1,000 customers each) as parallel
 * asynchronous jobs, each handing its flagged candidates to reviews, then finish. One instance per run, never one per
 * customer. Started by the API, the command line or the nightly timer.
 */
public final class ClvBatchRunProcess {

    public static final String KEY = "clv-batch-run";
    public static final String RESOURCE = "clv-batch-run.bpmn";
    /** Starts a run on request (API, command line); the nightly timer starts the others. */
    public static final String MESSAGE_RUN_REQUESTED = "ClvBatchRunRequested";

    public static final String EVENT_RUN_REQUESTED = "Event_RunRequested";
    public static final String EVENT_NIGHTLY = "Event_Nightly";
    public static final String TASK_REFIT_MODEL = "Task_RefitModel";
    public static final String TASK_PLAN_RUN = "Task_PlanRun";
    public static final String SUB_PROCESS_CHUNK = "SubProcess_Chunk";
    public static final String TASK_PROCESS_CHUNK = "Task_ProcessChunk";
    public static final String TASK_REQUEST_REVIEWS = "Task_RequestReviews";
    public static final String EVENT_CHUNK_DONE = "Event_ChunkDone";
    public static final String TASK_FINISH_RUN = "Task_FinishRun";
    public static final String EVENT_RUN_FINISHED = "Event_RunFinished";

    /** Who asked: a user name, or {@code easel} for the nightly run. */
    public static final ProcessVariable<String> REQUESTED_BY = string("requestedBy");

    public static final ProcessVariable<String> RUN_ID = string("runId");
    public static final ProcessVariable<Integer> CHUNKS = integer("chunks");
    /** The chunk an instance of the multi-instance body processes: Camunda's own loop counter. */
    public static final ProcessVariable<Integer> CHUNK = integer("loopCounter");
    /** Local to one chunk: its flagged candidate ids. */
    public static final ProcessVariable<List<String>> FLAGGED_CANDIDATES = lines("flaggedCandidates");

    public static final String NIGHTLY_REQUESTER = "easel";

    private ClvBatchRunProcess() {}
}
