package dev.easel.workflow.engine;

import java.util.Set;

/**
 * Does the work of hand-offs of some kinds, in the relay's transaction: when it throws, the hand-off stays and is
 * tried again later, so the work must be safe to repeat after a rollback.
 */
public interface HandoffHandler {

    Set<HandoffKind> kinds();

    void handle(Handoff handoff);
}
