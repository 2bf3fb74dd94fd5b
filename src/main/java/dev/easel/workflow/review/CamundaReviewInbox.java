package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CHANGE_AMOUNT;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CURRENCY;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CUSTOMER_KEY;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.DECISION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.EXPLANATION_LINK;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.FLAG_REASONS;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.MODEL_VERSION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.NEW_VALUE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.ORDERS;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.OUTCOME;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.PREVIOUS_VALUE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REASON;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.RULESET_VERSION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.RULES_FIRED;

import dev.easel.workflow.ReviewInbox;
import dev.easel.workflow.engine.WorkflowProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The review inbox over Camunda's task and variable tables: one task query for the page (filters and order in the
 * query, one row more than the page instead of a count), a count only when a filter narrows the list, and one
 * variable query for all the rows.
 * Decisions complete the task through {@link TaskService} as the signed-in user, the same call Tasklist's REST API
 * makes.
 */
@Component
class CamundaReviewInbox implements ReviewInbox {

    private static final List<String> LIST_VARIABLES = List.of(
            CUSTOMER_KEY.name(), PREVIOUS_VALUE.name(), NEW_VALUE.name(), CHANGE_AMOUNT.name(), FLAG_REASONS.name());
    private static final List<String> EVIDENCE_VARIABLES = List.of(
            CUSTOMER_KEY.name(),
            PREVIOUS_VALUE.name(),
            NEW_VALUE.name(),
            CHANGE_AMOUNT.name(),
            FLAG_REASONS.name(),
            CURRENCY.name(),
            ORDERS.name(),
            RULES_FIRED.name(),
            RULESET_VERSION.name(),
            MODEL_VERSION.name(),
            EXPLANATION_LINK.name());
    private static final Set<String> REVIEW_TASKS =
            Set.of(ClvSpikeReviewProcess.TASK_REVIEW_SPIKE, ClvSpikeReviewProcess.TASK_REVIEW_ESCALATED_SPIKE);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final ReviewSla sla;

