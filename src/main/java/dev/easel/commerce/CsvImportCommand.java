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
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

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
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application())
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

    /**
     * The application's {@code @SpringBootConfiguration} in the package above the modules, found rather than named:
     * naming it here would tie this module to the application class that registers this command.
     */
    private static Class<?> application() {
        String packageName = CsvImportCommand.class.getPackageName();
        String applicationPackage = packageName.substring(0, packageName.lastIndexOf('.'));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootConfiguration.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(applicationPackage)) {
            String className = candidate.getBeanClassName();
            if (className != null && ClassUtils.getPackageName(className).equals(applicationPackage)) {
                return ClassUtils.resolveClassName(className, CsvImportCommand.class.getClassLoader());
            }
        }
        throw new IllegalStateException("No @SpringBootConfiguration in package " + applicationPackage);
    }

    private static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
