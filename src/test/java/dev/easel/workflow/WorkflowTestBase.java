package dev.easel.workflow;

import dev.easel.clv.ClvBatchRuns;
import dev.easel.clv.ClvRecalculation;
import dev.easel.clv.ModelFits;
import dev.easel.workflow.recalculation.ClvRecalculationProcess;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service on an in-memory H2 database with the CLV module's workflow-facing services mocked: the processes run on a
 * real engine, and tests drive its jobs and clock. Every subclass shares one Spring context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:workflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "easel.demo.load-on-empty-database=false",
            "easel.rules.watch.enabled=false",
            // A configured user whose password is given pre-encoded (bcrypt of "officer-passphrase"), as in production.
            "easel.security.users[0].name=officer",
            "easel.security.users[0].password={bcrypt}$2a$04$ziwnqc3bz1hxG3x9UrISQur9pjxahQszNEecmWnZDGTp2mvVNv/TG",
            "easel.security.users[0].roles[0]=COMPLIANCE",
            "easel.security.users[0].groups[0]=compliance"
        })
@Import({ClvMocks.class, OutboundMessages.class})
public abstract class WorkflowTestBase {

    @Autowired
    protected ClvRecalculation clv;

    @Autowired
    protected ClvBatchRuns batchRuns;

    @Autowired
    protected ModelFits modelFits;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected TaskService tasks;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected HistoryService history;

    @Autowired
    protected JdbcClient jdbc;

    @AfterEach
    void forgetInstancesAndTime() {
        Mockito.reset(clv, batchRuns, modelFits);
        ClockUtil.reset();
        List<String> running = runtime.createProcessInstanceQuery().list().stream()
                .map(p -> p.getId())
                .toList();
        if (!running.isEmpty()) {
            runtime.deleteProcessInstances(running, "test ended", true, true);
        }
        jdbc.sql("DELETE FROM recalculation_requests").update();
        jdbc.sql("DELETE FROM outbox").update();
        jdbc.sql("DELETE FROM workflow_handoffs").update();
    }

    /** Executes every due job of running instances, including the ones those jobs create. */
    protected void executeDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null)
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming after 100 rounds");
    }

    /** Recalculation rounds that ran to their end for the customer (each runs through in the relay's transaction). */
    protected long finishedRecalculations(String customerKey) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ClvRecalculationProcess.KEY)
                .processInstanceBusinessKey(customerKey)
                .finished()
                .count();
    }

    /** Moves Camunda's clock, as timers see it. */
    protected void clockAt(Date time) {
        ClockUtil.setCurrentTime(time);
    }
}
