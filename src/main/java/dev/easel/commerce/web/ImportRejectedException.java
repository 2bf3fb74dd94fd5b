package dev.easel.commerce.web;

import dev.easel.commerce.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A CSV file with bad lines: 422 problem+json listing them (capped), with their total count; nothing was stored. */
class ImportRejectedException extends ErrorResponseException {

    ImportRejectedException(ImportReport report) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(report), null);
    }

    private static ProblemDetail problem(ImportReport report) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY,
                report.file() + " has " + report.errorCount() + " bad line(s)"
                        + (report.errorCount() > report.errors().size()
                                ? " (the first " + report.errors().size() + " are listed)"
                                : "")
                        + "; nothing was stored.");
        problem.setTitle("CSV import rejected");
        problem.setProperty("file", report.file());
        problem.setProperty("dryRun", report.dryRun());
        problem.setProperty("linesRead", report.linesRead());
        problem.setProperty("errorCount", report.errorCount());
        problem.setProperty("errors", report.errors());
        return problem;
    }
}
