package dev.easel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.demo.cli.DemoDataCommand;
import dev.easel.shared.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/** The demo generator's marketplace, written to a folder and loaded through the ledger's and consents' own APIs. */
public final class DemoLedger {

    private DemoLedger() {}

    public static Path generate(int customers, Path folder) {
        int status = DemoDataCommand.run(
                new String[] {"--customers", String.valueOf(customers), "--out", folder.toString()});
        assertThat(status).isZero();
        return folder;
    }

    /** Loads the five ledger files, the bulk way when asked, then the consents one by one. */
    public static void load(Path folder, CsvImports imports, Consents consents, boolean bulk) {
        loadLedger(folder, imports, bulk);
        loadConsents(folder, consents);
    }

    public static void loadLedger(Path folder, CsvImports imports, boolean bulk) {
        loadLedger(
                folder,
                imports,
                bulk,
                List.of(
                        ImportKind.SELLERS,
                        ImportKind.PROMOTIONS,
                        ImportKind.CUSTOMERS,
                        ImportKind.ORDERS,
                        ImportKind.REFUNDS));
    }

    public static void loadLedger(Path folder, CsvImports imports, boolean bulk, List<ImportKind> kinds) {
        for (ImportKind kind : kinds) {
            try (Reader reader =
                    Files.newBufferedReader(folder.resolve(kind.noun() + ".csv"), StandardCharsets.UTF_8)) {
                ImportReport report = bulk ? imports.bulkLoad(kind, reader) : imports.importFile(kind, reader, false);
                assertThat(report.errors()).as(kind.noun()).isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Records consents.csv one event at a time through the consent module, as a channel would send them. */
    public static void loadConsents(Path folder, Consents consents) {
        try (Reader reader = Files.newBufferedReader(folder.resolve("consents.csv"), StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader);
            csv.next();
            for (String[] f = csv.next(); f != null; f = csv.next()) {
                consents.record(
                        new ConsentSubmission(
                                f[0],
                                f[1],
                                f[2],
                                f[3],
                                OffsetDateTime.parse(f[4]),
                                f[5],
                                f[6],
                                f[7],
                                f.length > 8 ? f[8] : null),
                        "demo-loader");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line into fields, read by the same RFC 4180 reader the imports use. */
    public static List<String> fields(String line) {
        try {
            return List.of(new CsvReader(new StringReader(line)).next());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