    CamundaReviewInbox(
            TaskService tasks,
            RuntimeService runtime,
            HistoryService history,
            IdentityService identity,
            WorkflowProperties properties) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
        this.sla = new ReviewSla(properties.review());
    }

    @Override
    public Page open(String user, Filter filter) {
        List<String> groups = groupsOf(user);
        if (groups.isEmpty()) {
            return new Page(List.of(), 0L, filter.page(), filter.size(), false);
        }
        TaskQuery query = visibleTo(user, groups, filter);
        boolean narrowed = filter.customer() != null || filter.reason() != null;
        switch (filter.sort()) {
            case NEWEST -> query.orderByTaskCreateTime().desc();
            case LARGEST_CHANGE ->
                query.orderByTaskPriority().desc().orderByTaskCreateTime().asc();
            case CUSTOMER ->
                query.orderByProcessVariable(CUSTOMER_KEY.name(), ValueType.STRING)
                        .asc();
            default -> query.orderByTaskCreateTime().asc();
        }
        query.orderByTaskId().asc();
        // One row more than the page tells whether there is a next page without counting.
        List<Task> found = query.listPage(filter.page() * filter.size(), filter.size() + 1);
        List<Task> page = found.subList(0, Math.min(found.size(), filter.size()));
        Map<String, Map<String, Object>> variables = variablesOf(page, LIST_VARIABLES);
        List<Row> rows = page.stream()
                .map(task -> row(task, variables.getOrDefault(task.getProcessInstanceId(), Map.of())))
                .toList();
        boolean hasNext = found.size() > filter.size();
        // A first page without a next one is the whole list: its size is the count, no query needed.
        Long total = filter.page() == 0 && !hasNext ? Long.valueOf(rows.size()) : narrowed ? query.count() : null;
        return new Page(rows, total, filter.page(), filter.size(), hasNext);
    }

    private TaskQuery visibleTo(String user, List<String> groups, Filter filter) {
        TaskQuery query = tasks.createTaskQuery()
                .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .taskCandidateGroupIn(groups)
                .includeAssignedTasks();
        if (filter.customer() != null && !filter.customer().isBlank()) {
            query.processInstanceBusinessKeyLike(filter.customer().strip() + "%");
        }
        if (filter.reason() != null && !filter.reason().isBlank()) {
            query.processVariableValueLike(
                    FLAG_REASONS.name(), "%" + filter.reason().strip() + "%");
        }
        if (filter.escalated() != null) {
            query.taskDefinitionKey(
                    filter.escalated()
                            ? ClvSpikeReviewProcess.TASK_REVIEW_ESCALATED_SPIKE
                            : ClvSpikeReviewProcess.TASK_REVIEW_SPIKE);
        }
        switch (filter.claimed()) {
            case MINE -> query.taskAssignee(user);
            case UNCLAIMED -> query.taskUnassigned();
            default -> {}
        }
        return query;
    }

    @Override
    public Optional<Review> find(String user, String taskId) {
        return workable(user, taskId).map(task -> {
            Map<String, Object> values =
                    variablesOf(List.of(task), EVIDENCE_VARIABLES).getOrDefault(task.getProcessInstanceId(), Map.of());
            return new Review(
                    row(task, values),
                    (String) values.get(CURRENCY.name()),
                    ORDERS.read(values.get(ORDERS.name())),
                    RULES_FIRED.read(values.get(RULES_FIRED.name())),
                    (String) values.get(RULESET_VERSION.name()),
                    (String) values.get(MODEL_VERSION.name()),
                    (String) values.get(EXPLANATION_LINK.name()));
        });
    }

    @Override
    public void claim(String user, String taskId) {
        Task task = workable(user, taskId)
                .orElseThrow(
                        () -> new IllegalArgumentException("No open review " + taskId + " that " + user + " may work"));
        if (user.equals(task.getAssignee())) {
            return;
        }
        asUser(user, () -> tasks.claim(taskId, user));
    }

    @Override
    public Outcome decide(String user, String taskId, Decision decision, String reason) {
        Optional<Task> found = workable(user, taskId);
        if (found.isEmpty()) {
            return new Outcome(
                    taskId,
                    false,
                    null,
                    "This review is no longer open (decided, superseded or "
                            + "escalated), or it is not yours to decide.");
        }
        Task task = found.get();
        String why = reason == null ? "" : reason.strip();
        if (decision == Decision.REJECT && why.isEmpty()) {
            return new Outcome(taskId, false, REASON.name(), "A rejection needs a reason.");
        }
        if (task.getAssignee() != null && !user.equals(task.getAssignee())) {
            return new Outcome(taskId, false, null, "Claimed by " + task.getAssignee() + ": only they may decide it.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DECISION.name(), decision.formValue());
        if (!why.isEmpty()) {
            variables.put(REASON.name(), why);
        }
        try {
            asUser(user, () -> {
                if (task.getAssignee() == null) {
                    tasks.claim(taskId, user);
                }
                tasks.complete(taskId, variables);
            });
        } catch (FormFieldValidationException refused) {
            return new Outcome(taskId, false, String.valueOf((Object) refused.getDetail()), refused.getMessage());
        } catch (ProcessEngineException gone) {
            return new Outcome(taskId, false, null, "This review could not be decided: " + gone.getMessage());
        }
        return new Outcome(taskId, true, null, outcomeOf(task, decision));
    }

    /** What the process wrote on the way out: published, or why an approval published nothing. */
    private String outcomeOf(Task task, Decision decision) {
        String said = history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .variableName(OUTCOME.name())
                .disableCustomObjectDeserialization()
                .list()
                .stream()
                .map(HistoricVariableInstance::getValue)
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .findFirst()
                .orElse(null);
        String done = decision == Decision.APPROVE ? "Approved" : "Rejected: the previous value stays";
        return said == null ? done + "." : done + ". " + said;
    }

    /** The open review task, if the user is in one of its candidate groups or holds it. */
    private Optional<Task> workable(String user, String taskId) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .singleResult();
        if (task == null || !REVIEW_TASKS.contains(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        if (user.equals(task.getAssignee())) {
            return Optional.of(task);
        }
        List<String> groups = groupsOf(user);
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId)
                .anyMatch(groups::contains);
        return candidate ? Optional.of(task) : Optional.empty();
    }

    private Row row(Task task, Map<String, Object> values) {
        boolean escalated = ClvSpikeReviewProcess.TASK_REVIEW_ESCALATED_SPIKE.equals(task.getTaskDefinitionKey());
        String customer = (String) values.getOrDefault(CUSTOMER_KEY.name(), "");
        return new Row(
                task.getId(),
                customer,
                (String) values.get(PREVIOUS_VALUE.name()),
                (String) values.get(NEW_VALUE.name()),
                (String) values.get(CHANGE_AMOUNT.name()),
                FLAG_REASONS.read(values.get(FLAG_REASONS.name())),
                task.getCreateTime().toInstant(),
                sla.due(task, escalated),
                escalated,
                task.getAssignee());
    }

    /** The named variables of the tasks' process instances, in one query. */
    private Map<String, Map<String, Object>> variablesOf(List<Task> page, List<String> names) {
        if (page.isEmpty()) {
            return Map.of();
        }
        String[] instances =
                page.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        List<VariableInstance> found = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instances)
                .variableNameIn(names.toArray(String[]::new))
                .disableBinaryFetching()
                .disableCustomObjectDeserialization()
                .list();
        return found.stream()
                .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
                .collect(Collectors.groupingBy(
                        VariableInstance::getProcessInstanceId,
                        Collectors.toMap(
                                VariableInstance::getName,
                                variable -> variable.getValue() == null ? "" : variable.getValue(),
                                (a, b) -> a)));
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
    }

    private void asUser(String user, Runnable work) {
        identity.setAuthentication(user, groupsOf(user));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
