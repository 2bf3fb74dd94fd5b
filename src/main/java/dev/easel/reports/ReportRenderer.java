package dev.easel.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.sql.DataSource;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills and exports one report inside a read-only transaction. Rows stream from a forward-only result set with a
 * fetch size (PostgreSQL only streams inside a transaction), so a large report never holds all its rows; filled pages
 * beyond a few dozen are swapped to a temporary file by the virtualizer, so memory stays flat for long PDFs too. CSV
 * bypasses Jasper: rows go straight from the result set to the writer, which keeps 100,000 rows fast.
 */
final class ReportRenderer {

    /** The template that lays out one chart's figures (reports/chart-figures.jrxml). */
    static final String CHART_FIGURES = "chart-figures";

    private final DataSource dataSource;
    private final TransactionTemplate readOnly;
    private final CompiledTemplates templates;
    private final ReportsProperties properties;

    ReportRenderer(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            CompiledTemplates templates,
            ReportsProperties properties) {
        this.dataSource = dataSource;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.templates = templates;
        this.properties = properties;
    }

    /** Writes the report and returns how many data rows it holds. */
    long render(
            ReportDefinition report,
            ReportArguments arguments,
            ReportFormat format,
            Map<String, Object> header,
            List<Chart> charts,
            OutputStream out) {
        Long rows = readOnly.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                if (report instanceof SqlReport sql) {
                    return streamed(sql, arguments, format, header, charts, connection, out);
                }
                return computed((ComputedReport) report, arguments, format, header, charts, connection, out);
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "Report " + report.name() + " could not read its data (SQL state " + e.getSQLState() + ")", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException(
                        "Report " + report.name() + " could not be filled: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return rows == null ? 0 : rows;
    }

    private long streamed(
            SqlReport report,
            ReportArguments arguments,
            ReportFormat format,
            Map<String, Object> header,
            List<Chart> charts,
            Connection connection,
            OutputStream out)
            throws SQLException, IOException, JRException {
        try (PreparedStatement statement = prepare(connection, report.query(arguments));
                ResultSet resultSet = statement.executeQuery()) {
            StreamedRows rows = new StreamedRows(resultSet, report.derived());
            if (format == ReportFormat.CSV) {
                csv(report.columns(), rows, charts, out);
            } else {
                jasper(report, format, header, charts, rows, out);
            }
            return rows.count();
        }
    }

    private long computed(
            ComputedReport report,
            ReportArguments arguments,
            ReportFormat format,
            Map<String, Object> header,
            List<Chart> charts,
            Connection connection,
            OutputStream out)
            throws SQLException, IOException, JRException {
        List<Map<String, Object>> rows = report.rows(arguments, connection);
        if (format == ReportFormat.CSV) {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvOutput csv = new CsvOutput(writer);
            csv.record(report.columns().stream().map(Column::header).toArray());
            for (Map<String, Object> row : rows) {
                csv.record(report.columns().stream()
                        .map(column -> row.get(column.field()))
                        .toArray());
            }
            chartRows(charts, csv);
            writer.flush();
        } else {
            jasper(
                    report,
                    format,
                    header,
                    charts,
                    new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(rows)),
                    out);
        }
        return rows.size();
    }

    private PreparedStatement prepare(Connection connection, ReportQuery query) throws SQLException {
        PreparedStatement statement =
                connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(properties.fetchSize());
        List<Object> parameters = query.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static void csv(List<Column> columns, StreamedRows rows, List<Chart> charts, OutputStream out)
            throws IOException, SQLException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CsvOutput csv = new CsvOutput(writer);
        csv.record(columns.stream().map(Column::header).toArray());
        Object[] cells = new Object[columns.size()];
        while (rows.advance()) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = rows.value(columns.get(i).field());
            }
            csv.record(cells);
        }
        chartRows(charts, csv);
        writer.flush();
    }

    /**
     * After the report's rows, the charts' figures: an empty line, then a table of its own with the header
     * {@code chart,series,category,measure,value}, one row per point drawn.
     */
    private static void chartRows(List<Chart> charts, CsvOutput csv) throws IOException {
        if (charts.isEmpty()) {
            return;
        }
        csv.record();
        csv.record("chart", "series", "category", "measure", "value");
        for (Chart chart : charts) {
            for (Map<String, Object> row : chart.rows()) {
                csv.record(chart.title(), row.get("series"), row.get("category"), chart.measure(), row.get("value"));
            }
        }
    }

    private void jasper(
            ReportDefinition report,
            ReportFormat format,
            Map<String, Object> header,
            List<Chart> charts,
            JRDataSource rows,
            OutputStream out)
            throws IOException, JRException {
        JasperReport template = templates.get(report.name());
        Path swapFolder = Files.createTempDirectory("easel-report-swap");
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(
                properties.pagesInMemory(), new JRSwapFile(swapFolder.toString(), 4096, 64), true);
        try {
            Map<String, Object> parameters = new HashMap<>(header);
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
            parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
            JasperPrint print = JasperFillManager.fillReport(template, parameters, rows);
            virtualizer.setReadOnly(true);
            if (format == ReportFormat.PDF) {
                JasperExport.pdf(print, out);
            } else {
                List<JasperPrint> figures = new ArrayList<>();
                for (Chart chart : charts) {
                    figures.add(figures(chart));
                }
                JasperExport.xlsx(
                        print, figures, charts.stream().map(Chart::sheet).toList(), out);
            }
        } finally {
            virtualizer.cleanup();
            deleteQuietly(swapFolder);
        }
    }

    /** A chart's figures filled into the chart-figures template, for a sheet of their own. */
    private JasperPrint figures(Chart chart) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", chart.title());
        parameters.put("SERIES_LABEL", "series");
        parameters.put("CATEGORY_LABEL", chart.categoryLabel());
        parameters.put("MEASURE", chart.measure());
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        return JasperFillManager.fillReport(
                templates.get(CHART_FIGURES),
                parameters,
                new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(chart.rows())));
    }

    private static void deleteQuietly(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // The virtualizer removes its swap file; a folder left behind in the temporary directory is harmless.
        }
    }
}
