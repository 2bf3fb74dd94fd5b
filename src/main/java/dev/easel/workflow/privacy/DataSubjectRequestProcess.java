package dev.easel.workflow.privacy;

import static dev.easel.workflow.engine.ProcessVariable.date;
import static dev.easel.workflow.engine.ProcessVariable.number;
import static dev.easel.workflow.engine.ProcessVariable.string;

import dev.easel.workflow.engine.ProcessVariable;
import java.time.Duration;
import java.util.Date;

/**
 * {@code data-subject-request}: one instance per request (business key = request id). It waits for the answer; if the
 * deadline comes near first, compliance gets a task due on the deadline, which the answer closes.
 */
public final class DataSubjectRequestProcess {

    public static final String KEY = "data-subject-request";
    public static final String MESSAGE_REQUEST_ANSWERED = "DataSubjectRequestAnswered";
    /** How long before the legal deadline compliance is reminded. */
    public static final Duration REMIND_BEFORE = Duration.ofDays(7);

    public static final String EVENT_REQUEST_RECEIVED = "Event_RequestReceived";
    public static final String EVENT_REQUEST_ANSWERED = "Event_RequestAnswered";
    public static final String EVENT_DEADLINE_NEAR = "Event_DeadlineNear";
    public static final String TASK_REMIND_COMPLIANCE = "Task_RemindCompliance";
    public static final String EVENT_ANSWERED = "Event_Answered";

    public static final ProcessVariable<Long> REQUEST_ID = number("requestId");
    /** ACCESS or ERASURE. */
    public static final ProcessVariable<String> REQUEST_TYPE = string("requestType");

    public static final ProcessVariable<Date> DUE_AT = date("dueAt");
    public static final ProcessVariable<Date> REMIND_AT = date("remindAt");

    private DataSubjectRequestProcess() {}
}
