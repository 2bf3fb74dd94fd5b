package dev.easel.reports;

import java.util.Locale;
import java.util.Optional;

/** The formats a report is exported in. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a query parameter, in any letter case. */
    public static Optional<ReportFormat> parse(String text) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
