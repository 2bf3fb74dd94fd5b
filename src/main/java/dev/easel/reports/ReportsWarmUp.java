package dev.easel.reports;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is up, fills every template once without rows and exports it as PDF and XLSX into nothing, on a
 * background thread, so that the first real report does not also pay for loading the fonts and Jasper's fill and
 * export classes. The code that runs per record still gets compiled by the JIT only with real reports. Nothing is read
 * from the database and nothing is recorded: this is not a rendering anyone asked for.
 */
@Component
class ReportsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportsWarmUp.class);

    private final CompiledTemplates templates;
    private final List<ReportDefinition> definitions;

    ReportsWarmUp(CompiledTemplates templates, List<ReportDefinition> definitions) {
        this.templates = templates;
        this.definitions = definitions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::fillEachOnce, "reports-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void fillEachOnce() {
        long started = System.nanoTime();
        for (ReportDefinition definition : definitions) {
            try {
                JasperReport template = templates.get(definition.name());
                JasperPrint print =
                        JasperFillManager.fillReport(template, emptyParameters(template), new JREmptyDataSource(0));
                JasperExport.pdf(print, OutputStream.nullOutputStream());
                JasperExport.xlsx(print, OutputStream.nullOutputStream());
            } catch (JRException | RuntimeException e) {
                // Only the first real rendering gets slower; it reports any real problem itself.
                log.debug("Warming up report {} failed: {}", definition.name(), e.getMessage());
            }
        }
        log.info("Reports warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The header parameters as a rendering passes them, empty; a value computed while filling is an empty text. */
    private static Map<String, Object> emptyParameters(JasperReport template) {
        Map<String, Object> parameters = new HashMap<>();
        for (JRParameter parameter : template.getParameters()) {
            if (!parameter.isSystemDefined() && Supplier.class.equals(parameter.getValueClass())) {
                Supplier<String> empty = () -> "";
                parameters.put(parameter.getName(), empty);
            }
        }
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        return parameters;
    }
}
