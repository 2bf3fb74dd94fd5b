package dev.easel.workflow.engine;

/** What a {@link Handoff} asks of the workflow engine; each kind has one {@link HandoffHandler}. */
public enum HandoffKind {
    /** Recalculate a customer's CLV; subject: the customer key. */
    RECALCULATION,
    /** A consent was given again; subject: the customer key, detail: the purpose code. */
    CONSENT_RENEWED,
    /** A data-subject request was received; subject: its id, detail: its type and due time. */
    DATA_SUBJECT_REQUEST_OPENED,
    /** A data-subject request was answered; subject: its id. */
    DATA_SUBJECT_REQUEST_ANSWERED
}
