package dev.easel.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.system.demo.DemoDataCommand;

/** The demo generator's marketplace, written to a folder and loaded through the ledger's and consents' own APIs. */
final class DemoLedger {

    private DemoLedger() {
    }

    static Path generate(int customers, Path folder) {
        int status = DemoDataCommand.run(new String[] {"--customers", String.valueOf(customers), "--out",
            folder.toString()});
        assertThat(status).isZero();
        return folder;
    }

    /** Loads the five ledger files, the bulk way when asked, then the consents one by one. */
    static void load(Path folder, CsvImports imports, Consents consents, boolean bulk) {
        loadLedger(folder, imports, bulk);
        loadConsents(folder, consents);
    }

    static void loadLedger(Path folder, CsvImports imports, boolean bulk) {
        loadLedger(folder, imports, bulk, List.of(ImportKind.SELLERS, ImportKind.PROMOTIONS, ImportKind.CUSTOMERS,
                ImportKind.ORDERS, ImportKind.REFUNDS));
    }

    static void loadLedger(Path folder, CsvImports imports, boolean bulk, List<ImportKind> kinds) {
        for (ImportKind kind : kinds) {
            try (Reader reader = Files.newBufferedReader(folder.resolve(kind.noun() + ".csv"), StandardCharsets.UTF_8)) {
                ImportReport report = bulk ? imports.bulkLoad(kind, reader) : imports.importFile(kind, reader, false);
                assertThat(report.errors()).as(kind.noun()).isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void loadConsents(Path folder, Consents consents) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("consents.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = fields(line);
                consents.record(new ConsentSubmission(f.get(0), f.get(1), f.get(2), f.get(3),
                        OffsetDateTime.parse(f.get(4)), f.get(5), f.get(6), f.get(7), f.get(8)), "demo-loader");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line into fields: quoted fields may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
