package dev.easel.workflow.review;

import static dev.easel.workflow.engine.ProcessVariable.date;
import static dev.easel.workflow.engine.ProcessVariable.flag;
import static dev.easel.workflow.engine.ProcessVariable.integer;
import static dev.easel.workflow.engine.ProcessVariable.lines;
import static dev.easel.workflow.engine.ProcessVariable.number;
import static dev.easel.workflow.engine.ProcessVariable.string;

import dev.easel.workflow.engine.ProcessVariable;
import java.util.Date;
import java.util.List;

/**
 * {@code clv-spike-review}: a compliance officer approves or rejects a flagged CLV candidate in Tasklist, on a form
 * that shows the evidence. Undecided after the configured business days, the task goes to the compliance lead.
 * Business key: the customer key (set once the evidence is read).
 */
public final class ClvSpikeReviewProcess {

    public static final String KEY = "clv-spike-review";
    public static final String RESOURCE = "clv-spike-review.bpmn";
    public static final String FORM = "clv-spike-review-form";
    /** Starts an instance: other processes hand over a flagged candidate with this message. */
    public static final String MESSAGE_REVIEW_REQUESTED = "ClvSpikeReviewRequested";
    /** Ends an open review: a newer result for the customer replaced the one under review. */
    public static final String MESSAGE_REVIEW_SUPERSEDED = "ClvSpikeReviewSuperseded";

    public static final String TASK_COLLECT_EVIDENCE = "Task_CollectEvidence";
    public static final String TASK_REVIEW_SPIKE = "Task_ReviewSpike";
    public static final String EVENT_REVIEW_OVERDUE = "Event_ReviewOverdue";
    public static final String TASK_RECORD_ESCALATION = "Task_RecordEscalation";
    public static final String TASK_REVIEW_ESCALATED_SPIKE = "Task_ReviewEscalatedSpike";
    public static final String TASK_PUBLISH_APPROVED = "Task_PublishApproved";
    public static final String TASK_REJECT_SPIKE = "Task_RejectSpike";
    public static final String EVENT_SPIKE_APPROVED = "Event_SpikeApproved";
    public static final String EVENT_SPIKE_REJECTED = "Event_SpikeRejected";
    public static final String EVENT_APPROVAL_WITHHELD = "Event_ApprovalWithheld";
    public static final String SUB_PROCESS_SUPERSEDED = "SubProcess_ReviewSuperseded";
    public static final String EVENT_REVIEW_SUPERSEDED = "Event_ReviewSuperseded";

    public static final String GROUP_COMPLIANCE = "compliance";
    public static final String GROUP_COMPLIANCE_LEAD = "compliance-lead";

    public static final ProcessVariable<Long> CANDIDATE_ID = number("candidateId");
    public static final ProcessVariable<String> CUSTOMER_KEY = string("customerKey");
    /** Money as decimal strings in {@link #CURRENCY}: exact, and shown as written. */
    public static final ProcessVariable<String> PREVIOUS_TOTAL = string("previousTotal");

    public static final ProcessVariable<String> NEW_TOTAL = string("newTotal");
    public static final ProcessVariable<String> CHANGE = string("change");
    public static final ProcessVariable<String> CURRENCY = string("currency");
    public static final ProcessVariable<List<String>> FLAG_REASONS = lines("flagReasons");
    public static final ProcessVariable<List<String>> ORDER_IDS = lines("orderIds");
    public static final ProcessVariable<List<String>> RULES_FIRED = lines("rulesFired");
    public static final ProcessVariable<String> RULESET_VERSION = string("rulesetVersion");
    public static final ProcessVariable<String> MODEL_VERSION = string("modelVersion");
    /** What the reviewer reads: money with two decimals and the currency, the change with its sign. */
    public static final ProcessVariable<String> PREVIOUS_VALUE = string("previousValue");

    public static final ProcessVariable<String> NEW_VALUE = string("newValue");
    public static final ProcessVariable<String> CHANGE_AMOUNT = string("changeAmount");
    /** The orders that drove the change, one a line with amount and date, those new since the last value first. */
    public static final ProcessVariable<List<String>> ORDERS = lines("orders");
    /** Where the customer's full explanation is read (COMPLIANCE, AUDITOR). */
    public static final ProcessVariable<String> EXPLANATION_LINK = string("explanationLink");
    /** The task's name and description in Tasklist's list, and its priority (larger changes first). */
    public static final ProcessVariable<String> TASK_NAME = string("taskName");

    public static final ProcessVariable<String> TASK_DESCRIPTION = string("taskDescription");
    public static final ProcessVariable<Integer> TASK_PRIORITY = integer("taskPriority");
    public static final ProcessVariable<Date> REVIEW_DUE = date("reviewDue");
    /** From the form: {@link #APPROVE} or {@link #REJECT}, and a reason (required to reject). */
    public static final ProcessVariable<String> DECISION = string("decision");

    public static final ProcessVariable<String> REASON = string("reason");
    /** Written when the task completes: the deciding user, and whether they approved (the gateway routes on it). */
    public static final ProcessVariable<String> REVIEWER = string("reviewer");

    public static final ProcessVariable<Boolean> APPROVED = flag("approved");
    /** Written on approval: whether the value was published, and what the reviewer is told either way. */
    public static final ProcessVariable<Boolean> PUBLISHED = flag("published");

    public static final ProcessVariable<String> OUTCOME = string("outcome");
    /** Written when a newer result ends the review: that result's id. */
    public static final ProcessVariable<Long> SUPERSEDED_BY = number("supersededBy");

    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";

    private ClvSpikeReviewProcess() {}
}
