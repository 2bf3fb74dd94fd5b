package dev.easel.workflow;

import static org.mockito.Mockito.mock;

import dev.easel.clv.ClvBatchRuns;
import dev.easel.clv.ClvRecalculation;
import dev.easel.clv.ModelFits;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The CLV module's workflow-facing services, mocked and preferred over the real ones for the adapters. Added beside
 * the real beans rather than replacing them: those implement further interfaces that other modules inject.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ClvMocks {

    @Bean
    @Primary
    ClvRecalculation mockedClvRecalculation() {
        return mock(ClvRecalculation.class);
    }

    @Bean
    @Primary
    ClvBatchRuns mockedClvBatchRuns() {
        return mock(ClvBatchRuns.class);
    }

    @Bean
    @Primary
    ModelFits mockedModelFits() {
        return mock(ModelFits.class);
    }
}
