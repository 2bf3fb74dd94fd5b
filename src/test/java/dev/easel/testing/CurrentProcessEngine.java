package dev.easel.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API and webapps find their engine in a registry that the whole JVM shares, by name, and every
 * application context registers its engine under the same name. A test class that reuses a cached context would
 * otherwise reach the engine of whichever context started last (another class's own database, where its tasks are
 * not). Before each test, the engine of the test's own context becomes the one they find.
 */
public class CurrentProcessEngine extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
