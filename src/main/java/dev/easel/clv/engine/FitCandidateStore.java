package dev.easel.clv.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.FitImpact;
import dev.easel.clv.ModelPromoted;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** clv_fit_candidates, clv_fit_promotions and clv_fit_impact_reports. */
@Repository
class FitCandidateStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FitCandidateStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void candidate(String fitVersion, String requestedBy, Instant at) {
        jdbc.sql("INSERT INTO clv_fit_candidates (fit_version, requested_by, created_at) VALUES (?, ?, ?)")
                .params(fitVersion, requestedBy, utc(at))
                .update();
    }

    Set<String> candidates() {
        return Set.copyOf(jdbc.sql("SELECT fit_version FROM clv_fit_candidates")
                .query(String.class)
                .list());
    }

    Set<String> promoted() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT fit_version FROM clv_fit_promotions")
                .query(String.class)
                .list());
    }

    /** Kept fits, newest first. */
    List<String> fitVersions(int limit) {
        return jdbc.sql("SELECT version FROM clv_model_fits ORDER BY id DESC LIMIT " + limit)
                .query(String.class)
                .list();
    }

    void promoted(ModelPromoted promotion, Instant at) {
        jdbc.sql("INSERT INTO clv_fit_promotions (fit_version, previous_version, kind, author, promoted_by, "
                        + "promoted_at, impact_report_id, impact_digest, after_fit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "(SELECT MAX(id) FROM clv_model_fits))")
                .params(
                        promotion.version(),
                        promotion.previousVersion(),
                        promotion.kind().name(),
                        promotion.author(),
                        promotion.actor(),
                        utc(at),
                        promotion.impactReportId(),
                        promotion.impactDigest())
                .update();
    }

    void started(
            String reportId, String candidate, String base, String ruleset, LocalDate scoredOn, String by, Instant at) {
        jdbc.sql("INSERT INTO clv_fit_impact_reports (report_id, candidate_version, base_version, ruleset_version, "
                        + "scored_on, requested_by, started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING')")
                .params(reportId, candidate, base, ruleset, scoredOn, by, utc(at))
                .update();
    }

    /** The report's JSON without its digest, which is the SHA-256 of exactly this text. */
    String text(FitImpact report) {
        try {
            return json.writeValueAsString(report.withDigest(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an impact report is plain data", e);
        }
    }

    void finished(FitImpact report, String text) {
        jdbc.sql("UPDATE clv_fit_impact_reports SET status = 'FINISHED', finished_at = ?, customers = ?, digest = ?, "
                        + "report = ? WHERE report_id = ?")
                .params(utc(report.finishedAt()), report.customers(), report.digest(), text, report.reportId())
                .update();
    }

    void failed(String reportId, Instant at) {
        jdbc.sql("UPDATE clv_fit_impact_reports SET status = 'FAILED', finished_at = ? WHERE report_id = ?")
                .params(utc(at), reportId)
                .update();
    }

    Optional<String> status(String reportId) {
        return jdbc.sql("SELECT status FROM clv_fit_impact_reports WHERE report_id = ?")
                .param(reportId)
                .query(String.class)
                .optional();
    }

    Optional<FitImpact> find(String reportId) {
        return jdbc.sql("SELECT report, digest FROM clv_fit_impact_reports WHERE report_id = ? "
                        + "AND status = 'FINISHED'")
                .param(reportId)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** The newest finished report against {@code base}; a null base matches reports made when no fit served. */
    Optional<FitImpact> latest(String candidate, String base) {
        return jdbc
                .sql("SELECT report, digest FROM clv_fit_impact_reports WHERE candidate_version = ? "
                        + "AND (base_version = ? OR (base_version IS NULL AND CAST(? AS VARCHAR(40)) IS NULL)) "
                        + "AND status = 'FINISHED' ORDER BY started_at DESC")
                .params(candidate, base, base)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2)))
                .stream()
                .findFirst();
    }

    List<FitImpact> of(String candidate) {
        return jdbc.sql("SELECT report, digest FROM clv_fit_impact_reports WHERE candidate_version = ? "
                        + "AND status = 'FINISHED' ORDER BY started_at DESC")
                .param(candidate)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2)).withoutSample())
                .list();
    }

    private FitImpact read(String text, String digest) {
        try {
            return json.readValue(text, FitImpact.class).withDigest(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable fit impact report", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
