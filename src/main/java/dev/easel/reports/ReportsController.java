package dev.easel.reports;

import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/{name}?format=pdf|xlsx|csv&...}: who may read which report is checked per report. */
@RestController
@RequestMapping("/api/reports")
class ReportsController {

    private final Reports reports;

    ReportsController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping
    Map<String, Set<String>> catalogue() {
        return reports.catalogue();
    }

    @GetMapping("/{name}")
    void render(
            @PathVariable String name,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam Map<String, String> query,
            Authentication user,
            HttpServletResponse response)
            throws IOException {
        ReportFormat parsed = ReportFormat.parse(format)
                .orElseThrow(() -> new InvalidRequestException(
                        "The report format is invalid; nothing was rendered.",
                        List.of(FieldProblem.of("format", "must be one of pdf, xlsx, csv"))));
        Map<String, String> parameters = new LinkedHashMap<>(query);
        parameters.remove("format");
        try (RenderedReport report = reports.render(name, parsed, parameters, user)) {
            response.setContentType(parsed.mediaType());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(report.fileName())
                            .build()
                            .toString());
            response.setHeader("X-Report-Rows", Long.toString(report.rows()));
            response.setContentLengthLong(report.size());
            try (InputStream in = report.open();
                    OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
