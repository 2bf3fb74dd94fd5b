package dev.easel.commerce;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.easel.EaselApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar easel.jar import KIND FILE [--dry-run]}: imports one CSV file into the configured database
 * (the embedded default, or the {@code postgres} profile's server) without starting the web server. Prints the report
 * as JSON; exit status 0 when imported, 1 when any line was bad (nothing stored), 2 on a usage error.
 */
public final class CsvImportCommand {

    private static final String USAGE = "usage: import customers|sellers|promotions|orders|refunds FILE [--dry-run]";

    private CsvImportCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        boolean dryRun = false;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.startsWith("--")) {
                err.println("unknown option " + arg);
                err.println(USAGE);
                return 2;
            } else {
                positional.add(arg);
            }
        }
        Optional<ImportKind> kind = positional.isEmpty() ? Optional.empty() : ImportKind.byNoun(positional.get(0));
        if (positional.size() != 2 || kind.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(positional.get(1));
        if (!Files.isReadable(file)) {
            err.println("cannot read " + file);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EaselApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // A one-off import must not also load the demo marketplace into an empty database.
                .properties("easel.demo.load-on-empty-database=false", "logging.level.root=WARN")
                .run();
                BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportReport report = context.getBean(CsvImports.class).importFile(kind.get(), reader, dryRun)
                    .withFile(file.getFileName().toString());
            out.println(json().writeValueAsString(report));
            return report.succeeded() ? 0 : 1;
        } catch (IOException e) {
            err.println("could not read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
