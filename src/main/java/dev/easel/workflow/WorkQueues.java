package dev.easel.workflow;

import java.time.Instant;

/** How much work waits on people and on other systems, for the console's status strip. */
public interface WorkQueues {

    /** Open CLV spike reviews and when the oldest was created (null when none is open). */
    Queue reviews();

    /** Messages in the outbox not yet handed to their channel, and the oldest one's time. */
    Queue outbox();

    /** Starts a batch run as {@code POST /api/clv/runs} does; answers the run id. */
    String startBatchRun(String requestedBy);

    record Queue(long size, Instant oldest) {
    }
}
