package dev.easel.workflow.engine;

import dev.easel.workflow.WorkQueues;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Review tasks from Camunda (all of them, whoever may see them), the outbox from its table. */
@Component
class CamundaWorkQueues implements WorkQueues {

    /** The review process's key, as deployed from bpmn/clv-spike-review.bpmn. */
    private static final String REVIEW_PROCESS = "clv-spike-review";

    private final TaskService tasks;
    private final JdbcClient jdbc;

    CamundaWorkQueues(TaskService tasks, JdbcClient jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @Override
    public Queue reviews() {
        long open = tasks.createTaskQuery().processDefinitionKey(REVIEW_PROCESS).count();
        List<Task> oldest = tasks.createTaskQuery()
                .processDefinitionKey(REVIEW_PROCESS)
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, 1);
        return new Queue(
                open, oldest.isEmpty() ? null : oldest.get(0).getCreateTime().toInstant());
    }

    @Override
    public Queue outbox() {
        return jdbc.sql("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE published_at IS NULL")
                .query((rs, n) -> {
                    OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                    return new Queue(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                })
                .single();
    }
}
