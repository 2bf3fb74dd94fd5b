package dev.easel.demo;

import dev.easel.clv.ClvInsights;
import dev.easel.clv.ModelFits;
import dev.easel.commerce.Customers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the first start of the embedded default with the demo fitted and scored: once the service is ready (the demo
 * marketplace loaded), and only while no model was ever fitted and no batch run ever started, it asks for a batch run
 * (which refits the model first), in the background so the console opens at once and shows the run's progress.
 */
@Component
@ConditionalOnProperty(name = "easel.demo.load-on-empty-database", havingValue = "true")
public class DemoScoring implements DisposableBean {

    static final String REQUESTER = "demo-first-start";
    private static final Logger log = LoggerFactory.getLogger(DemoScoring.class);

    /** Where the first-start scoring stands, for the console's status strip. */
    public enum Stage {
        NOT_NEEDED,
        /** The run is being started: the model is refitted before its chunks are planned. */
        FITTING,
        /** The run is planned; its progress is the run's own. */
        STARTED,
        FAILED
    }

    private final Customers customers;
    private final ModelFits fits;
    private final ClvInsights insights;
    private final ApplicationEventPublisher events;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "demo-scoring");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.NOT_NEEDED);

    DemoScoring(Customers customers, ModelFits fits, ClvInsights insights, ApplicationEventPublisher events) {
        this.customers = customers;
        this.fits = fits;
        this.insights = insights;
        this.events = events;
    }

    public Stage stage() {
        return stage.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void scoreOnFirstStart() {
        if (customers.count() == 0
                || fits.latest().isPresent()
                || insights.latestRun().isPresent()) {
            return;
        }
        stage.set(Stage.FITTING);
        background.submit(this::fitAndScore);
    }

    private void fitAndScore() {
        try {
            events.publishEvent(new DemoScoringRequested(REQUESTER));
            stage.set(Stage.STARTED);
            log.info("Demo scoring on first start: batch run started");
        } catch (RuntimeException e) {
            stage.set(Stage.FAILED);
            log.warn(
                    "Demo scoring on first start failed ({}); start a batch run from the console or the API",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
