package dev.easel.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded default, fills an empty ledger with the demo marketplace so that the API answers
 * with real-looking data at once: generates the files into a temporary directory, hands them to every
 * {@link DemoMarketplaceSink} in order, and deletes them. Logs counts only, never names or emails.
 */
@Component
@ConditionalOnProperty(name = "easel.demo.load-on-empty-database", havingValue = "true")
class DemoMarketplaceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMarketplaceLoader.class);

    private final List<DemoMarketplaceSink> sinks;
    private final DemoProperties properties;

    @Autowired
    DemoMarketplaceLoader(ObjectProvider<DemoMarketplaceSink> sinks, DemoProperties properties) {
        this(sinks.orderedStream().toList(), properties);
    }

    DemoMarketplaceLoader(List<DemoMarketplaceSink> sinks, DemoProperties properties) {
        this.sinks = List.copyOf(sinks);
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        load();
    }

    /** Returns what was loaded, or {@code null} when nothing was (no sink, or data already there). */
    DemoDataSummary load() {
        if (sinks.isEmpty()) {
            log.info("Demo marketplace not loaded: no sink is configured to receive it");
            return null;
        }
        if (!sinks.stream().allMatch(DemoMarketplaceSink::isEmpty)) {
            log.info("Demo marketplace not loaded: the database already holds data");
            return null;
        }
        Path directory = temporaryDirectory();
        try {
            DemoDataSummary summary = new DemoMarketplaceGenerator(properties.settings()).generate(directory);
            for (DemoMarketplaceSink sink : sinks) {
                sink.load(directory);
            }
            log.info("Demo marketplace loaded (seed {}): {}", properties.seed(), summary);
            return summary;
        } finally {
            delete(directory);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("easel-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete the demo marketplace's temporary files: {}", e.getMessage());
        }
    }
}
