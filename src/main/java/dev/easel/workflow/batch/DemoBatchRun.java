package dev.easel.workflow.batch;

import dev.easel.demo.DemoScoringRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Scores the demo marketplace on the embedded default's first start with an ordinary batch run. */
@Component
class DemoBatchRun {

    private final BatchRunStarter starter;

    DemoBatchRun(BatchRunStarter starter) {
        this.starter = starter;
    }

    @EventListener
    void on(DemoScoringRequested request) {
        starter.start(request.requestedBy());
    }
}
