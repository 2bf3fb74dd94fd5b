package dev.easel.workflow.engine;

import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the node that locks a job ({@code ACT_RU_JOB.LOCK_OWNER_}, shown in Cockpit) as {@code pid@host} instead of a
 * random UUID, so that an operator can tell which node holds a stalled job and whether that node is still alive.
 */
@Component
class NodeLockOwner extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration
                    .getJobExecutor()
                    .setLockOwner(ManagementFactory.getRuntimeMXBean().getName());
        }
    }
}
