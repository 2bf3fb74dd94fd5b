package dev.easel.demo;

import dev.easel.consent.ConsentImports;
import dev.easel.consent.Consents;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the generated consents after the ledger, which must know their customers first. */
@Component
@Order(2)
class ConsentDemoSink implements DemoMarketplaceSink {

    /** Who the consent log names as having recorded the demo's consents. */
    static final String RECORDED_BY = "demo-data";

    private final ConsentImports imports;
    private final Consents consents;

    ConsentDemoSink(ConsentImports imports, Consents consents) {
        this.imports = imports;
        this.consents = consents;
    }

    @Override
    public boolean isEmpty() {
        return consents.count() == 0;
    }

    @Override
    public void load(Path directory) {
        try (Reader csv = Files.newBufferedReader(directory.resolve("consents.csv"), StandardCharsets.UTF_8)) {
            imports.importFile(csv, false, RECORDED_BY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
