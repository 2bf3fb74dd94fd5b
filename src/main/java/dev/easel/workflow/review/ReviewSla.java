package dev.easel.workflow.review;

import dev.easel.workflow.engine.WorkflowProperties;
import java.time.Instant;
import org.camunda.bpm.engine.task.Task;

/**
 * When a review is due: the same business days after its creation as the boundary timer counts
 * ({@link ReviewDeadline}). An escalated task was due when its first task escalated, which is when it was created.
 */
final class ReviewSla {

    private final WorkflowProperties.Review settings;

    ReviewSla(WorkflowProperties.Review settings) {
        this.settings = settings;
    }

    Instant due(Task task, boolean escalated) {
        Instant created = task.getCreateTime().toInstant();
        if (escalated) {
            return created;
        }
        return BusinessDays.add(created.atZone(settings.businessZone()), settings.escalateAfterBusinessDays())
                .toInstant();
    }
}
