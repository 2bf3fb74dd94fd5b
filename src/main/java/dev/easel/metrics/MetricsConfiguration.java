package dev.easel.metrics;

import dev.easel.clv.ClvInsights;
import dev.easel.integrations.SyncStatus;
import dev.easel.rules.RulesInService;
import dev.easel.workflow.WorkQueues;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    BusinessMetrics businessMetrics(
            JdbcClient jdbc,
            WorkQueues queues,
            ClvInsights clv,
            RulesInService rules,
            SyncStatus sync,
            Clock clock,
            @Value("${easel.metrics.refresh:30s}") Duration refresh) {
        return new BusinessMetrics(new LedgerFigures(jdbc, clock, refresh), queues, clv, rules, sync, clock);
    }
}
