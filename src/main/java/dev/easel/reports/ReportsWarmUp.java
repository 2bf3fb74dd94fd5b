package dev.easel.reports;

import java.awt.Image;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is up, fills every template with a few thousand made-up rows ({@link SyntheticRows}) and exports
 * it as PDF and XLSX into nothing, on one background thread. An empty fill loads fonts and classes but leaves the
 * per-record fill and text layout code interpreted, which made the first real decision audit cost three times a later
 * one; made-up rows get that code compiled by the JIT before anyone asks. Nothing is read from the database and
 * nothing is recorded: this is not a rendering anyone asked for.
 */
@Component
class ReportsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportsWarmUp.class);

    private final CompiledTemplates templates;
    private final List<ReportDefinition> definitions;
    private final int rows;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    ReportsWarmUp(CompiledTemplates templates, List<ReportDefinition> definitions, ReportsProperties properties) {
        this.templates = templates;
        this.definitions = definitions;
        this.rows = properties.warmUpRows();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (rows < 0) {
            done.complete(null);
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        warmEach();
                    } finally {
                        done.complete(null);
                    }
                },
                "reports-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void warmEach() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        Image chart = chart();
        for (ReportDefinition definition : definitions) {
            try {
                fillAndExport(templates.get(definition.name()), rows, chart);
            } catch (JRException | RuntimeException e) {
                // Only the first real rendering gets slower; it reports any real problem itself.
                log.debug("Warming up report {} failed: {}", definition.name(), e.getMessage());
            }
        }
        log.info(
                "Reports warmed up on {} made-up rows each in {} ms ({} ms of its thread's CPU)",
                rows,
                (System.nanoTime() - started) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }

    /** Completes when the warm-up has run (or was turned off): for measuring a first rendering after it. */
    CompletableFuture<Void> done() {
        return done;
    }

    /** Fills the template with made-up rows and exports it as PDF and XLSX into nothing; returns the pages filled. */
    static int fillAndExport(JasperReport template, int rows, Image chart) throws JRException {
        JasperPrint print =
                JasperFillManager.fillReport(template, parameters(template, chart), new SyntheticRows(rows));
        JasperExport.pdf(print, OutputStream.nullOutputStream());
        JasperExport.xlsx(print, OutputStream.nullOutputStream());
        return print.getPages().size();
    }

    /** A small chart drawn once, which also loads the chart library before the first real chart. */
    static Image chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int month = 1; month <= 6; month++) {
            data.addValue(month * 0.1, "made up", "2026-0" + month);
        }
        ChartImages.lines("Warm-up", "month", "share", data, true);
        return ChartImages.bars("Warm-up", "month", "share", data, true);
    }

    /** The header parameters as a rendering passes them: texts, a chart for every image, an empty chain check. */
    private static Map<String, Object> parameters(JasperReport template, Image chart) {
        Map<String, Object> parameters = new HashMap<>();
        for (JRParameter parameter : template.getParameters()) {
            if (parameter.isSystemDefined()) {
                continue;
            }
            Class<?> type = parameter.getValueClass();
            if (Supplier.class.equals(type)) {
                Supplier<String> empty = () -> "";
                parameters.put(parameter.getName(), empty);
            } else if (Image.class.equals(type)) {
                parameters.put(parameter.getName(), chart);
            } else if (String.class.equals(type)) {
                parameters.put(parameter.getName(), "warm-up");
            }
        }
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        return parameters;
    }
}
