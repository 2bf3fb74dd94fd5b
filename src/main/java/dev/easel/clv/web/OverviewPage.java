package dev.easel.clv.web;

import dev.easel.clv.ClvInsights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The analyst's home: totals per currency, customers by status and churn band, the CLV distribution, top movers. */
@Controller
class OverviewPage {

    private final ClvInsights insights;
    private final Charts charts;
    private final Money amounts;

    OverviewPage(ClvInsights insights, Charts charts, Money amounts) {
        this.insights = insights;
        this.charts = charts;
        this.amounts = amounts;
    }

    @GetMapping("/console/clv")
    @PreAuthorize("hasAnyRole('ANALYST', 'COMPLIANCE', 'ADMIN')")
    String overview(Model model) {
        List<ClvInsights.Bucket> distribution = insights.totalDistribution();
        model.addAttribute("totals", insights.totalsByCurrency());
        model.addAttribute("statuses", insights.customersByStatus());
        model.addAttribute("suppressedReasons", insights.suppressedByReason());
        Map<String, Long> bands = insights.churnBands();
        model.addAttribute("bands", bands);
        model.addAttribute("movers", insights.topMovers(10));
        model.addAttribute("distribution", distribution);
        model.addAttribute(
                "distributionChart",
                charts.json(charts.bars(
                        "total CLV",
                        "customers",
                        distribution.stream()
                                .map(b -> amounts.range(b.from(), b.to()))
                                .toList(),
                        Map.of(
                                "customers",
                                distribution.stream()
                                        .map(ClvInsights.Bucket::customers)
                                        .toList()))));
        Map<String, List<Long>> bandSeries = new LinkedHashMap<>();
        bandSeries.put("customers", List.copyOf(bands.values()));
        model.addAttribute(
                "bandChart",
                charts.json(charts.bars(
                        "churn band",
                        "customers",
                        bands.keySet().stream().map(OverviewPage::bandLabel).toList(),
                        bandSeries)));
        return "clv/overview";
    }

    /** The chart's words for the bands that are not a churn probability range. */
    static String bandLabel(String band) {
        return switch (band) {
            case "ONE_ORDER" -> ONE_ORDER_LABEL;
            case "NO_MODEL" -> NO_MODEL_LABEL;
            default -> band;
        };
    }

    static final String ONE_ORDER_LABEL = "one order: no prediction yet";
    static final String NO_MODEL_LABEL = "historic only: no model";
}
