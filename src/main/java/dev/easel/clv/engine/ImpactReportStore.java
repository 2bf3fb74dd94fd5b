package dev.easel.clv.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.ImpactReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** rules_impact_reports: a row when a shadow run starts, its report and digest when it ends. */
@Repository
class ImpactReportStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImpactReportStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void started(
            String reportId, String candidate, String base, String model, LocalDate scoredOn, String by, Instant at) {
        jdbc.sql("INSERT INTO rules_impact_reports (report_id, candidate_version, base_version, model_version, "
                        + "scored_on, requested_by, started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING')")
                .params(reportId, candidate, base, model, scoredOn, by, utc(at))
                .update();
    }

    /** The report's JSON without its digest, which is the SHA-256 of exactly this text. */
    String text(ImpactReport report) {
        try {
            return json.writeValueAsString(report.withDigest(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an impact report is plain data", e);
        }
    }

    void finished(ImpactReport report, String text) {
        jdbc.sql("UPDATE rules_impact_reports SET status = 'FINISHED', finished_at = ?, customers = ?, digest = ?, "
                        + "report = ? WHERE report_id = ?")
                .params(utc(report.finishedAt()), report.customers(), report.digest(), text, report.reportId())
                .update();
    }

    void failed(String reportId, Instant at) {
        jdbc.sql("UPDATE rules_impact_reports SET status = 'FAILED', finished_at = ? WHERE report_id = ?")
                .params(utc(at), reportId)
                .update();
    }

    Optional<String> status(String reportId) {
        return jdbc.sql("SELECT status FROM rules_impact_reports WHERE report_id = ?")
                .param(reportId)
                .query(String.class)
                .optional();
    }

    Optional<ImpactReport> find(String reportId) {
        return jdbc.sql("SELECT report, digest FROM rules_impact_reports WHERE report_id = ? AND status = 'FINISHED'")
                .param(reportId)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2)))
                .optional();
    }

    Optional<ImpactReport> latest(String candidate, String base) {
        return jdbc
                .sql("SELECT report, digest FROM rules_impact_reports WHERE candidate_version = ? "
                        + "AND base_version = ? AND status = 'FINISHED' ORDER BY started_at DESC")
                .params(candidate, base)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2)))
                .stream()
                .findFirst();
    }

    List<ImpactReport> of(String candidate) {
        return jdbc.sql("SELECT report, digest FROM rules_impact_reports WHERE candidate_version = ? "
                        + "AND status = 'FINISHED' ORDER BY started_at DESC")
                .param(candidate)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2)))
                .list();
    }

    private ImpactReport read(String text, String digest) {
        try {
            return json.readValue(text, ImpactReport.class).withDigest(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable impact report", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
