package dev.easel.workflow.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRuns;
import dev.easel.workflow.batch.BatchRunStarter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar easel.jar clv run [--timeout-minutes N] [--some.property=value ...]}: starts a
 * {@code clv-batch-run} process, as {@code POST /api/clv/runs} does, and waits for it to finish, printing the run's
 * summary as JSON. The service starts without its web server, so its job executor works the chunks here; a service
 * running against the same PostgreSQL database shares them. Exit status 0 when the run finished, 1 when it failed or
 * did not finish in time (it then goes on in the service), 2 on a usage error.
 */
public final class BatchRunCommand {

    static final String USAGE = "usage: clv run [--timeout-minutes N] [--some.property=value ...]";
    private static final String REQUESTER = "command-line";

    private BatchRunCommand() {}

    /** @param application the service's Spring Boot application class, started without its web server */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Duration timeout = Duration.ofHours(2);
        List<String> springArguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--timeout-minutes") && i + 1 < args.length && args[i + 1].matches("[1-9][0-9]{0,5}")) {
                timeout = Duration.ofMinutes(Long.parseLong(args[++i]));
            } else if (args[i].matches("--[a-z][\\w-]*(\\.[\\w-]+)+=.*")) {
                springArguments.add(args[i]);
            } else {
                err.println("unexpected argument: " + args[i]);
                err.println(USAGE);
                return 2;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Without a web server there is nothing to serve Camunda's REST API or webapps from.
                .properties("spring.autoconfigure.exclude="
                        + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")
                .run(springArguments.toArray(String[]::new))) {
            BatchRunStarter.StartedRun started =
                    context.getBean(BatchRunStarter.class).start(REQUESTER);
            err.println("batch run " + started.runId() + " started (process instance " + started.processInstance()
                    + "), waiting up to " + timeout.toMinutes() + " minutes");
            Optional<BatchRun> finished = awaitEnd(context.getBean(ClvBatchRuns.class), started.runId(), timeout);
            BatchRun run = finished.orElseGet(() ->
                    context.getBean(ClvBatchRuns.class).find(started.runId()).orElseThrow());
            out.println(json(run));
            if (finished.isEmpty()) {
                err.println("the run did not finish within " + timeout.toMinutes() + " minutes; it goes on in the"
                        + " service: GET /api/clv/runs/" + run.runId());
                return 1;
            }
            return "FINISHED".equals(run.status()) ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted; the run goes on in the service");
            return 1;
        }
    }

    /** The run once FINISHED or FAILED, or empty when it is still going at the deadline. */
    private static Optional<BatchRun> awaitEnd(ClvBatchRuns runs, String runId, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<BatchRun> run =
                    runs.find(runId).filter(r -> "FINISHED".equals(r.status()) || "FAILED".equals(r.status()));
            if (run.isPresent()) {
                return run;
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private static String json(BatchRun run) {
        try {
            return new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
