package dev.easel.reports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent-compliance report's figures as data, computed live from the same query, for screens that show them
 * (the compliance desk's consent dashboard). Reading figures is not rendering a report: no report record is written.
 */
@Service
public class ConsentComplianceFigures {

    private final ConsentComplianceReport report;
    private final JdbcClient jdbc;

    ConsentComplianceFigures(ConsentComplianceReport report, JdbcClient jdbc) {
        this.report = report;
        this.jdbc = jdbc;
    }

    /**
     * One row of the report.
     *
     * @param section     the report's section, starting with its number (1 to 4)
     * @param base        what the figure is counted against, or null
     * @param ratePercent figure / base in percent to one decimal, or null without a base
     * @param reasons     for a suppressed customer (section 4), the consent rules' reason codes
     */
    public record Figure(
            String section,
            String purpose,
            String scope,
            String measure,
            long figure,
            Long base,
            BigDecimal ratePercent,
            List<String> reasons) {

        public int sectionNumber() {
            return Character.digit(section.charAt(0), 10);
        }
    }

    /** Every figure now (no period: all signals received so far, rates as of now). */
    @Transactional(readOnly = true)
    public List<Figure> now() {
        ReportQuery query = report.query(ReportArguments.read(report.parameters(), Map.of()));
        return jdbc.sql(query.sql())
                .params(query.parameters())
                .query((row, n) -> figure(row))
                .list();
    }

    private Figure figure(ResultSet row) throws SQLException {
        long base = row.getLong("base");
        Long baseOrNull = row.wasNull() ? null : base;
        BigDecimal rate = report.derived().get("rate").value(row) instanceof BigDecimal value ? value : null;
        return new Figure(
                row.getString("section"),
                row.getString("purpose"),
                row.getString("scope"),
                row.getString("measure"),
                row.getLong("figure"),
                baseOrNull,
                rate,
                reasons(row.getString("explanation")));
    }

    private static List<String> reasons(String explanation) {
        List<String> codes = new ArrayList<>();
        if (explanation != null
                && JsonCells.object(explanation).get("eligibility") instanceof Map<?, ?> eligibility
                && eligibility.get("reasons") instanceof List<?> list) {
            for (Object reason : list) {
                if (reason instanceof Map<?, ?> entry && entry.get("code") != null) {
                    codes.add(String.valueOf(entry.get("code")));
                }
            }
        }
        return codes;
    }
}
