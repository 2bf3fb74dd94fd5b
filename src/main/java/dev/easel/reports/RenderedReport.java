package dev.easel.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rendered report waiting in a temporary file to be sent; closing it deletes the file.
 *
 * @param fileName the name to offer the client, e.g. {@code decision-audit-20261122T101500Z.pdf}
 * @param rows     how many data rows the report holds
 */
public record RenderedReport(Path file, String fileName, ReportFormat format, long rows) implements AutoCloseable {

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
