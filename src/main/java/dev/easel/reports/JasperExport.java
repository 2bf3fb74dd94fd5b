package dev.easel.reports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/** Writes a filled report as PDF or XLSX. */
final class JasperExport {

    private JasperExport() {}

    static void pdf(JasperPrint print, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }

    /** One sheet, no gaps between rows, numbers and dates as typed cells, so that the sheet can be summed. */
    static void xlsx(JasperPrint print, OutputStream out) throws JRException {
        xlsx(print, List.of(), List.of(), out);
    }

    /** The report's sheet, then one sheet per further print (a chart's figures) under the name given. */
    static void xlsx(JasperPrint print, List<JasperPrint> more, List<String> sheets, OutputStream out)
            throws JRException {
        List<JasperPrint> prints = new ArrayList<>();
        prints.add(print);
        prints.addAll(more);
        List<String> names = new ArrayList<>();
        names.add(print.getName());
        names.addAll(sheets);
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setDetectCellType(true);
        configuration.setWhitePageBackground(false);
        configuration.setSheetNames(names.toArray(String[]::new));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
