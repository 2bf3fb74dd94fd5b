package dev.easel.workflow.batch;

import dev.easel.clv.ClvBatchRuns;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/clv/runs} starts a batch recalculation; {@code GET /api/clv/runs/{runId}} shows its progress. */
@RestController
@RequestMapping("/api/clv/runs")
@PreAuthorize("hasRole('ADMIN')")
class BatchRunController {

    private final BatchRunStarter starter;
    private final ClvBatchRuns runs;

    BatchRunController(BatchRunStarter starter, ClvBatchRuns runs) {
        this.starter = starter;
        this.runs = runs;
    }

    @PostMapping
    ResponseEntity<BatchRunStarter.StartedRun> start(Authentication user) {
        BatchRunStarter.StartedRun started = starter.start(user.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/clv/runs/" + started.runId()))
                .body(started);
    }

    @GetMapping("/{runId}")
    ResponseEntity<?> progress(@PathVariable String runId) {
        return runs.find(runId)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No batch run " + runId + ".")));
    }
}
