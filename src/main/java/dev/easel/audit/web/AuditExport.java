package dev.easel.audit.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionRecord;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * The filtered audit records as a file, CSV or JSON, in chain order. Streamed from the database to the response one
 * record at a time, so an export of the whole trail needs no more memory than one record.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'COMPLIANCE')")
class AuditExport {

    static final String CSV_HEADER = "id,recorded_at,kind,actor,actor_role,customer_key,ruleset_version,model_version,"
            + "inputs_digest,rules_fired,outputs,reason,process_instance,previous_hash,hash";
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final AuditTrail trail;
    private final ObjectMapper json;
    private final Clock clock;

    AuditExport(AuditTrail trail, ObjectMapper json, Clock clock) {
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/console/audit/export.csv")
    void csv(@ModelAttribute LogFilters filters, HttpServletResponse response) throws IOException {
        LogFilters.Checked checked = checked(filters);
        start(response, "text/csv;charset=UTF-8", "csv");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write(CSV_HEADER);
        out.write("\r\n");
        trail.forEachInOrder(checked.filter(), record -> {
            try {
                out.write(csvLine(record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    @GetMapping("/console/audit/export.json")
    void json(@ModelAttribute LogFilters filters, HttpServletResponse response) throws IOException {
        LogFilters.Checked checked = checked(filters);
        start(response, "application/json", "json");
        try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
            out.writeStartArray();
            trail.forEachInOrder(checked.filter(), record -> {
                try {
                    json.writeValue(out, record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.writeEndArray();
        }
    }

    private static LogFilters.Checked checked(LogFilters filters) {
        LogFilters.Checked checked = filters.check();
        if (!checked.valid()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    checked.problems().entrySet().stream()
                            .map(p -> p.getKey() + ": " + p.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return checked;
    }

    private void start(HttpServletResponse response, String type, String extension) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("audit-log-" + FILE_TIME.format(clock.instant()) + "." + extension)
                        .build()
                        .toString());
    }

    private String csvLine(DecisionRecord record) throws IOException {
        var d = record.decision();
        return String.join(
                        ",",
                        Long.toString(record.id()),
                        record.recordedAt().toString(),
                        d.kind().name(),
                        cell(d.actor()),
                        cell(d.actorRole()),
                        cell(d.customerKey()),
                        cell(d.rulesetVersion()),
                        cell(d.modelVersion()),
                        cell(d.inputsDigest()),
                        cell(json.writeValueAsString(d.rulesFired())),
                        cell(json.writeValueAsString(new TreeMap<>(d.outputs()))),
                        cell(d.reason()),
                        cell(d.processInstance()),
                        record.previousHash(),
                        record.hash())
                + "\r\n";
    }

    /**
     * A CSV cell, quoted when it must be; text a spreadsheet would read as a formula (a reviewer's reason may start
     * with '=') is led by an apostrophe.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String value = "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
