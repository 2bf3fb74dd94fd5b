package dev.easel.workflow.renewal;

import static dev.easel.workflow.engine.ProcessVariable.date;
import static dev.easel.workflow.engine.ProcessVariable.string;

import dev.easel.workflow.engine.ProcessVariable;
import java.util.Date;

/**
 * {@code consent-renewal}: every day a timer finds consents whose renewal period ends within the notice period and
 * starts one instance per customer and purpose (message start, business key = customer key). Each requests the renewal
 * through the outbox, then waits for {@code ConsentRenewed} or the end of the period; then the consent lapses and the
 * customer's CLV is recalculated, which the consent gate suppresses.
 */
public final class ConsentRenewalProcess {

    public static final String KEY = "consent-renewal";
    public static final String RESOURCE = "consent-renewal.bpmn";
    public static final String MESSAGE_RENEWAL_DUE = "ConsentRenewalDue";
    public static final String MESSAGE_CONSENT_RENEWED = "ConsentRenewed";
    public static final String TOPIC_RENEWAL_REQUESTED = "consent.renewal-requested";

    public static final String EVENT_DAILY = "Event_Daily";
    public static final String TASK_START_RENEWALS = "Task_StartRenewals";
    public static final String EVENT_RENEWAL_DUE = "Event_RenewalDue";
    public static final String TASK_REQUEST_RENEWAL = "Task_RequestRenewal";
    public static final String EVENT_CONSENT_RENEWED = "Event_ConsentRenewed";
    public static final String EVENT_CONSENT_EXPIRED = "Event_ConsentExpired";
    public static final String TASK_RECORD_LAPSE = "Task_RecordLapse";
    public static final String TASK_REQUEST_RECALCULATION = "Task_RequestRecalculation";
    public static final String EVENT_RENEWED = "Event_Renewed";
    public static final String EVENT_LAPSED = "Event_Lapsed";

    public static final ProcessVariable<String> CUSTOMER_KEY = string("customerKey");
    /** The consent purpose's code, e.g. {@code clv-profiling}. */
    public static final ProcessVariable<String> PURPOSE = string("purpose");

    public static final ProcessVariable<Date> EXPIRES_AT = date("expiresAt");

    private ConsentRenewalProcess() {}
}
