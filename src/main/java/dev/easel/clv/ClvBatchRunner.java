package dev.easel.clv;

/**
 * A whole batch run without a workflow engine: plan, every chunk in turn, finish. For the command line, tests and
 * benchmarks; the workflow runs the same steps of {@link ClvBatchRuns} as jobs.
 */
public interface ClvBatchRunner {

    BatchRun runAll(String requestedBy);

    /** Processes the chunks of an interrupted run that are not done yet, then finishes it. */
    BatchRun resume(String runId);
}
