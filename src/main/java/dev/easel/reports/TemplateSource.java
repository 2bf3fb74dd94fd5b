package dev.easel.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a template's bytes come from: the templates folder when the file is there, otherwise the copy packaged in the
 * jar. The stamp (last-modified time and size) is what each request compares, so noticing an edit costs one stat.
 */
final class TemplateSource {

    static final String CLASSPATH_FOLDER = "easel/reports/";

    private final Path folder;

    TemplateSource(Path folder) {
        this.folder = folder;
    }

    /** The template as it is now, or an exception naming the missing template. */
    Template read(String name) {
        String fileName = name + ".jrxml";
        Path file = folder.resolve(fileName);
        try {
            if (Files.isRegularFile(file)) {
                return new Template(file.toString(), stamp(file), Files.readAllBytes(file));
            }
            try (InputStream packaged = getClass().getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + fileName)) {
                if (packaged == null) {
                    throw new IllegalStateException(
                            "No template " + fileName + " in " + folder.toAbsolutePath() + " nor in the jar");
                }
                return new Template(
                        "classpath:" + CLASSPATH_FOLDER + fileName, Stamp.PACKAGED, packaged.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + fileName, e);
        }
    }

    /** The current stamp of the template's file; {@link Stamp#PACKAGED} when the jar's copy serves. */
    Stamp stampOf(String name) {
        Path file = folder.resolve(name + ".jrxml");
        try {
            return Files.isRegularFile(file) ? stamp(file) : Stamp.PACKAGED;
        } catch (IOException e) {
            return Stamp.PACKAGED;
        }
    }

    private static Stamp stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size());
    }

    record Stamp(long lastModified, long size) {
        static final Stamp PACKAGED = new Stamp(-1, -1);
    }

    record Template(String origin, Stamp stamp, byte[] bytes) {}
}
