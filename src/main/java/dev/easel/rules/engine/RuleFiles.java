package dev.easel.rules.engine;

import dev.easel.shared.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rule files of one rules folder, by their path inside it ({@code consent/objection.drl}), read once so that the
 * version and the build see the same bytes.
 */
public record RuleFiles(String location, SortedMap<String, byte[]> files) {

    static final String EXTENSION = ".drl";
    /** Data the rules read: the jurisdiction table. */
    static final String DATA_EXTENSION = ".csv";

    public RuleFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * Every {@code .drl} and {@code .csv} file under {@code directory}; hidden files (editors' temporary copies) are
     * skipped.
     */
    public static RuleFiles fromDirectory(Path directory) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = directory.relativize(path).toString().replace('\\', '/');
                if (isRuleFile(name) && !isHidden(name)) {
                    files.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules folder " + directory, e);
        }
        return new RuleFiles(directory.toString(), files);
    }

    /** The copy packaged in the jar under {@code root} ({@code easel/rules}). */
    public static RuleFiles fromClasspath(String root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "/**/*");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                if (!resource.isReadable() || !isRuleFile(url)) {
                    continue;
                }
                String name = url.substring(url.lastIndexOf(root + "/") + root.length() + 1);
                try (InputStream in = resource.getInputStream()) {
                    files.putIfAbsent(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged rules under " + root, e);
        }
        return new RuleFiles("classpath:" + root, files);
    }

    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** SHA-256 over the sorted file names and their bytes: the same files give the same version anywhere. */
    public String version() {
        return ContentHash.of(files);
    }

    private static boolean isRuleFile(String name) {
        return name.endsWith(EXTENSION) || name.endsWith(DATA_EXTENSION);
    }

    private static boolean isHidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
