package dev.easel.clv.web;

import dev.easel.clv.ClvInsights;
import dev.easel.clv.RfmSegment;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * RFM segments with their definitions and CLV; CLV by channel, customer type and jurisdiction; the first-purchase
 * cohort retention triangle by month. Each table downloads as CSV.
 */
@Controller
class SegmentsPage {

    /** Cohorts shown: the newest two years of first purchases. */
    static final int COHORT_MONTHS = 24;

    private final ClvInsights insights;
    private final Charts charts;

    SegmentsPage(ClvInsights insights, Charts charts) {
        this.insights = insights;
        this.charts = charts;
    }

    /** A table the page shows and exports, by its name in the CSV address. */
    enum Table {
        SEGMENTS,
        CHANNELS,
        TYPES,
        JURISDICTIONS,
        COHORTS
    }

    @GetMapping("/console/segments")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String segments(Model model) {
        List<ClvInsights.SegmentRow> segments = insights.segments();
        model.addAttribute("definitions", RfmSegment.values());
        model.addAttribute("segments", segments);
        model.addAttribute("channels", insights.byAttribute(ClvInsights.Attribute.CHANNEL));
        model.addAttribute("types", insights.byAttribute(ClvInsights.Attribute.TYPE));
        model.addAttribute("jurisdictions", insights.byAttribute(ClvInsights.Attribute.COUNTRY));
        List<ClvInsights.CohortRow> cohorts = insights.cohorts(COHORT_MONTHS);
        model.addAttribute("cohorts", cohorts);
        model.addAttribute(
                "cohortWidth",
                cohorts.stream().mapToInt(row -> row.active().size()).max().orElse(0));
        model.addAttribute("cohortChart", charts.json(retentionHeatmap(cohorts)));
        Map<String, List<Long>> series = new LinkedHashMap<>();
        Map<RfmSegment, Long> counts = new LinkedHashMap<>();
        segments.forEach(row -> counts.merge(row.segment(), row.customers(), Long::sum));
        series.put("customers", List.copyOf(counts.values()));
        model.addAttribute(
                "segmentChart",
                charts.json(charts.bars(
                        "segment",
                        "customers",
                        counts.keySet().stream().map(RfmSegment::label).toList(),
                        series)));
        return "clv/segments";
    }

    @GetMapping("/console/segments/{table}.csv")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    void csv(@PathVariable String table, HttpServletResponse response) throws IOException {
        Table which;
        try {
            which = Table.valueOf(table.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No table " + table);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + which.name().toLowerCase(java.util.Locale.ROOT) + ".csv\"");
        Writer out = response.getWriter();
        switch (which) {
            case SEGMENTS -> {
                line(out, "segment", "definition", "currency", "customers", "total_clv", "average_clv");
                for (ClvInsights.SegmentRow row : insights.segments()) {
                    line(
                            out,
                            row.segment().label(),
                            row.segment().definition(),
                            row.currency(),
                            row.customers(),
                            row.total(),
                            row.averageTotal());
                }
            }
            case CHANNELS, TYPES, JURISDICTIONS -> {
                line(
                        out,
                        which == Table.CHANNELS ? "channel" : which == Table.TYPES ? "customer_type" : "country",
                        "currency",
                        "customers",
                        "total_clv",
                        "average_clv",
                        "predicted_clv");
                ClvInsights.Attribute attribute = which == Table.CHANNELS
                        ? ClvInsights.Attribute.CHANNEL
                        : which == Table.TYPES ? ClvInsights.Attribute.TYPE : ClvInsights.Attribute.COUNTRY;
                for (ClvInsights.GroupRow row : insights.byAttribute(attribute)) {
                    line(
                            out,
                            row.group(),
                            row.currency(),
                            row.customers(),
                            row.total(),
                            row.averageTotal(),
                            row.predicted());
                }
            }
            case COHORTS -> {
                List<ClvInsights.CohortRow> cohorts = insights.cohorts(COHORT_MONTHS);
                int width = cohorts.stream()
                        .mapToInt(row -> row.active().size())
                        .max()
                        .orElse(0);
                List<Object> header = new ArrayList<>(List.of("first_purchase_month", "customers"));
                for (int month = 0; month < width; month++) {
                    header.add("month_" + month);
                }
                line(out, header.toArray());
                for (ClvInsights.CohortRow row : cohorts) {
                    List<Object> cells = new ArrayList<>(List.of(row.cohort(), row.customers()));
                    cells.addAll(row.active());
                    line(out, cells.toArray());
                }
            }
        }
        out.flush();
    }

    /** One RFC 4180 line; a cell with a comma, quote or line break is quoted. */
    private static void line(Writer out, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells[i] == null
                    ? ""
                    : cells[i] instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(cells[i]);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            out.write(cell);
        }
        out.write("\r\n");
    }

    private Map<String, Object> retentionHeatmap(List<ClvInsights.CohortRow> cohorts) {
        int width = cohorts.stream().mapToInt(row -> row.active().size()).max().orElse(0);
        List<String> months = new ArrayList<>();
        for (int month = 0; month < width; month++) {
            months.add(String.valueOf(month));
        }
        List<String> names = cohorts.stream()
                .map(ClvInsights.CohortRow::cohort)
                .map(YearMonth::toString)
                .toList();
        List<List<Number>> cells = new ArrayList<>();
        for (int y = 0; y < cohorts.size(); y++) {
            ClvInsights.CohortRow row = cohorts.get(y);
            for (int month = 1; month < row.active().size(); month++) {
                double share = row.customers() == 0 ? 0 : 100.0 * row.active().get(month) / row.customers();
                cells.add(List.of(month, y, Math.round(share * 10) / 10.0));
            }
        }
        double max = cells.stream()
                .mapToDouble(cell -> cell.get(2).doubleValue())
                .max()
                .orElse(1);
        return charts.heatmap(
                "months after the first purchase",
                months,
                "first purchase",
                names,
                cells,
                Math.max(1, max),
                "% ordering again");
    }
}
