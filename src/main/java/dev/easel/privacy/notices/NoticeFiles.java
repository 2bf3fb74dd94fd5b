package dev.easel.privacy.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The notices folder's files by name, read once so that the version and the texts come from the same bytes. */
final class NoticeFiles {

    static final String PACKAGED = "easel/notices";

    private NoticeFiles() {}

    static SortedMap<String, byte[]> fromDirectory(Path directory) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = path.getFileName().toString();
                if (isNoticeFile(name)) {
                    files.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the notices folder " + directory, e);
        }
        return files;
    }

    static SortedMap<String, byte[]> fromClasspath() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + PACKAGED + "/*")) {
                String name = resource.getFilename();
                if (resource.isReadable() && name != null && isNoticeFile(name)) {
                    try (InputStream in = resource.getInputStream()) {
                        files.putIfAbsent(name, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged notices", e);
        }
        return files;
    }

    /** Editors' hidden temporary copies are not notices. */
    private static boolean isNoticeFile(String name) {
        return !name.startsWith(".")
                && (name.endsWith(NoticeCompiler.NOTICE_EXTENSION) || name.equals(NoticeCompiler.SURVEY_MAP));
    }
}
