package dev.easel.workflow;

import java.time.Instant;

/** How much work waits on people and on other systems, for the console's status strip. */
public interface WorkQueues {

    /** Open CLV spike reviews and when the oldest was created (null when none is open). */
    Queue reviews();

    /** Messages in the outbox not yet handed to their channel, and the oldest one's time. */
    Queue outbox();

    record Queue(long size, Instant oldest) {}
}
