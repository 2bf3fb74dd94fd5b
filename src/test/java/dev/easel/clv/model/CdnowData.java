package dev.easel.clv.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The CDNOW benchmark files in the shared data folder; tests that need one are skipped where it is missing. */
final class CdnowData {

    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    private CdnowData() {}

    static Path file(String name) {
        Path folder = Path.of(System.getProperty("easel.shared-data", "../shared/data"), "cdnow");
        Path file = folder.resolve(name);
        Assumptions.assumeTrue(
                Files.isReadable(file),
                "CDNOW data not found: " + file.toAbsolutePath()
                        + " (set -Deasel.shared-data to the folder holding cdnow/)");
        return file;
    }

    /** The raw event log: master id, sample id, yyyymmdd, number of CDs, dollars. */
    static List<Transaction> transactions() {
        DateTimeFormatter format = DateTimeFormatter.BASIC_ISO_DATE;
        List<Transaction> log = new ArrayList<>();
        for (String line : lines(file("CDNOW_sample.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 5) {
                log.add(new Transaction(f[1], LocalDate.parse(f[2], format), Double.parseDouble(f[4])));
            }
        }
        return log;
    }

    static CustomerSummaries summaries() {
        return SummaryBuilder.summarise(
                transactions(), new SummaryWindow(CALIBRATION_END, HOLDOUT_END, ModelTimeUnit.WEEKS));
    }

    /** The rounded weekly summary shipped with lifetimes: ID, x, t_x, T, zbar. */
    static List<double[]> roundedSummary() {
        List<double[]> rows = new ArrayList<>();
        List<String> lines = lines(file("cdnow_customers_summary_with_transactions.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.add(new double[] {
                Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])
            });
        }
        return rows;
    }

    /** Actual cumulative repeat transactions of the cohort, weeks 1..78, as published with BTYD. */
    static long[] cumulativeTracking() {
        List<String> lines = lines(file("cdnowSummary_cu_tracking.csv"));
        return lines.subList(1, lines.size()).stream()
                .mapToLong(l -> Long.parseLong(l.split(",")[1].trim()))
                .toArray();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
