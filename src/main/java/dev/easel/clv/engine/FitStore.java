package dev.easel.clv.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.ModelTimeUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clv_model_fits table. */
@Repository
class FitStore {

    private static final String COLUMNS = "version, status, time_unit, window_start, calibration_end, customers, "
            + "repeat_customers, parameters, log_likelihood, diagnostics, ruleset_version, fitted_at, fitted_by";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FitStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(StoredFit fit) {
        jdbc.sql("INSERT INTO clv_model_fits (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        fit.version(),
                        fit.status(),
                        fit.timeUnit().name(),
                        fit.windowStart(),
                        fit.calibrationEnd(),
                        fit.customers(),
                        fit.repeatCustomers(),
                        write(fit.parameters()),
                        fit.logLikelihood() == null || !Double.isFinite(fit.logLikelihood())
                                ? null
                                : fit.logLikelihood(),
                        write(fit.diagnostics()),
                        fit.rulesetVersion(),
                        OffsetDateTime.ofInstant(fit.fittedAt(), ZoneOffset.UTC),
                        fit.fittedBy())
                .update();
    }

    /**
     * The fit in service: the latest promotion's fit, unless a fit made to serve at once (not a candidate) is newer
     * than that promotion; without promotions, the latest such fit. A candidate serves only once promoted.
     */

    /**
     * The model the fit's holdout comparison chose and where its season came from (V190), when it compared, and the
     * model that serves (V210).
     */
    void recordChoice(StoredFit fit) {
        if (fit.diagnostics().get(ServingModel.KEY) instanceof Map<?, ?> serving) {
            jdbc.sql("UPDATE clv_model_fits SET serving_model = ? WHERE version = ?")
                    .params(String.valueOf(serving.get("model")), fit.version())
                    .update();
        }
        if (!(fit.diagnostics().get("modelChoice") instanceof Map<?, ?> choice)) {
            return;
        }
        Object chosen = choice.get("chosen");
        Object season = choice.get("seasonSource");
        Object seasonVersion = choice.get("seasonVersion");
        jdbc.sql("UPDATE clv_model_fits SET chosen_model = ?, season_source = ?, season_version = ? WHERE version = ?")
                .params(
                        chosen == null ? null : chosen.toString(),
                        season == null ? null : season.toString(),
                        seasonVersion == null ? null : seasonVersion.toString(),
                        fit.version())
                .update();
    }

    Optional<StoredFit> latestFitted() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clv_model_fits WHERE version = COALESCE("
                        + "(SELECT p.fit_version FROM clv_fit_promotions p WHERE p.id = (SELECT MAX(id) FROM clv_fit_promotions)"
                        + " AND p.after_fit_id >= COALESCE((SELECT MAX(id) FROM (" + SERVING_AT_ONCE + ") s), 0)),"
                        + " (SELECT g.version FROM clv_model_fits g WHERE g.id = (SELECT MAX(id) FROM ("
                        + SERVING_AT_ONCE
                        + ") s)))")
                .query(this::fit)
                .optional();
    }

    /** Successful fits made to serve at once, not held as candidates. */
    private static final String SERVING_AT_ONCE = "SELECT f.id FROM clv_model_fits f WHERE f.status = 'FITTED' "
            + "AND NOT EXISTS (SELECT 1 FROM clv_fit_candidates c WHERE c.fit_version = f.version)";

    Optional<StoredFit> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clv_model_fits ORDER BY id DESC LIMIT 1")
                .query(this::fit)
                .optional();
    }

    Optional<StoredFit> byVersion(String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clv_model_fits WHERE version = ?")
                .param(version)
                .query(this::fit)
                .optional();
    }

    private StoredFit fit(ResultSet rs, int row) throws SQLException {
        Double logLikelihood = rs.getObject("log_likelihood", Double.class);
        return new StoredFit(
                rs.getString("version"),
                rs.getString("status"),
                ModelTimeUnit.valueOf(rs.getString("time_unit")),
                rs.getObject("window_start", java.time.LocalDate.class),
                rs.getObject("calibration_end", java.time.LocalDate.class),
                rs.getLong("customers"),
                rs.getLong("repeat_customers"),
                read(rs.getString("parameters"), new TypeReference<Map<String, Double>>() {}),
                logLikelihood,
                read(rs.getString("diagnostics"), new TypeReference<Map<String, Object>>() {}),
                rs.getString("ruleset_version"),
                rs.getObject("fitted_at", OffsetDateTime.class).toInstant(),
                rs.getString("fitted_by"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fit details must be plain JSON values", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fit holds invalid JSON", e);
        }
    }
}
