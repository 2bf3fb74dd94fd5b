package dev.easel.workflow.engine;

import java.util.Objects;

/**
 * One piece of work for the workflow engine, stored with the change that called for it.
 *
 * @param subject a pseudonymous key or an id, never personal data
 * @param detail  what else the kind needs, or null
 */
public record Handoff(long id, HandoffKind kind, String subject, String detail) {

    /** Two hand-offs asking for the same thing are done once when they meet in one batch. */
    boolean sameRequestAs(Handoff other) {
        return kind == other.kind && subject.equals(other.subject) && Objects.equals(detail, other.detail);
    }
}
