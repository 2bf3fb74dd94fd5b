package dev.easel.commerce.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import dev.easel.commerce.LedgerImported;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar easel.jar import KIND FILE [--dry-run | --bulk]}: imports one CSV file into the configured database
 * (the embedded default, or the {@code postgres} profile's server) without starting the web server. Prints the report
 * as JSON; exit status 0 when imported, 1 when any line was bad (nothing stored), 2 on a usage error. Only the
 * ledger starts: other modules' listeners do not hear the {@link LedgerImported} event of a command-line import.
 */
public final class CsvImportCommand {

    private static final String USAGE =
            "usage: import customers|sellers|promotions|orders|refunds FILE [--dry-run | --bulk]\n"
                    + "  --bulk  initial load: faster on PostgreSQL, but locks the ledger's tables until done";

    private CsvImportCommand() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        boolean dryRun = false;
        boolean bulk = false;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--bulk")) {
                bulk = true;
            } else if (arg.startsWith("--")) {
                err.println("unknown option " + arg);
                err.println(USAGE);
                return 2;
            } else {
                positional.add(arg);
            }
        }
        Optional<ImportKind> kind = positional.isEmpty() ? Optional.empty() : ImportKind.byNoun(positional.get(0));
        if (positional.size() != 2 || kind.isEmpty() || dryRun && bulk) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(positional.get(1));
        if (!Files.isReadable(file)) {
            err.println("cannot read " + file);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerOnly.class)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .properties("logging.level.root=WARN")
                        .run();
                BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvImports imports = context.getBean(CsvImports.class);
            ImportReport report = (bulk
                            ? imports.bulkLoad(kind.get(), reader)
                            : imports.importFile(kind.get(), reader, dryRun))
                    .withFile(file.getFileName().toString());
            out.println(json().writeValueAsString(report));
            return report.succeeded() ? 0 : 1;
        } catch (IOException e) {
            err.println("could not read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * Only what an import needs: the data source, Flyway, transactions and the ledger's own beans. Neither the web
     * server nor security nor other modules start, so that the command works whatever they need to run.
     */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class
    })
    @ComponentScan(basePackages = "dev.easel.commerce.ledger")
    static class LedgerOnly {}

    private static ObjectMapper json() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
