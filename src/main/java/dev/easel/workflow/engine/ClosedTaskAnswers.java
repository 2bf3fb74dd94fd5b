package dev.easel.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task can end while a reviewer still has it open (a newer result or a withdrawal supersedes a review). Completing
 * it then makes Camunda's REST API, and the webapps' own, answer 500 "Cannot find task". This answers such a request
 * with a 404 problem+json that says the task is closed and nothing was decided, before Camunda sees it.
 */
@Component
@ConditionalOnWebApplication
class ClosedTaskAnswers extends OncePerRequestFilter {

    private static final Pattern TASK_ACTION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");

    // Looked up per request: a filter is created with the web server, before the process engine may be.
    private final ObjectProvider<TaskService> tasks;
    private final ObjectProvider<HistoryService> history;
    private final ObjectProvider<IdentityService> identity;
    private final ObjectMapper json;

    ClosedTaskAnswers(
            ObjectProvider<TaskService> tasks,
            ObjectProvider<HistoryService> history,
            ObjectProvider<IdentityService> identity,
            ObjectMapper json) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !TASK_ACTION.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher action = TASK_ACTION.matcher(request.getRequestURI());
        String taskId = action.matches() ? action.group(1) : null;
        HistoricTaskInstance ended = taskId == null ? null : endedTask(taskId);
        if (ended == null) {
            chain.doFilter(request, response);
            return;
        }
        ObjectNode problem = json.createObjectNode()
                .put("type", "about:blank")
                .put("title", "Task closed")
                .put("status", HttpStatus.NOT_FOUND.value())
                .put(
                        "detail",
                        "Task " + taskId + " (" + ended.getName() + ") is no longer open: it ended at "
                                + ended.getEndTime().toInstant()
                                + (ended.getDeleteReason() == null ? "" : " (" + ended.getDeleteReason() + ")")
                                + ", for example because a newer result or a consent change superseded it. Nothing "
                                + "was decided; reload the task list.");
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The task, if it existed and has ended; null while it is open or if it never existed. Read without the caller's
     * Camunda authorization, so that a task the caller may not see still gets Camunda's own 403.
     */
    private HistoricTaskInstance endedTask(String taskId) {
        IdentityService identities = identity.getObject();
        Authentication caller = identities.getCurrentAuthentication();
        identities.clearAuthentication();
        try {
            if (tasks.getObject().createTaskQuery().taskId(taskId).count() > 0) {
                return null;
            }
            return history.getObject()
                    .createHistoricTaskInstanceQuery()
                    .taskId(taskId)
                    .finished()
                    .singleResult();
        } finally {
            if (caller != null) {
                identities.setAuthentication(caller);
            }
        }
    }
}
