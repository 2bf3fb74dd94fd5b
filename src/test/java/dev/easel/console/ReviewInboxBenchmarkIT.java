package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.review.ClvSpikeReviewProcess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review inbox with many open reviews on PostgreSQL (opt-in: {@code -Deasel.benchmark.review-inbox=true}; how
 * many with {@code -Deasel.benchmark.review-tasks}, 20,000 by default). The reviews are started at their user task
 * with the evidence variables a real review carries (the evidence step needs a computed result per customer, which
 * would take far longer to make than the inbox to read); then each inbox view is timed through the console, signed
 * in as {@code compliance}. The reviews are deleted at the end, by the engine's batch jobs.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.review-inbox", matches = "true")
class ReviewInboxBenchmarkIT {

    static final int REQUESTS = 20;

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Test
    void theInboxAnswersAPageWithinItsTimeWithTwentyThousandOpenReviews() throws Exception {
        int count = Integer.getInteger("easel.benchmark.review-tasks", 20_000);
        String run = UUID.randomUUID().toString().substring(0, 6);
        long started = System.nanoTime();
        List<String> instances = openReviews(run, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                        .count())
                .isGreaterThanOrEqualTo(count);
        ConsoleSession session = ConsoleSession.signIn(port, "compliance");
        String someone = "cus_bench" + run + "000777";
        Map<String, String> views = Map.of(
                "first page, oldest first", "/console/reviews",
                "largest change first", "/console/reviews?sort=LARGEST_CHANGE",
                "newest first, page 200", "/console/reviews?sort=NEWEST&page=200",
                "filtered by reason", "/console/reviews?reason=CLV_SPIKE&sort=NEWEST",
                "filtered by customer key", "/console/reviews?customer=" + someone,
                "unclaimed, not escalated", "/console/reviews?claimed=UNCLAIMED&escalated=no",
                "by customer key", "/console/reviews?sort=CUSTOMER");
        assertThat(session.get("/console/reviews?customer=" + someone).body())
                .contains(someone)
                .contains("<span id=\"review-count\">1</span>");
        StringBuilder table = new StringBuilder("| view | p50 | p95 | max |\n|---|---|---|---|\n");
        for (var view : views.entrySet()) {
            session.time(view.getValue(), 3);
            table.append(ConsoleSession.row(view.getKey(), session.time(view.getValue(), REQUESTS)))
                    .append('\n');
        }
        System.out.printf(
                "Review inbox with %,d open reviews (made in %.0f s), %d requests per view:%n%s%n",
                count, seconds, REQUESTS, table);
        // Removed by the engine's batch jobs in the background: deleting 20,000 instances in the test would take
        // minutes.
        runtime.deleteProcessInstancesAsync(instances, "benchmark over");
    }

    /** Opens the reviews on two threads, in transactions of one instance each (as the engine starts them). */
    private List<String> openReviews(String run, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> halves = new ArrayList<>();
            for (int half = 0; half < 2; half++) {
                int first = half;
                halves.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = first; i < count; i += 2) {
                        ids.add(openReview(run, i));
                    }
                    return ids;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> half : halves) {
                all.addAll(half.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private String openReview(String run, int i) {
        String customerKey = "cus_bench" + run + "%06d".formatted(i);
        long cents = 10_000 + (i * 7919L) % 900_000;
        String before = "%,.2f EUR".formatted(cents / 100.0);
        String after = "%,.2f EUR".formatted(cents * 3 / 100.0);
        String change = "+%,.2f EUR".formatted(cents * 2 / 100.0);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ClvSpikeReviewProcess.CANDIDATE_ID.name(), (long) -i);
        variables.put(ClvSpikeReviewProcess.CUSTOMER_KEY.name(), customerKey);
        variables.put(ClvSpikeReviewProcess.CURRENCY.name(), "EUR");
        variables.put(ClvSpikeReviewProcess.PREVIOUS_VALUE.name(), before);
        variables.put(ClvSpikeReviewProcess.NEW_VALUE.name(), after);
        variables.put(ClvSpikeReviewProcess.CHANGE_AMOUNT.name(), change);
        variables.put(ClvSpikeReviewProcess.FLAG_REASONS.name(), i % 5 == 0 ? "CLV_SPIKE\nLARGE_ORDER" : "CLV_SPIKE");
        variables.put(ClvSpikeReviewProcess.ORDERS.name(), customerKey + "-o1 · 2026-11-30 · " + change);
        variables.put(ClvSpikeReviewProcess.RULES_FIRED.name(), "Spike: total CLV more than doubled");
        variables.put(ClvSpikeReviewProcess.TASK_NAME.name(), "CLV review CLV_SPIKE · " + customerKey);
        variables.put(ClvSpikeReviewProcess.TASK_DESCRIPTION.name(), "Customer " + customerKey);
        variables.put(ClvSpikeReviewProcess.TASK_PRIORITY.name(), (int) (i % 100));
        return runtime.createProcessInstanceByKey(ClvSpikeReviewProcess.KEY)
                .businessKey(customerKey)
                .setVariables(variables)
                .startBeforeActivity(ClvSpikeReviewProcess.TASK_REVIEW_SPIKE)
                .execute()
                .getId();
    }
}
