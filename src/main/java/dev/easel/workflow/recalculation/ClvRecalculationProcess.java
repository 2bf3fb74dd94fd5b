package dev.easel.workflow.recalculation;

import static dev.easel.workflow.engine.ProcessVariable.flag;
import static dev.easel.workflow.engine.ProcessVariable.lines;
import static dev.easel.workflow.engine.ProcessVariable.number;
import static dev.easel.workflow.engine.ProcessVariable.string;

import dev.easel.clv.ConsentGate;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.workflow.engine.ProcessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * {@code clv-recalculation}: one customer's CLV, one instance per customer at a time (business key = customer key).
 * Consent gate; suppress, or compute and check for review; publish or hand to {@code clv-spike-review}; then compute
 * once more if another event arrived meanwhile.
 *
 * <p>The round has no wait state: it runs through in the transaction that requests it (the hand-off relay's), so the
 * instance, its variables and its steps never reach Camunda's runtime tables, and a failed round rolls back with its
 * hand-off, which the relay tries again. A change that commits meanwhile has a hand-off of its own and gets a round of
 * its own after this one; "another round" loops only for an instance an earlier version left waiting across an upgrade
 * ({@link RecalculationRequests}).
 */
public final class ClvRecalculationProcess {

    public static final String KEY = "clv-recalculation";
    public static final String RESOURCE = "clv-recalculation.bpmn";

    public static final String TASK_CHECK_CONSENT = "Task_CheckConsent";
    public static final String TASK_SUPPRESS_CLV = "Task_SuppressClv";
    public static final String TASK_COMPUTE_CLV = "Task_ComputeClv";
    public static final String TASK_CHECK_FOR_REVIEW = "Task_CheckForReview";
    public static final String TASK_PUBLISH_CLV = "Task_PublishClv";
    public static final String TASK_REQUEST_REVIEW = "Task_RequestReview";
    public static final String TASK_COMPLETE_ROUND = "Task_CompleteRound";
    public static final String EVENT_RECALCULATED = "Event_Recalculated";

    public static final ProcessVariable<String> CUSTOMER_KEY = string("customerKey");
    public static final ProcessVariable<String> CONSENT_STATUS = string("consentStatus");
    public static final ProcessVariable<List<String>> CONSENT_REASONS = lines("consentReasons");
    public static final ProcessVariable<List<String>> CONSENT_RULES_FIRED = lines("consentRulesFired");
    public static final ProcessVariable<String> CONSENT_RULESET_VERSION = string("consentRulesetVersion");
    /** Written by the consent gate; the gateway routes on it. */
    public static final ProcessVariable<Boolean> PROFILING_ALLOWED = flag("profilingAllowed");

    public static final ProcessVariable<Long> CANDIDATE_ID = number("candidateId");
    public static final ProcessVariable<Boolean> FLAGGED = flag("flagged");
    /** Another event arrived while this round ran: compute once more. */
    public static final ProcessVariable<Boolean> ANOTHER_ROUND = flag("anotherRound");

    private ClvRecalculationProcess() {}

    static void writeConsentGate(VariableScope scope, ConsentGate gate) {
        CONSENT_STATUS.set(scope, gate.status().name());
        CONSENT_REASONS.set(scope, gate.reasons());
        CONSENT_RULES_FIRED.set(scope, gate.rulesFired());
        CONSENT_RULESET_VERSION.set(scope, gate.rulesetVersion());
        PROFILING_ALLOWED.set(scope, gate.allowsProfiling());
    }

    static ConsentGate readConsentGate(VariableScope scope) {
        return new ConsentGate(
                CUSTOMER_KEY.get(scope),
                EligibilityStatus.valueOf(CONSENT_STATUS.get(scope)),
                CONSENT_REASONS.get(scope),
                CONSENT_RULES_FIRED.get(scope),
                CONSENT_RULESET_VERSION.get(scope));
    }
}
