package dev.easel.commerce.web;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV bulk import, as a raw text/csv body or a multipart {@code file}. The body is streamed into the importer, never
 * read into memory; the files are UTF-8 by contract (docs/csv-formats.md), whatever charset a client declares.
 */
@RestController
@RequestMapping("/api/imports")
@PreAuthorize("hasAnyRole('INGEST','ADMIN')")
class ImportController {

    private final CsvImports imports;

    ImportController(CsvImports imports) {
        this.imports = imports;
    }

    @PostMapping(
            path = "/{kind}",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    public ImportReport body(
            @PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun, InputStream body)
            throws IOException {
        ImportKind importKind = kind(kind);
        return answer(run(importKind, body, dryRun).withFile(importKind.noun() + ".csv"));
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportReport multipart(
            @PathVariable String kind,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        ImportKind importKind = kind(kind);
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? importKind.noun() + ".csv"
                        : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return answer(run(importKind, in, dryRun).withFile(name));
        }
    }

    private ImportReport run(ImportKind kind, InputStream in, boolean dryRun) throws IOException {
        try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return imports.importFile(kind, reader, dryRun);
        }
    }

    private static ImportReport answer(ImportReport report) {
        if (!report.succeeded()) {
            throw new ImportRejectedException(report);
        }
        return report;
    }

    private static ImportKind kind(String noun) {
        return ImportKind.byNoun(noun)
                .orElseThrow(() -> new ErrorResponseException(
                        HttpStatus.NOT_FOUND,
                        ProblemDetail.forStatusAndDetail(
                                HttpStatus.NOT_FOUND,
                                "No CSV import for '" + noun
                                        + "': use customers, sellers, promotions, orders or refunds."),
                        null));
    }
}
