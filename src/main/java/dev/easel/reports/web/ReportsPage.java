package dev.easel.reports.web;

import dev.easel.reports.RenderedReport;
import dev.easel.reports.ReportFormat;
import dev.easel.reports.Reports;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every report the signed-in role may read, each with its parameter form and a choice of PDF, XLSX or CSV. A
 * download is a POST (it writes a {@code REPORT_RENDERED} audit record); bad parameters come back at their fields.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COMPLIANCE', 'AUDITOR', 'ADMIN')")
class ReportsPage {

    private final Reports reports;

    ReportsPage(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/console/reports")
    String list(Authentication user, Model model) {
        model.addAttribute("reports", reports.readableBy(user));
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("failed", null);
        model.addAttribute("problems", Map.of());
        model.addAttribute("given", Map.of());
        return "reports/reports";
    }

    @PostMapping("/console/reports/{name}")
    ModelAndView render(
            @PathVariable String name,
            @RequestParam Map<String, String> form,
            Authentication user,
            HttpServletResponse response)
            throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>(form);
        parameters.remove("_csrf");
        String formatText = parameters.remove("format");
        ReportFormat format =
                formatText == null ? null : ReportFormat.parse(formatText).orElse(null);
        if (format == null) {
            return refused(name, form, user, List.of(FieldProblem.of("format", "choose PDF, XLSX or CSV")), response);
        }
        try (RenderedReport report = reports.render(name, format, parameters, user)) {
            response.setContentType(format.mediaType());
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
            return null;
        } catch (InvalidRequestException e) {
            return refused(name, form, user, e.problems(), response);
        }
    }

    /** The page again, 400, with the refused report's values as typed and each problem at its field. */
    private ModelAndView refused(
            String name,
            Map<String, String> form,
            Authentication user,
            List<FieldProblem> problems,
            HttpServletResponse response) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        ModelAndView page = new ModelAndView("reports/reports");
        page.addObject("reports", reports.readableBy(user));
        page.addObject("formats", ReportFormat.values());
        page.addObject("failed", name);
        page.addObject("problems", byField);
        page.addObject("given", form);
        return page;
    }
}
