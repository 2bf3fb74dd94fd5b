package dev.easel.clv.web;

import dev.easel.clv.ClvInsights;
import dev.easel.clv.ModelEvaluations;
import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.HoldoutReport;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fit in service and the plots CLV practitioners expect (lifetimes, PyMC-Marketing, CLVTools): expected purchases
 * and P(alive) over frequency and recency, the predicted CLV distribution, and on request a holdout evaluation with
 * calibration against holdout by frequency and the tracking of cumulative and incremental purchases.
 */
@Controller
class ModelPage {

    /** Repeat purchases 0..MAX_FREQUENCY on the heatmaps' vertical axis. */
    static final int MAX_FREQUENCY = 15;
    /** Recency steps across the heatmaps' horizontal axis. */
    static final int RECENCY_STEPS = 20;
    /** The parameters in the order the literature writes them: BG/NBD, then Gamma-Gamma. */
    static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b", "p", "q", "gamma");

    private final ModelFits fits;
    private final ModelEvaluations evaluations;
    private final ClvInsights insights;
    private final Charts charts;
    private final Money amounts;

    ModelPage(ModelFits fits, ModelEvaluations evaluations, ClvInsights insights, Charts charts, Money amounts) {
        this.fits = fits;
        this.evaluations = evaluations;
        this.insights = insights;
        this.charts = charts;
        this.amounts = amounts;
    }

    @GetMapping("/console/model")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String model(Model model) {
        StoredFit current = fits.current().orElse(null);
        model.addAttribute("fit", current);
        model.addAttribute("latest", fits.latest().orElse(null));
        if (current != null) {
            model.addAttribute("parameters", parameters(current));
            model.addAttribute("choice", ModelChoiceView.of(current.diagnostics()));
            BgNbdModel purchases = new BgNbdModel(
                    current.parameters().get("r"),
                    current.parameters().get("alpha"),
                    current.parameters().get("a"),
                    current.parameters().get("b"));
            double age = age(current);
            double horizon = current.timeUnit().name().equals("WEEKS") ? 4.345 : 30.0;
            model.addAttribute("expectedChart", charts.json(heatmap(purchases, age, true, horizon)));
            model.addAttribute("aliveChart", charts.json(heatmap(purchases, age, false, horizon)));
            model.addAttribute("heatmapAge", Math.round(age));
        }
        List<ClvInsights.Bucket> predicted = insights.predictedDistribution();
        model.addAttribute(
                "predictedChart",
                charts.json(charts.bars(
                        "predicted CLV",
                        "customers",
                        predicted.stream()
                                .map(b -> amounts.range(b.from(), b.to()))
                                .toList(),
                        Map.of(
                                "customers",
                                predicted.stream()
                                        .map(ClvInsights.Bucket::customers)
                                        .toList()))));
        model.addAttribute("calibrationEnd", LocalDate.now().minusMonths(6));
        return "clv/model";
    }

