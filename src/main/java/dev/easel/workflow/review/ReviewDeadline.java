package dev.easel.workflow.review;

import dev.easel.workflow.engine.WorkflowProperties;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When an undecided review escalates, for the boundary timer ({@code ${reviewDeadline.due()}}). Counted from the
 * engine's clock so that a test that moves Camunda's clock moves the deadline with it.
 */
@Component("reviewDeadline")
public class ReviewDeadline {

    private final WorkflowProperties.Review settings;

    ReviewDeadline(WorkflowProperties properties) {
        this.settings = properties.review();
    }

    public Date due() {
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(settings.businessZone());
        return Date.from(
                BusinessDays.add(now, settings.escalateAfterBusinessDays()).toInstant());
    }
}
