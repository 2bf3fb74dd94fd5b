package dev.easel.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the reports module: every template compiled at start, the renderer and the public {@link Reports}. */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    @Bean
    CompiledTemplates compiledTemplates(ReportsProperties properties, List<ReportDefinition> definitions) {
        return new CompiledTemplates(
                new TemplateSource(Path.of(properties.location())),
                java.util.stream.Stream.concat(
                                definitions.stream().map(ReportDefinition::name),
                                java.util.stream.Stream.of(ReportRenderer.CHART_FIGURES))
                        .toList());
    }

    @Bean
    ReportRenderer reportRenderer(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            CompiledTemplates templates,
            ReportsProperties properties) {
        return new ReportRenderer(dataSource, transactions, templates, properties);
    }

    @Bean
    Reports reports(
            List<ReportDefinition> definitions,
            ReportRenderer renderer,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        return new Reports(definitions, renderer, events, new TransactionTemplate(transactions), clock);
    }
}
