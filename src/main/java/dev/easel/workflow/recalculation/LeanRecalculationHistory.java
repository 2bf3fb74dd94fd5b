package dev.easel.workflow.recalculation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's {@code audit} history, except for the steps and variables of {@code clv-recalculation}: a round is recorded
 * by its process instance (start, end, business key) and by Easel's own decision log, which is the audit trail. Each
 * round otherwise wrote an activity instance per step and a variable instance per variable (about twenty rows written
 * and updated), which nobody reads: the review, consent and data-subject workflows keep their full audit history for
 * auditors and Cockpit. Selected by {@code camunda.bpm.history-level: }{@value #NAME}; it keeps audit's id, so a
 * database set up with {@code audit} starts with it, and back.
 */
@Component
class LeanRecalculationHistory extends AbstractProcessEnginePlugin {

    static final String NAME = "audit-lean-recalculation";

    static final HistoryLevel LEVEL = new Level();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            custom.addAll(configuration.getCustomHistoryLevels());
        }
        custom.add(LEVEL);
        configuration.setCustomHistoryLevels(custom);
    }

    private static final class Level extends AbstractHistoryLevel {

        private static final String RECALCULATION = ClvRecalculationProcess.KEY + ":";

        @Override
        public int getId() {
            return HISTORY_LEVEL_AUDIT.getId();
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (!HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity)) {
                return false;
            }
            return !(isStepOrVariable(eventType) && ofRecalculation(entity));
        }

        private static boolean isStepOrVariable(HistoryEventType type) {
            return type == HistoryEventTypes.ACTIVITY_INSTANCE_START
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_END
                    || type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE
                    || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
                    || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
        }

        /** Definition ids are {@code key:version:id}; the key alone would need the definition loaded. */
        private static boolean ofRecalculation(Object entity) {
            String definitionId = null;
            if (entity instanceof ExecutionEntity execution) {
                definitionId = execution.getProcessDefinitionId();
            } else if (entity instanceof VariableInstanceEntity variable) {
                definitionId = variable.getProcessDefinitionId();
            }
            return definitionId != null && definitionId.startsWith(RECALCULATION);
        }
    }
}