    /** Runs a holdout evaluation and answers its plots and error figures (an htmx fragment). */
    @PostMapping("/console/model/evaluation")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String evaluate(
            @RequestParam(required = false) LocalDate calibrationEnd,
            @RequestParam(required = false) LocalDate holdoutEnd,
            Model model) {
        if (calibrationEnd == null) {
            model.addAttribute("problem", "calibrationEnd: a date is required");
            return "clv/model :: evaluation";
        }
        try {
            HoldoutReport report = evaluations.evaluate(null, calibrationEnd, holdoutEnd);
            model.addAttribute("report", report);
            model.addAttribute("calibrationChart", charts.json(calibration(report)));
            model.addAttribute("trackingChart", charts.json(tracking(report, true)));
            model.addAttribute("incrementalChart", charts.json(tracking(report, false)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", "calibrationEnd: " + e.getMessage());
        }
        return "clv/model :: evaluation";
    }

    private static List<Map<String, Object>> parameters(StoredFit fit) {
        Map<String, Object> bgNbd = section(fit.diagnostics().get("bgNbd"));
        Map<String, Object> gammaGamma = section(fit.diagnostics().get("gammaGamma"));
        Map<String, Object> errors = new LinkedHashMap<>(section(bgNbd.get("standardErrors")));
        errors.putAll(section(gammaGamma.get("standardErrors")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : PARAMETERS) {
            Double value = fit.parameters().get(name);
            if (value == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("model", List.of("r", "alpha", "a", "b").contains(name) ? "BG/NBD" : "Gamma-Gamma");
            row.put("value", value);
            row.put("standardError", errors.get(name));
            rows.add(row);
        }
        // The model that scores customers, where it is not plain BG/NBD, with the parameters it was fitted with.
        Map<String, Object> serving = section(fit.diagnostics().get("serving"));
        if (!serving.isEmpty() && !"BG_NBD".equals(serving.get("model"))) {
            section(serving.get("parameters")).forEach((name, value) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", name);
                row.put("model", serving.get("label") + " (serving)");
                row.put("value", value);
                row.put("standardError", null);
                rows.add(row);
            });
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The heatmaps' customer age: the calibration window's length in the fit's time unit. */
    private static double age(StoredFit fit) {
        LocalDate start = fit.windowStart() == null ? fit.calibrationEnd().minusYears(1) : fit.windowStart();
        double days = ChronoUnit.DAYS.between(start, fit.calibrationEnd());
        return fit.timeUnit().name().equals("WEEKS") ? days / 7.0 : days;
    }

    private Map<String, Object> heatmap(BgNbdModel model, double age, boolean expected, double horizon) {
        List<String> recencies = new ArrayList<>();
        List<String> frequencies = new ArrayList<>();
        List<List<Number>> cells = new ArrayList<>();
        double max = 0;
        for (int step = 0; step <= RECENCY_STEPS; step++) {
            recencies.add(String.valueOf(Math.round(age * step / RECENCY_STEPS)));
        }
        for (int x = 0; x <= MAX_FREQUENCY; x++) {
            frequencies.add(String.valueOf(x));
            for (int step = 0; step <= RECENCY_STEPS; step++) {
                double recency = x == 0 ? 0 : age * step / RECENCY_STEPS;
                double value = expected
                        ? model.conditionalExpectedTransactions(horizon, x, recency, age)
                        : model.probabilityAlive(x, recency, age);
                double rounded = Math.round(value * 1000) / 1000.0;
                max = Math.max(max, rounded);
                cells.add(List.of(step, x, rounded));
            }
        }
        return charts.heatmap(
                "recency (time of last purchase)",
                recencies,
                "repeat purchases",
                frequencies,
                cells,
                expected ? max : 1.0,
                expected ? "expected purchases in the next " + Math.round(horizon) : "P(alive)");
    }

    private Map<String, Object> calibration(HoldoutReport report) {
        List<String> labels = report.byFrequency().stream()
                .map(HoldoutReport.FrequencyBucket::label)
                .toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(
                "actual",
                report.byFrequency().stream().map(b -> round(b.actualMean())).toList());
        series.put(
                "model",
                report.byFrequency().stream().map(b -> round(b.expectedMean())).toList());
        return charts.bars("repeat purchases in calibration", "mean purchases in holdout", labels, series);
    }

    private Map<String, Object> tracking(HoldoutReport report, boolean cumulative) {
        List<HoldoutReport.TrackingPoint> points = report.weeklyCumulative();
        List<Integer> weeks =
                points.stream().map(HoldoutReport.TrackingPoint::week).toList();
        List<Double> actual = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        double previousActual = 0;
        double previousExpected = 0;
        for (HoldoutReport.TrackingPoint point : points) {
            actual.add(round(cumulative ? point.actual() : point.actual() - previousActual));
            expected.add(round(cumulative ? point.expected() : point.expected() - previousExpected));
            previousActual = point.actual();
            previousExpected = point.expected();
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("actual", actual);
        series.put("model", expected);
        long holdoutWeeks = Math.round(report.holdoutLength() * unitDays(report) / 7.0);
        int cutOff = Math.max(1, weeks.size() - (int) holdoutWeeks);
        return charts.lines(
                "week",
                cumulative ? "cumulative repeat purchases" : "repeat purchases per week",
                weeks,
                series,
                cutOff,
                "calibration end");
    }

    /** The evaluation runs in the configured time unit; its holdout length says which by its size alone. */
    private double unitDays(HoldoutReport report) {
        return fits.current()
                .map(fit -> fit.timeUnit().name().equals("WEEKS") ? 7.0 : 1.0)
                .orElse(1.0);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
