package dev.easel.consent.web;

import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentImportReport;
import dev.easel.consent.ConsentImports;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.consent.GlobalPrivacyControl;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ConsentController {

    private final Consents consents;
    private final ConsentImports imports;

    ConsentController(Consents consents, ConsentImports imports) {
        this.consents = consents;
        this.imports = imports;
    }

    /** consents.csv as the request body; 422 naming every bad line, and nothing stored, when any line is bad. */
    @PostMapping(
            path = "/api/imports/consents",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('INGEST', 'ADMIN')")
    ConsentImportReport importFile(
            InputStream body, @RequestParam(defaultValue = "false") boolean dryRun, Principal principal) {
        return imports.importFile(new InputStreamReader(body, StandardCharsets.UTF_8), dryRun, principal.getName());
    }

    /** consents.csv as a multipart upload ({@code file}), as the other CSV imports take it. */
    @PostMapping(path = "/api/imports/consents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('INGEST', 'ADMIN')")
    ConsentImportReport importUpload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Principal principal)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.importFile(new InputStreamReader(in, StandardCharsets.UTF_8), dryRun, principal.getName());
        }
    }

    /**
     * 201 for a new event, 200 when the same event had been recorded before. {@code Sec-GPC: 1} also records the
     * customer's opt-out of sale and sharing (once).
     */
    @PostMapping("/api/consents")
    @PreAuthorize("hasAnyRole('INGEST', 'ADMIN', 'COMPLIANCE')")
    ResponseEntity<ConsentEvent> record(
            @RequestBody ConsentSubmission submission,
            @RequestHeader(name = GlobalPrivacyControl.HEADER, required = false) String gpc,
            Principal principal) {
        Consents.Recorded recorded = consents.record(submission, principal.getName());
        if (GlobalPrivacyControl.signalled(gpc)) {
            consents.recordGlobalPrivacyControl(recorded.event().customerKey(), principal.getName());
        }
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(recorded.event());
    }

    @GetMapping("/api/customers/{customerKey}/consents")
    @PreAuthorize("hasAnyRole('COMPLIANCE', 'AUDITOR', 'ADMIN')")
    List<ConsentEvent> history(@PathVariable String customerKey) {
        return consents.history(customerKey);
    }
}
